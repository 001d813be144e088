"""The check-in's own questions answered the way people do (tester-voice4 #10, #13): at "Is Sam
with you?", a yes or a no said with a reason, a name or "just me"; at "You skipped …: answer it
now, or leave it?", a question to another job served and the offer again, "carry on" the question,
the answer itself saved. Through the real skill: spoken text and check-in answers.
Phrasings: tests/skill/voice12_phrases.py."""

from __future__ import annotations

import pytest

from tests.skill import voice12_phrases as phrases
from tests.skill.talk import SAY
from tests.skill.voice12_home import saved, typed
from trust_tracker.models.checkins import DEFAULT_QUESTIONS
from trust_tracker.skill.simulator import Match

COUPLES = phrases.COUPLES + phrases.COUPLES_HELD_OUT
YES = phrases.TOGETHER_YES + phrases.TOGETHER_YES_HELD_OUT
NO = phrases.TOGETHER_NO + phrases.TOGETHER_NO_HELD_OUT


@pytest.mark.parametrize("said", YES)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_a_yes_with_a_name_or_a_reason_starts_the_checkin_together(session, couple_talks, a, b, said):
    talk = couple_talks(a, b, bound=True)
    talk("start our check-in")
    heard = talk(said.format(b=typed(b)))
    assert heard.open and heard.speech.startswith(f"{a}, question 1:"), heard.speech
    assert saved(session) == []


@pytest.mark.parametrize("said", NO)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_a_no_with_a_name_or_a_reason_starts_the_checkin_alone(session, couple_talks, a, b, said):
    talk = couple_talks(a, b, bound=True)
    talk("start our check-in")
    heard = talk(said.format(b=typed(b)))
    assert heard.open and heard.speech.startswith("Question 1:"), heard.speech
    talk("a calm week")
    assert saved(session) == [(a, 0, "a calm week")]


@pytest.mark.parametrize("said", ["maybe later", "the blue one", "\u0007", "x" * 300, "\U0001f600"])
def test_anything_else_is_asked_again_and_starts_nothing(session, couple_talks, said):
    talk = couple_talks("May", "Will", bound=True)
    talk("start our check-in")
    heard = talk.send(Match("AnswerIntent", {"answer": said}))
    assert "Will" in heard.speech and "question 1" not in heard.speech.lower()
    assert saved(session) == []


def test_a_request_at_is_sam_with_you_is_served_and_the_question_comes_back(session, couple_talks):
    talk = couple_talks("May", "Will", bound=True)
    talk("start our check-in")
    heard = talk("how are we doing")
    assert heard.open and SAY("checkin_back") in heard.speech and "Will" in heard.speech
    assert talk("just me").speech.startswith("Question 1:")


def _to_the_offer(talk) -> None:
    talk("start our check-in")
    talk("no")
    for answer in ("we talked more", "the texts", "more walks"):
        talk(answer)
    heard = talk("skip")
    assert "You skipped:" in heard.speech


@pytest.mark.parametrize("aside", phrases.ASIDES_AT_OFFER + phrases.ASIDES_AT_OFFER_HELD_OUT)
def test_a_question_at_the_skipped_offer_is_served_and_the_answer_is_kept(session, couple_talks, aside):
    talk = couple_talks("Alex", "Sam", bound=True)
    _to_the_offer(talk)
    heard = talk(aside)
    assert heard.open and SAY("checkin_back") in heard.speech and "answer it now" in heard.speech.lower()
    heard = talk("carry on")
    assert heard.open and DEFAULT_QUESTIONS[3] in heard.speech
    talk("a proper walk on sunday would help")
    assert ("Alex", 3, "a proper walk on sunday would help") in saved(session)


@pytest.mark.parametrize("answer", phrases.ANSWERS_AT_OFFER + phrases.ANSWERS_AT_OFFER_HELD_OUT)
def test_the_answer_said_at_the_skipped_offer_is_confirmed_and_saved(session, couple_talks, answer):
    talk = couple_talks("Alex", "Sam", bound=True)
    _to_the_offer(talk)
    heard = talk(answer)
    assert heard.open and heard.speech.startswith(f"I heard: {answer}. Did you mean that as your answer to:")
    assert ("Alex", 3, answer) not in saved(session)  # never saved unasked
    talk("yes")
    assert ("Alex", 3, answer) in saved(session)


def test_the_offer_asked_again_is_said_once(session, couple_talks):
    talk = couple_talks("Alex", "Sam", bound=True)
    _to_the_offer(talk)
    heard = talk("hmm")
    assert heard.speech.count(SAY("checkin_skipped_offer_reprompt")) <= 1
