"""tester-voice22's distress left saved or missed, and its false alarm (on the merge of 5 December;
skill/distress_as_usual.py, skill/distress_played.py, the bag ready to flee in skill/distress_abuse.py):
"I'm fine, just the usual black eye, nothing to see here" (a check-in answer saved after the doubt
question's "yes"), "the one I'll never keep because I won't be around next week" (at "Which one?"),
"I keep my bag packed in the boot of the car just in case" (saved as a moment), and "we played a
shooting game and Sam beat me" (a note given the help lines, the moment lost). Each with sentences of
ours in the same shape and everyday twins that share their words; a shot ("he shot me in the leg"),
which nothing heard, with them. Each is heard with the couple's names and without, and where a person would say it: as a
win, a moment, a check-in answer, the reply to a question, at "Which one?", as a note on a device not
linked and said alone: the locale's help, no row written or removed. The twins stay quiet, said alone
too, and a game lost is noted as a moment (said alone, three reach a "he beat" carrier and are not).

LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.checked_lists import CheckedLists
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import LOCALES, alex, envelope, say, speech
from tests.skill.test_safety_tester10 import _answered, unhelped
from tests.skill.test_safety_tester13 import HELP
from trust_tracker.models.entities import LogEntry

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

DISTRESS = [
    # An injury told as the usual.
    "I'm fine, just the usual black eye, nothing to see here",
    "another black eye, nothing new",
    "just the regular split lip",
    "the usual bruises",
    "got another split lip last night but that's normal for us",
    "a fat lip again, as per usual",
    "same old, couple of cracked ribs",
    # A promise never to be kept, for not being here.
    "the one I'll never keep because I won't be around next week",
    "I'll never make the walk because I won't be around by then",
    "I won't be around after this",
    # A bag kept packed somewhere, just in case.
    "I keep my bag packed in the boot of the car just in case",
    "I've got a suitcase packed under the bed at my mum's just in case",
    # A shot, and a beating told beside a game.
    "my husband shot at us",
    "she shot me again",
    "he shot me in the leg last night",
    "he beat me after the game",
    "we played cards and then he beat me",
    "we played cards and he got drunk and beat me",
]
TWINS = [
    "another black eye from rugby, nothing new",
    "the kids have the usual bumps and bruises",
    "the usual bruising after my blood test",
    "just the regular split lip from sparring",
    "my son came home with another black eye from football",
    "I won't keep the walk because I won't be around next week, we're in Spain",
    "I won't be around after this week, I'm moving",
    "I keep my hospital bag packed in the boot of the car just in case",
    "I keep a gym bag packed in the car just in case",
    "she shot me a look",
    "he shot me a text",
    "he shot me down when I suggested a holiday",
    "he shot at me with a nerf gun",
]
# A game played, then lost to the one who beat or shot the speaker: a moment, as a note.
PLAYED = [
    "we played a shooting game and Sam beat me",
    "we played laser tag and she shot me",
    "we played paintball and Sam shot me in the back",
    "we played chess and he beat me",
    "we played poker and she beat me again",
    "we played Mario Kart and the kids destroyed me",
    "we played tennis and Sam beat me six love",
    "we had a race to the car and Sam beat me again",
]
# Words the simulator gives to FallbackIntent said alone (no carrier; the en-GB model is at its size
# guard): heard as a win, a moment, a check-in answer and at "Which one?", where the skill elicits them.
NO_CARRIER = [*DISTRESS[:9], "she shot me again", "he shot me in the leg last night"]


LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS + PLAYED, disclosed=DISTRESS, unreached=NO_CARRIER)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, [said for said in DISTRESS if said not in NO_CARRIER]) == []
    # Said alone, a game lost to Sam reaches "{…} and {name} beat {…}", read whole (skill/carrier_reading.py).
    assert [words for words, helped in _answered(say, session, TWINS + PLAYED) if helped] == []


@pytest.mark.parametrize("said", PLAYED)
def test_a_game_lost_to_the_partner_is_noted_as_a_moment(say, session, alex, couple, said) -> None:
    agreed_contract(session, *couple)
    locale = LOCALES[len(said) % len(LOCALES)]
    noted = speech(say(envelope("LogReliabilityIntent", {"note": said}, locale=locale)))
    assert not noted.startswith(HELP) and "I need help" not in noted
    assert noted.startswith("Noted, a moment of reliability: ")
    assert [entry.note for entry in session.query(LogEntry).all()] == [said[0].upper() + said[1:]]
