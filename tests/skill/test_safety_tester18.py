"""tester-voice18's safety finds (/work/notes/tester-voice18.md; skill/distress_told_good.py). On
integ, danger told as good news ("cash sewn into the lining of my coat that he hasn't found", "the
swelling round my eye has gone down so nobody asked questions"), as a moment, as a check-in answer
or as a reflection ("I'd been texting a shelter") was saved as a row the partner can read, or met
with "shall I save it?"; and "no, I'd rather just die than talk about it", said to "Would you like a
minute to reflect on it?", was saved as the reflection while "no, I'd rather not talk about it" was
asked "Just yes or no" (E1: a no with a reason is a no).

Every sentence of the tester's is heard with the couple's names and without; as a win, a moment, a
check-in answer, the reply to undo's "Shall I remove it?", to the reflection offered and to "What
triggered it?", as Alexa sends them: the locale's help, no row written or removed. The held-out
lists (HELD_OUT18, written before the fix) are heard as a win, a moment and a check-in answer; the
twins stay quiet and are saved as asked, without "shall I save it?"."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.distress_tester18 import HELD_OUT18, TESTER18_SAVED, TWIN_LOOKALIKES18
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import LOCALES, alex, assert_support, count, envelope, say, speech, then
from tests.skill.test_safety_said_alone import spoken
from tests.skill.test_safety_tester10 import PLACES, disclose_at
from tests.skill.test_safety_tester13 import _offered_a_reflection, disclose_where, reached_places
from tests.skill.test_safety_tester15 import _routed
from trust_tracker.models.entities import LogEntry, SetbackReflection
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

NAMES = ("Alex", "Sam")
DISTRESS = [said for sentences in TESTER18_SAVED.values() for said in sentences]
HELD_OUT = [said for sentences in HELD_OUT18.values() for said in sentences]
NO_WITH_A_REASON = "no, I'd rather not talk about it"
# Saved as asked: every twin but the no to the reflection, which is its own test below.
SERVED = [said for said in TWIN_LOOKALIKES18 if said != NO_WITH_A_REASON]


def test_the_lists_hold_what_they_say() -> None:
    assert len(DISTRESS) == 21 and len(HELD_OUT) >= 20 and len(TWIN_LOOKALIKES18) >= 19
    assert set(HELD_OUT18) <= set(TESTER18_SAVED) and NO_WITH_A_REASON in TWIN_LOOKALIKES18
    everything = DISTRESS + HELD_OUT + TWIN_LOOKALIKES18
    assert len(set(everything)) == len(everything)


@pytest.mark.parametrize(
    ("said", "heard"),
    [(said, True) for said in DISTRESS + HELD_OUT] + [(said, False) for said in TWIN_LOOKALIKES18],
)
def test_each_is_heard_and_each_twin_stays_quiet_with_the_couples_names_and_without(said, heard) -> None:
    assert is_distress(said, NAMES) is heard and is_distress(said) is heard


@pytest.mark.usefixtures("conversation_script")
@pytest.mark.parametrize(("where", "said"), reached_places(DISTRESS))
def test_said_anywhere_it_gets_help_and_nothing_is_written_or_removed(request, say, session, couple, where, said):
    """As a win, a moment or a check-in answer (PLACES), or the answer to a question (QUESTIONS)."""
    disclose_where(request, say, session, couple, where, said, DISTRESS, _routed)


@pytest.mark.parametrize("place", PLACES, ids=[name for name, _, _ in PLACES])
@pytest.mark.parametrize("said", HELD_OUT)
def test_the_held_out_as_a_win_a_moment_or_an_answer_get_help_and_nothing_is_saved(say, session, couple, place, said):
    disclose_at(say, session, couple, place, HELD_OUT.index(said), said)


@pytest.mark.parametrize("said", SERVED)
@pytest.mark.parametrize("intent", ["LogSmallWinIntent", "LogReliabilityIntent"])
def test_each_twin_is_saved_as_asked_and_read_back(say, session, alex, couple, intent, said) -> None:
    agreed_contract(session, *couple)
    served = speech(say(envelope(intent, {"note": spoken(said)}, locale="en-GB")))
    assert served.startswith(("Noted, a moment of reliability: ", "Logged a small win: ")), served
    assert count(session, LogEntry) == 1


@pytest.mark.parametrize("locale", LOCALES)
def test_a_no_with_a_reason_to_the_reflection_offered_is_a_no(say, session, alex, couple, locale) -> None:
    """E1 (X1): "no, I'd rather not talk about it" got "Just yes or no"; nothing is saved."""
    agreed_contract(session, *couple)
    asked = _offered_a_reflection(say, locale)
    answered = say(then(asked, "AnswerIntent", {"answer": spoken(NO_WITH_A_REASON)}, locale=locale))
    assert speech(answered).startswith("That's fine."), speech(answered)
    assert count(session, SetbackReflection) == 0 and count(session, LogEntry) == 1


@pytest.mark.parametrize("locale", LOCALES)
def test_a_no_with_a_wish_to_die_to_the_reflection_offered_gets_help_and_saves_nothing(
    say, session, alex, couple, locale
) -> None:
    """E09: "no, I'd rather just die than talk about it" was saved as what triggered the miss. Heard:
    "rather die than" is the idiom only before an errand or a treat ("than go to karaoke"); said of
    talking about a miss just admitted, "it" is the hurt itself, and "rather die than talk about it"
    was heard already: the "just" let it through."""
    agreed_contract(session, *couple)
    asked = _offered_a_reflection(say, locale)
    answered = say(
        then(asked, "AnswerIntent", {"answer": spoken("no, I'd rather just die than talk about it")}, locale=locale)
    )
    assert_support(answered, locale)
    assert count(session, SetbackReflection) == 0 and count(session, LogEntry) == 1


def test_no_sleep_said_at_the_reflection_offered_is_still_the_reflection(say, session, alex, couple) -> None:
    """A reply that starts with "no" but is no refusal ("no sleep the night before") is what triggered it."""
    agreed_contract(session, *couple)
    asked = _offered_a_reflection(say, "en-GB")
    answered = say(then(asked, "AnswerIntent", {"answer": "no sleep the night before"}, locale="en-GB"))
    assert "What would have prevented it?" in speech(answered), speech(answered)
    assert count(session, SetbackReflection) == 1
