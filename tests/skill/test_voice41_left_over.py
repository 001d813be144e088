"""Left from earlier rounds (tester-voice36/37): "actually no" to "What would have prevented it?" is a no,
never saved as the reflection; "what did I say in the check-in" is told where to read it, outside the
check-in and at one of its questions, never the check-in resumed nor saved as an answer; "yes, Sam is
here" said at a check-in question or at "reflect on it?" is never saved as words. Each with twins that
stay answers. Two locales, speech and rows."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAY, Talk
from tests.skill.test_repairs import answers
from trust_tracker.models.private_entities import SetbackReflection

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

LOCALES = ["en-GB", "en-AU"]
MINE = SAY("checkin_mine")


def reflections(session) -> list[tuple[str, str]]:
    session.expire_all()
    return [(r.trigger, r.prevention) for r in session.scalars(select(SetbackReflection))]


def at_prevention(talk: Talk) -> None:
    talk("I missed my promise to call when late")
    talk("yes")
    assert talk("traffic and a flat phone").speech.endswith("What would have prevented it?")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("no", ["actually no", "well no", "um no"])
def test_a_softened_no_to_what_would_have_prevented_it_is_never_saved(
    session, skill, session_factory, home, contract, locale, no
):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    at_prevention(talk)
    again = talk(no)
    assert again.open and again.speech.endswith("What would have prevented it?"), again.speech
    assert reflections(session) == [("Traffic and a flat phone", "")]
    left = talk(no)  # asked once again at most: then left for later, still unsaved
    assert not left.open and reflections(session) == [("Traffic and a flat phone", "")]


@pytest.mark.parametrize("locale", LOCALES)
def test_a_no_that_begins_the_answer_is_saved(session, skill, session_factory, home, contract, locale):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    at_prevention(talk)
    talk("actually no phone in the car")
    assert reflections(session) == [("Traffic and a flat phone", "Actually no phone in the car")]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("asked", ["what did I say in the check-in", "what did we answer in the check in last week"])
def test_what_i_said_in_the_checkin_is_told_never_begun(session, skill, session_factory, home, contract, locale, asked):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    heard = talk(asked)
    assert heard.speech == MINE and not heard.open
    assert answers(session) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_at_a_question_what_i_said_is_told_and_the_question_comes_back(
    session, skill, session_factory, home, contract, locale
):
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("start our check-in")
    talk("no")
    talk("our walk")
    heard = talk("what did I say for question one")
    assert heard.speech.startswith(MINE) and heard.speech.endswith(f"Question 2: {QUESTIONS[1]}") and heard.open
    talk("what did I say to make her cry")  # a twin: the answer
    assert answers(session) == [(alex.id, 0, "Our walk"), (alex.id, 1, "What did I say to make her cry")]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("here", ["yes Sam is here", "yeah sam's here now", "yes sam is here too"])
def test_sam_is_here_at_a_question_is_never_its_answer(session, skill, session_factory, home, contract, locale, here):
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("start our check-in")
    talk("no")
    assert talk(here).speech == "Would Sam like to join the check-in now?"  # a check-in alone: her turn offered
    assert answers(session) == []
    heard = talk("no")
    assert heard.open and heard.speech.endswith(f"Question 1: {QUESTIONS[0]}"), heard.speech
    talk("she is here for me when it counts")  # a twin: the answer
    assert answers(session) == [(alex.id, 0, "She is here for me when it counts")]


@pytest.mark.parametrize("locale", LOCALES)
def test_sam_is_here_at_reflect_on_it_is_asked_again_never_the_trigger(
    session, skill, session_factory, home, contract, locale
):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("I missed my promise to call when late")
    again = talk("yes Sam is here")
    assert again.open and again.speech.startswith(SAY("yes_or_no")), again.speech
    assert reflections(session) == []
    assert talk("yes").speech == "What triggered it?"
