"""voice50: days and shared promises when logging by voice. A miss said with no day of a promise not due today is
its last due day's when that is the only open one of the past week, else "Which day was that?"; a keep said for a
past day the promise was not due is told so, nothing logged; "all of them" says what it left out over the
partner's entry; a keep the speaker's own entry already holds is never asked over the partner's; the first
"which one did you keep?" lists that day's open promises first. NOW is Wednesday 25 November 2026 (New York)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill.talk import QUESTIONS, TODAY, entries
from tests.skill.test_code47_checkin_days import _alone
from tests.skill.test_code48_offers import MONDAY, SUNDAY, TUESDAY, days, logged, rows, talk_as
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.simulator import Match

__all__ = ["days"]

SATURDAY_NOW, THURSDAY = NOW + timedelta(days=3), TODAY + timedelta(days=1)


# --- 1. a miss said with no day is of the day it was due -------------------------------------------------------


@pytest.mark.parametrize("said", ["I missed the Sunday walk", "we didn't go on the sunday walk"])
def test_a_miss_of_the_sunday_walk_said_on_monday_is_sundays(session, skill, session_factory, home, days, said):
    alex, _ = home
    talk = talk_as(skill, session_factory)
    talk.now = NOW - timedelta(days=2)  # Monday
    answer = talk(said)
    assert "Logged: you missed your sunday walk, yesterday." in answer.speech, answer.speech
    assert rows(session) == [(alex.id, days["sunday walk"], LogKind.MISSED, SUNDAY)]


def test_a_miss_whose_last_due_day_is_logged_is_refused_for_that_day(session, skill, session_factory, home, days):
    alex, _ = home
    logged(session, alex, days["sunday walk"], SUNDAY)
    before = rows(session)
    answer = talk_as(skill, session_factory)("I missed the Sunday walk")  # Wednesday: Sunday was its one day
    assert answer.speech.startswith("That is already logged as kept on Sunday."), answer.speech
    assert rows(session) == before


def test_a_miss_of_a_weekday_promise_on_saturday_asks_which_day(session, skill, session_factory, home, days):
    alex, _ = home
    talk = talk_as(skill, session_factory)
    talk.now = SATURDAY_NOW
    asked = talk("I missed the evening talk")
    assert asked.speech == "Which day was that? Nothing is logged yet." and asked.open
    assert rows(session) == []
    answer = talk("Thursday")
    assert "Logged: you missed your evening talk, on Thursday." in answer.speech, answer.speech
    assert rows(session) == [(alex.id, days["evening talk"], LogKind.MISSED, THURSDAY)]


def test_the_one_weekday_still_open_is_the_miss_day(session, skill, session_factory, home, days):
    alex, _ = home
    for back in (1, 2, 3, 4):  # Friday open; Monday to Thursday logged (Saturday is NOW + 3)
        logged(session, alex, days["evening talk"], THURSDAY - timedelta(days=back - 1))
    talk = talk_as(skill, session_factory)
    talk.now = SATURDAY_NOW
    answer = talk("I missed the evening talk")
    assert "Logged: you missed your evening talk, yesterday." in answer.speech, answer.speech
    assert rows(session)[-1] == (alex.id, days["evening talk"], LogKind.MISSED, THURSDAY + timedelta(days=1))


@pytest.mark.parametrize("answer", ["tomorrow", "a fortnight ago", "I can't remember", "whenever", "x" * 3000])
def test_a_bad_day_given_logs_nothing(session, skill, session_factory, home, days, answer):
    talk = talk_as(skill, session_factory)
    talk.now = SATURDAY_NOW
    talk("I missed the evening talk")
    said = talk(answer)
    assert "Logged" not in said.speech and rows(session) == [], said.speech


def test_a_miss_due_today_and_a_keep_on_an_off_day_are_as_before(session, skill, session_factory, home, days):
    talk = talk_as(skill, session_factory)
    talk.now = SATURDAY_NOW
    assert talk("I kept the evening talk").speech.startswith("Logged: you kept your evening talk.")  # today, off day
    talk = talk_as(skill, session_factory)
    assert "Logged: you missed your evening talk." in talk("I missed the evening talk").speech  # Wednesday: due
    assert [r[3] for r in rows(session)] == [SATURDAY_NOW.date(), TODAY]


@pytest.mark.parametrize("said", ["I kept the evening talk on Sunday", "I kept the sunday walk yesterday"])
def test_a_keep_said_for_a_day_it_was_not_due_is_told_so(session, skill, session_factory, home, days, said):
    answer = talk_as(skill, session_factory)(said)
    assert "wasn't due" in answer.speech and "nothing is logged" in answer.speech, answer.speech
    assert "Due for you" in answer.speech  # what was due then, offered
    assert rows(session) == []


# --- 2. "all of them" says what it left out ----------------------------------------------------------------------


def test_all_of_them_says_the_one_left_out_and_why(session, skill, session_factory, home, days):
    alex, sam = home
    logged(session, sam, days["evening talk"], TUESDAY, LogKind.MISSED)
    answer = talk_as(skill, session_factory)("I kept all of them yesterday")
    assert answer.speech == (
        "Logged both, yesterday: you kept your promise to call when late and your open phone promise. "
        "I left out your evening talk, which Sam logged as missed yesterday."
    )
    assert {r[1] for r in rows(session) if r[0] == alex.id} == {days["call when late"], days["open phone"]}


def test_all_of_them_with_only_the_partners_left_says_so(session, skill, session_factory, home, days):
    alex, sam = home
    logged(session, alex, days["open phone"], TODAY)
    logged(session, sam, days["evening talk"], TODAY, LogKind.MISSED)
    logged(session, sam, days["call when late"], TODAY, LogKind.MISSED)
    before = rows(session)
    answer = talk_as(skill, session_factory)("I kept all of them")
    assert answer.speech.startswith(
        "I haven't logged your promise to call when late and your evening talk: Sam logged them as missed today."
    ), answer.speech
    assert rows(session) == before


# --- 3. one's own entry there: nothing to ask over the partner's --------------------------------------------------


@pytest.mark.parametrize(
    ("own", "heard"), [(LogKind.KEPT, "kept today, so it counts once"), (LogKind.MISSED, "missed")]
)
def test_a_keep_already_logged_by_the_speaker_is_never_asked_over_the_partner(
    session, skill, session_factory, home, days, own, heard
):
    alex, sam = home
    logged(session, sam, days["evening talk"], TODAY, own)
    logged(session, alex, days["evening talk"], TODAY, LogKind.MISSED)
    before = rows(session)
    answer = talk_as(skill, session_factory, "Sam")("I kept the evening talk")
    assert answer.speech.startswith(f"That is already logged as {heard}"), answer.speech
    assert "Shall I log" not in answer.speech and rows(session) == before


# --- 4. the first "which one did you keep?" lists that day's open promises first ---------------------------------


def test_which_one_kept_lists_whats_due_and_open_first(session, skill, session_factory, home, days):
    alex, _ = home
    logged(session, alex, days["call when late"], SATURDAY_NOW.date())
    talk = talk_as(skill, session_factory)
    talk.now = SATURDAY_NOW
    asked = talk("I kept my promise")
    # Saturday: open phone due and open; call when late logged; the talk and the walk not due, still keepable.
    assert asked.speech == "Which one did you keep: open phone, evening talk or sunday walk?", asked.speech
    talk("the first one")
    assert rows(session)[-1] == (alex.id, days["open phone"], LogKind.KEPT, SATURDAY_NOW.date())


def test_which_one_kept_on_a_past_day_lists_only_that_days_open(session, skill, session_factory, home, days):
    alex, _ = home
    logged(session, alex, days["call when late"], MONDAY)
    asked = talk_as(skill, session_factory)("I kept my promise on Monday")
    assert asked.speech == "Which one did you keep: evening talk or open phone?", asked.speech
    assert entries(session) and len(entries(session)) == 1


# --- 2b. "all of them" held at a check-in question keeps the day said with it -------------------------------------


@pytest.mark.parametrize(("words", "day"), [("i kept all of them on Monday", MONDAY), ("i did everything", TODAY)])
def test_all_of_them_held_at_a_checkin_question_is_logged_on_its_day(
    session, skill, session_factory, home, days, words, day
):
    alex, _ = home
    talk = talk_as(skill, session_factory)
    _alone(talk)
    assert "Shall I log that" in talk.send(Match("AnswerIntent", {"answer": words})).speech
    said = talk("log it")
    assert said.speech.startswith("Logged") and said.speech.endswith(f"Question 1: {QUESTIONS[0]}"), said.speech
    assert rows(session) and {r[3] for r in rows(session)} == {day}, rows(session)
    assert all(r[0] == alex.id for r in rows(session))
