"""A pause at "Is Sam with you?" is no answer: "no wait", "wait no", "hang on" ask it again, "Take your
time.", never taken as the no (which began the check-in alone) nor as a step back; heard by Alexa as an
undo with nothing to undo, the question is asked again too, never the session ended (tester-voice33 D12).
A plain no is still the no, and a slip taken back before the answer, "no wait, yes she is", is that answer."""

from __future__ import annotations

import pytest

from tests.skill.voice12_home import four_promises
from trust_tracker.skill.simulator import Match

AGAIN = "Is {b} here for the check-in too? Yes or no?"


@pytest.mark.parametrize(("a", "b", "locale"), [("Alex", "Sam", "en-GB"), ("Priya", "Arjun", "en-IN")])
@pytest.mark.parametrize("pause", ["no wait", "wait no", "hang on", "no hang on", "um", "so no wait"])
def test_a_pause_at_is_sam_with_you_asks_it_again(session, session_factory, a, b, locale, pause) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    assert "with you?" in talk("start our check-in").speech
    said = talk.send(Match("AnswerIntent", {"answer": pause}))
    assert said.open and said.speech == f"Take your time. {AGAIN.format(b=b)}", said.speech
    assert "question 1" in talk("no").speech.lower()


@pytest.mark.parametrize("locale", ["en-US", "en-AU"])
def test_an_undo_with_nothing_to_undo_there_asks_it_again(session, session_factory, locale) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", locale)
    talk("start our check-in")
    said = talk.send(Match("UndoIntent", {}))
    assert said.open and said.speech == f"There's nothing to undo just now. {AGAIN.format(b='Sam')}", said.speech
    assert "question 1" in talk("yes").speech.lower()


def test_an_undo_with_nothing_to_undo_and_nothing_asked_still_says_so(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    said = talk.send(Match("UndoIntent", {}))
    assert not said.open and said.speech.startswith("You haven't logged anything in the last ten minutes")


def test_a_plain_no_is_still_the_no(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-GB")
    talk("start our check-in")
    said = talk.send(Match("AnswerIntent", {"answer": "no"}))
    assert said.open and "question 1" in said.speech.lower(), said.speech


# A slip taken back, then the answer in the same breath: the answer, never the "no" before it (tester-voice34 D1).
@pytest.mark.parametrize(
    ("said", "together"),
    [
        ("no wait, yes she is", True),
        ("hang on, yes he's here", True),
        ("wait no, just me", False),
        ("no wait, no", False),
    ],
)
def test_a_slip_taken_back_then_the_answer_is_that_answer(session, session_factory, said, together) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-AU")
    talk("start our check-in")
    reply = talk.send(Match("AnswerIntent", {"answer": said}))
    assert reply.speech.startswith("Alex, question 1:" if together else "Question 1:"), reply.speech


# Pauses one after another are each a pause, never "I'm still not getting it"; after a sane number, a kind
# goodbye (tester-voice34, voice36).
GENTLY = ("Take your time.", "No rush.", "Take all the time you need.")


@pytest.mark.parametrize(("a", "b", "locale"), [("Alex", "Sam", "en-GB"), ("Priya", "Arjun", "en-IN")])
def test_pauses_in_a_row_are_each_asked_again_gently(session, session_factory, a, b, locale) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("start our check-in")
    for pause in ["hold on", "erm", "wait no", "hang on", "um"]:
        said = talk.send(Match("AnswerIntent", {"answer": pause}))
        assert said.open and said.speech.endswith(AGAIN.format(b=b)), said.speech
        assert said.speech.startswith(GENTLY) and "still not" not in said.speech, said.speech
    assert not talk.send(Match("AnswerIntent", {"answer": "erm"})).open  # the sixth: nobody is answering
    assert "question 1" not in talk("yes").speech.lower()


@pytest.mark.parametrize(
    ("said", "together"), [("actually no", False), ("actually yes", True), ("well, no", False), ("oh yeah", True)]
)
@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_a_softened_yes_or_no_is_that_answer(session, session_factory, said, together, locale) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", locale)
    talk("start our check-in")
    talk.send(Match("AnswerIntent", {"answer": "hold on"}))
    reply = talk.send(Match("AnswerIntent", {"answer": said}))
    assert reply.speech.startswith("Alex, question 1:" if together else "Question 1:"), reply.speech
