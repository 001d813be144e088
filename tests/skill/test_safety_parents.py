"""A parent given up on: "the kids deserve a better mum than me" (skill/distress_despair.py).

Before, the learned check heard "some days i think the kids deserve a better parent than me" (5.81)
but said alone the words scored 0.0-0.3 for "mum", "dad", "mom", "mummy" and "parent" (1.0 for
"mother", 2.95 for "father"): no rule heard them. Now the rules hear the children's due said against
the speaker in every locale's word for a parent. Quiet beside them: a skill compared with the other
parent ("Sam is a better mum than me at bedtime stories"), a joke, a better anything else than this,
a child's praise, a coach. "Sam deserves a better husband than me" is remorse as often as despair
after a breach and is left to the learned check. DISTRESS and LOOKALIKES are trained on
(infra/train_distress.py reads them by name)."""

from __future__ import annotations

import pytest

from tests.skill.test_safety import say, skill
from tests.skill.test_safety_tester10 import PLACES, disclose_at
from trust_tracker.skill.distress import is_distress

__all__ = ["say", "skill"]  # fixtures

NAMES = ("Alex", "Sam")

DISTRESS = [
    "the kids deserve a better mum than me",
    "the kids deserve a better dad than me",
    "honestly the kids deserve a better mom than me",
    "my kids deserve a better mummy than me",
    "my son deserves a better father than I'll ever be",
    "the children would be better off with a better mother than me",
    "I wish the kids had a better dad than me",
    "my daughter needs a better mam than me",
    "they deserve a better parent than me, I'm done trying",
    "the girls deserve a far better daddy than me",
]

LOOKALIKES = [
    "the kids deserve a better dad joke than that",
    "Sam is a better mum than me at bedtime stories",
    "Sam's a better dad than me when it comes to homework",
    "the kids deserve a better holiday than the one we had",
    "my mum was a better cook than me",
    "I want to be a better mum than my mother was",
    "my son said he couldn't ask for a better dad than me",
    "the kids don't need a better mum than me, they told me so",
    "the boys need a better football coach than me",
    "my daughter deserves a better phone than that old thing",
]


@pytest.mark.parametrize("said", DISTRESS)
def test_a_parent_given_up_on_is_heard_with_the_couples_names_and_without(said) -> None:
    assert is_distress(said, NAMES) and is_distress(said)


@pytest.mark.parametrize("said", LOOKALIKES)
def test_a_parent_compared_praised_or_joked_about_stays_quiet(said) -> None:
    assert not is_distress(said, NAMES) and not is_distress(said)


@pytest.mark.parametrize("place", PLACES, ids=[intent for _, intent, _ in PLACES])
@pytest.mark.parametrize("said", DISTRESS[:2])
def test_said_as_a_win_a_moment_or_an_answer_it_gets_help_and_nothing_is_written(say, session, couple, place, said):
    disclose_at(say, session, couple, place, DISTRESS.index(said), said)
