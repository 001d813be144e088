"""Bad input on the paths voice10 opened: a command said after the words ("..., log that as a
moment"), the short forms ("log a moment ..."), "note that ...": an empty slot is asked for,
control characters and 500-character values store nothing, and distress said that way gets help."""

from __future__ import annotations

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, SAY, USER, Talk, entries
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.simulator import Reply

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

LONG = "we laughed at breakfast " * 21  # 504 characters
CONTROL = "we laughed\x00\x1b[31m at breakfast"


def send(skill, session_factory, intent: str, slots: dict[str, str | None]) -> Reply:
    request = alexa.intent_request(intent, slots, user_id=USER, person_id=ALEX_VOICE, timestamp=NOW)
    return Reply.of(invoke(skill, session_factory, request, now=NOW))


@pytest.mark.parametrize(
    ("intent", "slots"),
    [
        ("LogReliabilityTopicIntent", {"before_as_a_moment": LONG, "after_as_a_moment": None}),
        ("LogReliabilityTopicIntent", {"before_as_a_moment": CONTROL, "after_as_a_moment": None}),
        ("LogKeptTopicIntent", {"before_as_a_keep": f"i {LONG} put that down", "after_as_a_keep": None}),
        ("LogMissedTopicIntent", {"before_as_a_miss": CONTROL, "after_as_a_miss": None}),
        ("LogReliabilityIntent", {"note": f"{CONTROL} note that as a win"}),
        ("LogSmallWinIntent", {"note": f"{CONTROL} log that as a moment"}),
        ("LogKeptIntent", {"commitment": f"{LONG} log it"}),
    ],
)
def test_long_or_unreadable_words_store_nothing(skill, session_factory, session, contract, intent, slots) -> None:
    reply = send(skill, session_factory, intent, slots)
    assert not reply.speech.startswith(("Logged", "Noted")), reply.speech
    assert entries(session) == []


def test_a_long_note_that_fits_is_kept_whole_without_its_command(skill, session_factory, session, contract) -> None:
    reply = send(skill, session_factory, "LogSmallWinIntent", {"note": f"{LONG} log that as a moment"})
    assert reply.speech.startswith("Noted, a moment of reliability")
    [entry] = entries(session)
    assert entry.note == LONG.strip().capitalize()


def test_a_moment_said_alone_asks_what_happened(skill, session_factory, session, contract) -> None:
    heard = Talk(skill, session_factory, person_id=ALEX_VOICE)("log a moment")
    assert heard.open and heard.speech == SAY("reliability_what")
    assert entries(session) == []


@pytest.mark.parametrize(
    ("said", "like"), [("log a keep", "log a kept promise"), ("log a miss", "i missed my promise")]
)
def test_a_keep_or_a_miss_said_alone_is_what_its_long_form_does(skill, session_factory, session, contract, said, like):
    short = Talk(skill, session_factory, person_id=ALEX_VOICE)(said)
    long = Talk(skill, session_factory, person_id=ALEX_VOICE)(like)
    # Both ask which one (tester-voice13 #8), and nothing is written before the answer.
    assert short.open and short.speech == long.speech and short.speech.startswith("Which one did you")
    assert entries(session) == []


def test_an_empty_note_after_a_command_is_asked_for(skill, session_factory, session, contract) -> None:
    reply = send(skill, session_factory, "LogReliabilityIntent", {"note": None})
    assert reply.stays_open and reply.speech == SAY("reliability_what")
    assert entries(session) == []


@pytest.mark.parametrize(
    "said",
    [
        "Sam hit me at breakfast, log that as a moment",
        "note that I want to end my life",
        "log a moment: he choked me and I'm scared",
        "for the record he hurts me",
    ],
)
def test_distress_said_this_way_gets_help_and_nothing_is_written(skill, session_factory, session, contract, said):
    heard = Talk(skill, session_factory, person_id=ALEX_VOICE)(said)
    assert "If you're in danger, call nine one one" in heard.speech, heard.speech
    assert entries(session) == []
