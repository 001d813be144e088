"""A keep or a miss told with no day to it ("I kept the evening talk the other day", "a few days ago"): "Which
day was that?" asked, the session kept open and the words kept with the question, so "Tuesday" or "two days ago"
next logs them on that day (tester: the question ended the session, and "Tuesday" after it was not understood).
No day in the answer, or one that cannot be logged: nothing logged, said why; never today instead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import tracking
from trust_tracker.models.entities import LogKind
from trust_tracker.models.text import has_control_characters

from ..days_said import day_said, day_unloggable, without_vague_day
from ..dialog import PENDING_LOG, ask, elicit, ids, session_attributes, speech, tell
from .which_one_left import LOG_INTENTS, LOG_KINDS

DAY_ASKED = "day?"  # kept in the pending log while "Which day was that?" waits


@dataclass(frozen=True)
class DayGiven:
    """The keep or miss told before "Which day was that?", and the day its answer gave."""

    kind: LogKind
    said: str
    named_ids: list[int]
    day: date


def ask_day(handler_input: HandlerInput, kind: LogKind, said: str, named_ids: list[int]) -> Response:
    """ "Which day was that?", the words kept (their vague day left out) for the answer."""
    session_attributes(handler_input)[PENDING_LOG] = {
        DAY_ASKED: True,
        "kind": kind.value,
        "ids": named_ids,
        "said": without_vague_day(said),
    }
    elicit(handler_input, LOG_INTENTS[kind], "commitment")  # "Tuesday", "two days ago": its answer
    language = speech(handler_input)
    return ask(handler_input, language.say("day_vague"), language.say("day_vague_reprompt"))


def day_not_loggable(
    handler_input: HandlerInput, kind: LogKind, said: str, named_ids: list[int], today: date
) -> Response | None:
    """A day that cannot date the keep or miss: ahead or too far back, said why, nothing logged; no day to it,
    "Which day was that?" asked; None when its day, if any, is one to log."""
    unloggable = day_unloggable(said, today)
    if unloggable == "vague":
        return ask_day(handler_input, kind, said, named_ids)
    return tell(handler_input, speech(handler_input).say(f"day_{unloggable}")) if unloggable else None


def day_answered(handler_input: HandlerInput, said: str, today: date) -> DayGiven | Response | None:
    """The answer to "Which day was that?": the keep or miss with its day; what to say when it gives no day to
    log (nothing logged); None when that question does not wait."""
    attributes = session_attributes(handler_input)
    asked = attributes.get(PENDING_LOG)
    if not isinstance(asked, dict) or asked.get(DAY_ASKED) is not True:
        return None
    attributes.pop(PENDING_LOG, None)
    kind, words = LOG_KINDS.get(str(asked.get("kind"))), asked.get("said")
    if kind is None or not isinstance(words, str) or len(words) > tracking.MAX_NOTE or has_control_characters(words):
        return tell(handler_input, speech(handler_input).say("day_still_vague"))
    if (unloggable := day_unloggable(said, today)) is not None and unloggable != "vague":
        return tell(handler_input, speech(handler_input).say(f"day_{unloggable}"))  # "a fortnight ago", "tomorrow"
    day = day_said(said, today)
    if day is None:  # "I can't remember", "never mind": nothing logged, never today instead
        return tell(handler_input, speech(handler_input).say("day_still_vague"))
    return DayGiven(kind, words, ids(asked.get("ids")), day)
