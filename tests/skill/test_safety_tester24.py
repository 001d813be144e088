"""tester-voice24's distress saved or missed (on integ 9826446; skill/distress_controlled.py): texts
deleted before she gets home "or there's trouble" and an ATM card kept so bus money is asked for (saved
as check-in answers, no question); a phone taken and locked in his car, passwords changed, "he said I
owed it to him so I just let him" (no help); "on the terrace thinking about jumping" and no point "in
anything really" (only the doubt question, saved on its "yes"). Each with sentences of ours in the same
shape and everyday twins that share their words, heard with the couple's names and without, and where
a person would say it: as a win, a moment, a check-in answer, the reply to a question, at "Which one?",
as a note on a device not linked and said alone: the locale's help, no row written or removed. The
twins stay quiet; its false alarms (a surprise cake that "knocked me out", hoops where "he beat me
badly", a shared location "so I'd know he got home safe", a boss who "would kill me if I left early")
stay quiet, and the first three are noted as a moment.

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
    "I have to delete my texts before she gets home or there's trouble",
    "she keeps my ATM card and I have to ask for money for the bus",
    "I couldn't call, he took my phone and locked it in his car again",
    "the one about not reading his messages, but he reads all mine and changed my passwords",
    "I didn't want to but he said I owed it to him so I just let him",
    "I was standing on the terrace thinking about jumping",
    "I didn't see the point in getting out of bed, or in anything really",
    # Ours, in the same shapes.
    "I hide my call history every night or he goes mad",
    "I always clear my messages before my husband checks or else",
    "my husband has my bank card and I have to beg him for money for food",
    "he took all of my wages and I have to ask him before I buy anything",
    "she grabbed my keys and hid them again so I could not leave",
    "he takes my phone off me so I can't call my mum",
    "my wife locked my passport in her drawer",
    "she locked me out of my bank account",
    "she keeps saying I owe it to her so I just gave in",
    "I was up on the roof of the car park thinking about jumping",
    "I don't see the point in anything anymore",
    # Held out: written after the rules, never tuned on.
    "I wipe my whatsapps before he comes in from work or I'll pay for it",
    "my girlfriend holds my debit card and I have to ask her to buy lunch",
    "he snatched my mobile and hid it in his van so I couldn't ring anyone",
    "my boyfriend changed my pin and reads everything I send",
    "she told me I owed her after the holiday so I let her",
    "I stood out on the balcony for ages wanting to jump",
    "there's no point in any of it really",
]
TWINS = [
    "I have to hide the presents before she gets home or the surprise is ruined",
    "I have to tidy the kitchen before she gets home or there's trouble",
    "I have to delete old texts or my phone runs out of space",
    "she keeps my spare card in her wallet in case I lose mine",
    "I have to ask my mum for money for the bus",
    "he took my phone to the repair shop and fixed it",
    "she took my phone and put it on charge for me",
    "he changed my password for me when I forgot it",
    "I didn't want to but he said I owed him a dinner so I just paid",
    "he said I owed it to him to come to the wedding so I went",
    "I didn't want to but she said I owed it to her so I just let her win",
    "standing on the diving board thinking about jumping",
    "the kids love jumping off the sofa",
    "I didn't see the point in getting out of bed on a Sunday",
    "I didn't see the point in saying anything",
    "I don't see the point in buying anything new",
    "we played chess and Sam beat me badly",
    "my manager will kill me if I leave early again",
]
# The tester's false alarms: the help lines (or the doubt question), the moment lost.
LOOKALIKES = [
    "she knocked me out with that surprise birthday cake",
    "we shot some hoops together and he beat me badly",
    "he shared his location with me so I'd know he got home safe",
    "I couldn't come because my boss would kill me if I left early",
]
# Real danger in the lookalikes' words stays heard.
STILL_HEARD = [
    "she knocked me out with a frying pan",
    "we shot some hoops and then he beat me badly in the car",
    "my boss would kill me if I left him",
    "he made me share my location with him so he knows where I am every minute",
]


# Each has a carrier said alone: none is left unreached at a question.
LISTS = CheckedLists(heard=DISTRESS + STILL_HEARD, quiet=TWINS + LOOKALIKES, disclosed=DISTRESS)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, DISTRESS) == []
    # The hoops split at "and he beat" are read whole (skill/carrier_reading.py): a game, no help lines.
    assert [words for words, helped in _answered(say, session, TWINS + LOOKALIKES) if helped] == []


@pytest.mark.parametrize(("said", "locale"), list(zip(LOOKALIKES[:3], ["en-GB", "en-CA", "en-CA"], strict=True)))
def test_a_treat_a_game_or_a_safe_trip_home_is_noted_as_a_moment(say, session, alex, couple, said, locale) -> None:
    agreed_contract(session, *couple)
    noted = speech(say(envelope("LogReliabilityIntent", {"note": said}, locale=locale)))
    assert not noted.startswith(HELP) and "shall I save it?" not in noted
    assert noted.startswith("Noted, a moment of reliability:")
    assert [entry.note for entry in session.query(LogEntry).all()] == [said[0].upper() + said[1:]]
