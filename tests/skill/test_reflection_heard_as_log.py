"""A reflection Alexa heard as a log (issue 8, voice8): with "what triggered it?" or "what would
have prevented it?" waiting, requests built as Alexa sends them for LogMissedIntent, LogKeptIntent,
LogSmallWinIntent or a reminder's topic carrier are the reflection: saved as that, never a second
entry. Outside a reflection the same requests log as before. Through the real skill."""

from __future__ import annotations

import pytest

from tests.skill.talk import ALEX_VOICE, Talk, as_written, contract, entries, home, skill
from tests.skill.test_reflection_said_at_once import reflections
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.simulator import Match

__all__ = ["contract", "home", "skill"]

HEARD_AS_LOGS = [
    (
        Match("LogMissedIntent", {"commitment": "the call because my phone died"}),
        "I missed the call because my phone died",
    ),
    (Match("LogKeptIntent", {"commitment": "my promise when i set an alarm"}), "I kept my promise when i set an alarm"),
    (Match("LogSmallWinIntent", {"note": "we talked it through after"}), "we talked it through after"),
]


@pytest.fixture
def reflecting(skill, session_factory, home, contract):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    assert "reflect on it?" in talk("i missed my promise to call when late").speech
    assert talk("yes").open
    return talk


@pytest.mark.parametrize(("match", "saved"), HEARD_AS_LOGS)
def test_a_trigger_heard_as_a_log_is_the_reflection(session, reflecting, match, saved):
    said = reflecting.send(match)
    assert said.open and "What would have prevented it?" in said.speech
    assert [e.kind for e in entries(session)] == [LogKind.MISSED]
    assert reflections(session) == [(as_written(saved), "")]


@pytest.mark.parametrize(("match", "saved"), HEARD_AS_LOGS)
def test_a_prevention_heard_as_a_log_is_the_reflection(session, reflecting, match, saved):
    reflecting("traffic")
    said = reflecting.send(match)
    assert "Logged" not in said.speech
    assert [e.kind for e in entries(session)] == [LogKind.MISSED]
    assert reflections(session) == [("Traffic", as_written(saved))]


def test_a_reminder_said_as_the_prevention_is_the_reflection(session, reflecting):
    reflecting("traffic")
    said = reflecting("honestly a reminder on my phone")
    assert "remind" not in said.speech.lower()
    [(trigger, prevention)] = reflections(session)
    assert trigger == "Traffic" and prevention.endswith("a reminder on my phone")


@pytest.mark.parametrize("bad", ["\x00", "x" * 10_000])
def test_bad_words_heard_as_a_log_save_nothing(session, reflecting, bad):
    said = reflecting.send(Match("LogMissedIntent", {"commitment": bad}))
    assert said.speech and [e.kind for e in entries(session)] == [LogKind.MISSED]
    assert reflections(session) in ([], [("", "")])
