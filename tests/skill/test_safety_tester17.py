"""tester-voice17's safety finds (/work/notes/tester-voice17.md; skill/distress_slipped_in.py). On
integ, danger slipped into a win, a check-in answer, a note or a reply ("I managed to hide my payslip
before he got his hands on it", "we actually laughed once, right before he put the gun back on the
table", "he's in the next room listening, so I have to say yes") was saved as a win or a check-in
answer, met with "shall I save it?", the soft line, a menu, the promise question again, or only the
link prompt on an unlinked device; and "Sam's gonna kill me, I forgot to buy milk again" and a shared
phone bill got the help lines.

Every sentence of the tester's is heard with the couple's names and without; as a win, a moment, a
check-in answer, the reply to undo's "Shall I remove it?", to the reflection offered and to "What
triggered it?"; at "Which one did you miss?" and at "Is Sam with you?", as Alexa sent them to the
tester; and as a note on a device not linked: the locale's help, no row written or removed. The
held-out lists (HELD_OUT17, written before the fix) are heard, their twins stay quiet, and the
lookalikes are served as the job they ask for."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.distress_tester17 import (
    HELD_OUT17,
    TESTER17_DISTRESS,
    TESTER17_LOOKALIKES,
    TWIN_LOOKALIKES17,
    TWIN_LOOKALIKES17_LATER,
)
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import LOCALES, alex, assert_support, count, envelope, say, speech, then
from tests.skill.test_safety_said_alone import spoken
from tests.skill.test_safety_tester10 import _answered, unhelped
from tests.skill.test_safety_tester13 import (
    assert_read_alike,
    disclose_where,
    heard_or_quiet,
    reached_places,
    reply_to_which_one,
)
from tests.skill.test_safety_tester15 import _routed
from trust_tracker.models.entities import CheckInAnswer, LogEntry

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

NAMES = ("Alex", "Sam")
DISTRESS = [said for sentences in TESTER17_DISTRESS.values() for said in sentences]
HELD_OUT = [said for sentences in HELD_OUT17.values() for said in sentences]
LOOKALIKES = [said for sentences in TESTER17_LOOKALIKES.values() for said in sentences]
TWINS_AND_LOOKALIKES = TWIN_LOOKALIKES17 + TWIN_LOOKALIKES17_LATER + LOOKALIKES


def test_the_lists_hold_what_they_say() -> None:
    assert len(DISTRESS) == 14 and len(LOOKALIKES) == 10 and len(HELD_OUT) >= 20
    assert set(HELD_OUT17) == set(TESTER17_DISTRESS)
    everything = DISTRESS + HELD_OUT + TWINS_AND_LOOKALIKES
    assert len(set(everything)) == len(everything)


@pytest.mark.parametrize(("said", "heard"), heard_or_quiet(DISTRESS + HELD_OUT, TWINS_AND_LOOKALIKES))
def test_each_is_heard_and_each_twin_stays_quiet_with_the_couples_names_and_without(said, heard) -> None:
    assert_read_alike(said, heard)


@pytest.mark.usefixtures("conversation_script")
@pytest.mark.parametrize(("where", "said"), reached_places(DISTRESS))
def test_said_anywhere_it_gets_help_and_nothing_is_written_or_removed(request, say, session, couple, where, said):
    """As a win, a moment or a check-in answer (PLACES), or the answer to a question (QUESTIONS)."""
    disclose_where(request, say, session, couple, where, said, DISTRESS, _routed)


@pytest.mark.parametrize("said", DISTRESS + HELD_OUT)
def test_the_reply_to_which_one_did_you_miss_gets_help_and_logs_no_miss(say, session, alex, couple, said) -> None:
    """D6 (E01): "I can't do this now, he's going through my phone right now and I'm scared" came as
    the promise's name Alexa elicited, and "Which one did you miss?" was asked again."""
    reply_to_which_one(say, session, couple, "LogMissedIntent", said)


@pytest.mark.parametrize("said", DISTRESS + HELD_OUT)
def test_the_reply_to_is_sam_with_you_gets_help_not_a_checkin(say, session, alex, contract, said) -> None:
    """D6 (E03): "he's in the next room listening, so I have to say yes" got "Just yes or no"."""
    locale = LOCALES[len(said) % len(LOCALES)]
    together = say(envelope("StartCheckInIntent", locale=locale))
    assert speech(together).endswith("Is Sam with you?")
    answered = say(then(together, "AnswerIntent", {"answer": spoken(said)}, locale=locale))
    assert_support(answered, locale)
    assert count(session, CheckInAnswer) == 0 and count(session, LogEntry) == 0


@pytest.mark.parametrize("locale", LOCALES)
def test_a_note_on_a_device_not_linked_gets_help_before_the_link_prompt(say, session, locale) -> None:
    """D5 (C12): the help lines need no linked device; the link prompt alone was all that was said."""
    said = "he's been sharing pictures of me I never agreed to with his buddies"
    answered = say(envelope("LogReliabilityIntent", {"note": spoken(said)}, locale=locale, person_id=None))
    assert_support(answered, locale)
    assert count(session, LogEntry) == 0


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    alone = DISTRESS + HELD_OUT
    assert unhelped(say, session, alone) == []
    assert [words for words, helped in _answered(say, session, TWINS_AND_LOOKALIKES) if helped] == []


# The lookalikes served as the job they ask for (L1, L3, L2), as Alexa fills the slot: a moment or a
# win, saved at once (no "shall I save it?" first) and read back.
SERVED = [
    ("LogReliabilityIntent", "Sam checks my phone bill each month because we share the plan"),
    ("LogReliabilityIntent", "Sam checked my phone to find the concert tickets"),
    ("LogReliabilityIntent", "Sam keeps the car keys because I always leave them in the door"),
    ("LogReliabilityIntent", "my husband keeps both our passports in his locker since I lose things"),
    ("LogReliabilityIntent", "Sam took my bank card to pay at the till because mine was in the car"),
    ("LogReliabilityIntent", "Sam makes me take my blood pressure pills every morning, doctor's orders"),
    ("LogReliabilityIntent", "Sam locked the door behind me because I always forget"),
    ("LogReliabilityIntent", "Sam threatened to eat my leftovers so I hid them at the back of the fridge"),
    ("LogSmallWinIntent", "the baby finally slept through and I didn't feel like death warmed up"),
]


@pytest.mark.parametrize(("intent", "said"), SERVED)
def test_each_lookalike_is_served_as_asked(say, session, alex, couple, intent, said) -> None:
    agreed_contract(session, *couple)
    served = say(envelope(intent, {"note": spoken(said)}, locale="en-GB"))
    assert speech(served).startswith(("Noted, a moment of reliability: ", "Logged a small win: ")), speech(served)
    assert count(session, LogEntry) == 1


@pytest.mark.usefixtures("conversation_script")
def test_the_going_to_kill_me_idiom_about_a_chore_is_not_helped(say, session, alex, couple) -> None:
    """L1: "Sam's gonna kill me, I forgot to buy milk again" got the help lines."""
    agreed_contract(session, *couple)
    intent, slots = _routed("Sam's gonna kill me, I forgot to buy milk again", "en-AU")
    served = speech(say(envelope(intent, slots, locale="en-AU")))
    assert not served.startswith("I'm sorry you're going through this."), served
