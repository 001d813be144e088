"""Keeping still beside a sleeping baby or pet ("the baby is asleep in the next room and I'm too
scared to move in case she wakes", tester7's everyday list) is care, read so by skill/distress_fond.py
before the learned check (its retrain at nlu7 alarmed on it); the same fear with the partner asleep,
or with anything said after it, is still heard."""

from __future__ import annotations

import pytest

from tests.skill.talk import entries
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.simulator import Match

NAMES = ("Alex", "Sam")
KEPT_STILL = [
    "the baby is asleep in the next room and i'm too scared to move in case she wakes",
    "the dog has fallen asleep on my lap and I'm too scared to move",
    "our little one is finally napping, too scared to breathe in case he wakes up",
    "my daughter just dropped off on my shoulder and I'm afraid to make a sound",
]
STILL_HEARD = [
    "he passed out on the sofa and i'm too scared to move in case he wakes",
    "the baby is asleep and I'm too scared to move in case he wakes, last time he woke he hit me",
    "the kids are asleep and i'm too scared to move in case he hears me",
    "the baby is asleep and i'm too scared to move in case my husband wakes",
    "the baby is asleep, i am too scared to go home",
]


@pytest.mark.parametrize("said", KEPT_STILL)
def test_keeping_still_beside_a_sleeping_little_one_is_not_distress(said) -> None:
    assert not is_distress(said, NAMES)


@pytest.mark.parametrize("said", STILL_HEARD)
def test_fear_of_waking_the_partner_or_anything_said_after_is_still_heard(said) -> None:
    assert is_distress(said, NAMES)


def test_said_as_a_moment_it_is_saved_as_said(session, home, contract, alex_talks) -> None:
    heard = alex_talks.send(Match("LogReliabilityIntent", {"note": KEPT_STILL[0]}))
    assert heard.speech.startswith("Noted, a moment of reliability"), heard.speech
    assert [(e.kind, e.note) for e in entries(session)] == [
        (LogKind.RELIABILITY, "The baby is asleep in the next room and I'm too scared to move in case she wakes")
    ]
