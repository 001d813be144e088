"""A yes-or-no question that waits outside a check-in ("Shall I log both as missed?", "Shall I log
that as kept?", "Shall I remove it?"), answered in words. Each asks for the words (dialog.elicit_answer),
so "actually no" and "actually yes" are its no and yes; "wait no", "hang on", "erm" a pause, the
question asked again gently (dialog.ask_again_paused); "not that one, the one before" at the undo
offer goes further back; never an undo of something else (tester-voice36 D12, D23, D29). The same at
a flow's own yes-or-no question ("would you like a minute to reflect on it?", "Shall I propose a
contract change?", "Shall I log it as a breach?": "erm yes" is its yes) and at "which one?" ("actually
no" is its no, never a promise's name or a note) (tester-tv37 D7, D9-D12)."""

from __future__ import annotations

import re

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models.steering_words import control, hesitates, spoken

from .dialog import (
    PENDING_ALL,
    PENDING_HEDGE,
    PENDING_LOG,
    ask_again_paused,
    current_flow,
    lost_place,
    replay,
    session_attributes,
)
from .intents.lapse import BREACH_STEP, LAPSE_FLOW
from .intents.lapse import yes_or_no as breach_answer
from .intents.log_several import settle_several_named
from .presence import only_here
from .speakers import couple_names, current_partner
from .steering import unasked_request
from .undo_steps import DISPUTE, REMOVE, TAKE, UNDO
from .ways_out import yes_or_no_again

# A yes or a no, softened before ("actually no", "well, yes please", "actually, no thanks"): the
# answer to any yes-or-no question. A slip or a pause ("wait no", "hang on") is neither (hesitates).
_SOFTENED = r"^(?:(?:actually|well|oh|so|okay|ok|right|hmm+|um+|uh+|erm+|wait|hang on|hold on)\s+)*"
_SAID_YES = re.compile(
    rf"{_SOFTENED}(?:yes|yeah|yep|yup|sure|of course|definitely|go ahead|please do|do it)"
    r"(?: (?:please|thanks|thank you|go ahead|please do|do it|go on|then|ok|okay))*$"
)
_KEEP_IT = (
    r"keep (?:it|that|that one)|leave it(?: as it (?:is|was)| be)?|(?:don't|do not) (?:remove|delete|log) (?:it|that)"
)
# A flow's own yes-or-no questions: "reflect on it?", "propose a contract change?", "log it as a breach?".
_REFLECT, _PROPOSE, _BREACH = ("setback", "reflect?"), ("setback", "propose?"), (LAPSE_FLOW, BREACH_STEP)
_NO_WORD = r"no|nope|nah|not really|not now|don't|do not"
_SAID_NO = re.compile(
    rf"{_SOFTENED}(?:(?:{_NO_WORD}|wait|hang on|hold on) )*(?:{_NO_WORD}|{_KEEP_IT})(?: (?:thanks|thank you|ta|please|not now|not really))*$"
)


def yes_or_no_said(said: str) -> bool | None:
    """True for a yes, False for a no, however softened ("actually no", "actually yes"); None for
    anything else, a slip or a pause ("wait no", "no wait", "hang on no") among them."""
    text = spoken(said)
    if hesitates(text):
        return None
    return True if _SAID_YES.match(text) else False if _SAID_NO.match(text) else None


def undo_offer_waits(handler_input: HandlerInput) -> bool:
    """Whether "Shall I remove it?" (or "mark it as not you?", "is it yours?") waits."""
    flow = current_flow(handler_input)
    return flow.get("name") == UNDO and flow.get("step") in (REMOVE, DISPUTE, TAKE)


def unlogged_waits(handler_input: HandlerInput) -> bool:
    """Whether a question about something not logged yet waits: "Shall I log both?", "Shall I log
    that as kept?", "which one?" or the moment offered. An undo said there ("wait no") is a pause."""
    attributes = session_attributes(handler_input)
    return any(isinstance(attributes.get(key), dict) for key in (PENDING_ALL, PENDING_HEDGE, PENDING_LOG))


def slip_waits(handler_input: HandlerInput) -> bool:
    """Whether an undo heard now ("wait no", "no wait") is a pause: a question about something not
    logged yet waits ("Shall I log it as a breach?" too), or "Shall I propose a contract change?",
    whose entry the undo would take with its reflection (tester-tv37 D10)."""
    flow = current_flow(handler_input)
    return unlogged_waits(handler_input) or (flow.get("name"), flow.get("step")) in (_PROPOSE, _BREACH)


def _yes_no_or_pause(handler_input: HandlerInput, said: str) -> Response | None:
    """A yes or no in words ("erm yes", "actually no") replayed as itself; a pause asked again."""
    yes = yes_or_no_said(said)
    if yes is not None:
        return replay(handler_input, "AMAZON.YesIntent" if yes else "AMAZON.NoIntent", {})
    return ask_again_paused(handler_input) if hesitates(said) else None  # "never mind" is no pause: a way out


def plain_answer(said: str) -> str:
    """ "yes" or "no" for a yes or no however softened ("actually no", "erm, yes"), else `said`: at
    "which one?" such words are its no or yes, read as the plain word is, never a promise's name."""
    yes = yes_or_no_said(said)
    return said if yes is None else "yes" if yes else "no"


def answered_in_words(handler_input: HandlerInput, said: str) -> Response | None:
    """The words said to a waiting yes-or-no question (AnswerIntent's): its yes or no, a pause, a
    request of their own; None when no such question waits. At a flow's own question anything
    else is that flow's to read (a story to "reflect on it?" is what triggered it)."""
    at_undo = undo_offer_waits(handler_input)
    attributes = session_attributes(handler_input)
    flow = current_flow(handler_input)
    step = (flow.get("name"), flow.get("step"))
    if step in (_REFLECT, _PROPOSE, _BREACH):
        settled = _yes_no_or_pause(handler_input, said)
        # reflect_at_once reads the rest (a story, a request), settle_lapse its own words ("log it")
        if settled is None and step == _REFLECT and only_here(said, couple_names(handler_input)):
            # "yes, Sam is here" to "reflect on it?": who is here, never what triggered it: asked again
            return yes_or_no_again(handler_input, said, lost_place)
        if settled is not None or step == _REFLECT or (step == _BREACH and breach_answer(said) is not None):
            return settled
        request = unasked_request(said)  # "how are we doing?": served instead, the question dropped
        return replay(handler_input, *request) if request is not None else None
    if not at_undo and not any(isinstance(attributes.get(key), dict) for key in (PENDING_ALL, PENDING_HEDGE)):
        return None
    if (settled := _yes_no_or_pause(handler_input, said)) is not None:
        return settled
    if at_undo and control(said) == "back":  # "not that one, the one before": further back
        return replay(handler_input, "UndoIntent", {})
    if (partner := current_partner(handler_input)) and (named := settle_several_named(handler_input, partner, said)):
        return named  # "actually no, just the walk" to "Shall I log both?": that one only
    if (request := unasked_request(said)) is not None:  # "how are we doing?": served instead
        return replay(handler_input, *request)
    return yes_or_no_again(handler_input, said, lambda h: replay(h, "AMAZON.NoIntent", {}))
