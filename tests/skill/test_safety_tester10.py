"""tester-voice10's safety finds (/work/notes/tester-voice10.md; skill/distress_understated.py and
SupportIntent's "the baby's {…}", "the kids {…}", "the one i keep {…}" carriers). On main, crisis
told as ordinary news (a doctor seen without him, who gets my things, a threat to post videos, the
kids moved before he came home drunk, goodbye to everyone, rather not be here, no point in next
week, the dog given away for after) was saved as a keep, a win or a check-in answer or offered to
be; a child's bruises said alone matched no intent; and "Sam took my tablets with breakfast up to
me" got the help lines.

Every sentence of the tester's is said alone over each locale's model and as a win, a moment and a
check-in answer: the locale's help, nothing written. The held-out lists (written after the fix) are
heard, their twins stay quiet, and the lookalikes are served as the job they ask for."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.distress_tester10 import (
    ALONE_LOOKALIKES10,
    HELD_OUT10,
    HELD_OUT10_ALONE,
    TESTER10_DISTRESS,
    TESTER10_LOOKALIKES,
    TWIN_LOOKALIKES10,
)
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import LOCALES, alex, count, envelope, say, skill, speech, then
from tests.skill.test_safety_said_alone import spoken
from tests.skill.test_safety_states import _disclose, stored
from trust_tracker.models.entities import CheckInAnswer, LogEntry
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures

NAMES = ("Alex", "Sam")
HELP = "I'm sorry you're going through this."
DISTRESS = [said for sentences in TESTER10_DISTRESS.values() for said in sentences]
LOOKALIKES = [(family, said) for family, sentences in TESTER10_LOOKALIKES.items() for said in sentences]
# Where the tester's words were saved: a win, a moment, a check-in answer.
PLACES = [
    ("unknown voice", "LogSmallWinIntent", "note"),
    ("household, no voices", "LogReliabilityIntent", "note"),
    ("mid check-in", "AnswerIntent", "answer"),
]


def test_the_lists_hold_what_they_say() -> None:
    assert len(DISTRESS) == 11 and len(LOOKALIKES) == 8
    assert all(len(held) >= 5 for held in HELD_OUT10.values())
    assert len(set(DISTRESS + TWIN_LOOKALIKES10 + [said for _, said in LOOKALIKES])) == 11 + len(TWIN_LOOKALIKES10) + 8


@pytest.mark.parametrize("said", DISTRESS + [said for held in HELD_OUT10.values() for said in held] + HELD_OUT10_ALONE)
def test_each_is_heard_with_the_couples_names_and_without(said) -> None:
    assert is_distress(said, NAMES) and is_distress(said)


@pytest.mark.parametrize("said", TWIN_LOOKALIKES10 + ALONE_LOOKALIKES10 + [said for _, said in LOOKALIKES])
def test_the_twins_and_lookalikes_stay_quiet(said) -> None:
    assert not is_distress(said, NAMES) and not is_distress(said)


@pytest.mark.parametrize("place", PLACES, ids=[intent for _, intent, _ in PLACES])
@pytest.mark.parametrize("said", DISTRESS)
def test_said_as_a_win_a_moment_or_an_answer_it_gets_help_and_nothing_is_written(say, session, couple, place, said):
    disclose_at(say, session, couple, place, DISTRESS.index(said), said)


def disclose_at(say, session, couple, place: tuple[str, str, str], number: int, said: str) -> None:
    """`said` as a win, a moment or a check-in answer (one of PLACES), in a locale that turns with
    `number` and the place: the locale's help, nothing written."""
    state, intent, slot = place
    locale = LOCALES[(number + PLACES.index(place)) % len(LOCALES)]
    _disclose(say, session, couple, state, intent, {slot: said}, said, locale)


def _answered(say, session, phrasings: list[str]) -> list[tuple[str, bool]]:
    """Each phrasing routed over its locale's model, as Alexa sends it: (words, helped with the
    locale's lines and nothing written); a phrasing Alexa's fallback takes is not helped."""
    answers = []
    for number, locale in enumerate(LOCALES):
        mine = [spoken(said) for i, said in enumerate(phrasings) if i % len(LOCALES) == number]
        for turn in route_only(mine, locale):
            if turn["intent"] is None:
                answers.append((turn["utterance"], False))
                continue
            before = stored(session)
            said = speech(say(envelope(turn["intent"], turn["slots"], locale=locale)))
            answers.append((turn["utterance"], said.startswith(HELP) and stored(session) == before))
    return answers


def unhelped(say, session, phrasings: list[str]) -> list[str]:
    """The phrasings that, said alone, did not end at the locale's help with nothing written."""
    answers = _answered(say, session, phrasings)
    assert len(answers) == len(phrasings)
    return [words for words, helped in answers if not helped]


@pytest.mark.usefixtures("alex")
def test_said_alone_each_ends_at_help_with_nothing_written(conversation_script, say, session) -> None:
    assert unhelped(say, session, DISTRESS + HELD_OUT10_ALONE) == []


@pytest.mark.usefixtures("alex")
def test_the_everyday_said_alone_gets_no_help(conversation_script, say, session) -> None:
    answers = _answered(
        say, session, [*ALONE_LOOKALIKES10, "the one i kept was the sunday walk", "i would rather not go out tonight"]
    )
    assert [words for words, helped in answers if helped] == []


@pytest.mark.parametrize(("family", "said"), LOOKALIKES)
def test_a_lookalike_noted_as_a_moment_is_noted(say, session, alex, couple, family, said) -> None:
    agreed_contract(session, *couple)
    noted = speech(say(envelope("LogReliabilityIntent", {"note": said})))
    assert noted.startswith("Noted, a moment of reliability"), family
    assert count(session, LogEntry) == 1


def test_the_tablets_brought_up_are_noted_in_the_speakers_words(say, session, alex, couple) -> None:
    agreed_contract(session, *couple)
    noted = speech(say(envelope("LogReliabilityIntent", {"note": "Sam took my tablets with breakfast up to me"})))
    assert "took your tablets with breakfast up to you" in noted.lower()
    assert count(session, LogEntry) == 1


@pytest.mark.parametrize("said", TWIN_LOOKALIKES10[::3])
def test_a_twin_said_as_a_checkin_answer_is_saved(say, session, alex, said) -> None:
    assert_saved_as_an_answer(say, session, said)


def assert_saved_as_an_answer(say, session, said: str) -> None:
    """`said` as the first check-in answer, alone: no help lines, the answer saved."""
    question = say(then(say(envelope("StartCheckInIntent")), "AMAZON.NoIntent"))
    said_back = speech(say(then(question, "AnswerIntent", {"answer": said})))
    assert not said_back.startswith(HELP)
    assert count(session, CheckInAnswer) == 1
