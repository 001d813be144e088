"""A check-in restarted in a new session the same week (tester-voice39 D8, brief item 1) picks up at the first
question not answered, says so, and never asks an answered one again nor replaces its answer. (D8's
answer was gone because "I have to delete this before she sees it" had removed it, which was said aloud.)
Speech and rows, in two locales, alone and together."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, Talk
from tests.skill.test_repairs import answers

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

FIRST = "we walked on sunday with our phones away"


def first_answered(skill, session_factory, session) -> list[tuple[int, int, str]]:
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-AU")
    talk("start our check-in")
    talk("no")
    talk(FIRST)
    talk("stop")
    kept = answers(session)
    assert [(position, text.lower()) for _, position, text in kept] == [(0, FIRST)]
    return kept


@pytest.mark.postgres_smoke  # the answer kept: on PostgreSQL too
@pytest.mark.parametrize("locale", ["en-GB", "en-US"])
def test_a_restarted_checkin_goes_on_from_the_first_unanswered(session, skill, session_factory, home, contract, locale):
    kept = first_answered(skill, session_factory, session)
    again = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    opened = again("start our check-in").speech
    assert opened.startswith(f"Let's pick up your check-in where you left off: {QUESTIONS[1]}"), opened
    assert again("no").speech == f"We were on: {QUESTIONS[1]}"
    again("we argued about the dishes")
    now = answers(session)
    assert now[0] == kept[0] and [(p, t.lower()) for _, p, t in now[1:]] == [(1, "we argued about the dishes")]


@pytest.mark.parametrize("locale", ["en-GB", "en-US"])
def test_together_the_other_is_asked_their_own_first_question(session, skill, session_factory, home, contract, locale):
    kept = first_answered(skill, session_factory, session)
    again = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    again("start our check-in")
    assert again("yes").speech.endswith(f"Sam, question 1: {QUESTIONS[0]}")
    assert answers(session) == kept  # Alex's first answer stands; Sam answers in Sam's own voice
