"""Something to log, heard while a check-in question waits ("I missed my promise to open phone"
on question 4): neither logged nor saved until confirmed, and the check-in goes on either way.

"Was that your answer to …, or shall I log it?": "yes" or "my answer" saves the words as the
answer; "log it" logs them (for the partner speaking) and asks the question again; "no"
keeps neither. What waits is in the check-in's flow (`held`, `held_intent`), checked again
when it comes back, because session attributes travel through the device.
"""

from __future__ import annotations

from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name
from ask_sdk_model import Response

from trust_tracker.models import checkin_turns, logbook, tracking
from trust_tracker.models.entities import Couple, LogKind, Partner, Source
from trust_tracker.models.errors import DomainError

from ..alexa_apis import device_zone
from ..dialog import (
    FLOW,
    PENDING_LOG,
    ask,
    current_flow,
    elicit_answer,
    lost_place,
    skill_context,
    slot_text,
    speech,
)
from ..speakers import PartnerIntentHandler, current_partner, other_partner
from ..speech import clause
from ..understanding import Words, has_words, kind_said
from .checkin import answer_checkin, ask_question, flow_partner
from .logbook import confirm

HELD_STEP = "log?"
# The logging intents, and the slot holding their words.
HELD_INTENTS = {
    "LogKeptIntent": "commitment",
    "LogMissedIntent": "commitment",
    "LogReliabilityIntent": "note",
    "LogSmallWinIntent": "note",
    "LogBreachIntent": "note",
    "HardDayIntent": "",
}
PROMISES = {"LogKeptIntent": LogKind.KEPT, "LogMissedIntent": LogKind.MISSED}
NOTES = {"LogReliabilityIntent": LogKind.RELIABILITY, "LogSmallWinIntent": LogKind.SMALL_WIN}


def checkin_waits(attributes: object) -> bool:
    """Whether a check-in question waits for its answer (and no "which one?" is pending)."""
    if not isinstance(attributes, dict) or isinstance(attributes.get(PENDING_LOG), dict):
        return False
    flow = attributes.get(FLOW)
    return isinstance(flow, dict) and flow.get("name") == "checkin" and "position" in flow


class HeldLogHandler(PartnerIntentHandler):
    """A logging intent while a check-in question waits: held, and confirmed first."""

    intents = tuple(HELD_INTENTS)

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not super().can_handle(handler_input):
            return False
        session = handler_input.request_envelope.session  # as it came: read before any handler runs
        return checkin_waits(session.attributes if session is not None else None)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        say = speech(handler_input).say
        flow = current_flow(handler_input)
        intent = str(get_intent_name(handler_input))
        slot = HELD_INTENTS[intent]
        words = slot_text(handler_input, slot) if slot else ""
        question = flow.get("question")
        if not isinstance(question, str):
            return lost_place(handler_input)
        flow.update(step=HELD_STEP, held=words if has_words(words) else "", held_intent=intent)
        elicit_answer(handler_input)
        return ask(
            handler_input,
            say("checkin_log_or_answer", question=question if question.endswith(("?", ".", "!")) else f"{question}?"),
            say("checkin_log_or_answer_reprompt"),
        )


def settle_held(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], choice: str) -> Response:
    """ "Was that your answer, or shall I log it?" answered: `choice` is "answer", "log" or "no"."""
    say = speech(handler_input).say
    held, intent = flow.pop("held", None), flow.pop("held_intent", None)
    flow.pop("step", None)
    partner = flow_partner(handler_input, couple, flow, flow.get("partner"))
    position, heard = flow.get("position"), flow.get("question")
    if (
        partner is None
        or not isinstance(position, int)
        or isinstance(position, bool)
        or not isinstance(heard, str)
        or not isinstance(held, str)
        or len(held) > tracking.MAX_NOTE
        or intent not in HELD_INTENTS
    ):
        return lost_place(handler_input)
    if choice == "answer":
        return answer_checkin(handler_input, couple, flow, held or say(f"held_words_{intent}"), confirmed=True)
    question = checkin_turns.Question(partner, position, heard)
    if choice == "no":
        return ask_question(handler_input, question, say("checkin_not_saved"))
    speaker = current_partner(handler_input)
    done = log_held(handler_input, speaker, intent, held) if speaker is not None else say("checkin_log_later")
    return ask_question(handler_input, question, done)


def log_held(handler_input: HandlerInput, partner: Partner, intent: str, words: str) -> str:
    """The held words logged for `partner`, and what to say; never a guess: anything unclear
    (which promise, kept or missed) is left for after the check-in."""
    context, language = skill_context(handler_input), speech(handler_input)
    say = language.say
    zone = device_zone(handler_input, partner.couple)
    try:
        if intent in PROMISES:
            kind = kind_said(words, PROMISES[intent])
            outcome = logbook.log_said(
                context.session, partner, kind, words, understanding=Words(), now=context.now, device_zone=zone
            )
            if not isinstance(outcome, logbook.Logged):
                return say("checkin_log_later")
            return confirm(handler_input, kind, outcome)
        if intent == "HardDayIntent":
            tracking.hard_day(context.session, partner, context.now, device_zone=zone)
            other = other_partner(partner)
            return say("hard_day_shared", other=other.name) if other is not None else say("hard_day_sorry")
        kind = NOTES.get(intent, LogKind.BREACH)
        if kind is not LogKind.BREACH and not words:
            return say("checkin_log_later")
        logbook.log_note(context.session, partner, kind, words, source=Source.VOICE, now=context.now, device_zone=zone)
    except DomainError as refused:  # already logged today, the other partner's commitment: said kindly
        return str(refused)
    if kind is LogKind.BREACH:
        other = other_partner(partner)
        return say("breach_logged", other=other.name) if other is not None else say("breach_logged_plain")
    return say(f"{kind.value}_logged", note=clause(words, 200))
