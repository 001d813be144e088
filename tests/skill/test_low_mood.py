"""A low mood heard where a promise's name was expected ("I'm feeling low today" is heard as a keep
of "am feeling low today", tester-voice23 D6) is answered warmly with the hard day's way in, the
session left open for it, and nothing logged; words that name a promise or a plan are read as before."""

from __future__ import annotations

import pytest

from tests.skill.talk import ALEX_VOICE, Talk, entries
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.feelings_said import low_mood
from trust_tracker.skill.simulator import Match

SORRY = "I'm sorry you're feeling that way. If today's a hard day, say: I'm having a hard day"
LOW = [
    "am feeling low today",
    "i'm feeling really down",
    "feel like rubbish today",
    "honestly i feel so flat",
    "been feeling a bit lonely",
    "i am feeling not great",
    # Said as a state (the carrier hands over "am ..."): tester-voice24's leftovers and their kin.
    "am sad",
    "am miserable today",
    "am so empty inside",
    "i'm heartbroken",
    "am completely numb",
    "been so depressed",
    "am not coping",
    "am a total mess",
]
NOT_LOW = [
    "feel like walking the dog",  # a wish, read as before
    "called when i was running late",
    "down the pub with sam",
    "i feel like a walk later",
    "lowered my voice when we argued",
    "am down the pub with sam",  # a place, not a mood
    "am blueberry picking with sam",
    "am sadly late again",
]


@pytest.mark.parametrize("said", LOW)
def test_a_low_mood_is_read_as_one(said) -> None:
    assert low_mood(said)


@pytest.mark.parametrize("said", NOT_LOW)
def test_words_that_only_share_a_word_are_not(said) -> None:
    assert not low_mood(said)


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
@pytest.mark.parametrize("said", LOW)
def test_said_as_a_keep_it_hears_the_hard_days_way_in_and_nothing_is_logged(
    session, skill, session_factory, home, contract, said, locale
) -> None:
    talks = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    heard = talks.send(Match("LogKeptIntent", {"commitment": said}))
    assert heard.speech.startswith(SORRY) and heard.open, heard.speech
    assert entries(session) == []


def test_the_hard_day_then_said_is_logged_once(session, home, contract, alex_talks) -> None:
    alex_talks.send(Match("LogKeptIntent", {"commitment": LOW[0]}))
    heard = alex_talks("I'm having a hard day")
    assert heard.speech.startswith("I'm sorry today is hard"), heard.speech
    assert [e.kind for e in entries(session)] == [LogKind.HARD_DAY]


def test_a_promise_named_with_a_feeling_is_still_a_promise(session, home, contract, alex_talks) -> None:
    heard = alex_talks.send(Match("LogKeptIntent", {"commitment": "feel down but i did the evening talk"}))
    assert not heard.speech.startswith(SORRY), heard.speech
    assert [e.kind for e in entries(session)] == [LogKind.KEPT]


def test_the_low_mood_answer_names_the_way_to_help_and_it_leads_there(session, home, contract, alex_talks) -> None:
    heard = alex_talks.send(Match("LogKeptIntent", {"commitment": "am so empty inside"}))
    assert heard.speech.endswith("If you need someone to talk to now, say: I need help."), heard.speech
    helped = alex_talks("I need help")
    assert "nine one one" in helped.speech and "nine eight eight" in helped.speech, helped.speech
    assert entries(session) == []
