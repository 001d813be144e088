"""The conversation's plumbing: session attributes, the question asked (and asked again),
the slot elicited next, and speaking.

Dialog state lives here, in the session; rules live in models/. Every value read back
from the session is checked, because session attributes travel through the device.
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any, ClassVar, cast

from ask_sdk_core.dispatch_components import AbstractRequestHandler, AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, get_slot, is_request_type
from ask_sdk_model import Intent, IntentConfirmationStatus, IntentRequest, Response, Slot, SlotConfirmationStatus
from ask_sdk_model.dialog import ElicitSlotDirective

from trust_tracker.models.entities import ContractItem

from .context import SkillContext
from .speech import Language, for_locale
from .speech_text import brief, named, ssml_text
from .unclear import hint_key

# Session attributes. The lineage ids offered when "which one?" was asked:
PENDING_LOG = "pending_log"
# The request that waits for "Is this Alex or Sam?" to be answered: {"name": ..., "slots": {...}}.
PENDING_REQUEST = "pending_request"
# A conversation of several turns in progress (check-in, reflection): {"name": ..., ...}.
FLOW = "flow"
# Several commitments to log at once, or a hedged "I sort of kept it", waiting for a yes
# (skill/intents/logbook_confirm.py): {"kind": ..., "ids": [...], "said": ...}.
PENDING_ALL = "pending_all"
PENDING_HEDGE = "pending_hedge"
# Whatever waits for an answer: "help", "repeat" and not understood ask its question again.
WAITING = (FLOW, PENDING_LOG, PENDING_REQUEST, PENDING_ALL, PENDING_HEDGE)
# A check-in waiting behind an aside's own question ("shall I tell Sam: seen, thank you?"):
# {"flow": ..., "question": ...}, brought back when that ends (skill/checkin_aside.py).
SUSPENDED = "checkin_aside"
# The question last asked ({"reprompt": ..., "elicit": [intent, slot] | None}): asked again,
# word for word, after "help", "repeat" or something not understood while a flow is open.
LAST_QUESTION = "last_question"
# The variant of each frequent line said last in this session ({key: index}).
SAID_LAST = "said_last"
# What was last asked in this session, and how many times in a row ({"text": ..., "times": n}):
# the same words are never asked a third time (ask()).
SAID_BEFORE = "said_before"
# Replies not understood in this session (ask_again_unclear): never a loop.
UNCLEAR = "unclear"
# Pauses ("hold on", "erm") in a row at one question ({"question": ..., "times": n}): never a
# misunderstanding, each asked again gently, up to PAUSES_KEPT; then a kind goodbye.
PAUSED = "paused"
PAUSES_KEPT = 5
# Request attributes: the skill's request handlers in their order (a request answered as
# another intent goes through them again: replay), and the check-in an aside answered in
# this request comes back to (skill/checkin_aside.py).
HANDLERS, CHECKIN_WAITED = "handlers", "checkin_waited"
# Request attribute: a conversation outside a check-in (a reflection) waiting behind a request served in
# its place, {"flow": ..., "question": ..., "back": speech key}, asked again after it (skill/checkin_aside.py).
FLOW_WAITED = "flow_waited"
# Free-form answers are captured by eliciting this intent's slot.
ANSWER_INTENT, ANSWER_SLOT = "AnswerIntent", "answer"
IDENTIFY_INTENT, IDENTIFY_SLOT = "IdentifySpeakerIntent", "name"
# Nobody says more than this as a commitment's or a person's name: longer is refused
# (skill/boundary.py, which holds the longer limits of notes and answers).
MAX_SLOT_TEXT = 200
# Lists read aloud stay short; the website has the rest.
MAX_SPOKEN_ITEMS = 4
# Intents whose slot the skill elicits; anything else read back from the session is ignored.
ELICITED = {
    (ANSWER_INTENT, ANSWER_SLOT),
    (IDENTIFY_INTENT, IDENTIFY_SLOT),
    ("LogKeptIntent", "commitment"),
    ("LogMissedIntent", "commitment"),
    ("LogReliabilityIntent", "note"),
    ("LogSmallWinIntent", "note"),
    ("LogBreachIntent", "note"),  # asked again only when it was too long (skill/boundary.py)
}


def skill_context(handler_input: HandlerInput) -> SkillContext:
    return cast(SkillContext, handler_input.context)


def speech(handler_input: HandlerInput) -> Language:
    # Set by LocaleInterceptor; absent only if the failure came before it ran.
    language = handler_input.attributes_manager.request_attributes.get("language")
    return language if isinstance(language, Language) else for_locale(None)


def vary(handler_input: HandlerInput, key: str, /, first: int = 0, **values: object) -> str:
    """A frequent line, never the same variant twice in a row in one session: the first
    time the variant `first` (launch varies it by day), then the next one each time."""
    language = speech(handler_input)
    attributes = session_attributes(handler_input)
    said = attributes.get(SAID_LAST)
    said = said if isinstance(said, dict) else {}
    last = said.get(key)
    index = (last + 1 if isinstance(last, int) and not isinstance(last, bool) else first) % len(language.options(key))
    said[key] = index
    attributes[SAID_LAST] = said
    return language.say_variant(key, index, **values)


def slot_text(handler_input: HandlerInput, name: str) -> str:
    """The slot's words, whitespace tidied; "" when missing or unfilled. A value holding
    control characters, or longer than its slot keeps, never gets here: skill/boundary.py
    answers it first, so nothing is ever cut to fit."""
    slot = get_slot(handler_input, name)
    value = slot.value if slot is not None else None
    return " ".join(value.split()) if isinstance(value, str) else ""


def session_attributes(handler_input: HandlerInput) -> dict[str, Any]:
    # Never None: parse_envelope refuses requests without a session.
    return cast(dict[str, Any], handler_input.attributes_manager.session_attributes)


def current_flow(handler_input: HandlerInput) -> dict[str, Any]:
    """The conversation in progress ({} when none); changes to it are kept in the session."""
    flow = session_attributes(handler_input).get(FLOW)
    return flow if isinstance(flow, dict) else {}


def flow_as_it_came(handler_input: HandlerInput) -> dict[str, Any]:
    """The conversation in progress as the request brought it ({} when none): read before any
    handler changed the session, so a yes or no goes to the question that was asked."""
    session = handler_input.request_envelope.session
    flow = (session.attributes or {}).get(FLOW) if session is not None else None
    return flow if isinstance(flow, dict) else {}


def end_flow(handler_input: HandlerInput) -> None:
    session_attributes(handler_input).pop(FLOW, None)


def ids(value: object) -> list[int]:
    """Ids read back from the session: only whole numbers survive."""
    return [v for v in value if isinstance(v, int) and not isinstance(v, bool)] if isinstance(value, list) else []


def elicit(handler_input: HandlerInput, intent: str, slot: str) -> None:
    """Route whatever is said next into `intent`'s `slot` (free-form answers, a name)."""
    handler_input.response_builder.add_directive(
        ElicitSlotDirective(
            slot_to_elicit=slot,
            updated_intent=Intent(
                name=intent,
                confirmation_status=IntentConfirmationStatus.NONE,
                slots={slot: Slot(name=slot, confirmation_status=SlotConfirmationStatus.NONE)},
            ),
        )
    )


def elicit_answer(handler_input: HandlerInput) -> None:
    elicit(handler_input, ANSWER_INTENT, ANSWER_SLOT)


def tell(handler_input: HandlerInput, text: str) -> Response:
    """A statement: speak, and end the session."""
    end_flow(handler_input)
    return handler_input.response_builder.speak(ssml_text(text)).set_should_end_session(True).response


def tell_ssml(handler_input: HandlerInput, ssml: str) -> Response:
    """A statement already in SSML (pauses): only for text written here, never for user words."""
    return handler_input.response_builder.speak(ssml).set_should_end_session(True).response


def ask(handler_input: HandlerInput, text: str, reprompt: str, *, after_ssml: str = "") -> Response:
    """A question: speak, keep the session open, and repeat the prompt if nobody answers.

    The reprompt (the question on its own) and the slot it elicits are remembered, so
    "help" or "repeat that" can ask it again without losing the place. `after_ssml`: what
    was already said in this response (SSML), spoken first.
    """
    said = " ".join(filter(None, [after_ssml, ssml_text(text)]))
    response = handler_input.response_builder.speak(said).ask(ssml_text(reprompt)).response
    elicited = next((d for d in response.directives or [] if isinstance(d, ElicitSlotDirective)), None)
    session_attributes(handler_input)[LAST_QUESTION] = {
        "reprompt": reprompt,
        "elicit": (
            [elicited.updated_intent.name, elicited.slot_to_elicit]
            if elicited is not None and elicited.updated_intent is not None
            else None
        ),
    }
    return response


def ask_unless_looping(handler_input: HandlerInput, text: str, reprompt: str, again: str = "") -> Response:
    """ask(), for the lines a lost conversation can hear again and again (how to link, who
    is speaking, the menu): the same words a second time in a row in this session are cut
    to `again`, or "I'm still not getting it" and the question alone; a third time, the conversation
    ends kindly, nothing half-done kept."""
    attributes = session_attributes(handler_input)
    before = attributes.get(SAID_BEFORE)
    times = before.get("times") if isinstance(before, dict) and before.get("text") == _digest(text) else 0
    times = times + 1 if isinstance(times, int) and not isinstance(times, bool) else 1
    attributes[SAID_BEFORE] = {"text": _digest(text), "times": times}
    say = speech(handler_input).say
    if times >= 3:
        for key in (*WAITING, LAST_QUESTION, SAID_BEFORE):
            attributes.pop(key, None)
        response = handler_input.response_builder.response  # no slot elicited: the session ends
        response.directives = [d for d in response.directives or [] if not isinstance(d, ElicitSlotDirective)] or None
        return tell(handler_input, say("fallback_give_up"))
    if times == 2:
        text = again or f"{say('still_not')} {reprompt}"
    return ask(handler_input, text, reprompt)


def _digest(text: str) -> str:
    """A short fingerprint of what was said, kept in the session instead of the words."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def ask_again(handler_input: HandlerInput, prefix: str = "", *, after_ssml: str = "") -> Response | None:
    """The pending question of an open conversation asked again (after `prefix`), with its
    slot elicited again; None when no conversation waits for an answer."""
    attributes = session_attributes(handler_input)
    if not any(isinstance(attributes.get(key), dict) for key in WAITING):
        return None
    question = attributes.get(LAST_QUESTION)
    if not isinstance(question, dict):
        return None
    reprompt = question.get("reprompt")
    if not isinstance(reprompt, str) or not reprompt:
        return None
    target = question.get("elicit")
    if isinstance(target, list) and len(target) == 2 and tuple(target) in ELICITED:
        elicit(handler_input, target[0], target[1])
    again = brief(reprompt, 1000)
    # A prefix that is the question itself ("Would you like to answer it now, or leave it?") is
    # said once: never the same question twice in one answer (tester-voice4 #3, #13).
    said = again if prefix.strip() == again.strip() else " ".join(filter(None, [prefix, again]))
    return ask(handler_input, said, again, after_ssml=after_ssml)


def ask_again_unclear(handler_input: HandlerInput, prefix: str) -> Response | None:
    """Not understood while a question waits: asked again after `prefix`; the second time in
    this session with two things to say there; the third, a kind goodbye that keeps what was
    saved. Never a loop. None (and not counted) when no conversation waits for an answer."""
    attributes = session_attributes(handler_input)
    if not any(isinstance(attributes.get(key), dict) for key in WAITING):
        return None
    misses = count_unclear(handler_input)
    if misses >= 3:
        return give_up(handler_input)
    return ask_again(handler_input, prefix if misses == 1 else still_not(handler_input))


def ask_again_paused(handler_input: HandlerInput) -> Response | None:
    """A pause while a question waits: the question again after "take your time", never counted as
    not understood (tester-voice34: a second "erm" heard "I'm still not getting it")."""
    attributes = session_attributes(handler_input)
    question = attributes.get(LAST_QUESTION)
    asked = _digest(str(question.get("reprompt"))) if isinstance(question, dict) else ""
    before = attributes.get(PAUSED)
    times = before.get("times") if isinstance(before, dict) and before.get("question") == asked else 0
    times = times + 1 if isinstance(times, int) and not isinstance(times, bool) else 1
    attributes[PAUSED] = {"question": asked, "times": times}  # counted for this question only
    if times > PAUSES_KEPT and any(isinstance(attributes.get(key), dict) for key in WAITING):
        return give_up(handler_input)
    still_trying(handler_input)
    return ask_again(handler_input, vary(handler_input, "checkin_empty"))


def still_trying(handler_input: HandlerInput) -> None:
    """A pause or a request served after replies not understood: the person is trying, so the next
    miss asks once more with the two things to say there, never the goodbye (tester-tv37 D3)."""
    attributes = session_attributes(handler_input)
    misses = attributes.get(UNCLEAR)
    if isinstance(misses, int) and not isinstance(misses, bool) and misses > 1:
        attributes[UNCLEAR] = 1


def count_unclear(handler_input: HandlerInput) -> int:
    """One more reply not understood in this session: how many so far."""
    attributes = session_attributes(handler_input)
    misses = attributes.get(UNCLEAR)
    misses = misses + 1 if isinstance(misses, int) and not isinstance(misses, bool) else 1
    attributes[UNCLEAR] = misses
    return misses


def still_not(handler_input: HandlerInput) -> str:
    """ "I'm still not getting it. You could say: yes, or: no." (two things to say just here)."""
    attributes, language = session_attributes(handler_input), speech(handler_input)
    waiting = frozenset(key for key in WAITING if isinstance(attributes.get(key), dict))
    question = attributes.get(LAST_QUESTION)
    reprompt = question.get("reprompt") if isinstance(question, dict) else None
    key = hint_key(current_flow(handler_input), waiting, reprompt if isinstance(reprompt, str) else "")
    return language.say("fallback_again", hint=language.say(key))


def give_up(handler_input: HandlerInput) -> Response:
    """The third reply not understood: a kind goodbye; a check-in's answers so far stay saved."""
    attributes = session_attributes(handler_input)
    saved = bool(current_flow(handler_input).get("given"))
    for key in (*WAITING, LAST_QUESTION):
        attributes.pop(key, None)
    say = speech(handler_input).say
    return tell(handler_input, say("fallback_give_up_saved" if saved else "fallback_give_up"))


def what_next(handler_input: HandlerInput, prefix: str = "", *, unasked: bool = False) -> Response:
    """Back to the start: say `prefix`, then offer what can be done; `unasked` (words nobody
    asked for) escalates rather than loops (ask_unless_looping). Any offer made before ("which
    one?", "shall I note it as a moment?", "shall I log both?") is dropped: a "yes" now answers
    this question only (tester-voice36 D15)."""
    for offer in (PENDING_LOG, PENDING_ALL, PENDING_HEDGE):
        session_attributes(handler_input).pop(offer, None)
    say = speech(handler_input).say
    text, reprompt = " ".join(filter(None, [prefix, say("what_next")])), say("what_next_reprompt")
    return ask_unless_looping(handler_input, text, reprompt) if unasked else ask(handler_input, text, reprompt)


def lost_place(handler_input: HandlerInput) -> Response:
    """A stale or forged session: the conversation is dropped, and the menu offered."""
    end_flow(handler_input)
    return what_next(handler_input, speech(handler_input).say("lost_place"))


def not_linked(handler_input: HandlerInput) -> Response:
    # Kept open: the code is the natural next thing to say.
    say = speech(handler_input).say
    return ask_unless_looping(handler_input, say("not_linked"), say("not_linked_reprompt"), say("not_linked_again"))


def spoken_list(language: Language, items: list[ContractItem]) -> list[str]:
    names = [named(item.spoken_name) for item in items[:MAX_SPOKEN_ITEMS]]
    if len(items) > MAX_SPOKEN_ITEMS:
        names.append(language.say("more", count=len(items) - MAX_SPOKEN_ITEMS))
    return names


class IntentHandler(AbstractRequestHandler):
    """Handles the intents named in `intents`; the tests check them against the model."""

    intents: ClassVar[tuple[str, ...]] = ()

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("IntentRequest")(handler_input) and get_intent_name(handler_input) in self.intents


class HandlersInterceptor(AbstractRequestInterceptor):
    """Puts the skill's request handlers, in their order, where replay() finds them."""

    def __init__(self, handlers: list[AbstractRequestHandler]) -> None:
        self.handlers = handlers

    def process(self, handler_input: HandlerInput) -> None:
        handler_input.attributes_manager.request_attributes[HANDLERS] = self.handlers


def replay(handler_input: HandlerInput, intent: str, slots: dict[str, str]) -> Response:
    """This request answered as if it had been `intent` with `slots` all along (a request
    said as an answer, and meant as a request), by the first of the skill's handlers that
    takes it: the safety check and the slots' boundary meet it again."""
    request = cast(IntentRequest, handler_input.request_envelope.request)
    request.intent = Intent(
        name=intent,
        confirmation_status=IntentConfirmationStatus.NONE,
        slots={
            name: Slot(name=name, value=value, confirmation_status=SlotConfirmationStatus.NONE)
            for name, value in slots.items()
        },
    )
    handlers = handler_input.attributes_manager.request_attributes.get(HANDLERS)
    handler = next(h for h in cast(list[AbstractRequestHandler], handlers or []) if h.can_handle(handler_input))
    return cast(Response, handler.handle(handler_input))


def checkin_waits_behind(handler_input: HandlerInput) -> bool:
    """Whether this request was said while a check-in question waited: an aside, after which
    skill/checkin_aside.py asks that question again (so a statement, not the menu, ends it)."""
    return isinstance(handler_input.attributes_manager.request_attributes.get(CHECKIN_WAITED), dict)


def aside_comes_back_here(handler_input: HandlerInput) -> None:
    """What waits now (the check-in's flow and its question, as just set) is where an aside
    answered in this request comes back to (skill/checkin_aside.py)."""
    attributes = session_attributes(handler_input)
    waited = {"flow": attributes.get(FLOW), "question": attributes.get(LAST_QUESTION), "own": True}
    handler_input.attributes_manager.request_attributes[CHECKIN_WAITED] = copy.deepcopy(waited)


def comes_back_after(handler_input: HandlerInput, back: str) -> None:
    """The conversation waiting now (not a check-in: a reflection) is asked again, after the words of `back`,
    once the request served in this one in its place has been answered and ends (skill/checkin_aside.py)."""
    attributes = session_attributes(handler_input)
    waited = {"flow": attributes.get(FLOW), "question": attributes.get(LAST_QUESTION), "back": back}
    handler_input.attributes_manager.request_attributes[FLOW_WAITED] = copy.deepcopy(waited)
