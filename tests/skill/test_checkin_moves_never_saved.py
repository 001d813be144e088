"""Moves in a check-in are never answers (issue 8 item 4, vfix4; tester2's D3): in a check-in
together, "go back to the last one", "we need a little pause" and "no let's keep going" were
saved as answers and shown on the site. Going back, pausing and carrying on, in their families,
steer (models/steering_words.py, read by the site too); everyday sentences with the same words
stay answers (the lookalikes)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.skill.talk import ALEX_VOICE, QUESTIONS, Talk, as_written, contract, home, skill
from trust_tracker.models.entities import CheckInAnswer
from trust_tracker.models.steering_words import control, typed_control
from trust_tracker.skill.simulator import Match

__all__ = ["contract", "home", "skill"]

BACK = ["go back to the last one", "go back to the previous one", "back to the last one", "go back one question"]
PAUSE = ["we need a little pause", "i need a short break", "can we take a quick break", "we'd like a little pause"]
GO_ON = ["no let's keep going", "keep going", "carry on with our check-in", "let's continue", "ok carry on please"]
ANSWERS = [
    "we kept going to the gym together",
    "i want to carry on the evening talks",
    "go back to work on time",
    "we need a break from arguing",
    "continue to call when late",
    "i go back to my mum's on sundays",
]


@pytest.fixture
def together(skill, session_factory, home):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-IN")
    talk("let's do our check-in")
    assert "question 1" in talk("yes").speech.lower()
    return talk


def saved(session) -> list[str]:
    session.expire_all()
    return [a.answer for a in session.scalars(select(CheckInAnswer))]


@pytest.mark.parametrize("move", [*BACK, *PAUSE, *GO_ON])
def test_a_move_said_as_an_answer_is_never_saved(session, contract, together, move):
    said = together.send(Match("AnswerIntent", {"answer": move}))
    assert saved(session) == []
    assert move not in said.speech


@pytest.mark.parametrize("go_on", GO_ON)
def test_carrying_on_asks_the_question_again(session, contract, together, go_on):
    said = together.send(Match("AnswerIntent", {"answer": go_on}))
    assert said.open and said.speech.lower().endswith(QUESTIONS[0].lower())


@pytest.mark.parametrize("answer", ANSWERS)
def test_everyday_answers_with_those_words_are_saved(session, contract, together, answer):
    together.send(Match("AnswerIntent", {"answer": answer}))
    assert saved(session) == [as_written(answer)]


@pytest.mark.parametrize("move", [*BACK, *GO_ON])
def test_the_site_refuses_the_same_moves_typed(move):
    assert typed_control(move) is not None


@pytest.mark.parametrize("answer", ANSWERS)
def test_the_site_keeps_the_same_answers_typed(answer):
    assert control(answer) is None and typed_control(answer) is None
