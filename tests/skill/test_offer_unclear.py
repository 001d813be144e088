"""An unclear reply to a single offer ("Shall I start your check-in?") no longer drops the
question (issue 8 item 4, vfix3): asked again once, gently, with the words held; a second
unclear reply ends kindly, nothing done."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import SAY, Talk, entries
from tests.skill.test_topics import carrier
from trust_tracker.skill.simulator import Match

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

NOT_UNDERSTOOD = Match("AMAZON.FallbackIntent", {})


@pytest.fixture
def alex_talks(skill, session_factory, home):
    return Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)


def offered(talk: Talk, intent: str, topic: str, before: str, after: str) -> str:
    name, slots = carrier(intent, topic, before, after)
    return talk.send(Match(name, {k: v for k, v in slots.items() if v})).speech


@pytest.mark.parametrize(
    ("intent", "topic", "before", "after", "job"),
    [
        ("ReadContractIntent", "contract", "what is the", "with the landlord", "read your contract"),
        ("LogSmallWinIntent", "small win", "my team got a", "at work", "log a small win"),
    ],
)
def test_an_unclear_reply_is_asked_again_once_then_left_kindly(session, alex_talks, intent, topic, before, after, job):
    assert offered(alex_talks, intent, topic, before, after) == f"I'm not sure I followed. Shall I {job}?"
    again = alex_talks.send(NOT_UNDERSTOOD)
    assert again.speech == SAY("topic_offer_again", job0=job) and again.open
    left = alex_talks.send(NOT_UNDERSTOOD)
    assert left.speech == SAY("topic_offer_give_up") and not left.open
    assert entries(session) == []


def test_yes_after_the_question_asked_again_does_it_with_the_words_held(session, alex_talks):
    offered(alex_talks, "LogSmallWinIntent", "small win", "my team got a", "at work")
    alex_talks.send(NOT_UNDERSTOOD)
    alex_talks("yes")
    assert [e.note for e in entries(session)] == ["My team got a small win at work"]


def test_no_after_the_question_asked_again_does_nothing(session, alex_talks):
    offered(alex_talks, "LogSmallWinIntent", "small win", "my team got a", "at work")
    alex_talks.send(NOT_UNDERSTOOD)
    said = alex_talks("no")
    assert not said.open and entries(session) == []
