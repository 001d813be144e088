"""tester-voice22's distress saved with no help lines (on the merge of 5 December): a person thrown,
"I was at A and E with my daughter after he threw her" (a setback's reason, saved twice), and a blow
kept off by giving in, "the one where I don't get hit" (saved as a moment), each with sentences of
ours in the same shape and everyday twins that share their words (skill/distress_thrown.py). Each is
heard with the couple's names and without, and where a person would say it: as a win, a moment, a
check-in answer, the reply to a question, at "Which one?", as a note on a device not linked and said
alone: the locale's help, no row written or removed. The twins stay quiet, said alone too.

LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.skill.checked_lists import CheckedLists
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester10 import _answered, unhelped

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

DISTRESS = [
    "I missed it because I was at A and E with my daughter after he threw her",
    "the one where I don't get hit",
    "after he threw her",
    "he threw the baby onto the bed",
    "Sam threw me against the fridge",
    "my husband shoved me down the stairs last week",
    "she flung my son across the room",
    "he threw me off the balcony",
    "I keep quiet so I don't get hit",
    "I do whatever he wants so the kids don't get hit again",
    "I say yes to everything so that way I don't get slapped",
]
TWINS = [
    "I wear a helmet so I don't get hit on the head",
    "I stand back so I don't get hit by the ball",
    "he threw her a surprise party",
    "he threw her the ball",
    "he threw the kids up in the air and they loved it",
    "Sam threw me a birthday party",
    "she threw me off with that question",
    "that threw me through a loop",
    "he tossed me the keys",
    "the kids hold hands crossing the road so they don't get hit by a car",
    "I wear pads so I don't get hurt again",
]


# Said alone, Alexa's fallback takes it: a "get hit" carrier brought its everyday twins to the
# safety check too ("I wear a helmet so I don't get hit on the head"; nlu7). Heard wherever the skill
# elicits words.
NO_CARRIER = ["the one where I don't get hit"]
LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS, unreached=NO_CARRIER)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, [said for said in DISTRESS if said not in NO_CARRIER]) == []
    assert [words for words, helped in _answered(say, session, TWINS) if helped] == []
