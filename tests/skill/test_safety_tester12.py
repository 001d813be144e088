"""tester-voice12's safety finds (/work/notes/tester-voice12.md; skill/distress_aside.py and nine
SupportIntent carriers: a weapon shown, papers held "so I can't", sex pressed on the speaker, "when
I'm asleep", a password changed, marks on the body, what the children saw, the children taken
away). On main, danger told in passing (the baby's passport kept so I can't go, a gun shown "remember
that's there", "don't save it, he checks the app", the kids who didn't see him hit me this time)
was saved as a moment or a keep, or met with "shall I save it?" or "say: I need help"; and "Sam kept
my card safe while I was travelling" got the help lines.

Every sentence of the tester's is said alone over each locale's model and as a win, a moment and a
check-in answer, and where the tester said it (a reply to "which one?", to undo's question): the
locale's help, nothing written. The held-out lists (HELD_OUT12, written after the fix) are heard,
their twins stay quiet, and the lookalikes are served as the job they ask for."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.distress_tester12 import HELD_OUT12, TESTER12_DISTRESS, TESTER12_LOOKALIKES, TWIN_LOOKALIKES12
from tests.skill.e2e.harness import conversation_script
from tests.skill.test_safety import alex, assert_support, count, envelope, say, skill, speech, then
from tests.skill.test_safety_states import stored
from tests.skill.test_safety_tester10 import PLACES, _answered, assert_saved_as_an_answer, disclose_at, unhelped
from trust_tracker.models.entities import LogEntry
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures

NAMES = ("Alex", "Sam")
HELP = "I'm sorry you're going through this."
DISTRESS = [said for sentences in TESTER12_DISTRESS.values() for said in sentences]
HELD_OUT = [said for sentences in HELD_OUT12.values() for said in sentences]
LOOKALIKES = [said for sentences in TESTER12_LOOKALIKES.values() for said in sentences]


def test_the_lists_hold_what_they_say() -> None:
    assert len(DISTRESS) == 10 and len(LOOKALIKES) == 2
    assert set(HELD_OUT12) == set(TESTER12_DISTRESS)
    assert all(len(held) >= 5 for held in HELD_OUT12.values())
    assert len(set(DISTRESS + HELD_OUT + TWIN_LOOKALIKES12)) == len(DISTRESS + HELD_OUT + TWIN_LOOKALIKES12)


@pytest.mark.parametrize("said", DISTRESS + HELD_OUT)
def test_each_is_heard_with_the_couples_names_and_without(said) -> None:
    assert is_distress(said, NAMES) and is_distress(said)


@pytest.mark.parametrize("said", TWIN_LOOKALIKES12 + LOOKALIKES)
def test_the_twins_and_lookalikes_stay_quiet(said) -> None:
    assert not is_distress(said, NAMES) and not is_distress(said)


@pytest.mark.parametrize("place", PLACES, ids=[intent for _, intent, _ in PLACES])
@pytest.mark.parametrize("said", DISTRESS)
def test_said_as_a_win_a_moment_or_an_answer_it_gets_help_and_nothing_is_written(say, session, couple, place, said):
    disclose_at(say, session, couple, place, DISTRESS.index(said), said)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_ends_at_help_with_nothing_written(conversation_script, say, session) -> None:
    assert unhelped(say, session, DISTRESS + HELD_OUT) == []


@pytest.mark.usefixtures("alex")
def test_the_twins_said_alone_get_no_help(conversation_script, say, session) -> None:
    assert [words for words, helped in _answered(say, session, TWIN_LOOKALIKES12) if helped] == []


@pytest.mark.parametrize("locale", ["en-AU", "en-GB"])
def test_said_to_which_one_it_gets_help_and_no_keep(say, session, alex, couple, locale) -> None:
    agreed_contract(session, *couple)
    asked = say(envelope("LogKeptIntent", {"commitment": "we went for a walk"}, locale=locale))
    assert "Was it" in speech(asked)
    kept = stored(session)
    said = "don't save it, he checks the app and he'll go off his head"
    assert_support(say(then(asked, "LogKeptIntent", {"commitment": said}, locale=locale)), locale)
    assert stored(session) == kept and count(session, LogEntry) == 0


def test_said_to_undos_question_it_gets_help_and_nothing_is_removed(say, session, alex, couple) -> None:
    agreed_contract(session, *couple)
    say(envelope("LogMissedIntent", {"commitment": "evening talk"}, locale="en-IN"))
    asked = say(envelope("UndoIntent", locale="en-IN"))
    assert "Shall I remove it?" in speech(asked)
    # As Alexa heard "my brother-in-law touches me ...": "my brother" took the carrier's fixed words.
    answer = then(asked, "SupportIntent", {"after_my_dad": "in law touches me when no one is home"}, locale="en-IN")
    assert_support(say(answer), "en-IN")
    assert count(session, LogEntry) == 1


def test_the_children_sent_away_as_first_words_gets_help(say, session, alex) -> None:
    heard = {"after_my_partner": "says if i tell my parents he will send the children away to his village"}
    kept = stored(session)
    assert_support(say(envelope("SupportIntent", heard, locale="en-IN")), "en-IN")
    assert stored(session) == kept


def test_a_card_kept_safe_is_noted_as_a_moment(say, session, alex, couple) -> None:
    agreed_contract(session, *couple)
    noted = speech(say(envelope("LogReliabilityIntent", {"note": LOOKALIKES[0]}, locale="en-IN")))
    assert noted.startswith("Noted, a moment of reliability: Sam kept your card safe while you were travelling")
    assert count(session, LogEntry) == 1


def test_the_traffic_killing_me_logs_the_miss_without_help(say, session, alex, couple) -> None:
    agreed_contract(session, *couple)
    # As Alexa heard it (the simulator's routing): the miss carrier with words on both sides.
    heard = {"before_a_miss": "this traffic is killing me log", "after_a_miss": "for the evening talk"}
    logged = speech(say(envelope("LogMissedTopicIntent", heard)))
    assert "Logged: you missed your evening talk" in logged and not logged.startswith(HELP)
    assert count(session, LogEntry) == 1


@pytest.mark.parametrize("said", TWIN_LOOKALIKES12[::4])
def test_a_twin_said_as_a_checkin_answer_is_saved(say, session, alex, said) -> None:
    assert_saved_as_an_answer(say, session, said)
