"""The reflection said straight away (issue 8 item 4, vfix4; tester2's W1): after a miss,
"Would you like a minute to reflect on it?", and the answer was the reflection itself
("traffic and my phone was dead"): "Sorry, I didn't get that", twice; only "yes" went on.
Words that are the reflection are saved as what triggered it and the next question follows;
a yes or no in words is that; a request is served as itself; "um" asks again. Through the real skill."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.skill.talk import ALEX_VOICE, SAY, Talk, as_written, contract, entries, home, skill
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.skill.simulator import Match

__all__ = ["contract", "home", "skill"]


@pytest.fixture
def missed(skill, session_factory, home):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    assert "reflect on it?" in talk("i missed my promise to call when late").speech
    return talk


def reflections(session) -> list[tuple[str | None, str | None]]:
    session.expire_all()
    return [(r.trigger, r.prevention) for r in session.scalars(select(SetbackReflection))]


@pytest.mark.parametrize(
    "reflection",
    ["traffic and my phone was dead", "i was stuck in traffic", "the meeting ran over and i lost track of time"],
)
def test_the_reflection_said_at_once_is_saved_as_the_trigger(session, contract, missed, reflection):
    said = missed(reflection)
    assert said.open and "What would have prevented it?" in said.speech
    assert "didn't get that" not in said.speech
    said = missed("a charger in the car")
    assert reflections(session) == [(as_written(reflection), "A charger in the car")]
    assert len(entries(session)) == 1  # the miss only: nothing else logged from the words


@pytest.mark.parametrize("no", ["no thanks", "not now", "nope", "skip"])
def test_no_in_words_leaves_it(session, contract, missed, no):
    said = missed.send(Match("AnswerIntent", {"answer": no}))
    assert not said.open and reflections(session) == []


@pytest.mark.parametrize("yes", ["yes", "sure"])
def test_yes_in_words_asks_what_triggered_it(session, contract, missed, yes):
    said = missed.send(Match("AnswerIntent", {"answer": yes}))
    assert said.open and said.speech == SAY("reflect_trigger") and reflections(session) == []


def test_a_request_is_served_not_saved(session, contract, missed):
    said = missed.send(Match("AnswerIntent", {"answer": "read our contract"}))
    assert "call" in said.speech.lower() and reflections(session) == []


def test_um_asks_again(session, contract, missed):
    said = missed.send(Match("AnswerIntent", {"answer": "um"}))
    assert said.open and "reflect on it" in said.speech and reflections(session) == []
