"""Distress heard in every family of words, and lookalikes left alone (issue 8, item 1: an
independent tester found 17 of 108 plain and 35 of 49 locale or slang phrasings saved as
check-in answers, notes, "which one?" replies and names, and nine everyday sentences
answered with crisis lines)."""

from __future__ import annotations

import pytest

from tests.skill.distress_blind import BLIND_DISTRESS, BLIND_LOOKALIKES
from tests.skill.distress_held_out import HELD_OUT
from tests.skill.distress_wider import DISTRESS_WIDER, LOOKALIKES, TESTER, WIDER
from tests.skill.test_safety import LOCALES, alex, count, envelope, say, skill, speech, then
from tests.skill.test_safety_states import STATES, _disclose
from trust_tracker.models.entities import CheckInAnswer, LogEntry
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "say", "skill"]  # fixtures, shared with test_safety.py

NAMES = ("Alex", "Sam")


def test_the_lists_are_wide_enough() -> None:
    assert len(set(DISTRESS_WIDER)) >= 150 and len(WIDER) >= 15
    assert len(set(LOOKALIKES)) >= 40
    assert not set(DISTRESS_WIDER) & set(LOOKALIKES)


@pytest.mark.parametrize("said", DISTRESS_WIDER + TESTER)
def test_every_family_is_heard_on_a_linked_device_and_before_linking(said) -> None:
    assert is_distress(said, NAMES)
    assert is_distress(said) or "of Sam" in said  # fear of a name is known once the device is linked


# The one phrasing long missed, "... and I mean it" ("I mean" was taken for a filler), is heard
# since the seventh list (tests/skill/distress_fixer2.py): every phrasing of these lists is.
@pytest.mark.parametrize("said", HELD_OUT + BLIND_DISTRESS)
def test_what_the_lists_written_blind_taught_is_heard(said) -> None:
    assert is_distress(said)


# The fifth list's one false alarm, "play hit me baby one more time", is mended: a word of
# listening or playing is never read as a name doing the act (skill/distress.py _NOT_A_PERSON).
@pytest.mark.parametrize("said", LOOKALIKES + BLIND_LOOKALIKES)
def test_lookalikes_are_not_distress(said) -> None:
    assert not is_distress(said, NAMES)


# An everyday context cancels only the word it explains, never a danger said beside it.
@pytest.mark.parametrize(
    "said",
    [
        "I cut myself shaving and I want to die",
        "I hurt myself at the gym and then he punched me",
        "he follows me on instagram and he hit me last night",
        "I could not cope with the traffic and he choked me when I got home",
        "I feel trapped in this job and I'm going to hang myself",
        "she kicked me under the table and then she battered me",
        "he kills me with his jokes but he broke my arm",
        "I'd rather die than go back to him",
        "I'd rather die than live like this",
        "I cut myself on the knife he threw at me",
        "I cut myself on purpose",
        "I hurt myself when I was alone",
        "he follows me home every night",
        "I can't cope with the abuse",
        "I feel trapped in this house with him",
    ],
)
def test_an_everyday_word_does_not_cancel_a_danger_beside_it(said) -> None:
    assert is_distress(said, NAMES)


# The tester's sentences, in every state of the device, said as a check-in answer.
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("said", TESTER)
def test_the_testers_sentences_get_help_in_every_state(say, session, couple, state, said) -> None:
    locale = LOCALES[TESTER.index(said) % len(LOCALES)]
    _disclose(say, session, couple, state, "AnswerIntent", {"answer": "{said}"}, said, locale)


# One phrasing of each family, as a breach note, a "which one?" reply and a name, in every locale.
KINDS = [
    ("LogBreachIntent", {"note": "{said}"}),
    ("LogKeptIntent", {"commitment": "{said}"}),
    ("IdentifySpeakerIntent", {"name": "{said}"}),
    ("AnswerIntent", {"answer": "{said}"}),
]
FAMILY_SAMPLES = [(family, said) for family, phrasings in WIDER.items() for said in phrasings[:2]]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("family", "said"), FAMILY_SAMPLES)
def test_every_family_gets_help_in_any_slot_in_every_locale(say, session, couple, family, said, locale) -> None:
    intent, slots = KINDS[FAMILY_SAMPLES.index((family, said)) % len(KINDS)]
    state = (
        "which one?" if intent == "LogKeptIntent" else "mid check-in" if intent == "AnswerIntent" else "unknown voice"
    )
    _disclose(say, session, couple, state, intent, slots, said, locale)


# --- lookalikes are logged and saved as said ------------------------------------------------


@pytest.mark.parametrize("said", LOOKALIKES[:9])
def test_a_lookalike_note_is_logged(say, session, alex, said) -> None:
    result = say(envelope("LogSmallWinIntent", {"note": said}))
    assert not speech(result).startswith("I'm sorry you're going through this")
    assert count(session, LogEntry) == 1


@pytest.mark.parametrize("said", LOOKALIKES[:9])
def test_a_lookalike_checkin_answer_is_saved(say, session, alex, said) -> None:
    question = say(then(say(envelope("StartCheckInIntent")), "AMAZON.NoIntent"))
    assert speech(question).startswith("Question 1:")
    said_back = say(then(question, "AnswerIntent", {"answer": said}))
    assert not speech(said_back).startswith("I'm sorry you're going through this")
    assert count(session, CheckInAnswer) == 1
