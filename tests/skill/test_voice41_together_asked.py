"""At "Is Sam with you?" someone trying to do the check-in is never told goodbye (tester-tv37 D3): the
check-in asked about there is told ("how many are left": "4 questions.", "go back to question one": a wish
to begin), then the question again; a pause or a request served between replies not understood means the
next one asks once more with the two things to say, never the goodbye; misses in a row still end kindly.
Nothing is saved or logged on the way. Two locales, speech and rows."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAY, Talk, entries
from tests.skill.test_repairs import answers

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

LOCALES = ["en-GB", "en-IN"]
ASKED = "Is Sam here for the check-in too? Yes or no?"
STORY = "we walked on Sunday with our phones away and it felt good"


def talking(skill, session_factory, locale: str) -> Talk:
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    assert talk("start our check-in").speech == "Let's do your check-in. Is Sam with you?"
    return talk


@pytest.mark.parametrize("locale", LOCALES)
def test_the_testers_turns_never_end_the_checkin(session, skill, session_factory, home, contract, locale):
    talk = talking(skill, session_factory, locale)
    said = [talk(words) for words in ("erm", "how many are left", STORY, "hold on", "wait")]
    assert said[1].speech == f"4 questions. {ASKED}"
    assert said[2].speech == f"Just yes or no, please. {ASKED}"
    begin = talk("go back to question one")
    assert begin.open and begin.speech == f"We'll begin with question 1 in a moment. {ASKED}"
    first = talk("no, just me")
    assert first.open and first.speech.endswith(f"Question 1: {QUESTIONS[0]}")
    assert answers(session) == [] and entries(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("asked", "told"),
    [
        ("how many questions are there", "4 questions."),
        ("erm, how many more", "4 questions."),
        ("what are the questions", f"Here are this week's check-in questions. Question 1: {QUESTIONS[0]}"),
        ("what questions are there", f"This week's questions are: Question 1: {QUESTIONS[0]}"),
        ("what was question two", f"Question 2 was: {QUESTIONS[1]}"),
        ("when is our check-in", "Your check-in is every "),
        ("what did sam say in the check-in", "Sam's answers are on the Trust Tracker website"),
        ("can we go to question three", "We'll begin with question 1 in a moment."),
    ],
)
def test_the_checkin_asked_about_before_it_begins_is_told(
    session, skill, session_factory, home, contract, locale, asked, told
):
    talk = talking(skill, session_factory, locale)
    heard = talk(asked)
    assert heard.open and heard.speech.startswith(told) and heard.speech.endswith(ASKED), heard.speech
    assert answers(session) == [] and entries(session) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_a_pause_between_misses_asks_once_more_then_misses_in_a_row_end(
    session, skill, session_factory, home, contract, locale
):
    talk = talking(skill, session_factory, locale)
    assert talk(STORY).speech == f"Just yes or no, please. {ASKED}"
    still = f"I'm still not getting it. You could say: {SAY('hint_together')}."
    assert talk("the weather was nice").speech.startswith(still)
    assert talk("hang on").open
    again = talk("the kids were loud")  # after a pause: once more, with the two things to say
    assert again.open and again.speech.startswith(still)
    ended = talk("the dog barked")  # a third in a row: a kind goodbye, never a loop
    assert not ended.open and ended.speech == SAY("fallback_give_up")
    assert answers(session) == [] and entries(session) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_a_request_served_between_misses_asks_once_more(session, skill, session_factory, home, contract, locale):
    talk = talking(skill, session_factory, locale)
    talk(STORY)
    talk("the weather was nice")
    assert talk("how many are left").speech == f"4 questions. {ASKED}"
    again = talk("the kids were loud")
    assert again.open and again.speech.startswith("I'm still not getting it.")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "answer", ["when is it ever going to get easier", "what did it cost us", "how many times we laughed"]
)
def test_twins_at_a_question_stay_answers(session, skill, session_factory, home, contract, locale, answer):
    alex, _ = home
    talk = talking(skill, session_factory, locale)
    talk("no")
    heard = talk(answer)
    assert heard.open and heard.speech.endswith(f"Question 2: {QUESTIONS[1]}"), heard.speech
    assert answers(session) == [(alex.id, 0, answer[0].upper() + answer[1:])]
