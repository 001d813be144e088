"""Distress said in reply to a yes-or-no question (voice19, tester find 6) gets the help lines,
never "Just yes or no, please", and nothing is written: at "Is Sam with you?", at "Would you like a
minute to reflect?", at "Shall I remove it?" and at the new "Change it to …?" (intents/amend.py)."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import SAY, entries
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.simulator import Match

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]  # fixtures

HELP = "nine one one"
DISTRESS = [
    "he hurt me again",
    "yes and he hit me last night",
    "I don't want to be here anymore",
]


def asked_together(talk) -> None:
    assert talk("start our check-in").speech.endswith("Is Sam with you?")


def asked_reflect(talk) -> None:
    assert talk("I missed my promise to call when late").speech.endswith("would you like a minute to reflect on it?")


def asked_remove(talk) -> None:
    talk("I kept my promise to call when late")
    assert talk("undo that").speech.endswith("Shall I remove it?")


def asked_change(talk) -> None:
    talk("I kept my promise to call when late")
    talk.send(Match("AMAZON.FallbackIntent", {}))
    assert talk("no wait, that was yesterday").speech.endswith("?")


@pytest.mark.parametrize("asked", [asked_together, asked_reflect, asked_remove, asked_change])
@pytest.mark.parametrize("said", DISTRESS)
def test_distress_to_a_yes_or_no_question_gets_the_help_lines(session, home, contract, alex_talks, asked, said):
    asked(alex_talks)
    before = [(e.kind, e.local_date) for e in entries(session)]
    heard = alex_talks(said)
    assert HELP in heard.speech and SAY("yes_or_no") not in heard.speech
    assert [(e.kind, e.local_date) for e in entries(session)] == before  # nothing written, moved or removed
    assert all(kind in (LogKind.KEPT, LogKind.MISSED) for kind, _ in before)
