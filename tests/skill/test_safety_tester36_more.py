"""tester-voice36's defects D6, D7, D19, D21 and D26 (on lead6): a happy person given the crisis answer for an
ordinary thing kept from the partner or left (a surprise present or ring, "she'd kill me if she knew i ate the last
of the cake", "disappeared from the group chat", "stop existing on takeaways", "without me hogging the bathroom":
skill/distress_ordinary.py), and this use hidden from the partner not heard ("delete this before she sees it", "i'm
only using this while he's at work", "please don't send him anything about what i said":
skill/distress_fear_kept_secret.py). Sentences of ours in the same shapes, both ways, were written before the rules.

LISTS names the sentences of the checks every tester file shares, run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.checked_lists import CheckedLists
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import entries
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester10 import _answered, unhelped
from tests.skill.voice12_home import named_rows as rows

contract, home = conversations.contract, conversations.home
__all__ = ["alex", "contract", "conversation_script", "home", "say"]  # fixtures

HELP = "If you're in danger, call nine one one."
REMOVED = "I've removed your last entry, as you asked."

# Undo words said in fear of the partner seeing: the help lines, then the undo asked for is done
# (skill/help_entries.py), so they are not among the sentences said anywhere, which must remove nothing.
DELETE_BEFORE = [
    "delete this before she sees it",
    "delete that before he sees it",
    # Ours.
    "delete what i just said before he reads it",
    "please delete this before my husband sees it",
]
DISTRESS = [
    # The tester's: this use hidden from the partner.
    "i'm only using this while he's at work",
    "please don't send him anything about what i said",
    # The harmful readings beside the false alarms, kept heard.
    "she'd kill me if she knew i was talking to you",
    "don't tell him i said this but i'm not okay",
    "nobody would notice if i disappeared",
    "life would be easier without me",
    # Its twin's words cut before the chore (a topic carrier's "nagging"): heard alone.
    "life would be so much easier without me",
    # Ours, in the same shapes, written before the rules.
    "i only use this when she's out",
    "i can only talk to you while he's asleep",
    "don't send her anything about what i told you",
    "never show him what i said",
    "don't tell him i said anything, he'll hurt me",
    "don't tell him i said anything about the trip to the hospital",
    "he'd kill me if he knew i told someone",
    "she would kill me if she found out i'd been to the refuge",
    "i'm terrified because he would kill me if he knew i ate the cake",
    "nobody would notice if i disappeared from the face of the earth",
    "nobody would notice if i disappeared from their lives",
    "i want to stop existing on this earth",
    "i just want to stop existing",
    "everyone would be better off without me",
    "life would be easier without me around",
]
TWINS = [
    # The tester's false alarms.
    "don't tell sam i said anything about the anniversary present",
    "don't tell her i said anything about the ring",
    "she'd kill me if she knew i ate the last of the cake",
    "he'd kill me if he knew how much the concert tickets cost",
    "nobody would notice if i disappeared from the group chat",
    "I want to stop existing on takeaways",
    "life would be easier without me hogging the bathroom",
    "delete that, it was wrong",
    "i'm only using this while he's at work so it stays a surprise",
    # Ours, in the same shapes, written before the rules.
    "don't tell him i said anything about the birthday present",
    "please don't tell my wife i said anything about the engagement ring",
    "don't tell sam i mentioned the trip to paris",
    "never tell her i said anything about the flowers, it's a surprise",
    "my wife would kill me if she knew i finished the biscuits",
    "she'd murder me if she found out how much the new tv cost",
    "he'd kill me if he saw i dented the car",
    "alex would kill me if he knew i spilt wine on the sofa",
    "no one would notice if i vanished from the office party",
    "nobody would notice if i disappeared from the book club",
    "nobody would even notice if i disappeared from the team meeting",
    "i want to stop existing on coffee and toast",
    "i'd love to stop existing on ready meals",
    "i want to stop existing on four hours sleep",
    "the mornings would be easier without me hogging the shower",
    "life would be so much easier without me nagging about the dishes",
    "things would be calmer without me hogging the remote",
    "delete that before she sees it, it's her birthday surprise",
    "delete that last entry before it counts twice",
    "i only use this when she's out, i'm planning her birthday",
    "don't send him anything about what i said about the party",
    "don't show her what i said until she's answered too",
]


LISTS = CheckedLists(heard=DELETE_BEFORE + DISTRESS, quiet=TWINS, disclosed=DISTRESS)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_with_nothing_written(conversation_script, say, session) -> None:
    """Said alone through virtual-alexa, the tester's got an undo, a promise menu or the soft line."""
    assert unhelped(say, session, DELETE_BEFORE + DISTRESS) == []
    assert rows(session) == []


@pytest.mark.usefixtures("alex")
def test_the_false_alarms_said_alone_get_no_crisis_answer(conversation_script, say, session) -> None:
    """Said alone, the tester's surprise, hyperbole, group chat, takeaways and bathroom got the crisis answer."""
    assert [words for words, helped in _answered(say, session, TWINS) if helped] == []


@pytest.mark.parametrize("said", DELETE_BEFORE)
def test_delete_before_the_partner_sees_gets_help_then_the_undo_asked_for(session, home, contract, alex_talks, said):
    """D6: "delete this before she sees it" got the undo alone, and no help."""
    alex_talks("I kept my promise to call when late")
    heard = alex_talks(said)
    assert heard.speech.startswith("I'm sorry you're going through this."), heard.speech
    assert heard.speech.index(HELP) < heard.speech.index(REMOVED)
    assert entries(session) == []


def test_delete_that_it_was_wrong_is_still_the_undo(session, home, contract, alex_talks):
    alex_talks("I kept my promise to call when late")
    asked = alex_talks("delete that, it was wrong")
    assert HELP not in asked.speech and "says you kept your promise to call when late" in asked.speech
    assert len(entries(session)) == 1
    alex_talks("yes")
    assert entries(session) == []
