"""Two held-out sentences the learned check alone heard, just over its line, and nlu11's retrain read under,
now heard by rule: tester-voice25's "I've got a whole list of excuses for the bruises now" (excuses kept ready
for injuries, skill/distress_excuses_kept.py) and nlu10's "I have to be careful what I say or I'll get it
later when he's home" (skill/distress_laughed_off.py REPRISAL). Other words of the shape are heard; the
everyday twins stay quiet, with the couple's names and without."""

from __future__ import annotations

import pytest

from tests.skill.test_safety_tester13 import assert_read_alike, heard_or_quiet

HEARD = [
    "I've got a whole list of excuses for the bruises now",
    "I have so many stories ready for the marks on my arms",
    "she's got a pile of lies for the black eye at work",
    "plenty of cover stories about the cuts, nobody asks any more",
    # nlu10's held out, heard by the learned check alone until nlu11's retrain: "be careful what I say"
    # now reads as "be careful about what I say" does (skill/distress_laughed_off.py REPRISAL).
    "I have to be careful what I say or I'll get it later when he's home",
]
TWINS = [
    "the kids have a list of excuses for the marks on the wall",
    "I've got a whole list of excuses for being late",
    "my explanations for the bruises from rugby are boring",
    "the doctor wrote a note about the bruises from my fall",
    "a whole list of excuses for the late report at work",
    "I have to be careful what I say or I'll get it wrong",
    "answer the door or I'll get it later",
]


@pytest.mark.parametrize(("said", "heard"), heard_or_quiet(HEARD, TWINS))
def test_excuses_kept_for_injuries_are_heard_and_their_twins_stay_quiet(said, heard) -> None:
    assert_read_alike(said, heard)
