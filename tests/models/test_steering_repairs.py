"""Repairs a third independent tester said in a check-in that were saved as answers (main after
the afternoon's merges): rewinding, redoing an answer, asking for it one more time, stopping
there for now. They steer, by voice and typed on the site (models/steering_words.py); everyday
answers with the same words stay answers."""

from __future__ import annotations

import pytest

from trust_tracker.models.steering_words import control, typed_control


@pytest.mark.parametrize(
    ("said", "does"),
    [
        ("rewind one question", "back"),
        ("can we rewind that", "back"),
        ("hang on let me redo that answer", "back"),
        ("i want to redo my last answer", "back"),
        ("say that one more time", "repeat"),
        ("sorry can you say it once more", "repeat"),
        ("let's stop there for now", "stop"),
        ("i'll leave it there for today", "stop"),
        ("we'll call it a day", "stop"),
        ("let's wrap up there for tonight", "stop"),
        ("hold on, i need to stop here, we'll finish tomorrow", "stop"),
        ("we'll finish tomorrow", "stop"),
        ("let's stop now and carry on later", "stop"),
    ],
)
def test_a_repair_steers(said, does) -> None:
    assert control(said) == does


@pytest.mark.parametrize(
    "said",
    [
        "we stopped arguing there for now",
        "i leave it to him to decide",
        "we wrapped up the kids warmly",
        "we redo the kitchen this week",
        "he said the same thing one more time and i listened",
        "rewinding the old tapes together was lovely",
        "we'll finish our walk tomorrow",
        "i need to stop drinking so much",
    ],
)
def test_an_answer_with_the_same_words_stays_an_answer(said) -> None:
    assert control(said) in (None, "request")


@pytest.mark.parametrize(
    "typed", ["rewind one question", "let's stop there for now", "hang on let me redo that answer"]
)
def test_typed_on_the_site_it_is_refused_not_saved(typed) -> None:
    assert typed_control(typed) in ("back", "stop")
