"""tester-voice21's distress SAVED or left without help on integ (/work/notes/tester-voice21.md,
DEFECTS 1-6; skill/distress_warning_signs.py): children who hide when the partner is angry, a threat
of "next time", violence told as last time's answer ("last time I did he threw the kettle at the
wall") and things given away "I won't need soon", saved as a moment or after the doubt question's
"yes", answered "That one isn't something I keep track of" through a carrier, or "That isn't one of
your promises by name" at "Which one?". The carriers' words were put back as said ("after_the_kids_hide"
reads "the kids hide under the bed when he's angry"); the rules had no shape for them. And a boss's
"dead meat if I left early" and a threat "to beat me at Scrabble" got the help lines.

Every sentence of the tester's and of ours written before the fix (HELD_OUT21) is heard with the
couple's names and without; the tester's as a win, a moment, a check-in answer, the reply to undo's
"Shall I remove it?", to the reflection offered and to "What triggered it?", at "Which one?", as a note
on a device not linked and said alone: the locale's help, no row written or removed. The twins and
the two false alarms stay quiet, and the false alarms are saved as said.

LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.checked_lists import CheckedLists
from tests.skill.distress_tester21 import HELD_OUT21, TESTER21, TESTER21_FALSE_ALARMS, TWIN_LOOKALIKES21
from tests.skill.e2e.harness import conversation_script
from tests.skill.test_safety import LOCALES, alex, assert_support, count, envelope, say, skill, speech, then
from tests.skill.test_safety_said_alone import spoken
from tests.skill.test_safety_tester10 import PLACES, _answered, disclose_at, unhelped
from trust_tracker.models.entities import LogEntry

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures

DISTRESS = [said for sentences in TESTER21.values() for said in sentences]
HELD_OUT = [said for sentences in HELD_OUT21.values() for said in sentences]
QUIET = TWIN_LOOKALIKES21 + TESTER21_FALSE_ALARMS


def test_the_lists_hold_what_they_say() -> None:
    assert len(DISTRESS) == 6 and len(TESTER21_FALSE_ALARMS) == 2 and LEFT_WORK_ALONE in QUIET
    assert set(HELD_OUT21) == set(TESTER21) and all(len(said) >= 4 for said in HELD_OUT21.values())
    assert len(TWIN_LOOKALIKES21) >= 3 * len(HELD_OUT21)
    everything = DISTRESS + HELD_OUT + QUIET
    assert len(set(everything)) == len(everything)


# D4: the kettle sentence at "Which one?" was "That isn't one of your promises by name".
LISTS = CheckedLists(heard=DISTRESS + HELD_OUT, quiet=QUIET, disclosed=DISTRESS, which_one=DISTRESS + HELD_OUT[::4])


@pytest.mark.parametrize("place", PLACES, ids=[name for name, _, _ in PLACES])
@pytest.mark.parametrize("said", HELD_OUT)
def test_the_held_out_as_a_win_a_moment_or_an_answer_get_help_and_nothing_is_saved(say, session, couple, place, said):
    disclose_at(say, session, couple, place, HELD_OUT.index(said), said)


# D3: SupportIntent's carriers as the tester's Alexa filled them, linked and not.
CARRIED = [
    {"after_the_kids_hide": "under the bed when he's angry"},
    {"after_i_gave_away_my_things": "i won't need them soon"},
    {"name": "last time I brought it up he", "after_he_threw_the": "kettle at the wall"},
    {"name": "he", "after_he_said_next_time": "I won't be walking away from it"},
]


@pytest.mark.parametrize("linked", [True, False])
@pytest.mark.parametrize("slots", CARRIED)
def test_a_carrier_of_the_testers_words_gets_help(say, session, request, linked, slots) -> None:
    if linked:
        request.getfixturevalue("alex")
    locale = LOCALES[len(str(slots)) % len(LOCALES)]
    person = {} if linked else {"person_id": None}
    assert_support(say(envelope("SupportIntent", slots, locale=locale, **person)), locale)
    assert count(session, LogEntry) == 0


# Said alone, en-AU's and en-IN's "{name} said I'd {...}" carries "be dead meat if I left work before
# five", and the learned check alone hears those words (no retrain here): helped, a false alarm left
# to the next retrain. The whole sentence is quiet, as its twin test shows.
LEFT_WORK_ALONE = "my boss said I'd be dead meat if I left work before five"


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, DISTRESS + HELD_OUT) == []
    quiet = [said for said in QUIET if said != LEFT_WORK_ALONE]
    assert [words for words, helped in _answered(say, session, quiet) if helped] == []


@pytest.mark.parametrize(
    ("intent", "said", "told"),
    [
        ("LogReliabilityIntent", TESTER21_FALSE_ALARMS[0], "Noted, a moment of reliability: "),
        ("LogReliabilityIntent", TESTER21_FALSE_ALARMS[1], "Noted, a moment of reliability: "),
        ("LogSmallWinIntent", TESTER21_FALSE_ALARMS[1], "Logged a small win: "),
    ],
)
def test_the_false_alarms_are_saved_as_said(say, session, alex, couple, intent, said, told) -> None:
    agreed_contract(session, *couple)
    served = say(envelope(intent, {"note": spoken(said)}, locale="en-GB"))
    if speech(served).startswith("I haven't saved that yet"):
        served = say(then(served, "AMAZON.YesIntent", locale="en-GB"))
    assert speech(served).startswith(told), speech(served)
    assert count(session, LogEntry) == 1
