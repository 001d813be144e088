"""tester-voice23's distress saved or missed (on integ 06910c4; skill/distress_given_in.py): something
let done that was not wanted ("I let him do it so he'd stop shouting, I didn't want to", saved as a
moment), gone along with in bed because a no costs a fight, the partner kept calm "so nobody gets
hurt", a face "too bruised to be seen at work", "ice for my eye after" date night, a GPS tracker found
again under the car, and one who "turns up wherever I go" (each met only the doubt question, and was
saved on its "yes"). Each with sentences of ours in the same shape and everyday twins that share their
words, heard with the couple's names and without, and where a person would say it: as a win, a
moment, a check-in answer, the reply to a question, at "Which one?", as a note on a device not linked
and said alone: the locale's help, no row written or removed. The twins stay quiet, said alone too;
its false alarms ("Sam followed me to the shop to help carry the bags", skill/distress_fond.py) are
noted as a moment.

LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.checked_lists import CheckedLists
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import alex, envelope, say, speech
from tests.skill.test_safety_tester10 import _answered, unhelped
from tests.skill.test_safety_tester13 import HELP
from trust_tracker.models.entities import LogEntry

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

DISTRESS = [
    # The tester's.
    "I let him do it so he'd stop shouting, I didn't want to",
    "I went along with it in bed because saying no isn't worth the fight",
    "honestly I just say whatever keeps him calm so nobody gets hurt",
    "couldn't go, my face was too bruised to be seen at work",
    "found another GPS thing under my car, that's the third one",
    "ha, date night went great, only needed ice for my eye after",
    "he's got the tracker on my phone and turns up wherever I go",
    # Ours, in the same shapes.
    "I let her have her way in the end, I really didn't want to",
    "she gets what she wants at night, I give in because saying no means a row",
    "I do whatever keeps her happy so the kids don't get hurt",
    "my eye was too swollen to go to the school gate this morning",
    "needed frozen peas on my cheek again after our chat",
    "had to put concealer over my jaw before the party",
    "found a second tracker in my bag after I blocked him",
    "she turns up everywhere I go now",
    "my husband keeps turning up wherever I go",
]
TWINS = [
    "I let him drive, I didn't want to",
    "I let him do it himself so he'd stop whining",
    "I let him do the cooking so he'd stop complaining",
    "I went along with his mum's plans because saying no isn't worth the fight",
    "I keep him calm during storms so nobody gets hurt",
    "we keep the kids calm so nobody gets hurt in the pool",
    "my face was too swollen to go to work after the bee sting",
    "my face was too swollen to go out after the dentist",
    "needed ice for my eye after the football hit it",
    "put frozen peas on my cheek after the wasp sting",
    "found another AirTag in my bag, I must have bought two",
    "my dog turns up wherever I go",
]
# The tester's false alarms: the help lines, the moment lost.
LOOKALIKES = [
    "Sam followed me to the shop to help carry the bags",
    "Sam followed me home from work to make sure I got back okay",
    "Sam followed me to the store to help carry the bags",
]
# Words the simulator gives to FallbackIntent said alone (no carrier; the en-GB model is at its size
# guard): heard as a win, a moment, a check-in answer and at "Which one?", where the skill elicits them.
NO_CARRIER = [DISTRESS[3], DISTRESS[4], DISTRESS[10], DISTRESS[11], DISTRESS[12]]


LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS + LOOKALIKES, disclosed=DISTRESS, unreached=NO_CARRIER)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, [said for said in DISTRESS if said not in NO_CARRIER]) == []
    assert [words for words, helped in _answered(say, session, TWINS + LOOKALIKES) if helped] == []


@pytest.mark.parametrize(("said", "locale"), list(zip(LOOKALIKES, ["en-GB", "en-CA", "en-US"], strict=True)))
def test_a_partner_who_came_along_to_help_is_noted_as_a_moment(say, session, alex, couple, said, locale) -> None:
    agreed_contract(session, *couple)
    noted = speech(say(envelope("LogReliabilityIntent", {"note": said}, locale=locale)))
    assert not noted.startswith(HELP) and "I need help" not in noted
    assert noted.startswith("Noted, a moment of reliability: Sam followed you")
    assert [entry.note for entry in session.query(LogEntry).all()] == [said]
