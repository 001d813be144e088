"""tester-voice37's defects D4, D5 and D15 (on lead7): self-harm told in a promise's words ("i kept my promise to
stay safe, i only cut once this week", "... to take my tablets properly, i took the whole box instead", "... to my
counsellor, no cutting since friday": skill/distress_own_harm_sideways.py), secrecy the partner demands ("not to
tell anyone what she does when she drinks", "kept quiet about what goes on at home like he wants", "he checks the
app when i'm asleep": skill/distress_fear_kept_secret.py) not heard, and a stay at mum's to nurse her heard as
flight (skill/distress_ordinary.py). Sentences of ours in the same shapes, both ways, were written before the rules.

LISTS names the sentences of the checks every tester file shares, run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.skill.checked_lists import CheckedLists
from tests.skill.e2e.harness import conversation_script
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester10 import _answered, unhelped
from tests.skill.voice12_home import named_rows as rows

__all__ = ["alex", "conversation_script", "say"]  # fixtures

DISTRESS = [
    # The tester's: own harm after a promise's words.
    "I kept my promise to stay safe, I only cut once this week",
    "I kept my promise to stay safe but I did cut once",
    "I missed my promise to take my tablets properly, I took the whole box instead",
    "I kept my promise to my counsellor, no cutting since friday",
    "I missed my promise to take my pills, I took double instead",
    # The tester's: secrecy the partner demands, this use hidden from one who watches.
    "I kept my promise not to tell anyone what she does when she drinks",
    "I kept quiet about what goes on at home like he wants",
    "wipe everything I said, he checks the app when I'm asleep",
    "can you make sure sam never finds out I use this app",
    # The tester's: the stay away that is flight, kept heard.
    "I'm staying at my mum's most nights so I don't have to be around him",
    "staying at my mum's because I'm scared to go home",
    # Ours, in the same shapes, written before the rules.
    "i kept my promise to keep myself safe, apart from once when i cut",
    "i broke my promise to stay safe, i cut again last night",
    "i kept my promise to be safe but i still cut on sunday",
    "i missed my promise to take my medication right, i swallowed the whole packet",
    "i didn't keep my promise about my meds, i took too many last night",
    "i broke my promise about my antidepressants, i took all of them at once",
    "i kept my promise to my therapist, no self harm for a week",
    "i kept my promise to my gp, no hurting myself since monday",
    "i promised him i'd never tell my sister what he does when he's drunk",
    "i kept my promise not to say what goes on behind closed doors",
    "i stayed silent about the bruises like she told me to",
    "i kept quiet about his drinking like he wanted",
    "please delete all this, my wife goes through my phone when i'm asleep",
    "erase what i told you, my boyfriend reads my messages behind my back",
    "make sure my husband never knows i'm using alexa for this",
    "promise me jo won't find out i've been using this",
    "i'm staying at my sister's because i can't go home to him",
]
TWINS = [
    # The tester's false alarm, and the twins the tester named.
    "I'm staying at my mum's most nights while she gets over her operation",
    "I cut the hedge once this week",
    "I took the whole box of chocolates to work instead",
    "I kept my promise to be here for the kids' play next week",
    # Ours, in the same shapes, written before the rules.
    "I kept my promise not to tell anyone about her surprise party",
    "I kept my promise to stay safe on the ladder",
    "I missed my promise to take my vitamins, I forgot them again",
    "i kept my promise to stay safe on the roads, i only cut across the field once",
    "i kept my promise to stay safe, i cut my hours at work",
    "i missed my promise to take my tablets, i took them late",
    "i kept my promise to take my tablets, i took the whole course",
    "i missed my promise to take my tablets on time, i had double espresso",
    "i kept my promise to cut down on sugar, no cutting corners this week",
    "i kept my promise to my mum, no burning the toast this week",
    "i kept my promise not to tell anyone what she does for a living",
    "i kept quiet about the party like she wanted",
    "i kept it secret about the engagement like he wanted",
    "wipe everything i said, he checks the app every evening with me",
    "delete that entry, she checks the app every night and it's wrong",
    "i kept my promise to my trainer, no cutting this month, i'm bulking",
    "make sure sam never finds out i use this app to plan his surprise party",
    "make sure sam never finds out what i got him for his birthday",
    "i'm sleeping at my dad's this week while he recovers from his hip replacement",
    "staying with my gran for a while until she gets over her fall",
]
# An undo asked for in fear of the partner: the help lines, then the undo is done (skill/help_entries.py, as
# test_safety_tester36_more's DELETE_BEFORE), so it is not among the sentences said anywhere, which remove nothing.
ASKS_UNDO = [
    "please delete all this, my wife goes through my phone when i'm asleep",
    "wipe everything I said, he checks the app when I'm asleep",
    "erase what i told you, my boyfriend reads my messages behind my back",
]

LISTS = CheckedLists(
    heard=DISTRESS,
    quiet=TWINS,
    disclosed=[said for said in DISTRESS if said not in ASKS_UNDO],
)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_with_nothing_written(conversation_script, say, session) -> None:
    """Said alone through virtual-alexa, the tester's got a promise menu, a moment offer or the soft line."""
    assert unhelped(say, session, DISTRESS) == []
    assert rows(session) == []


@pytest.mark.usefixtures("alex")
def test_the_twins_said_alone_get_no_crisis_answer(conversation_script, say, session) -> None:
    """Said alone, the stay at mum's to nurse her got the crisis answer."""
    assert [words for words, helped in _answered(say, session, TWINS) if helped] == []
