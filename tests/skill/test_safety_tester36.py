"""tester-voice36's distress offered a promise menu, saved, or given only the soft line (on lead5, b661950): self-harm
said with a promise word, "i promised i'd stop cutting and i haven't", "i broke my promise to stay safe", "i can't
promise i'll still be here next week", "i won't do anything to myself but i don't know how long i can keep that
promise", a therapist's "reach out if things got bad, and they have", "what is the use of me living"
(skill/distress_own_harm_sideways.py); fear of the partner: home dreaded "because of his temper" or "when he's been
drinking", whispering "in case he hears me", rather sleeping in the car than going home, "if she finds out i'm using
this she'll take the kids", "don't tell my husband i said all this", scared to tell her "because of how she gets"
(skill/distress_fear_kept_secret.py). Each with sentences of ours in the same shapes, written before the rules, and
everyday twins.

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
    "i promised i'd stop cutting and i haven't",
    "i broke my promise to stay safe",
    "i can't promise i'll still be here next week",
    "I can't promise I'll still be around next week but I did the dishes",
    "i promised my mother i won't do anything to myself but i don't know how long i can keep that promise",
    "i promised my therapist i'd reach out if things got bad, and they have",
    "what is the use of me living",
    "i dread going home because of his temper",
    "i dread coming home when he's been drinking",
    "i have to whisper in case he hears me",
    "i'd rather sleep in the car than go home tonight",
    "if she finds out i'm using this she'll take the kids",
    "don't tell my husband i said all this",
    "I was scared to tell her who texted because of how she gets",
    # Ours, in the same shapes, written before the rules.
    "I told my counsellor I'd stop hurting myself and I haven't managed it",
    "I can't promise I'll make it to the weekend",
    "what's the use of me even being here",
    "I'd sooner sleep at work than go home to him",
    "if he finds out I've been on this he'll throw me out",
]
TWINS = [
    "i can't promise i'll still be here at six, the train's running late",
    "i can't promise i'll be around next weekend, work's mad",
    "I promised I'd stop biting my nails and I haven't",
    "i broke my promise to stay off the chocolate",
    "I dread going home to the washing up",
    "I have to whisper in case the baby wakes up",
    "I'd rather sleep in the car than listen to his snoring",
    "if she finds out I'm planning her birthday she'll be gutted",
    "what is the use of me learning French",
    "I promised my therapist I'd reach out if things got bad, and they haven't, thankfully",
    "I was scared to tell her I'd dented the car because of how much it cost",
]


LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_with_nothing_written(conversation_script, say, session) -> None:
    """Said alone through virtual-alexa, the tester's got a promise menu, a moment saved or the soft line."""
    assert unhelped(say, session, DISTRESS) == []
    assert rows(session) == []
