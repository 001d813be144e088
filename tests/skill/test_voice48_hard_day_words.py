"""The hard day taken back and the day said with it (brief voice48). A hard day said to be a mistake, in any
words, is a take-back, never "Shall I log a hard day?" and never a keep; a day told as hard is logged on it
within the week (one rule with a keep's: "a week ago" is in), refused with why further back or still to come,
and "the other day" is asked "Which day was that?"; at a check-in question a clear request to log is held and
said with what a yes logs, never saved as the answer. Through the skill's real request path; the spoken text
and the rows. NOW is Wednesday 25 November 2026 in New York."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAM_VOICE, entries
from tests.skill.test_repairs import alone, answers
from tests.skill.test_voice47_days_said import TODAY, hard_days, talk_to
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.speech import for_locale

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

SAY = for_locale("en-GB").say


# --- 1. a hard day taken back, in words that name it or only point at it --------------------------

# The hard day named as the mistake ("the hard day was a mistake"): test_voice47_days_said.py DENIALS.


@pytest.mark.parametrize("said", ["I said it by mistake", "I added that by accident", "I logged it wrongly"])
def test_it_said_by_mistake_after_a_hard_day_removes_it_and_never_logs_a_keep(
    session, skill, session_factory, home, contract, said
):
    talk = talk_to(skill, session_factory)
    talk("I'm having a hard day")
    asked = talk(said)
    assert "hard day" in asked.speech and asked.speech.endswith("Shall I remove it?") and asked.open
    removed = talk("yes")
    assert removed.speech.startswith("Removed the entry saying you had a hard day")
    assert entries(session) == []


# --- 2. the day said with a hard day ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "back"),
    [
        ("I had a hard day a week ago", 7),
        ("three days ago was a hard day", 3),
        ("i had a rough day 2 days back", 2),
        ("monday's been a tough day", 2),
    ],
)
def test_a_day_of_the_week_is_logged_as_a_keeps_day_is(session, skill, session_factory, home, contract, said, back):
    alex, _ = home
    answer = talk_to(skill, session_factory)(said)
    assert "I've logged a hard day for" in answer.speech and not answer.open
    assert hard_days(session) == [(alex.id, TODAY - timedelta(days=back))]


@pytest.mark.parametrize("said", ["the other day was a hard day", "i had a rough day a few days ago"])
@pytest.mark.parametrize(("day_said", "day"), [("monday", date(2026, 11, 23)), ("two days ago", date(2026, 11, 23))])
def test_the_other_day_is_asked_which_then_logged_on_it(
    session, skill, session_factory, home, contract, said, day_said, day
):
    _, sam = home
    talk = talk_to(skill, session_factory, voice=SAM_VOICE, locale="en-AU")
    asked = talk(said)
    assert asked.speech == SAY("day_vague") and asked.open and entries(session) == []
    logged = talk(day_said)
    assert "I've logged a hard day for" in logged.speech
    assert hard_days(session) == [(sam.id, day)]


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        ("I can't remember", "hard_day_still_vague"),
        ("a fortnight ago", "hard_day_too_far"),
        ("tomorrow", "hard_day_ahead"),
        ("the other day", "hard_day_still_vague"),
        ("on funday", "hard_day_still_vague"),
    ],
)
def test_which_day_answered_with_no_day_to_log_logs_nothing(
    session, skill, session_factory, home, contract, answer, why
):
    talk = talk_to(skill, session_factory)
    talk("the other day was a rough day")
    said = talk(answer)
    assert said.speech == SAY(why) and not said.open
    assert entries(session) == []


def test_which_day_answered_with_control_characters_logs_nothing(session, skill, session_factory, home, contract):
    talk = talk_to(skill, session_factory)
    talk("the other day was a hard day")
    said = talk("tues\x07day")
    assert not said.open or "Which day" in said.speech
    assert entries(session) == []


@pytest.mark.parametrize(
    ("intent", "slots"),
    [
        ("LogAllMissedIntent", {"quantity": "all of them the other day"}),
        ("LogBreachIntent", {"note": "i messaged my ex a few days ago"}),
    ],
)
def test_the_other_day_is_asked_of_a_keep_and_told_how_where_no_answer_waits(
    session, skill, session_factory, home, contract, intent, slots
):
    asked = talk_to(skill, session_factory)("I kept the evening talk the other day")
    assert asked.speech == SAY("day_vague") and asked.open  # one rule (day_asked.day_refused): asked here
    told = talk_to(skill, session_factory, voice=SAM_VOICE).send(Match(intent, slots))
    assert told.speech == SAY("day_still_vague") and not told.open  # and said how, where no answer is waited for
    assert entries(session) == []


# --- 3. clear requests at a check-in question -----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "named", "day"),
    [
        ("log a hard day for yesterday", "yesterday", date(2026, 11, 24)),
        ("record a rough day for monday please", "Monday", date(2026, 11, 23)),
        ("log that i had a hard day on sunday", "Sunday", date(2026, 11, 22)),
        ("three days ago was a tough day, log it", "Sunday", date(2026, 11, 22)),
    ],
)
def test_a_hard_day_to_log_at_a_question_says_its_day_and_is_logged_on_it(
    session, skill, session_factory, home, contract, said, named, day
):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    alone(talk)
    held = talk(said)
    assert held.speech == SAY("checkin_log_hard_day_or_answer", day=named) and held.open
    assert answers(session) == [] and entries(session) == []
    logged = talk("yes")
    assert logged.speech.endswith(f"Question 1: {QUESTIONS[0]}") and "logged a hard day" in logged.speech
    assert hard_days(session) == [(alex.id, day)] and answers(session) == []


def test_the_other_day_to_log_at_a_question_is_held_then_told_how(session, skill, session_factory, home, contract):
    talk = talk_to(skill, session_factory, voice=SAM_VOICE, locale="en-IN")
    alone(talk)
    held = talk("the other day was a hard day, log it")
    assert held.speech == for_locale("en-IN").say("checkin_log_or_answer") and held.open
    told = talk("yes")
    assert told.speech.startswith(for_locale("en-IN").say("hard_day_still_vague"))
    assert entries(session) == [] and answers(session) == []


@pytest.mark.parametrize(
    "said",
    ["I forgot one of my promises yesterday", "i missed one of my promises on monday", "I kept one of them today"],
)
def test_one_promise_to_log_at_a_question_is_held_then_asked_which(
    session, skill, session_factory, home, contract, said
):
    talk = talk_to(skill, session_factory)
    alone(talk)
    held = talk(said)
    assert held.speech == SAY("checkin_log_or_answer") and held.open
    assert answers(session) == [] and entries(session) == []
    which = talk("yes")
    assert which.speech.startswith("Which one did you") and which.open
    assert answers(session) == [] and [e.kind for e in entries(session)] == []


def test_my_answer_saves_the_words_and_logs_nothing(session, skill, session_factory, home, contract):
    talk = talk_to(skill, session_factory)
    alone(talk)
    talk("log a hard day for yesterday")
    talk("my answer")
    assert [a[2].lower() for a in answers(session)] == ["log a hard day for yesterday"]
    assert [e for e in entries(session) if e.kind is LogKind.HARD_DAY] == []


@pytest.mark.parametrize("said", ["I'm having a hard day, log it", "i've had a rough day note it"])
def test_todays_hard_day_to_log_at_a_question_is_held_never_an_answer(
    session, skill, session_factory, home, contract, said
):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    alone(talk)
    held = talk(said)
    assert held.speech == SAY("checkin_log_hard_day_or_answer", day="today") and held.open
    talk("yes")
    assert hard_days(session) == [(alex.id, TODAY)] and answers(session) == []


@pytest.mark.parametrize("said", ["I said it by mistake", "i added that by accident", "it was logged by mistake"])
def test_said_by_mistake_at_a_question_goes_back_never_saved(session, skill, session_factory, home, contract, said):
    talk = talk_to(skill, session_factory, voice=SAM_VOICE, locale="en-US")
    alone(talk)
    talk("we cooked together")
    back = talk(said)
    assert back.speech.endswith(QUESTIONS[0]) and back.open
    assert [a[2] for a in answers(session)] == ["We cooked together"] and entries(session) == []
