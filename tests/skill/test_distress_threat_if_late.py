"""A blow threatened on a slip ("he'll hit me if I'm late") is a threat, heard; only "kill me if
I forget the milk" is the everyday idiom (skill/distress_vocab.py VICTIM). Found by safety25:
the idiom's exception covered every violent verb."""

from __future__ import annotations

import pytest

from trust_tracker.skill.distress import is_distress

NAMES = ("Faith", "Grace")

THREATS = [
    "he will hit me if I am late",
    "she'll slap me if I'm late again",
    "he'll beat me if I forget the milk",
    "Grace will hurt me if I forget",
    "he punches me if I spend too much",
    "she kicks me if I lose the remote",
    "he'll strangle me if I break another plate",
]
IDIOMS = [
    "my boss will kill me if I'm late",
    "my mum will kill me if I eat the last slice",
    "the kids will kill me if I forget the sweets",
    "she'll kill me if I forget the milk again",
    "he beat me at chess if I'm honest",
]


@pytest.mark.parametrize("said", THREATS)
def test_a_blow_threatened_on_a_slip_is_heard(said) -> None:
    assert is_distress(said, NAMES)


@pytest.mark.parametrize("said", IDIOMS)
def test_kill_me_if_i_forget_stays_the_idiom(said) -> None:
    assert not is_distress(said, NAMES)
