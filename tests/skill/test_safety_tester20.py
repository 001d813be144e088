"""tester-voice20's two shapes SAVED after a plain "yes" (on d189f94): a threat reported, "he said he'd
make sure nobody ever found my body", and children shielded when the row starts; each with everyday
twins that share its words (skill/distress_shapes.py THREAT_REPORTED, CHILDREN_SHIELDED). Each is
heard with the couple's names and without, and where the tester said them: as a win, a moment, a
check-in answer, the reply to a question, at "Which one?", as a note on a device not linked and said
alone: the locale's help, no row written or removed. The twins stay quiet, said alone too. So does a
threat to make one pay (voice28: "he said he would make me pay", said alone, was offered as a moment
and saved on a "yes"), unless what is paid for is named ("…for dinner").

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
    "he said he would make me pay",
    "he said he'd make me pay for this",
    "he threatened to make me pay if I ever told anyone",
    "she told me she is going to make me pay one day",
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
    "he said he would make me pay for dinner next time",
    "she said she would make me pay the parking fine",
    "he said he would make me pay half the rent",
    "my boss said he would make me pay for the coffee round",
]


LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS, which_one_intents=("LogKeptIntent",))


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, DISTRESS) == []
    assert [words for words, helped in _answered(say, session, TWINS) if helped] == []
