"""Brief voice51: a hard day taken back however it is said ("I told hard day by mistake", en-IN), also
in the check-in right after it was logged there; a hard day told of "the other day" asks which day;
a keep or miss told as an answer that is on record already saves the answer and says so; and
"Shall I log that?" names what a yes would log. Through the skill's real request path; the spoken
text and the rows. NOW is Wednesday 25 November in New York."""

from __future__ import annotations

from datetime import date

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, Talk, entries
from tests.skill.test_repairs import alone
from tests.skill.test_repairs import answers as saved
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.speech import for_locale

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

TODAY = date(2026, 11, 25)


def talk_to(skill, session_factory, locale: str = "en-US") -> Talk:
    return Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)


def answers(session) -> list[tuple[int, int, str]]:
    return [(who, position, said.lower()) for who, position, said in saved(session)]


def hard_days(session) -> list[date]:
    return [e.local_date for e in entries(session) if e.kind is LogKind.HARD_DAY]


@pytest.mark.parametrize("locale", ["en-IN", "en-GB", "en-US"])
def test_i_told_hard_day_by_mistake_takes_it_back(session, skill, session_factory, home, contract, locale):
    talk = talk_to(skill, session_factory, locale)
    talk("I'm having a hard day")
    taken = talk("I told hard day by mistake")
    assert taken.speech == for_locale(locale).say("hard_day_taken_removed") and "Shall I" not in taken.speech
    assert hard_days(session) == []


def test_the_other_day_was_a_real_hard_day_asks_which_day(session, skill, session_factory, home, contract):
    asked = talk_to(skill, session_factory, "en-AU")("the other day was a real hard day")
    assert "Which day" in asked.speech and "Shall I log a hard day" not in asked.speech and asked.open
    assert hard_days(session) == []


@pytest.mark.parametrize("said", ["I said it by mistake", "undo", "scratch that", "I told it by mistake"])
def test_a_hard_day_logged_in_the_checkin_is_taken_back_not_the_last_answer(
    session, skill, session_factory, home, contract, said
):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    alone(talk)
    talk("we talked every evening")
    talk("I'm having a hard day")
    logged = talk("yes")
    assert hard_days(session) == [TODAY] and "What didn't go well" in logged.speech
    taken = talk(said)
    assert taken.speech.startswith(for_locale("en-US").say("hard_day_taken_removed"))
    assert "What didn't go well" in taken.speech  # the question that waited, never question 1 again
    assert hard_days(session) == []
    assert answers(session) == [(alex.id, 0, "we talked every evening")]
    talk("nothing much")
    assert answers(session) == [(alex.id, 0, "we talked every evening"), (alex.id, 1, "nothing much")]


def test_go_back_after_a_hard_day_still_goes_back_and_the_hard_day_stays(
    session, skill, session_factory, home, contract
):
    talk = talk_to(skill, session_factory)
    alone(talk)
    talk("we talked every evening")
    talk("I'm having a hard day")
    talk("yes")
    assert "What went well" in talk("go back").speech
    assert hard_days(session) == [TODAY]


def test_undo_without_a_hard_day_logged_here_goes_back_as_before(session, skill, session_factory, home, contract):
    talk = talk_to(skill, session_factory)
    alone(talk)
    talk("we talked every evening")
    assert "What went well" in talk("I said it by mistake").speech
    assert hard_days(session) == []


@pytest.mark.parametrize("kind", [LogKind.MISSED, LogKind.KEPT])
def test_a_keep_or_miss_on_record_told_as_an_answer_is_saved_and_said_on_record(
    session, skill, session_factory, home, contract, kind
):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    verb = "missed" if kind is LogKind.MISSED else "kept"
    talk(f"I {verb} the evening talk")
    talk("no")  # no reflection now
    before = len(entries(session))
    alone(talk)
    talk("we talked every evening")
    said = f"I {verb} the evening talk"
    answer = talk(said)
    assert f"already logged as {verb} today" in answer.speech and "Shall I log" not in answer.speech
    assert "What helped you feel secure" in answer.speech  # on to the next question
    assert answers(session) == [(alex.id, 0, "we talked every evening"), (alex.id, 1, said.lower())]
    assert len(entries(session)) == before


def test_a_miss_not_on_record_is_still_asked_about_and_named(session, skill, session_factory, home, contract):
    talk = talk_to(skill, session_factory)
    alone(talk)
    asked = talk("I missed the evening talk")
    assert "Shall I log that you missed your evening talk" in asked.speech
    talk("yes")
    assert [(e.kind, e.local_date) for e in entries(session)] == [(LogKind.MISSED, TODAY)]


def test_a_miss_on_record_today_leaves_yesterdays_asked_about(session, skill, session_factory, home, contract):
    talk = talk_to(skill, session_factory)
    talk("I missed the evening talk")
    talk("no")  # no reflection now
    alone(talk)
    asked = talk("I missed the evening talk yesterday")
    assert "Shall I log that you missed your evening talk" in asked.speech and "already logged" not in asked.speech


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("I kept the evening talk", "Shall I log that you kept your evening talk"),
        ("log a small win sam fixed the tap", "Shall I log a small win: sam fixed the tap"),
        ("log a moment sam brought me tea", "Shall I log a moment of reliability: sam brought me tea"),
    ],
)
def test_shall_i_log_that_names_what_a_yes_logs(session, skill, session_factory, home, contract, said, named):
    talk = talk_to(skill, session_factory)
    alone(talk)
    assert named in talk(said).speech
    assert entries(session) == [] and answers(session) == []


def test_words_naming_no_one_promise_are_asked_about_plainly(session, skill, session_factory, home, contract):
    talk = talk_to(skill, session_factory)
    alone(talk)
    asked = talk("I missed my promise")
    assert "Shall I log that, then come back" in asked.speech


@pytest.mark.parametrize("said", ["please log that I kept the evening talk", "log that I kept the evening talk"])
def test_a_leading_please_is_the_request_to_log(session, skill, session_factory, home, contract, said):
    talk = talk_to(skill, session_factory)
    alone(talk)
    assert "Shall I log that you kept your evening talk" in talk(said).speech
    assert answers(session) == [] and entries(session) == []
    talk("yes")
    assert [e.kind for e in entries(session)] == [LogKind.KEPT] and answers(session) == []


def test_please_before_an_answer_stays_the_answer(session, skill, session_factory, home, contract):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    alone(talk)
    talk("please be more patient with me")
    assert answers(session) == [(alex.id, 0, "please be more patient with me")] and entries(session) == []
