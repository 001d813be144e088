"""tester-voice11's safety finds (tests/skill/tester11.py): crisis said as not being here next year
or for the anniversary, the insurance money, prescriptions stockpiled, goodbye before going for
good, ribs hurting "but we're good now", a child locked in as punishment, was saved as a check-in
answer or a moment, offered as a keep, or matched nothing said alone; "I took my tablets with
breakfast like the doctor said" got the help lines. Each is heard now, said alone over every
locale's model and as a win, a moment and an answer, with nothing written; the everyday stays quiet."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.test_safety import alex, count, envelope, say, skill, speech
from tests.skill.test_safety_tester10 import PLACES, _answered, conversation_script, disclose_at, unhelped
from tests.skill.tester11 import ALONE_TWINS11, FOUND11, HELD_OUT11, TESTER11_MISSED, TWINS11
from trust_tracker.models.entities import LogEntry
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures

NAMES = ("Alex", "Sam")


# The partner named: heard as the partner only where the couple's names are known.
NAMED = {"sam would be better off with the insurance money", "alex will be set up with the life insurance"}


@pytest.mark.parametrize("said", TESTER11_MISSED + HELD_OUT11 + FOUND11)
def test_each_is_heard_with_the_couples_names_and_without(said) -> None:
    assert is_distress(said, NAMES) and (said in NAMED or is_distress(said))


@pytest.mark.parametrize("said", TWINS11 + ALONE_TWINS11)
def test_the_everyday_beside_them_stays_quiet(said) -> None:
    assert not is_distress(said, NAMES) and not is_distress(said)


@pytest.mark.parametrize("place", PLACES, ids=[intent for _, intent, _ in PLACES])
@pytest.mark.parametrize("said", TESTER11_MISSED)
def test_said_as_a_win_a_moment_or_an_answer_it_gets_help_and_nothing_is_written(say, session, couple, place, said):
    disclose_at(say, session, couple, place, TESTER11_MISSED.index(said), said)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_ends_at_help_with_nothing_written(conversation_script, say, session) -> None:
    assert unhelped(say, session, TESTER11_MISSED) == []


@pytest.mark.usefixtures("alex")
def test_the_everyday_said_alone_gets_no_help(conversation_script, say, session) -> None:
    answers = _answered(say, session, [*ALONE_TWINS11, "i took my tablets with breakfast like the doctor said"])
    assert [words for words, helped in answers if helped] == []


def test_tablets_taken_with_breakfast_said_as_a_keep_are_no_alarm(say, session, alex, couple) -> None:
    agreed_contract(session, *couple)
    said = speech(say(envelope("LogKeptIntent", {"commitment": "took my tablets with breakfast like the doctor said"})))
    assert not said.startswith("I'm sorry you're going through this.")
    assert count(session, LogEntry) == 0  # no promise of theirs named: offered back, nothing written
