"""Leaving "which one?" without naming a promise: "skip", "none", "neither", "never mind", "forget
it", "I'm done". Nothing is logged, and the speaker hears how to name it next time (issue 8). Alexa
hears "skip" as AMAZON.NextIntent and "never mind" or "forget it" as AMAZON.CancelIntent, so while
the question waits those come here too, as the words of its answer."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import tracking
from trust_tracker.models.entities import LogKind, Partner

from ..dialog import PENDING_LOG, current_flow, replay, session_attributes, skill_context, speech, tell
from ..grammar import promise

LOG_INTENTS = {LogKind.KEPT: "LogKeptIntent", LogKind.MISSED: "LogMissedIntent"}
LOG_KINDS = {kind.value: kind for kind in LOG_INTENTS}


def nothing_named(handler_input: HandlerInput, partner: Partner, kind: LogKind) -> Response:
    """ "Which one?" left: nothing logged, and an example of naming one of their promises."""
    session_attributes(handler_input).pop(PENDING_LOG, None)
    language = speech(handler_input)
    loggable = tracking.loggable_commitments(skill_context(handler_input).session, partner)
    example = promise(language, loggable[0].spoken_name, "my") if loggable else ""
    key = f"which_one_none_{kind.value}" if example else "which_one_none"
    return tell(handler_input, language.say(key, example=example))


def left_by_intent(handler_input: HandlerInput, said: str) -> Response | None:
    """ "Skip" or "never mind" heard as Alexa's own intent while "which one?" waits (outside a
    check-in, whose own ways out come first): the question's answer, `said`; None otherwise."""
    asked = session_attributes(handler_input).get(PENDING_LOG)
    kind = LOG_KINDS.get(str(asked.get("kind"))) if isinstance(asked, dict) else None
    if kind is None or current_flow(handler_input).get("name") == "checkin":
        return None
    return replay(handler_input, LOG_INTENTS[kind], {"commitment": said})


def closest_answered(handler_input: HandlerInput, yes: bool) -> Response | None:
    """Alexa's own yes or no to "Was it your promise to …?": that question's answer, as said in its
    slot (yes logs that one, no asks the others), never the moment also offered; None otherwise."""
    asked = session_attributes(handler_input).get(PENDING_LOG)
    if not isinstance(asked, dict) or asked.get("closest") is not True:
        return None
    return left_by_intent(handler_input, "yes" if yes else "no")
