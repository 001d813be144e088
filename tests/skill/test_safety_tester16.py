"""tester-voice16's safety finds (/work/notes/tester-voice16.md; skill/distress_confided.py). On integ,
danger confided as a small win, a note or an aside ("I finally packed a go bag and stashed it at my
mate's place", "my daughter didn't get a beating when she spilled the milk", "I've put away two
hundred dollars he doesn't know about for when I run") was saved as a win, a check-in answer or a
reflection, met with the soft line or "shall I save it?"; coercion said at "Is Sam with you?" began
a check-in together; and a bank card handed over "like I asked" got the help lines.

Every sentence of the tester's is heard with the couple's names and without; as a win, a moment, a
check-in answer, the reply to undo's "Shall I remove it?", to the reflection offered and to "What
triggered it?"; and at "Is Sam with you?": the locale's help, no row written or removed. The
held-out lists (HELD_OUT16, written before the fix) are heard, their twins stay quiet, and the
lookalikes are served as the job they ask for."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.distress_tester16 import (
    HELD_OUT16,
    HELD_OUT16_REBUILT,
    TESTER16_DISTRESS,
    TESTER16_LOOKALIKES,
    TESTER16_SAID_ALONE,
    TWIN_LOOKALIKES16,
    TWIN_LOOKALIKES16_REBUILT,
)
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import ALEX_VOICE, Talk, contract, home, skill
from tests.skill.test_safety import LOCALES, alex, count, envelope, say, speech, then
from tests.skill.test_safety_tester10 import _answered, unhelped
from tests.skill.test_safety_tester13 import disclose_where, reached_places
from tests.skill.test_safety_tester15 import _routed
from trust_tracker.models.entities import CheckInAnswer, LogEntry
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

NAMES = ("Alex", "Sam")
DISTRESS = [said for sentences in TESTER16_DISTRESS.values() for said in sentences]
HELD_OUT = [said for sentences in HELD_OUT16.values() for said in sentences] + HELD_OUT16_REBUILT
LOOKALIKES = [said for sentences in TESTER16_LOOKALIKES.values() for said in sentences]
TWINS_AND_LOOKALIKES = TWIN_LOOKALIKES16 + TWIN_LOOKALIKES16_REBUILT + LOOKALIKES
# D5: coercion said as the answer to "Is Sam with you?".
WATCHED = TESTER16_DISTRESS["watched while I speak"] + HELD_OUT16["watched while I speak"]


def test_the_lists_hold_what_they_say() -> None:
    assert len(DISTRESS) == 20 and len(LOOKALIKES) == 3
    assert set(HELD_OUT16) == set(TESTER16_DISTRESS)
    assert all(len(held) >= 2 for held in HELD_OUT16.values())
    everything = DISTRESS + TESTER16_SAID_ALONE + HELD_OUT + TWINS_AND_LOOKALIKES
    assert len(set(everything)) == len(everything)


@pytest.mark.parametrize(
    ("said", "heard"),
    [(said, True) for said in DISTRESS + TESTER16_SAID_ALONE + HELD_OUT]
    + [(said, False) for said in TWINS_AND_LOOKALIKES],
)
def test_each_is_heard_and_each_twin_stays_quiet_with_the_couples_names_and_without(said, heard) -> None:
    assert is_distress(said, NAMES) is heard and is_distress(said) is heard


# Said alone, Alexa's fallback takes these: no carrier of their shape keeps its everyday twin quiet
# ("I stand back so I don't get hit by the ball", "Sam's standing over me to make sure I take my
# tablets", "he's listening to a podcast", "this coffee will be my last one today"; nlu7). Each is
# heard by the detector wherever the skill elicits words.
NO_CARRIER = [
    "if the dinner isn't ready when he gets in I get hit",
    "yes he's here, he's got my phone and he's listening",
    "yes, he's standing over me to make sure I say the right things",
    "I've made up my mind that this christmas will be my last",
]


@pytest.mark.usefixtures("conversation_script")
@pytest.mark.parametrize(("where", "said"), reached_places(DISTRESS, NO_CARRIER))
def test_said_anywhere_it_gets_help_and_nothing_is_written_or_removed(request, say, session, couple, where, said):
    """As a win, a moment or a check-in answer (PLACES), or the answer to a question (QUESTIONS)."""
    disclose_where(request, say, session, couple, where, said, DISTRESS, _routed)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", WATCHED)
def test_coercion_said_at_is_sam_with_you_gets_help_not_a_checkin_together(
    skill, session_factory, session, contract, said, locale
) -> None:
    """D5: "yes, he's standing over me to make sure I say the right things" began "Alex, question 1"."""
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    assert talk("start our check-in").speech.endswith("Is Sam with you?")
    answered = talk(said)
    assert answered.speech.startswith("I'm sorry you're going through this.") and "question 1" not in answered.speech
    assert count(session, CheckInAnswer) == 0 and count(session, LogEntry) == 0


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    alone = DISTRESS + TESTER16_SAID_ALONE + HELD_OUT
    assert unhelped(say, session, [said for said in alone if said not in NO_CARRIER]) == []
    assert [words for words, helped in _answered(say, session, TWINS_AND_LOOKALIKES) if helped] == []


# The lookalikes served as the job they ask for (L1, L3), as Alexa fills the slot: a win or a moment,
# or the save path's doubt ("shall I save it?", skill/saved_words.py), saved after a yes.
SERVED = [
    ("LogReliabilityIntent", "Sam holds onto our passports because I'm hopeless with paperwork"),
    ("LogSmallWinIntent", "Sam took my bank card off me for the month so I'd stop impulse buying, like I asked"),
    ("LogSmallWinIntent", "Sam checked my phone for the parcel tracking and it's arriving tomorrow"),
]


@pytest.mark.parametrize(("intent", "said"), SERVED)
def test_each_lookalike_is_served_as_asked(say, session, alex, couple, intent, said) -> None:
    agreed_contract(session, *couple)
    served = say(envelope(intent, {"note": said}, locale="en-GB"))
    if speech(served).startswith("I haven't saved that yet,"):
        served = say(then(served, "AMAZON.YesIntent", locale="en-GB"))
    assert speech(served).startswith(("Noted, a moment of reliability: ", "Logged a small win: ")), speech(served)
    assert count(session, LogEntry) == 1
