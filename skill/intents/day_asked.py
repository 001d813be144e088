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
from ..dialog import FLOW, PENDING_LOG, ask, elicit, elicit_answer, ids, session_attributes, speech, tell
from .which_one_left import LOG_INTENTS, LOG_KINDS

DAY_ASKED = "day?"  # kept in the pending log while "Which day was that?" waits


@dataclass(frozen=True)
class DayGiven:
    """The keep or miss told before "Which day was that?", and the day its answer gave."""

    kind: LogKind
    said: str
    named_ids: list[int]
    day: date


# The day asked of a hard day ("the other day was a hard day"): its answer comes back as words (AnswerIntent).
HARD_DAY_FLOW, DAY_STEP = "hard_day", "day?"
# What a day refused is told with, by kind: a hard day's words, else a keep's or a miss's ("day_ahead").
_REFUSED_AS = {LogKind.HARD_DAY: "hard_day_"}


def ask_day(handler_input: HandlerInput, kind: LogKind, said: str, named_ids: list[int]) -> Response:
    """ "Which day was that?", the words kept (their vague day left out) for the answer."""
    if kind is LogKind.HARD_DAY:  # a hard day keeps no words: only its day is waited for
        session_attributes(handler_input)[FLOW] = {"name": HARD_DAY_FLOW, "step": DAY_STEP}
        elicit_answer(handler_input)
    else:
        session_attributes(handler_input)[PENDING_LOG] = {
            DAY_ASKED: True,
            "kind": kind.value,
            "ids": named_ids,
            "said": without_vague_day(said),
        }
        elicit(handler_input, LOG_INTENTS[kind], "commitment")  # "Tuesday", "two days ago": its answer
    language = speech(handler_input)
    return ask(handler_input, language.say("day_vague"), language.say("day_vague_reprompt"))


def day_refused(
    handler_input: HandlerInput,
    kind: LogKind,
    said: str,
    today: date,
    *,
    may_ask: bool,
    named_ids: list[int] | None = None,
) -> Response | None:
    """The one answer to a day that cannot date an entry (a keep, a miss, a breach, several at once, a hard
    day): ahead ("tomorrow": nothing is logged ahead) or too far back ("a fortnight ago"), said why, nothing
    logged and never today's instead (tester D3); no day to it ("the other day"), "Which day was that?"
    where `may_ask` (the answer is waited for), else how to say it again. None when its day, if any, is one
    to log. A hard day's words tell of a day, so one told as to come ("next friday will be rough") is ahead."""
    if may_ask and day_unloggable(said, today, told=kind is LogKind.HARD_DAY) == "vague":
        return ask_day(handler_input, kind, said, named_ids or [])
    why = refused_why(handler_input, kind, said, today)
    return tell(handler_input, why) if why is not None else None


def refused_why(handler_input: HandlerInput, kind: LogKind, said: str, today: date) -> str | None:
    """What `day_refused` says where no question is asked (a check-in's question waits): why nothing is
    logged, or how to say it again with its day; None when its day, if any, is one to log."""
    unloggable = day_unloggable(said, today, told=kind is LogKind.HARD_DAY)
    if unloggable is None:
        return None
    key = "still_vague" if unloggable == "vague" else unloggable
    return speech(handler_input).say(f"{_REFUSED_AS.get(kind, 'day_')}{key}")


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
    if (refused := day_refused(handler_input, kind, said, today, may_ask=False)) is not None:
        return refused  # "a fortnight ago", "tomorrow", "the other day" again
    day = day_said(said, today)
    if day is None:  # "I can't remember", "never mind": nothing logged, never today instead
        return tell(handler_input, speech(handler_input).say("day_still_vague"))
    return DayGiven(kind, words, ids(asked.get("ids")), day)
