"""Something to log said mid check-in behind "hang on", "wait", "oh and" (tester-voice3 #11):
never saved as the answer nor lost; "Shall I log that? Or, if it was your answer, say: my
answer." Then "log it" logs it as the kind said and the question comes back; "my answer"
saves the words as said; "no" keeps neither. Every log kind, through the real skill: spoken
text, check-in answers and log rows. Phrasings: tests/skill/voice11_phrases.py."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill import voice11_phrases as phrases
from tests.skill.talk import QUESTIONS, SAY, as_written, entries, log_asked
from tests.skill.test_logging_dialog import alex_talks, mine
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.entities import LogKind
from trust_tracker.models.steering_words import control, requested, spoken, without_aside

skill, home = conversations.skill, conversations.home
__all__ = ["alex_talks", "home", "mine", "skill"]

ALL = phrases.MID_CHECKIN + phrases.MID_CHECKIN_HELD_OUT


def one_answered(talk) -> None:
    alone(talk)
    talk("our walk")


@pytest.mark.parametrize(("said", "kind", "commitment"), ALL, ids=[p[0] for p in ALL])
def test_something_to_log_behind_an_aside_is_asked_about_then_logged(
    session, home, mine, alex_talks, said, kind, commitment
) -> None:
    alex, _ = home
    one_answered(alex_talks)
    heard = alex_talks(said)
    # voice48: a hard day held is asked about with the day a yes logs it on
    hard_day = kind is LogKind.HARD_DAY
    asked = heard.speech == SAY("checkin_log_hard_day_or_answer", day="today") if hard_day else log_asked(heard.speech)
    assert asked and heard.open
    assert answers(session) == [(alex.id, 0, "Our walk")] and entries(session) == []
    heard = alex_talks("log it")
    assert heard.open and heard.speech.endswith(f"Question 2: {QUESTIONS[1]}")
    [entry] = entries(session)
    assert entry.kind is kind and entry.partner_id == alex.id
    assert entry.lineage_id == (mine[commitment] if commitment else None)
    assert len(answers(session)) == 1
    for command in ("hang on", "wait", "oh and", "log a", "log that", "put that down"):
        assert command not in (entry.note or "").lower()


def test_my_answer_saves_the_words_as_said(session, home, mine, alex_talks) -> None:
    alex, _ = home
    one_answered(alex_talks)
    alex_talks("hang on, log a small win: we booked the dentist for both of us")
    heard = alex_talks("my answer")
    assert heard.speech.endswith(f"Question 3: {QUESTIONS[2]}")
    assert answers(session)[-1][:2] == (alex.id, 1) and "dentist" in answers(session)[-1][2]
    assert entries(session) == []


def test_no_keeps_neither_and_the_question_comes_back(session, home, mine, alex_talks) -> None:
    one_answered(alex_talks)
    alex_talks("wait, log a moment: Sam picked me up on time")
    heard = alex_talks("no")
    assert heard.speech.endswith(f"Question 2: {QUESTIONS[1]}") and heard.open
    assert entries(session) == [] and len(answers(session)) == 1


@pytest.mark.parametrize(
    "said",
    [
        "hang on, I was worried all week",
        "oh and the kids were lovely",
        "wait, we talked more than usual",
        "and also we argued about money",
        "hold on a minute, it was a good week",
    ],
)
def test_an_answer_behind_an_aside_is_saved_as_said(session, home, mine, alex_talks, said) -> None:
    alex, _ = home
    one_answered(alex_talks)
    heard = alex_talks(said)
    assert heard.speech.endswith(f"Question 3: {QUESTIONS[2]}")
    assert (
        answers(session)[-1] == (alex.id, 1, as_written(spoken(said))) and entries(session) == []
    )  # as Alexa hears it


@pytest.mark.parametrize(
    "said",
    ["", "hang on", "wait wait wait", "oh and", "add a window cleaner to the list", "log a mission statement"],
)
def test_bad_or_bare_asides_are_never_a_request_to_log_a_kind(said) -> None:
    request = requested(said)
    assert request is None or request.what not in ("small_win", "reliability", "kept", "missed")
    assert isinstance(without_aside(said), str) and control(said) in (None, "request", "filler")


@pytest.mark.parametrize("said", ["how are we doing", "hang on, how are we doing", "oh and what should we celebrate"])
def test_a_question_to_another_job_is_confirmed_then_answered_and_the_question_comes_back(
    session, home, mine, alex_talks, said
) -> None:
    one_answered(alex_talks)
    heard = alex_talks(said)
    assert heard.open and "your answer" in heard.speech and len(answers(session)) == 1
    heard = alex_talks("no")
    assert heard.open and heard.speech.endswith(f"Back to our check-in: {QUESTIONS[1]}")
    assert len(answers(session)) == 1 and entries(session) == []
