"""The mid check-in aside (tester-voice3 #11) and "just me" (#12) as raw envelopes, the shape
Alexa sends, the session attributes carried by hand between turns: a small win behind "hang on"
is held, then logged on "log it"; "just me" is never an answer; a forged held step logs nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from tests.skill.raw_requests import SAY, alex, contract, entries, intent, say, skill, speech
from tests.skill.talk import log_asked
from trust_tracker.models.checkins import DEFAULT_QUESTIONS
from trust_tracker.models.entities import CheckInAnswer, LogKind

__all__ = ["alex", "contract", "say", "skill"]


def answers(session) -> list[str]:
    session.expire_all()
    return list(session.scalars(select(CheckInAnswer.answer)))


def turn(say, name: str, slots: dict[str, str | None] | None, attributes: dict[str, Any]) -> dict[str, Any]:
    result = say(intent(name, slots, new_session=False, attributes=attributes))
    attributes.clear()
    attributes.update(result.get("sessionAttributes") or {})
    return result


@pytest.fixture
def asked(say, contract) -> dict[str, Any]:
    """Alex's check-in, alone, at its first question."""
    attributes: dict[str, Any] = {}
    turn(say, "StartCheckInIntent", None, attributes)
    result = turn(say, "AMAZON.NoIntent", None, attributes)
    assert speech(result).endswith(DEFAULT_QUESTIONS[0])
    return attributes


def test_a_small_win_behind_hang_on_is_held_then_logged(session, say, asked) -> None:
    said = "hang on log a small win we booked the dentist for both of us"
    result = turn(say, "AnswerIntent", {"answer": said}, asked)
    assert log_asked(speech(result)) and answers(session) == [] and entries(session) == []
    result = turn(say, "AnswerIntent", {"answer": "log it"}, asked)
    assert speech(result).endswith(DEFAULT_QUESTIONS[0])
    [entry] = entries(session)
    assert entry.kind is LogKind.SMALL_WIN and entry.note.lower() == "we booked the dentist for both of us"
    assert answers(session) == []


@pytest.mark.parametrize("said", ["no just me", "it's only me", "she's not here"])
def test_just_me_is_never_an_answer(session, say, asked, said) -> None:
    result = turn(say, "AnswerIntent", {"answer": said}, asked)
    assert speech(result).startswith(SAY("checkin_just_you", name="Alex")) and answers(session) == []


@pytest.mark.parametrize("held_intent", ["LogSmallWinIntent", "NotAnIntent", 7, None])
def test_a_forged_held_step_logs_nothing(session, say, asked, held_intent) -> None:
    turn(say, "AnswerIntent", {"answer": "wait log a moment sam rang"}, asked)
    asked["flow"]["held_intent"] = held_intent
    asked["flow"]["held"] = "x" * 5000 if held_intent == "LogSmallWinIntent" else "sam rang"
    turn(say, "AnswerIntent", {"answer": "log it"}, asked)
    assert entries(session) == [] and answers(session) == []
