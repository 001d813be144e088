"""skill/distress_marks_hidden.py: bruises kept out of others' sight are heard, with the couple's
names and without; marks on a thing, or nothing said of marks, are not."""

from __future__ import annotations

import re

import pytest

from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.distress_marks_hidden import MARKS_HIDDEN
from trust_tracker.skill.distress_reading import read_as_spoken

NAMES = ("Alex", "Sam")
HEARD = [
    "I didn't go to the gym because I didn't want anyone in the changing room seeing the bruises",
    "I wore a scarf so nobody would see the marks",
    "I don't want the kids to see my black eye",
    "I skipped the party, I didn't want my friends asking about the bruises",
]
QUIET = [
    "I painted over it so nobody would see the marks on the wall",
    "I didn't want anyone to see the mess in the kitchen",
    "I hid the presents so nobody would see them before Sunday",
]
# The rule's own reach: a cause or a thing named after the marks is not hiding harm (other words may still be).
NOT_THIS_RULE = [
    "I didn't want anyone seeing the bruises from my blood test",
    "I didn't want anyone to see the marks on my car",
    "I didn't want anyone to see my bruises from rugby",
]


@pytest.mark.parametrize(("said", "heard"), [(s, True) for s in HEARD] + [(s, False) for s in QUIET])
def test_bruises_kept_out_of_sight_are_heard_and_their_twins_are_quiet(said, heard) -> None:
    assert is_distress(said, NAMES) is heard and is_distress(said) is heard


@pytest.mark.parametrize("said", HEARD)
def test_the_rule_itself_hears_each(said) -> None:
    assert any(re.search(rule, read_as_spoken(said, ())) for rule in MARKS_HIDDEN)


@pytest.mark.parametrize("said", NOT_THIS_RULE + QUIET)
def test_an_everyday_cause_or_a_thing_marked_is_not_this_rule(said) -> None:
    assert not any(re.search(rule, read_as_spoken(said, ())) for rule in MARKS_HIDDEN)
