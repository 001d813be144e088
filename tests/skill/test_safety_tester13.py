"""tester-voice13's safety finds (/work/notes/tester-voice13.md; skill/distress_told_in_passing.py,
two SupportIntent carriers for "he forces"). On integ, danger told as a scene, a condition or a date
("the shouting starts and the kids hide upstairs", "if he finds out I'm talking to this thing I'm
dead", "I don't think I'll still be here by Christmas") was saved as a win, a moment, a check-in
answer or a reflection, or met with "say: I need help"; "he forces me to hand over my whole salary"
matched no intent after "Shall I remove it?"; and a phone checked for the bus times, a pillow fight,
"died of embarrassment", "she sat down with me and listened" and "she stood at the bus stop" got the
help lines or the line about them.

Every sentence of the tester's is said alone over each locale's model, as a win, a moment, a check-in
answer, the reply to undo's "Shall I remove it?" and the reflection after a miss (offered, and asked
"What triggered it?"): the locale's help, no row written or removed. The held-out lists (HELD_OUT13,
written after the fix) are heard, their twins stay quiet, and the lookalikes are served as the job
they ask for."""

from __future__ import annotations

from functools import cache

import pytest

from tests.factories import agreed_contract
from tests.skill.distress_tester13 import HELD_OUT13, TESTER13_DISTRESS, TESTER13_LOOKALIKES, TWIN_LOOKALIKES13
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.talk import as_written
from tests.skill.test_safety import LOCALES, alex, assert_support, count, envelope, say, skill, speech, then
from tests.skill.test_safety_said_alone import spoken
from tests.skill.test_safety_states import stored
from tests.skill.test_safety_tester10 import PLACES, _answered, disclose_at, unhelped
from trust_tracker.models.entities import CheckInAnswer, LogEntry
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures

NAMES = ("Alex", "Sam")
HELP = "I'm sorry you're going through this."
DISTRESS = [said for sentences in TESTER13_DISTRESS.values() for said in sentences]
HELD_OUT = [said for sentences in HELD_OUT13.values() for said in sentences]
LOOKALIKES = [said for sentences in TESTER13_LOOKALIKES.values() for said in sentences]
TWINS_AND_LOOKALIKES = TWIN_LOOKALIKES13 + LOOKALIKES


def test_the_lists_hold_what_they_say() -> None:
    assert len(DISTRESS) == 15 and len(LOOKALIKES) == 5
    assert set(HELD_OUT13) == set(TESTER13_DISTRESS)
    assert all(len(held) >= 5 for held in HELD_OUT13.values())
    everything = DISTRESS + HELD_OUT + TWINS_AND_LOOKALIKES
    assert len(set(everything)) == len(everything)


@pytest.mark.parametrize(
    ("said", "heard"), [(said, True) for said in DISTRESS + HELD_OUT] + [(said, False) for said in TWINS_AND_LOOKALIKES]
)
def test_each_is_heard_and_each_twin_stays_quiet_with_the_couples_names_and_without(said, heard) -> None:
    assert is_distress(said, NAMES) is heard and is_distress(said) is heard


@cache
def _routed(locale: str) -> dict[str, tuple[str, dict[str, str]]]:
    """Each of the tester's sentences as `locale`'s model hears it: (intent, slots)."""
    turns = route_only([spoken(said) for said in DISTRESS], locale)
    assert all(turn["intent"] for turn in turns), [turn["utterance"] for turn in turns if not turn["intent"]]
    return {said: (turn["intent"], turn["slots"]) for said, turn in zip(DISTRESS, turns, strict=True)}


def _asked_to_undo(say, locale: str) -> dict:
    say(envelope("LogMissedIntent", {"commitment": "evening talk"}, locale=locale))
    asked = say(envelope("UndoIntent", locale=locale))
    assert "Shall I remove it?" in speech(asked)
    return asked


def _offered_a_reflection(say, locale: str) -> dict:
    asked = say(envelope("LogMissedIntent", {"commitment": "call when late"}, locale=locale))
    assert "reflect" in speech(asked)
    return asked


def _asked_what_triggered(say, locale: str) -> dict:
    asked = say(then(_offered_a_reflection(say, locale), "AMAZON.YesIntent", locale=locale))
    assert speech(asked) == "What triggered it?"
    return asked


# Where a question waits and the words are routed as Alexa would route them: undo's yes/no, the
# reflection on a miss offered, and its first question.
QUESTIONS = {
    "undo": _asked_to_undo,
    "reflection offered": _offered_a_reflection,
    "what triggered": _asked_what_triggered,
}
WHERE = [intent for _, intent, _ in PLACES] + list(QUESTIONS)


def reached_places(sentences: list[str], unreached: tuple[str, ...] | list[str] = ()) -> list[tuple[str, str]]:
    """(where, said) for every place and sentence, but a question's reply Alexa's fallback takes there
    (`unreached`: no carrier brings those words to the skill said alone)."""
    return [(where, said) for where in WHERE for said in sentences if where not in QUESTIONS or said not in unreached]


def heard_or_quiet(heard: list[str], quiet: list[str]) -> list[tuple[str, bool]]:
    return [(said, True) for said in heard] + [(said, False) for said in quiet]


def assert_read_alike(said: str, heard: bool) -> None:
    """Heard (or quiet) with the couple's names and without."""
    assert is_distress(said, NAMES) is heard and is_distress(said) is heard


def reply_to_which_one(say, session, couple, intent: str, said: str) -> None:
    """`said` as the promise's name Alexa elicits at "Which one …?" (`intent`: the keep or the miss): the
    locale's help, nothing logged."""
    agreed_contract(session, *couple)
    locale = LOCALES[len(said) % len(LOCALES)]
    asked = say(envelope(intent, locale=locale))
    assert "Which one" in speech(asked)
    assert_support(say(then(asked, intent, {"commitment": spoken(said)}, locale=locale)), locale)
    assert count(session, LogEntry) == 0


def note_not_linked(say, session, said: str) -> None:
    """`said` as a note on a device not linked: the locale's help, nothing saved."""
    locale = LOCALES[len(said) % len(LOCALES)]
    assert_support(say(envelope("LogReliabilityIntent", {"note": spoken(said)}, locale=locale, person_id=None)), locale)
    assert count(session, LogEntry) == 0


def disclose_where(request, say, session, couple, where: str, said: str, sentences: list[str], routed) -> None:
    """`said` (one of `sentences`) as a win, a moment or a check-in answer (PLACES), or as the answer
    to a question (QUESTIONS), routed by `routed(said, locale)`: the locale's help, no row written or
    removed."""
    number = sentences.index(said)
    if where not in QUESTIONS:
        disclose_at(say, session, couple, PLACES[WHERE.index(where)], number, said)
        return
    request.getfixturevalue("alex")
    agreed_contract(session, *couple)
    locale = LOCALES[number % len(LOCALES)]
    intent, slots = routed(said, locale)
    asked = QUESTIONS[where](say, locale)
    kept = stored(session)
    # The miss whose reflection was under way is offered for removal; at undo's own question, the pause.
    assert_support(say(then(asked, intent, slots, locale=locale)), locale, removal_offered=where != "undo")
    assert stored(session) == kept and count(session, SetbackReflection) == 0
    assert count(session, LogEntry) == 1  # the miss the question was about, neither removed nor added to


@pytest.mark.usefixtures("conversation_script")
@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("said", DISTRESS)
def test_said_anywhere_it_gets_help_and_nothing_is_written_or_removed(request, say, session, couple, where, said):
    """As a win, a moment or a check-in answer (PLACES), or the answer to a question (QUESTIONS)."""
    disclose_where(request, say, session, couple, where, said, DISTRESS, lambda said, locale: _routed(locale)[said])


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, DISTRESS + HELD_OUT) == []
    assert [words for words, helped in _answered(say, session, TWIN_LOOKALIKES13) if helped] == []


def test_a_phone_checked_for_the_bus_times_is_noted_as_a_moment(say, session, alex, couple) -> None:
    agreed_contract(session, *couple)
    noted = speech(say(envelope("LogReliabilityIntent", {"note": LOOKALIKES[0]}, locale="en-GB")))
    assert noted.startswith("Noted, a moment of reliability: Sam checks your phone for the bus times")
    assert count(session, LogEntry) == 1


def test_a_pillow_fight_as_a_checkin_answer_is_saved(say, session, alex) -> None:
    question = say(then(say(envelope("StartCheckInIntent")), "AMAZON.NoIntent"))
    said_back = speech(say(then(question, "AnswerIntent", {"answer": LOOKALIKES[1]})))
    assert not said_back.startswith(HELP) and "Question 2" in said_back
    answers = session.query(CheckInAnswer).all()
    assert [answer.answer for answer in answers] == [as_written(LOOKALIKES[1])]


@pytest.mark.parametrize(
    ("heard", "told"),
    [
        ({"after_i_could_have": "died of embarrassment at the party"}, "That one isn't something I keep track of."),
        ({"after_he_stood": "at the bus stop"}, "Thanks for telling me."),
    ],
)
def test_an_idiom_or_a_place_through_a_carrier_is_let_go_without_the_help_line(say, session, alex, heard, told):
    kept = stored(session)
    said = speech(say(envelope("SupportIntent", heard, locale="en-GB")))
    assert said.startswith(told) and "I need help" not in said and not said.startswith(HELP)
    assert stored(session) == kept


def test_sat_down_and_listened_is_offered_as_a_moment(say, session, alex, couple) -> None:
    agreed_contract(session, *couple)
    offered = speech(say(envelope("SupportIntent", {"after_he_sat": "down with me and listened"}, locale="en-GB")))
    assert not offered.startswith(HELP) and "I need help" not in offered
    assert "moment" in offered.lower() and count(session, LogEntry) == 0
