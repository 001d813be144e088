"""A partner leaving part way through a check-in together (tester D1): "Sam had to go to bed, it's
just me now", "Sam's gone to bed", said at either partner's turn on a shared device (voices not
known), is never saved as an answer, for anyone: the one who stayed goes on alone, the questions of
the one who left wait for later, as after "just me" (skill/presence.py gone)."""

from __future__ import annotations

import pytest

from tests.skill.talk import QUESTIONS, SAY, Talk, home, skill
from tests.skill.test_repairs import answers
from trust_tracker.skill.presence import gone

__all__ = ["home", "skill"]


def _together(skill, session_factory, name: str) -> Talk:
    talk = Talk(skill, session_factory)  # the home's device, no voice known
    talk("start our check-in")
    assert "Is Sam with you?" in talk(f"it's {name}").speech or name == "Sam"
    talk("yes")
    return talk


@pytest.mark.parametrize(
    ("first", "said", "stayed", "left_turn"),
    [
        ("Alex", "Sam had to go to bed, it's just me now", "Alex", True),  # at Sam's turn, by Alex
        ("Alex", "Sam's gone to bed", "Alex", True),
        ("Alex", "oh she's just left", "Alex", True),
        ("Alex", "Alex had to go out, it's just me now", "Sam", True),  # at Sam's turn, by Sam
        ("Alex", "Alex needed to head out so it's only me now", "Sam", True),
        ("Alex", "Sam had to go to bed, it's just me now", "Alex", False),  # at Alex's own turn
        ("Alex", "Sam has gone upstairs", "Alex", False),
        ("Alex", "Alex has just left", "Sam", True),
        ("Sam", "Alex's gone to bed", "Sam", False),  # Sam named first, at Sam's own turn
    ],
)
def test_one_leaving_is_never_an_answer_and_the_one_who_stayed_goes_on(
    session, home, skill, session_factory, first, said, stayed, left_turn
) -> None:
    partners = {p.name: p for p in home}
    talk = _together(skill, session_factory, first)
    if left_turn:
        talk("we had a good walk")  # Alex's first answer: Sam's turn now
    before = answers(session)
    heard = talk(said)
    assert heard.open and heard.speech.startswith(SAY("checkin_just_you", name=stayed)), heard.speech
    assert answers(session) == before
    heard = talk("it was calm")
    saved = answers(session)
    assert saved[-1][0] == partners[stayed].id and saved[-1][2] == "It was calm"
    left = next(p for p in home if p.name != stayed)
    assert all(text != "It was calm" for pid, _, text in saved if pid == left.id)
    assert left.name not in heard.speech.split(".")[0], heard.speech  # asked of the one who stayed only
    assert QUESTIONS[0] not in heard.speech or not left_turn


@pytest.mark.parametrize(
    "said",
    [
        "Sam went to bed early on Tuesday",
        "Sam had to work late so we missed our talk",
        "she left her phone on the table",
        "he had to go",
        "",
        "gone " * 80,
    ],
)
def test_answers_that_only_sound_like_leaving_are_answers(said) -> None:
    assert not gone(said, ["Alex", "Sam"])
