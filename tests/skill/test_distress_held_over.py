"""What he or she holds over me (skill/distress_held_over.py): nlu9's held-out sentences, routed to
SupportIntent said alone but not heard by the detector (the soft line only), with sentences of ours in
the same shapes written after the rule, and everyday twins that share their words."""

from __future__ import annotations

import pytest

from tests.skill.test_safety_tester13 import assert_read_alike, heard_or_quiet

HEARD = [
    # nlu9's.
    "he wouldn't give me my keys back until I said sorry",
    "she refused to give my phone back all weekend",
    "my son was crying in the hallway while she yelled at me",
    "my ex tracked down where I work now",
    # Ours (nlu10's, written after the rule).
    "my husband won't give me my car keys back until I apologise",
    "my daughter was shaking on the stairs while he screamed at me",
    "he hunted down where I live now",
]
TWINS = [
    "Sam wouldn't give my phone back until I finished my dinner",
    "my son was crying while he shouted at the football",
    "my boss tracked down where I work now",
    "she tracked down the parcel for me",
    "he wouldn't give me my glasses back until I found his",
]


@pytest.mark.parametrize(("said", "heard"), heard_or_quiet(HEARD, TWINS))
def test_held_over_me_is_heard_and_its_everyday_twin_is_not(said, heard) -> None:
    assert_read_alike(said, heard)
