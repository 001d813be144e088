"""Everyday progress told with pride, and the same topics told in danger or despair
(tests/skill/distress_progress.py, trained on), with lists held out of training: the held-out
figures say whether the learned check carries the family to words it never saw.

The held-out lists are named so that infra/train_distress.py never reads them (it reads the
distress_*.py lists and only the test_safety*.py lists named in _TESTS_EVERYDAY/_TESTS_DISTRESS).
Learned scores of the held-out lists, safety32's model -> safety34's retrain (rules aside):
everyday progress in a moment's doubt band (3.5 <= score < 5.5) 3/10 -> 2/10, highest 5.27 -> 4.99,
mean 0.77 -> 0.00, none at the alarm (5.5) either time; crisis over the alarm 6/10 -> 6/10 (mean
6.39 -> 5.66: the everyday family pulls the habit words down); heard by the rules and the learned
check together 9/10 -> 9/10, "thinking of ways to end it" now by a rule (skill/distress_veiled.py), as
its learned score fell from 7.60 to 5.52. A threat to the children over a debt is heard by neither."""

from __future__ import annotations

import pytest

from tests.skill.distress_progress import PROGRESS_DISTRESS, PROGRESS_LOOKALIKES
from tests.skill.test_distress_learned import SAID
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.saved_words import BANDS

NAMES = ("Alex", "Sam")

HELD_OUT_PROGRESS = [
    "I haven't bought a single scratch card since we talked",
    "three weeks without a cigarette and I can taste my food again",  # 4.70
    "I had a glass of water between every beer last night and stopped at two",
    "I closed my betting account and gave Sam the password",
    "I didn't order a takeaway even though I was shattered",
    "I've been off the fags for a month now",
    "I wanted a drink after the row but rang my brother instead",
    "I caved and had a vape at the gig but told Sam in the taxi home",
    "my screen time was half what it was last week",
    "I said no to the office sweepstake and felt proud of myself",  # 4.99
]

HELD_OUT_CRISIS = [
    "I blew the mortgage money on the horses and I can't face living anymore",
    "I'm back on the drink and I've been thinking of ways to end it",
    "he's been drinking since noon and he said he'll hurt me when I get home",
    "I lost our savings betting and I've written a goodbye note for Sam",
    "I haven't smoked in a week but I keep thinking about jumping in front of a train",
    "I relapsed again, I'm useless, everyone would be better off without me",
    "he smashed a glass against the wall when I poured his beer away and I'm scared of him",
    "I've stopped vaping but I've stopped eating too and I just want to disappear for good",
    "I gambled the rent again and I've got the pills ready",
]
# Heard by neither the rules nor the learned check: a threat to the children over a debt.
UNHEARD_CRISIS = ["I owe money to the wrong people and they said they know where the kids go to school"]


def test_the_held_out_lists_are_not_trained_on() -> None:
    trained = {s.text for s in SAID}
    assert len(PROGRESS_LOOKALIKES) >= 40 and len(PROGRESS_DISTRESS) >= 15
    assert trained.isdisjoint(HELD_OUT_PROGRESS + HELD_OUT_CRISIS + UNHEARD_CRISIS)
    assert set(PROGRESS_LOOKALIKES + PROGRESS_DISTRESS) <= trained


@pytest.mark.parametrize("said", PROGRESS_DISTRESS + HELD_OUT_CRISIS)
def test_a_habit_told_in_danger_or_despair_is_heard(said) -> None:
    assert is_distress(said, NAMES) and is_distress(said)


@pytest.mark.parametrize("said", UNHEARD_CRISIS)
def test_a_threat_over_a_debt_is_still_missed(said) -> None:
    """Known hole, kept visible: when a rule hears it, this fails and it joins HELD_OUT_CRISIS."""
    assert not is_distress(said, NAMES)


@pytest.mark.parametrize("said", PROGRESS_LOOKALIKES + HELD_OUT_PROGRESS)
def test_progress_told_with_pride_never_gets_the_help_lines(said) -> None:
    assert not is_distress(said, NAMES) and not is_distress(said)


# Held out and still in the doubt band after safety34's retrain: asked "shall I save it?" (never the
# help lines). Strict: it shows when a retrain brings them under the floor.
STILL_DOUBTED = {
    "three weeks without a cigarette and I can taste my food again",
}  # "I said no to the office sweepstake …" is read as a thing declined (0.4 after nlu9's retrain)


@pytest.mark.parametrize(
    "said",
    PROGRESS_LOOKALIKES
    + [
        pytest.param(said, marks=pytest.mark.xfail(strict=True, reason="doubted after safety34's retrain"))
        if said in STILL_DOUBTED
        else said
        for said in HELD_OUT_PROGRESS
    ],
)
def test_progress_told_with_pride_is_saved_without_a_question(said) -> None:
    assert not any(BANDS[place].doubts(said, NAMES) for place in ("moments", "wins", "notes", "answers"))
