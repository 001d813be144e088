"""Coercion the other lists did not name (skill/distress_coercion.py), from tests/skill/
distress_fixer3.py, written before the change: 25 of its 40 were heard then, and 1 of its 30
lookalikes was a false alarm ("the baby won't let me sleep"). Each family is heard in its own
phrasings and in others written here, and its everyday lookalikes stay quiet."""

from __future__ import annotations

import pytest

from tests.skill.distress_fixer3 import FIXER3_DISTRESS, FIXER3_LOOKALIKES
from trust_tracker.skill.distress import is_distress

# The families again, in words that are in no list.
MORE = [
    "she threw my antidepressants in the bin so i can't take them",
    "he hid my insulin again",
    "he spiked my drink at home",
    "he put something in my tea and i passed out",
    "he's threatening to report me to immigration",
    "she said she'd cancel my visa if i leave",
    "he keeps texting from new numbers even though i blocked him",
    "he shared my naked photos with his mates",
    "he swerves at lorries to frighten me",
    "he threatened to drive us off the bridge",
    "he dumped me at the side of the road and drove off",
    "she says she'll overdose if i leave",
    "my dad is making me marry a man i've never met",
    "how can i leave him without him knowing",
    "i keep hurting myself when i'm alone",
    "i pick at my skin till it bleeds",
    "i can't trust myself with my pills tonight",
    "my kids would be better off if i wasn't here",
]
LOOKALIKES = [
    "I took my pills this morning",
    "we take our tablets with breakfast",
    "he keeps my pills in the cupboard for me",
    "she took my glasses to the optician",
    "the toddler won't let me sleep",
    "the dog won't let me sit down",
    "he drives fast to get to work on time",
    "she crashed the car into a bollard",
    "he left me at the station with the tickets",
    "she threatened to jump in the lake for charity",
    "they made me captain of the team",
    "how do i get away from the office early",
    "i've been teaching myself to knit",
    "i scratched my arm on the rose bush",
    "i don't trust myself around chocolate",
    "the kids would be happier if i was around more",
]


@pytest.mark.parametrize("said", FIXER3_DISTRESS + MORE)
def test_coercion_is_heard(said) -> None:
    assert is_distress(said)


@pytest.mark.parametrize("said", FIXER3_LOOKALIKES + LOOKALIKES)
def test_its_everyday_lookalikes_are_not(said) -> None:
    assert not is_distress(said)
