"""The check-in's words (task code43), through the skill's real request path in two locales: the
spoken reply and the rows.

1. tester-voice38 D14: "go back" outside a check-in never reopens a question without asking who is
   there: with an answer this week the check-in is offered, and its yes resumes it with "Is Sam with
   you?"; with none, there is nothing to go back to, said plainly.
2. tester-voice36 D31: "cancel my hard day" said at a check-in question is asked about, never saved
   until its yes; words that only mention a hard day are answers (what its "no" and the words said
   alone do: test_hard_day_taken_back.py).
3. "Never mind" at a check-in question leaves it for later (a skip, never a pause asked again), at
   "Shall I log that?" it is the no, and typed on the site it is no answer either.
"""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAY, Talk, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.steering_words import control, is_filler, typed_control
from trust_tracker.skill.speech import for_locale

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

LOCALES = ["en-AU", "en-GB"]


def first_question(skill, session_factory, locale: str) -> Talk:
    """Alex's device in `locale`, Alex's check-in begun alone: question 1 waits."""
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    alone(talk)
    return talk


def after_a_pause(skill, session_factory, locale: str) -> Talk:
    """Alex's first answer given, "stop" said: a new session on the same device."""
    talk = first_question(skill, session_factory, locale)
    talk("our walk on Sunday")
    assert not talk("stop").open
    return Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)


# --- 1. "go back" outside a check-in ---------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_go_back_after_a_paused_checkin_offers_it_and_asks_who_is_there(
    session, skill, session_factory, home, contract, locale
):
    alex, _ = home
    again = after_a_pause(skill, session_factory, locale)
    offered = again("go back")
    say = for_locale(locale).say
    assert offered.speech == say("checkin_back_offer") and offered.open
    assert answers(session) == [(alex.id, 0, "Our walk on Sunday")]
    resumed = again("yes")
    assert resumed.speech == say("checkin_together_stopped", other="Sam", text=QUESTIONS[1]) and resumed.open
    again("just me")
    assert again("being late once").open
    assert answers(session) == [(alex.id, 0, "Our walk on Sunday"), (alex.id, 1, "Being late once")]


@pytest.mark.parametrize("locale", LOCALES)
def test_go_back_with_nothing_answered_says_there_is_nothing_to_go_back_to(
    session, skill, session_factory, home, contract, locale
):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    said = talk("go back")
    assert said.speech == for_locale(locale).say("menu_next") and "Question" not in said.speech
    assert answers(session) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_no_to_the_offer_leaves_the_checkin_as_it_was(session, skill, session_factory, home, contract, locale):
    alex, _ = home
    again = after_a_pause(skill, session_factory, locale)
    again("go back")
    assert not again("no").open
    assert answers(session) == [(alex.id, 0, "Our walk on Sunday")]


# --- 2. "cancel my hard day" at a check-in question ------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_cancel_my_hard_day_meant_as_the_answer_is_saved_after_the_yes(
    session, skill, session_factory, home, contract, locale
):
    alex, _ = home
    talk = first_question(skill, session_factory, locale)
    talk("cancel my hard day")
    assert talk("yes").speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert answers(session) == [(alex.id, 0, "Cancel my hard day")]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "answer",
    ["we had to cancel plans on my hard day", "a hard day made me cancel my plans", "I cancelled my hard day plan"],
)
def test_innocent_twins_of_cancel_my_hard_day_are_answers(
    session, skill, session_factory, home, contract, locale, answer
):
    alex, _ = home
    talk = first_question(skill, session_factory, locale)
    assert talk(answer).speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert [(p, q) for p, q, _ in answers(session)] == [(alex.id, 0)]


# --- 3. "never mind": a question left, never a pause -----------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("left", ["never mind", "never mind then", "oh never mind"])
def test_never_mind_at_a_checkin_question_leaves_it_for_later(
    session, skill, session_factory, home, contract, locale, left
):
    alex, _ = home
    talk = first_question(skill, session_factory, locale)
    said = talk(left)
    assert said.speech == f"{SAY('checkin_skipped')} Question 2: {QUESTIONS[1]}"
    assert answers(session) == []
    talk("being late once")
    assert answers(session) == [(alex.id, 1, "Being late once")]


@pytest.mark.parametrize("locale", LOCALES)
def test_never_mind_to_shall_i_log_that_leaves_it(session, skill, session_factory, home, contract, locale):
    talk = first_question(skill, session_factory, locale)
    assert "my answer" in talk("I missed my promise to call when late").speech
    back = talk("never mind")
    assert back.speech.endswith(QUESTIONS[0]) and back.open
    assert answers(session) == [] and entries(session) == []


def test_never_mind_is_a_skip_and_um_a_pause():
    assert control("never mind") == control("never mind then") == "skip" and not is_filler("never mind")
    assert control("um") == "filler" and is_filler("let me think")
    assert typed_control("never mind") == "skip"  # typed on the site: the box left empty, never saved
    assert control("never mind, the walk was lovely") is None  # an answer after it stays an answer
