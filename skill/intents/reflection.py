"""A setback as data: after a miss or a breach, what triggered it, what would have
prevented it, and a contract change proposed from the reflection if they want one."""

from __future__ import annotations

import re
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name
from ask_sdk_model import Response

from trust_tracker.models import setbacks, speakers
from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.errors import DomainError, NotFound
from trust_tracker.models.steering_words import control, hesitates, spoken, undoes

from .. import screens
from ..dialog import (
    FLOW,
    IntentHandler,
    ask,
    ask_again_paused,
    comes_back_after,
    current_flow,
    elicit_answer,
    end_flow,
    lost_place,
    not_linked,
    replay,
    session_attributes,
    skill_context,
    slot_text,
    speech,
    tell,
    what_next,
)
from ..entries_said import described_entry
from ..replies_said import says_yes, words_of_their_own
from ..speakers import linked_couple
from ..steering import bare_yes_or_no, held_choice, request_instead
from ..understanding import has_words
from ..ways_out import declined, no_with_a_reason, yes_or_no_again
from ..yes_no_asked import plain_answer


def answer_reflection(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str) -> Response:
    """The answer to "what triggered it?" or "what would have prevented it?"."""
    context, say = skill_context(handler_input), speech(handler_input).say
    partner = speakers.member(couple, flow.get("partner"))
    setback_id = flow.get("setback")
    if partner is None or not isinstance(setback_id, int):
        return lost_place(handler_input)
    question = say("reflect_trigger" if flow.get("step") == "trigger" else "reflect_prevention")
    if declined(said):  # "no thanks", "not now", "never mind": a way out, never the answer
        end_flow(handler_input)
        return tell(handler_input, say("reflect_later"))
    if (served := _taken_back_or_asked(handler_input, said)) is not None:
        return served
    # A bare "no" or "yes" to "what triggered it?", however softened ("actually no"), is not an answer
    # yet: asked again once, never saved.
    steer = "filler" if not has_words(said) or bare_yes_or_no(plain_answer(said), question) else control(said)
    if has_words(said) and hesitates(said):  # "hang on", then "wait no": a pause each time, never the way out
        return ask_again_paused(handler_input) or lost_place(handler_input)
    if steer is not None and steer != "request":  # "um", "skip", "start over": never saved
        if steer in ("skip", "stop") or flow.get("fillers") == 1:  # asked once again at most
            end_flow(handler_input)
            return tell(handler_input, say("reflect_later"))
        flow["fillers"] = 1
        elicit_answer(handler_input)
        return ask(handler_input, say("reflect_empty") + " " + question, question)
    flow.pop("fillers", None)
    step = flow["step"]
    try:
        reflected = setbacks.reflect_answer(
            context.session, partner, setback_id, **{"trigger" if step == "trigger" else "prevention": said}
        )
    except NotFound:  # removed on the site since (its entry with it), or a forged session
        return tell(handler_input, say("setback_gone"))
    if step == "trigger":
        flow["step"] = "prevention"
        elicit_answer(handler_input)
        return ask(handler_input, say("reflect_thanks") + " " + say("reflect_prevention"), say("reflect_prevention"))
    if not reflected.can_propose:  # nothing agreed to change yet
        end_flow(handler_input)
        return tell(handler_input, say("reflect_saved") + " " + say("reflect_saved_no_contract"))
    flow["step"] = "propose?"
    elicit_answer(handler_input)  # its yes or no in words: "actually no", "erm yes" (skill/yes_no_asked.py)
    return ask(handler_input, say("reflect_saved") + " " + say("offer_change"), say("offer_change_reprompt"))


def reflect_or_not(handler_input: HandlerInput, partner: Partner, flow: dict[str, Any], yes: bool) -> Response:
    """ "Would you like a minute to reflect on it?" answered."""
    say = speech(handler_input).say
    if not yes:
        end_flow(handler_input)
        return tell(handler_input, say("reflect_later"))
    return _begin_reflection(handler_input, partner, flow) or _ask_trigger(handler_input)


# The entry just logged taken back, said at "Would you like a minute to reflect on it?".
_TAKEN_BACK = re.compile(
    r"\b(?:scratch|undo|delete|remove|cancel|strike) (?:that|it|this)(?: (?:please|one|entry))?$|\btake (?:that|it) back$"
)


def reflect_at_once(handler_input: HandlerInput, partner: Partner, flow: dict[str, Any], said: str) -> Response:
    """ "Would you like a minute to reflect on it?" answered in words: a yes or no in words is
    that; a request is served as itself; anything else is the reflection itself ("traffic and
    my phone was dead"), saved as what triggered it."""
    choice = "log" if says_yes(said) else held_choice(said)
    if choice in ("log", "no") or declined(said):
        return reflect_or_not(handler_input, partner, flow, choice == "log")
    if _TAKEN_BACK.search(spoken(said)):  # "actually I did do them, scratch that": the miss, offered back
        end_flow(handler_input)
        return replay(handler_input, "UndoIntent", {})
    if (served := _taken_back_or_asked(handler_input, said, logs=True)) is not None:
        return served
    if no_with_a_reason(said):  # "no, I'd rather not talk about it": a no, never the reflection
        return reflect_or_not(handler_input, partner, flow, False)
    if not has_words(said) or control(said) is not None:  # "um", "repeat that": the question again
        return yes_or_no_again(handler_input, said, lost_place)
    return _begin_reflection(handler_input, partner, flow) or answer_reflection(
        handler_input, partner.couple, flow, said
    )


def _taken_back_or_asked(handler_input: HandlerInput, said: str, *, logs: bool = False) -> Response | None:
    """ "Undo" (the miss just logged taken back, as anywhere) or another request ("what have I promised",
    "how are we doing") said during the reflection: served, never its text (tester-voice48: saved as the
    trigger and the counter-measure). A log in words stays the reflection's answer (ReflectionHeardHandler)
    unless `logs`: at "would you like to reflect?", where no answer is written ("log a moment: …" is served)."""
    if undoes(said):
        end_flow(handler_input)
        return replay(handler_input, "UndoIntent", {})
    other = request_instead(said)
    if other is None or (other[0] in _SAID_AS and not logs):
        return None
    return _served_then_back(handler_input, *other)


def _served_then_back(handler_input: HandlerInput, intent: str, slots: dict[str, str]) -> Response:
    """A request served, then the reflection's question again ("Back to your reflection: what triggered
    it?"), as a check-in comes back after an aside (skill/checkin_aside.py; tester-voice52)."""
    comes_back_after(handler_input, "reflect_back")
    end_flow(handler_input)
    return replay(handler_input, intent, slots)


def reflect_on_latest(handler_input: HandlerInput, partner: Partner) -> Response:
    """ "Reflect on my setback": the reflection on the speaker's latest miss or breach not yet reflected on
    nor put away (the site's Setbacks page, models/setbacks.py lapses_for), named, then what triggered it;
    with none, said so. A reflection belongs to its author: never the partner's setback."""
    context, say = skill_context(handler_input), speech(handler_input).say
    latest = setbacks.lapses_for(context.session, partner, limit=1).mine
    if not latest:
        return tell(handler_input, say("reflect_none"))
    flow = {"name": "setback", "step": "reflect?", "entry": latest[0].id}
    session_attributes(handler_input)[FLOW] = flow
    begun = _begin_reflection(handler_input, partner, flow)
    if begun is not None:
        return begun
    what, when = described_entry(handler_input, partner, latest[0])
    elicit_answer(handler_input)
    return ask(handler_input, say("reflect_latest", what=what, when=when), say("reflect_trigger"))


def _ask_trigger(handler_input: HandlerInput) -> Response:
    say = speech(handler_input).say
    elicit_answer(handler_input)
    return ask(handler_input, say("reflect_trigger"), say("reflect_trigger"))


def _begin_reflection(handler_input: HandlerInput, partner: Partner, flow: dict[str, Any]) -> Response | None:
    """The setback begun for the entry in `flow` (None), or what to say when it cannot be."""
    context, say = skill_context(handler_input), speech(handler_input).say
    entry_id = flow.get("entry")
    if not isinstance(entry_id, int) or isinstance(entry_id, bool):
        return lost_place(handler_input)
    try:
        setback = setbacks.start_setback(context.session, partner, entry_id, now=context.now)
    except NotFound:  # removed on the site since, or a forged session: not in their log either way
        return tell(handler_input, say("setback_gone"))
    except DomainError:  # not a miss or a breach: a forged session
        return lost_place(handler_input)
    flow.update(step="trigger", setback=setback.id, partner=partner.id)
    return None


def proposed_in_words(handler_input: HandlerInput, partner: Partner, flow: dict[str, Any], said: str) -> Response:
    """ "Shall I propose a contract change?" answered in words that are neither yes nor no (those are
    replayed as themselves: skill/yes_no_asked.py). "Undo" takes back the miss and the reflection saved
    with it, once asked ("Shall I remove it?"); the change itself said, "setting an alarm for five would
    have helped", is the yes, its words in the proposal's note; anything else is asked again."""
    if undoes(said):
        end_flow(handler_input)
        return replay(handler_input, "UndoIntent", {})
    if has_words(said) and control(said) is None and not hesitates(said) and words_of_their_own(said):
        return propose_or_not(handler_input, partner, flow, True, suggested=said)
    return yes_or_no_again(handler_input, said, lost_place)


def propose_or_not(
    handler_input: HandlerInput, partner: Partner, flow: dict[str, Any], yes: bool, *, suggested: str | None = None
) -> Response:
    """ "Shall I propose a contract change?" answered (`suggested`: the change said in words)."""
    context, say = skill_context(handler_input), speech(handler_input).say
    end_flow(handler_input)
    setback_id = flow.get("setback")
    if not isinstance(setback_id, int):
        return what_next(handler_input, say("lost_place"))
    if not yes:
        return tell(handler_input, say("change_not_proposed"))
    try:
        version = setbacks.propose_change_from_setback(
            context.session, partner, setback_id, now=context.now, suggested=suggested
        )
    except NotFound:  # removed on the site since, with its entry
        return tell(handler_input, say("setback_gone"))
    except DomainError as refused:
        # Kindly said by the domain (e.g. a proposal already open); the reflection stays saved.
        return tell(handler_input, str(refused))
    text = say("change_proposed_suggested" if suggested else "change_proposed", number=version.number)
    screens.summary_card(handler_input, say("card_change"), text)
    return tell(handler_input, text)


# How a logging intent's samples begin before its slot ("i missed {commitment}"): what was said
# to "what triggered it?" that Alexa heard as a log ("I missed the call because my phone died").
_SAID_AS = {
    "LogMissedIntent": ("I missed", "commitment"),
    "LogKeptIntent": ("I kept", "commitment"),
    "LogAllMissedIntent": ("I missed", "quantity"),
    "LogAllKeptIntent": ("I kept", "quantity"),
    "LogBreachIntent": ("", "note"),
    "LogSmallWinIntent": ("", "note"),
    "LogReliabilityIntent": ("", "note"),
}


class ReflectionHeardHandler(IntentHandler):
    """Words Alexa heard as a log while "what triggered it?" or "what would have prevented it?"
    waits: the reflection, saved as that and never logged (a second entry for one miss)."""

    intents = tuple(_SAID_AS)

    def can_handle(self, handler_input: HandlerInput) -> bool:
        flow = current_flow(handler_input)
        reflecting = flow.get("name") == "setback" and flow.get("step") in ("trigger", "prevention")
        return reflecting and super().can_handle(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        couple = linked_couple(handler_input)
        if couple is None:
            return not_linked(handler_input)
        verb, slot = _SAID_AS[str(get_intent_name(handler_input))]
        said = " ".join(filter(None, [verb, slot_text(handler_input, slot)]))
        return answer_reflection(handler_input, couple, current_flow(handler_input), said)
