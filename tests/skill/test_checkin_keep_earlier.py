"""After "go back", words that keep the earlier answer ("keep it as it was", "no change",
"that's right") keep it and move on; they are never saved as the answer (issue 8, D3). Where
there is no earlier answer, the same words are only words."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.answer_words import keeps_earlier

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture

KEEPING = [
    "keep it as it was",
    "keep it",
    "leave it as it is",
    "it's fine as it was",
    "no change",
    "that's right",
    "oh no, keep my earlier answer please",
    "don't change it",
    "Keep It Like It Was!",
]


@pytest.mark.parametrize("keeping", KEEPING)
def test_keep_words_after_go_back_keep_the_earlier_answer_and_move_on(session, home, contract, alex_talks, keeping):
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    alex_talks("being late once")
    assert alex_talks("go back").speech == f"Alright, let's go back. Question 2: {QUESTIONS[1]}"
    said = alex_talks(keeping)
    assert said.speech == f"{SAY('checkin_kept_earlier')} Question 3: {QUESTIONS[2]}" and said.open
    assert answers(session) == [(alex.id, 0, "Our walk"), (alex.id, 1, "Being late once")]


@pytest.mark.parametrize(
    "answer",
    ["keep it simple", "that's not right at all", "no change in how we talk", "keep trying", "the same fights"],
)
def test_lookalikes_are_answers_not_keeping(session, home, contract, alex_talks, answer):
    assert not keeps_earlier(answer)


def test_keep_words_with_nothing_earlier_are_never_taken_as_keeping(session, home, contract, alex_talks):
    alex, _ = home
    alone(alex_talks)
    said = alex_talks("no change")
    assert SAY("checkin_kept_earlier") not in said.speech
    assert answers(session) == [(alex.id, 0, "No change")]


@pytest.mark.parametrize("bad", ["keep it\x07 as it was", "keep it as it was " * 600])
def test_bad_input_after_go_back_keeps_the_earlier_answer(session, home, contract, alex_talks, bad):
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    alex_talks("go back")
    said = alex_talks(bad)
    assert said.open and answers(session) == [(alex.id, 0, "Our walk")]
