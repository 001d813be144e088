"""Said as an answer, words that skip, defer, decline or change are never saved (issue 8, D2):
by family, with lead-ins ("you know what", "no wait"), and everyday answers that look like
them stay answers."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY, as_written
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.steering_words import control, typed_control

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture

DEFERRING = [
    "come back to that one later",
    "can we come back to this later",
    "ask me later",
    "maybe later",
    "not right now",
]
DECLINING = [
    "i'd rather not answer that one right now",
    "i don't want to talk about it",
    "pass",
    "i'm not ready to answer that",
]
SKIPPING = ["you know what, next question", "leave it", "okay so, skip ahead", "on second thought, move on"]
# Handed to the other (tester-voice41 C2: "Sam, your turn" was saved as Alex's answer).
HANDED = ["sam your turn", "over to you sam", "your go jo", "you go first", "it's your turn"]
CHANGING = ["no wait let me change that", "hang on, change that", "wait, i want to change it"]
LOOKALIKES = [
    "leave it to me",
    "later that day we argued",
    "change is hard",
    "we came back to it later",
    "i would rather not fight",
    "pass the salt and talk",
    "not much went well",
    "it was your turn to cook and you did",
    "you first made me laugh on monday",
]


@pytest.mark.parametrize("said", DEFERRING + DECLINING + SKIPPING + HANDED)
def test_deferring_declining_and_skipping_are_never_saved(session, home, contract, alex_talks, said):
    alone(alex_talks)
    reply = alex_talks(said)
    assert reply.speech == f"{SAY('checkin_skipped')} Question 2: {QUESTIONS[1]}" and reply.open
    assert answers(session) == []
    assert typed_control(said) == "skip"  # and typed on the site, refused the same way


@pytest.mark.parametrize("said", CHANGING)
def test_changing_said_with_wait_goes_back_and_is_never_saved(session, home, contract, alex_talks, said):
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    reply = alex_talks(said)
    assert reply.speech == f"{SAY('checkin_again')} Question 1: {QUESTIONS[0]}" and reply.open
    assert answers(session) == [(alex.id, 0, "Our walk")]


@pytest.mark.parametrize("said", LOOKALIKES)
def test_lookalikes_are_saved_as_answers(session, home, contract, alex_talks, said):
    alex, _ = home
    alone(alex_talks)
    alex_talks(said)
    assert control(said) is None and answers(session) == [(alex.id, 0, as_written(said))]


@pytest.mark.parametrize("bad", ["come back to\x00 that later", "maybe later " * 900])
def test_bad_input_is_never_saved(session, home, contract, alex_talks, bad):
    alone(alex_talks)
    reply = alex_talks(bad)
    assert reply.open and answers(session) == []
