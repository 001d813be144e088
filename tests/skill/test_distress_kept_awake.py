"""skill/distress_kept_awake.py: sleep kept until someone close is done with the speaker is heard,
with the couple's names and without; a shift, an essay or a baby keeping one up is not."""

from __future__ import annotations

import pytest

from trust_tracker.skill.distress import is_distress

NAMES = ("Alex", "Sam")
HEARD = [
    "I'm not allowed to sleep until she's finished checking my phone",
    "I'm not allowed to sleep until he's done going through my messages",
    "we're not allowed to go to sleep till he is satisfied",
]
QUIET = [
    "I'm not allowed to sleep until my shift ends",
    "the baby won't let me sleep until she's fed",
    "I'm not allowed to sleep until the essay is finished",
    "she's not allowed to sleep until she's finished her homework, I told her",
]


@pytest.mark.parametrize(("said", "heard"), [(s, True) for s in HEARD] + [(s, False) for s in QUIET])
def test_sleep_kept_until_someone_close_is_done_is_heard_and_its_twins_are_quiet(said, heard) -> None:
    assert is_distress(said, NAMES) is heard and is_distress(said) is heard
