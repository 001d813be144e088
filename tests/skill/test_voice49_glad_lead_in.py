"""tester-voice48 (en-AU): "i'm stoked, log a small win, we didn't fight about the budget" logged "you're stoked log a
small win we didn't fight about the budget". The gladness said before the command, and the command, are how it was
told: the note is what was won. Gladness with no command after it is the note's own words."""

from __future__ import annotations

import pytest

from tests.skill.talk import ALEX_VOICE, SAM_VOICE, Talk, contract, entries, home, skill
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.topic_words import without_command

__all__ = ["contract", "home", "skill"]


@pytest.mark.parametrize(
    ("locale", "voice", "said", "note"),
    [
        ("en-AU", ALEX_VOICE, "i'm stoked, log a small win, we didn't fight about the budget", "didn't fight about"),
        ("en-GB", SAM_VOICE, "so chuffed, note a win we cooked together", "cooked together"),
        ("en-US", ALEX_VOICE, "really proud, log a small win, sam called his mum", "called his mum"),
        ("en-IN", SAM_VOICE, "we're thrilled, log a small win, alex helped with the dishes", "helped with the dishes"),
    ],
)
def test_gladness_before_the_command_is_no_part_of_the_note(
    session, session_factory, skill, contract, locale, voice, said, note
):
    talk = Talk(skill, session_factory, person_id=voice, locale=locale)
    reply = talk(said)
    [entry] = entries(session)
    assert entry.kind is LogKind.SMALL_WIN and note in entry.note.lower()
    assert not any(w in entry.note.lower() for w in ("stoked", "chuffed", "proud", "thrilled", "log", "note a"))
    assert "stoked" not in reply.speech and "you're" not in reply.speech


@pytest.mark.parametrize(
    ("said", "note"),
    [
        ("i'm stoked we talked it through", "i'm stoked we talked it through"),  # no command: all of it
        ("so happy, log that sam came home early", "sam came home early"),
        ("log that i'm proud of us", "i'm proud of us"),  # gladness after the command is what was won
        ("happy", "happy"),
        ("", ""),
    ],
)
def test_without_command(said, note):
    assert without_command(said) == note
