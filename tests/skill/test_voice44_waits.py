"""The partner away a moment, said at a check-in question (tester-voice40 D8: "one sec, she's just in the loo"
was saved as what didn't go well): a wait ("Take your time, I'll wait."), the question kept, nothing saved;
at "Is Sam with you?" a wait too. The twins stay what they were: an answer about the phone is saved ("she's in the
shower" is still away: test_tester39_checkin_waits). Speech and rows, in two locales."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, Talk, entries
from tests.skill.test_repairs import answers

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

LOCALES = ["en-GB", "en-AU"]
A_MOMENT_AWAY = [
    "one sec, she's just in the loo",
    "hang on he's coming",
    "she's just popped to the toilet",
    "Sam's on the phone, hang on",
    "give me a minute, she's nipped out to the car",
    "hold on, Sam is in the bathroom",
]


@pytest.mark.postgres_smoke  # nothing saved: on PostgreSQL too
@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", A_MOMENT_AWAY)
def test_a_moment_away_at_a_question_is_a_wait(session, skill, session_factory, home, contract, locale, said):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("start our check-in")
    assert talk("no").speech.endswith(f"Question 1: {QUESTIONS[0]}")
    waited = talk(said)
    assert waited.speech.startswith("Take your time, I'll wait."), waited.speech
    assert QUESTIONS[0] in waited.speech and waited.open
    assert answers(session) == [] and entries(session) == []
    assert talk("we walked on sunday with our phones away").speech.startswith("Thank")
    assert [a[-1].lower() for a in answers(session)] == ["we walked on sunday with our phones away"]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["one sec, she's just in the loo", "he's just popped out, hang on"])
def test_a_moment_away_at_is_sam_with_you_is_a_wait(session, skill, session_factory, home, contract, locale, said):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("start our check-in")
    assert talk(said).speech == "Take your time, I'll wait. Is Sam here for the check-in too? Yes or no?"
    assert answers(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said", ["she was on the phone to me less this week", "he's on the phone to his mum a lot more, which helped"]
)
def test_the_twins_are_answers(session, skill, session_factory, home, contract, locale, said):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("start our check-in")
    talk("no")
    assert talk(said).speech.startswith("Thank")
    assert [a[-1].lower() for a in answers(session)] == [said.lower().replace(",", "")]
