"""tester-voice15's safety finds (/work/notes/tester-voice15.md; skill/distress_noted.py,
skill/distress_fond.py). On integ, danger told as a note for the record ("he checks my call log every
night without fail", "he keeps the passports and the bank cards in a locked drawer", cash hidden "so
I can get away") was saved as a moment, a win, a check-in answer or a miss, met with "shall I save
it?", looped on "which one?" or matched no intent; and an arm grabbed at the roadside, accounts shown
every month and a skydive got the help lines.

Every sentence of the tester's is said alone over each locale's model, as a win, a moment, a check-in
answer, the reply to "Which one did you miss?", undo's "Shall I remove it?" and the reflection after a
miss: the locale's help, no row written or removed. The held-out lists (HELD_OUT15, written before
the fix) are heard, their twins stay quiet, and the lookalikes are served as the job they ask for."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.distress_tester15 import HELD_OUT15, TESTER15_DISTRESS, TESTER15_LOOKALIKES, TWIN_LOOKALIKES15
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import LOCALES, alex, assert_support, count, envelope, say, skill, speech, then
from tests.skill.test_safety_said_alone import spoken
from tests.skill.test_safety_tester10 import _answered, unhelped
from tests.skill.test_safety_tester13 import WHERE, disclose_where
from trust_tracker.models.entities import LogEntry
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures

NAMES = ("Alex", "Sam")
DISTRESS = [said for sentences in TESTER15_DISTRESS.values() for said in sentences]
HELD_OUT = [said for sentences in HELD_OUT15.values() for said in sentences]
LOOKALIKES = [said for sentences in TESTER15_LOOKALIKES.values() for said in sentences]
TWINS_AND_LOOKALIKES = TWIN_LOOKALIKES15 + LOOKALIKES


def test_the_lists_hold_what_they_say() -> None:
    assert len(DISTRESS) == 19 and len(LOOKALIKES) == 3
    assert set(HELD_OUT15) == set(TESTER15_DISTRESS)
    assert all(len(held) >= 2 for held in HELD_OUT15.values())
    everything = DISTRESS + HELD_OUT + TWINS_AND_LOOKALIKES
    assert len(set(everything)) == len(everything)


@pytest.mark.parametrize(
    ("said", "heard"), [(said, True) for said in DISTRESS + HELD_OUT] + [(said, False) for said in TWINS_AND_LOOKALIKES]
)
def test_each_is_heard_and_each_twin_stays_quiet_with_the_couples_names_and_without(said, heard) -> None:
    assert is_distress(said, NAMES) is heard and is_distress(said) is heard


def _routed(said: str, locale: str) -> tuple[str, dict[str, str]]:
    """`said` as `locale`'s model hears it: (intent, slots)."""
    (turn,) = route_only([spoken(said)], locale)
    assert turn["intent"], said
    return turn["intent"], turn["slots"]


@pytest.mark.usefixtures("conversation_script")
@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("said", DISTRESS)
def test_said_anywhere_it_gets_help_and_nothing_is_written_or_removed(request, say, session, couple, where, said):
    """As a win, a moment or a check-in answer (PLACES), or the answer to a question (QUESTIONS)."""
    disclose_where(request, say, session, couple, where, said, DISTRESS, _routed)


@pytest.mark.usefixtures("conversation_script")
@pytest.mark.parametrize("said", DISTRESS)
def test_the_reply_to_which_one_did_you_miss_gets_help_and_logs_no_miss(say, session, alex, couple, said):
    """D4: "I didn't call because he'd taken my phone and locked the door" was logged as a miss."""
    agreed_contract(session, *couple)
    locale = LOCALES[DISTRESS.index(said) % len(LOCALES)]
    intent, slots = _routed(said, locale)
    asked = say(envelope("LogMissedIntent", locale=locale))
    assert "Which one" in speech(asked)
    assert_support(say(then(asked, intent, slots, locale=locale)), locale)
    assert count(session, LogEntry) == 0


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    """11 of 57 matched no sample in the simulator before the carriers "happens to me", "last time",
    "sorted for", "gets rough", "goes through my", "break my", "letters to" and "you are next"."""
    assert unhelped(say, session, DISTRESS + HELD_OUT) == []
    assert [words for words, helped in _answered(say, session, TWINS_AND_LOOKALIKES) if helped] == []


@pytest.mark.parametrize("said", LOOKALIKES)
def test_each_lookalike_is_noted_as_a_moment(say, session, alex, couple, said) -> None:
    agreed_contract(session, *couple)
    noted = speech(say(envelope("LogReliabilityIntent", {"note": said}, locale="en-US")))
    assert noted.startswith("Noted, a moment of reliability: ") and "I need help" not in noted
    assert count(session, LogEntry) == 1
