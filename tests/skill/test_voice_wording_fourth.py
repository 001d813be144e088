"""The fourth voice tester's other finds (issue 8): "go back" right after a resume, the
question after a name, a partner's unnamed keeps read once with how many, a hedged "I think
I kept it" confirmed, "I did everything …" read whole by the safety check, and a reminder
that timed out said honestly. Through the skill's real handler chain."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, make_entry
from tests.skill import talk as conversations
from tests.skill.stand_in import GRANTED, running_stand_in
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAM_VOICE, SAY, TODAY, Talk, count, entries
from tests.skill.test_repairs import alone, answers
from tests.skill.test_safety import LOCALES, assert_support
from trust_tracker.models.alexa_entities import AlexaReminder
from trust_tracker.models.entities import CheckInAnswer, ContractItem, LogEntry, LogKind
from trust_tracker.skill.intents.checkin_flow import after_comma
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.stand_in import AlexaStandIn

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture
PORTS = range(8120, 8135)  # this suite's loopback ports


# --- "go back" right after a resume ---------------------------------------------------------


def test_go_back_after_a_resume_asks_the_question_answered_in_the_earlier_session(
    session, skill, session_factory, home, contract, alex_talks
):
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    alex_talks("being late once")
    alex_talks("stop")
    again = Talk(skill, session_factory, person_id=ALEX_VOICE, now=NOW + timedelta(hours=1))
    again("start our check-in")
    assert again("no").speech == f"We were on: {QUESTIONS[2]}"
    said = again("go back")
    assert said.speech == f"Alright, let's go back. Question 2: {QUESTIONS[1]}" and said.open
    said = again("one late night without a message")
    assert said.speech.endswith(f"Question 3: {QUESTIONS[2]}")
    assert answers(session) == [(alex.id, 0, "Our walk"), (alex.id, 1, "One late night without a message")]


def test_go_back_after_a_resume_with_an_answer_typed_on_the_site(session, skill, session_factory, home, contract):
    alex, _ = home
    from trust_tracker.models import checkins
    from trust_tracker.models.entities import Source

    checkins.save_answer(session, alex, 0, "typed on the site", source=Source.WEB, now=NOW, question=QUESTIONS[0])
    session.flush()
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk("start our check-in")
    talk("no")
    said = talk("go back")
    assert said.speech == f"Alright, let's go back. Question 1: {QUESTIONS[0]}"


def test_go_back_with_nothing_answered_yet_still_says_so(session, home, contract, alex_talks):
    alone(alex_talks)
    said = alex_talks("go back")
    assert said.speech == f"{SAY('checkin_first_question')} Question 1: {QUESTIONS[0]}"
    assert count(session, CheckInAnswer) == 0


def test_go_back_together_after_a_resume_goes_to_the_other_partners_answer(
    session, skill, session_factory, home, contract, alex_talks
):
    alex, sam = home
    alex_talks("start our check-in")
    alex_talks("yes")
    alex_talks("our walk")  # Alex, question 1
    alex_talks.voiced(SAM_VOICE, "your calls")  # Sam, question 1
    alex_talks("stop")
    again = Talk(skill, session_factory, person_id=ALEX_VOICE, now=NOW + timedelta(minutes=30))
    again("start our check-in")
    again("yes")
    said = again("go back")
    assert said.speech == f"Alright, let's go back. Sam, question 1: {QUESTIONS[0]}"
    again.voiced(SAM_VOICE, "the calls you made")
    assert answers(session) == [(alex.id, 0, "Our walk"), (sam.id, 0, "The calls you made")]


# --- the question after a name and a comma -----------------------------------------------------


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("What went well this week?", "what went well this week?"),
        ("I felt safe when?", "I felt safe when?"),
        ("McKenzie's visit: how was it?", "McKenzie's visit: how was it?"),
        ("A", "A"),
    ],
)
def test_a_question_after_a_name_and_a_comma_reads_right(question, read):
    assert after_comma(question) == read


def test_take_your_time_then_the_name_and_the_question_in_lower_case(session, home, contract, alex_talks):
    alex_talks("start our check-in")
    alex_talks("yes")
    said = alex_talks("um")
    assert said.speech == f"Take your time. Alex, {after_comma(QUESTIONS[0])}"
    assert ", What" not in said.speech and said.reprompt == f"Alex, {after_comma(QUESTIONS[0])}"


# --- a partner's unnamed keeps, read once with how many ----------------------------------------


def test_four_unnamed_keeps_are_read_once_with_how_many(session, home, contract, alex_talks):
    _alex, sam = home
    for _ in range(4):
        make_entry(session, sam, LogKind.KEPT, TODAY)
    said = alex_talks("what did sam log")
    assert "kept a promise 4 times today" in said.speech, said.speech
    assert said.speech.count("kept their promise") == 0
    said = alex_talks("yes")
    session.expire_all()
    assert all(e.acknowledged_at is not None for e in session.scalars(select(LogEntry)))


def evening_talk(session, contract) -> ContractItem:
    return session.scalars(select(ContractItem).where(ContractItem.lineage_id == contract["evening talk"])).first()


def test_named_and_noted_entries_are_each_read(session, home, contract, alex_talks):
    _alex, sam = home
    make_entry(session, sam, LogKind.KEPT, TODAY)
    make_entry(session, sam, LogKind.KEPT, TODAY, evening_talk(session, contract))
    make_entry(session, sam, LogKind.KEPT, TODAY, note="the bins")
    said = alex_talks("what did sam log")
    assert "times" not in said.speech
    assert "kept their evening talk today" in said.speech and "the bins" in said.speech


# --- a hedged "I think I kept my promise" is confirmed ------------------------------------------


@pytest.mark.parametrize(
    "hedged",
    ["I think I kept my promise to call when late", "I guess I kept my promise to call when late"],
)
def test_i_think_i_kept_it_is_confirmed_before_anything_is_logged(session, home, contract, alex_talks, hedged):
    said = alex_talks(hedged)
    assert said.speech == SAY("hedge_unsure_kept") and said.open
    assert entries(session) == []
    said = alex_talks("yes")
    assert said.speech.startswith("Logged: you kept your promise to call when late.")
    assert [(e.kind, e.lineage_id) for e in entries(session)] == [(LogKind.KEPT, contract["call when late"])]


def test_i_think_i_did_it_on_a_day_is_logged_on_that_day_after_yes(session, home, contract, alex_talks):
    """tester-voice15 D13: the day said with a hedge was dropped before the yes (logged today)."""
    alex_talks("I think I called when I was late yesterday")
    said = alex_talks("yes")
    assert said.speech.startswith("Logged: you kept your promise to call when late, yesterday."), said.speech
    [entry] = entries(session)
    assert entry.local_date == TODAY - timedelta(days=1)


def test_i_think_i_kept_it_then_no_logs_nothing(session, home, contract, alex_talks):
    alex_talks("I think I kept my promise to call when late")
    said = alex_talks("no")
    assert not said.open and entries(session) == []


# --- "I did everything …": the words after it reach the safety check -----------------------------


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("intent", "slot", "rest"),
    [
        ("LogAllKeptIntent", "after_i_did_everything", "i could and he still hit me"),
        ("LogAllKeptIntent", "after_i_kept_every_promise", "and she still hurts me"),
        ("LogAllMissedIntent", "after_i_missed_everything", "because he locked me in"),
    ],
)
def test_distress_after_i_did_everything_gets_help_and_nothing_is_written(
    session, skill, session_factory, home, contract, locale, intent, slot, rest
):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    said = talk.send(Match(intent, {slot: rest}))
    assert_support(said.response, locale)
    assert entries(session) == [] and count(session, CheckInAnswer) == 0


@pytest.mark.parametrize("said", ["i did everything i promised today", "i did everything today", "i did everything"])
def test_i_did_everything_with_plain_words_logs_them_all(session, home, contract, alex_talks, said):
    heard = alex_talks(said)
    assert heard.speech.startswith("Logged all 3:"), heard.speech
    assert len(entries(session)) == 3


@pytest.mark.parametrize("rest", ["wrong this week", "i could think of", "\u200b"])
def test_other_words_after_i_did_everything_are_not_understood_and_log_nothing(
    session, home, contract, alex_talks, rest
):
    said = alex_talks.send(Match("LogAllKeptIntent", {"after_i_did_everything": rest}))
    assert said.open and "Logged" not in said.speech
    assert entries(session) == []


def test_i_did_everything_as_a_checkin_answer_is_still_read_whole(session, home, contract, alex_talks):
    alone(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": "I did everything I could and he still hit me"}))
    assert_support(said.response)
    assert count(session, CheckInAnswer) == 0 and entries(session) == []


# --- a weekly reminder whose create timed out ----------------------------------------------------


@pytest.fixture
def apis() -> Iterator[AlexaStandIn]:
    with running_stand_in(ports=PORTS) as stand_in:
        yield stand_in


def held(session) -> list[AlexaReminder]:
    session.expire_all()
    return list(session.scalars(select(AlexaReminder)))


def test_a_create_that_timed_out_says_it_may_be_set_and_how_to_check(session, skill, session_factory, home, apis):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk.conversation.api_endpoint, talk.conversation.api_access_token = apis.url, GRANTED
    apis.slow_next("POST", 2.5)  # Amazon stores it, then the answer comes too late
    said = talk("remind us about our check in")
    assert said.speech.startswith(SAY("reminder_maybe_set")) and said.open
    assert "no reminder was set" not in said.speech and "Alexa app" in said.speech
    assert held(session) == [] and len(apis.reminders) == 1
    again = talk("remind us about our check in")  # the next ask finds it and keeps it: never two
    assert again.speech.startswith("You're all set") and len(apis.reminders) == 1 and len(held(session)) == 1


def test_a_create_refused_before_anything_was_sent_still_says_nothing_was_set(
    session, skill, session_factory, home, apis
):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk.conversation.api_endpoint, talk.conversation.api_access_token = apis.url, GRANTED
    apis.fail_next(503, times=5)  # the list of reminders fails first: nothing was asked to be set
    said = talk("remind us about our check in")
    assert said.speech.startswith(SAY("reminder_failed")) and apis.reminders == {}
