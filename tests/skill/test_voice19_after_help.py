"""Words said right after the help lines that say the moment has passed (voice19, tester find 5):
"thank you, I'm okay now, it was a bad moment" is acknowledged kindly, once: no second round of
help lines, no menu, nothing written, whichever intent Alexa heard it as. Distress said then still
gets the help lines; the same words with no help just given are what they were."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import count, entries
from trust_tracker.models.checkin_entities import CheckInAnswer
from trust_tracker.skill.after_help import settled
from trust_tracker.skill.help_words import EN_US
from trust_tracker.skill.simulator import Match

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]  # fixtures

SETTLED = EN_US["settled"]
HELP = "nine one one"
REFLECTIONS = [
    "thank you, I'm okay now, it was a bad moment",
    "thanks, I'm fine now",
    "I'm alright, just a bad night",
    "okay thank you",
    "I feel a bit better now",
]


@pytest.mark.parametrize("said", REFLECTIONS)
def test_a_reflection_after_the_help_lines_is_acknowledged_once(session, home, contract, alex_talks, said):
    assert HELP in alex_talks("I want to die").speech
    heard = alex_talks(said)
    assert heard.speech == SETTLED and not heard.open
    assert HELP not in heard.speech and "What would you like" not in heard.speech
    assert entries(session) == [] and count(session, CheckInAnswer) == 0


@pytest.mark.parametrize(
    "slots", [{"name": "i'm okay now it was a bad moment"}, {"after_thank": "you i'm okay now it was a bad moment"}]
)
def test_heard_as_a_name_or_a_thanks_it_is_the_same(session, home, contract, alex_talks, slots):
    alex_talks("I want to die")
    intent = "SupportIntent" if "name" in slots else "AcknowledgeTopicIntent"
    heard = alex_talks.send(Match(intent, slots))
    assert heard.speech == SETTLED and not heard.open and entries(session) == []


def test_distress_said_then_still_gets_the_help_lines(session, home, contract, alex_talks):
    alex_talks("I want to die")
    heard = alex_talks("thanks but he is still here and I'm scared")
    assert HELP in heard.speech and heard.speech != SETTLED


def test_thanks_before_a_carrier_of_harm_gets_the_help_lines(session, home, contract, alex_talks):
    alex_talks("I want to die")
    heard = alex_talks.send(Match("SupportIntent", {"name": "thank you he"}))  # "thank you he scares me"
    assert HELP in heard.speech


def test_yes_to_the_pause_still_pauses(session, home, contract, alex_talks):
    alex_talks("I want to die")
    heard = alex_talks("yes")
    assert "breathe" in heard.speech.lower() and SETTLED not in heard.speech


def test_with_no_help_just_given_the_words_are_not_taken_for_it(session, home, contract, alex_talks):
    heard = alex_talks("okay thank you")
    assert heard.speech != SETTLED


@pytest.mark.parametrize("said", ["we had a good talk", "I kept my promise", "he is home", "thank you he scares me"])
def test_other_words_are_not_read_as_settled(said):
    assert not settled(said)
