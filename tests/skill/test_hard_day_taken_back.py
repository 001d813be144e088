""" "Cancel my hard day" (tester-voice40 D7: right after logging one, it was told to say "undo that"
instead): the hard day just logged is taken back, said so, its row gone; logged more than ten minutes
ago, it stays and the way to remove it is said; none logged today, said plainly. At a check-in question
it is asked about first (it may be the answer); its "no" takes the hard day back and the question
comes back. Through the skill's real request path in two locales; the spoken text and the rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAM_VOICE, Talk, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.speech import for_locale

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

LOCALES = ["en-AU", "en-GB"]
CANCELS = [
    "cancel my hard day",
    "please take back today's hard day",
    "i'm feeling better, cancel my hard day",
    "undo my hard day",
    "remove the hard day",
]


def hard_day_logged(skill, session_factory, locale: str, voice: str = ALEX_VOICE) -> Talk:
    talk = Talk(skill, session_factory, person_id=voice, locale=locale)
    assert not talk("I'm having a hard day").open
    return talk


@pytest.mark.postgres_smoke
@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", CANCELS)
def test_a_hard_day_just_logged_is_taken_back(session, skill, session_factory, home, contract, locale, said):
    talk = hard_day_logged(skill, session_factory, locale)
    assert [e.kind for e in entries(session)] == [LogKind.HARD_DAY]
    taken = talk(said)
    assert taken.speech == for_locale(locale).say("hard_day_taken_removed") and not taken.open
    assert entries(session) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_with_none_logged_today_it_says_so_and_logs_nothing(session, skill, session_factory, home, contract, locale):
    said = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)("cancel my hard day")
    assert said.speech == for_locale(locale).say("hard_day_taken_none") and not said.open
    assert entries(session) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_said_twice_the_second_finds_none(session, skill, session_factory, home, contract, locale):
    talk = hard_day_logged(skill, session_factory, locale)
    talk("cancel my hard day")
    assert talk("cancel my hard day").speech == for_locale(locale).say("hard_day_taken_none")
    assert entries(session) == []


def test_logged_more_than_ten_minutes_ago_it_stays_and_the_website_is_named(
    session, skill, session_factory, home, contract
):
    hard_day_logged(skill, session_factory, "en-GB")
    later = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB", now=NOW + timedelta(minutes=11))
    said = later("cancel my hard day")
    assert said.speech == for_locale("en-GB").say("hard_day_taken_too_late") and "website" in said.speech
    assert [e.kind for e in entries(session)] == [LogKind.HARD_DAY]


def test_only_the_speakers_own_hard_day_is_taken_back(session, skill, session_factory, home, contract):
    _alex, sam = home
    hard_day_logged(skill, session_factory, "en-AU", voice=SAM_VOICE)
    said = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-AU")("cancel my hard day")
    assert said.speech == for_locale("en-AU").say("hard_day_taken_none")
    assert [(e.kind, e.partner_id) for e in entries(session)] == [(LogKind.HARD_DAY, sam.id)]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["cancel my hard day", "i'm feeling better today, cancel my hard day"])
def test_at_a_checkin_question_its_no_takes_the_hard_day_back_and_the_question_comes_back(
    session, skill, session_factory, home, contract, locale, said
):
    talk = hard_day_logged(skill, session_factory, locale)
    alone(talk)
    asked = talk(said)
    assert asked.speech.startswith("I heard:") and QUESTIONS[0] in asked.speech and asked.open
    taken = talk("no")
    say = for_locale(locale).say
    assert taken.speech == f"{say('hard_day_taken_removed')} Question 1: {QUESTIONS[0]}" and taken.open
    assert answers(session) == [] and entries(session) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_at_a_checkin_question_with_none_logged_its_no_says_so(session, skill, session_factory, home, contract, locale):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    alone(talk)
    talk("cancel my hard day")
    said = talk("no")
    assert said.speech == f"{for_locale(locale).say('hard_day_taken_none')} Question 1: {QUESTIONS[0]}"
    assert answers(session) == [] and entries(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("twin", ["I'm having a hard day", "it's been a hard day"])
def test_a_hard_day_said_again_is_never_taken_back(session, skill, session_factory, home, contract, locale, twin):
    talk = hard_day_logged(skill, session_factory, locale)
    assert "hard" in talk(twin).speech
    assert [e.kind for e in entries(session)] == [LogKind.HARD_DAY]
