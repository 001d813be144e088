"""tester-voice35's distress offered a promise menu, an undo or only the soft line (on main, 1fffc6f): not
trusting oneself "not to do something stupid", "something I can't take back", an urge to cut beside a promise
kept, a therapist's "stay safe" promise broken, "to stop existing", the world "quieter without me", "no future
for me" (skill/distress_own_harm_sideways.py); the partner must not find out "I'm using this", "don't tell him I
said any of this", a home dreaded "because of how she gets", "she'd ruin me and I believe her", the steering
wheel grabbed to crash us (skill/distress_fear_kept_secret.py). Each with sentences of ours in the same shapes,
written before the rules, and everyday twins.

LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.skill.checked_lists import CheckedLists
from tests.skill.e2e.harness import conversation_script
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester10 import unhelped
from tests.skill.voice12_home import named_rows as rows

__all__ = ["alex", "conversation_script", "say"]  # fixtures

DISTRESS = [
    # The tester's.
    "I don't trust myself not to do something stupid tonight",
    "I might do something I can't take back",
    "I kept my promise not to cut for a week but I want to so badly",
    "I missed my promise to my therapist to stay safe",
    "the only promise I want to keep is to stop existing",
    "I keep thinking the world would be quieter without me",
    "I don't see a future for me, only for them",
    "he grabbed the steering wheel and tried to crash us",
    "I'm scared he'll find out I'm using this",
    "please don't tell him I said any of this",
    "I'm worried he'll see what I've been saying to you",
    "if he finds out I've been talking about this he'll go mad",
    "I've been dreading coming home because of how she gets",
    "my wife said she'd ruin me and I believe her",
    # Ours, in the same shapes, written before the rules.
    "can't trust myself not to do anything stupid if I'm alone",
    "honestly I cannot trust myself not to do something drastic this weekend",
    "I'm afraid I'll do something I can't undo",
    "I'm worried I'll do something I could never come back from",
    "I've kept my promise not to self harm for ten days but I really want to",
    "I broke my promise to my counsellor to keep myself safe",
    "I broke the promise to my GP that I would stay safe",
    "everything would be calmer without me in it",
    "everybody would be happier without me around",
    "there's no future for me anymore",
    "I can't see any future for myself",
    "I'm terrified she'll find out I've been talking to you",
    "don't let him know I told you any of this",
    "if Sam ever finds out I've been using this she will kill me",
    "I dread going home because of what he's like when he drinks",
    "I'm scared of going home because of the mood he's in",
    "Sam said he'd ruin me and I believe him",
    "he yanked the steering wheel trying to crash us into a tree",
    "she threatened to crash the car with me in it",
]
TWINS = [
    "I don't trust myself not to eat the whole cake",
    "I can't trust myself not to buy more shoes",
    "don't let me do something stupid like buy another guitar",
    "I might say something I can't take back at the check-in",
    "I might do something I can't take back, like text my ex",
    "I kept my promise not to cut my own hair",
    "I kept my promise not to cut corners at work but I want to so badly",
    "I missed my promise to my mum to stay for tea",
    "I broke my promise to my doctor to stay off the biscuits",
    "the house would be quieter without me, I'm off to the gym",
    "the world would be quieter without me singing in the shower",
    "I don't see a future for this sofa",
    "there's no future for me in this band",
    "he grabbed the steering wheel when I sneezed",
    "he grabbed the wheel when I nodded off and saved us",
    "the kids tried to crash the go-karts",
    "she tried to crash the party uninvited",
    "please don't tell him about the surprise party",
    "don't tell him I said the cake was dry",
    "I'm scared he'll find out about the surprise trip",
    "if she finds out about the present she'll go mad",
    "if she finds out I ate her chocolate she'll go mad",
    "I've been dreading coming home because of the mess I left",
    "I'm dreading going home because of the state of the kitchen",
    "she said she'd ruin me at Scrabble",
    "he said he'd destroy me at chess and I believe him",
]


LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_with_nothing_written(conversation_script, say, session) -> None:
    """Said alone through virtual-alexa, the tester's got a promise menu ("That isn't one of your promises by
    name …"), "Shall I undo your last entry?" or only the soft line; now each ends at the locale's help."""
    assert unhelped(say, session, DISTRESS) == []
    assert rows(session) == []
