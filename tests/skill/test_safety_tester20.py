"""tester-voice20's two shapes SAVED after a plain "yes" (on d189f94): a threat reported, "he said he'd
make sure nobody ever found my body", and children shielded when the row starts; each with everyday
twins that share its words (skill/distress_shapes.py THREAT_REPORTED, CHILDREN_SHIELDED)."""

from __future__ import annotations

import pytest

from trust_tracker.skill.distress import is_distress

NAMES = ("Alex", "Sam")
DISTRESS = [
    "he said he'd make sure nobody ever found my body",
    "he said he would make sure nobody ever found my body",
    "he said he'd make sure I disappear",
    "she said she'd make sure I never see daylight again",
    "Sam swore he'd make sure no one would ever find me",
    "he told me he'll make sure I never see the kids again",
    "I put headphones on the children when the shouting starts",
    "I put cotton wool in the baby's ears when he starts yelling",
    "I give my son earphones as soon as she starts screaming",
    "we turn up the telly for the kids whenever he gets drunk",
]
TWINS = [
    "I put headphones on the baby when the fireworks start",
    "I put ear defenders on the kids when the drilling starts next door",
    "he said he'd make sure nobody found out about the surprise party",
    "Sam said she'd make sure I never miss the bus again",
    "she said she would make sure nobody ever sees the mess in the garage",
    "I gave the kids headphones when the film started",
    "he said he'd make sure I never work late again, bless him",
    "I put headphones on when the kids start shouting at their game",
]


@pytest.mark.parametrize(("said", "heard"), [(s, True) for s in DISTRESS] + [(s, False) for s in TWINS])
def test_each_is_heard_and_each_twin_stays_quiet_with_the_couples_names_and_without(said, heard) -> None:
    assert is_distress(said, NAMES) is heard and is_distress(said) is heard
