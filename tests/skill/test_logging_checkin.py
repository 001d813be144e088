"""The logging dialog during a check-in (issue 8: never a wrong entry): "log it", "my answer"
and "which one?" while a question waits, through the real skill, asserting what is said
and what the database holds."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW, agreed_contract, make_couple
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAY, Talk, entries, log_asked
from tests.skill.test_logging_dialog import alex_talks, logged, mine, three_answered
from tests.skill.test_repairs import answers
from trust_tracker.models.entities import LogKind
from trust_tracker.models.localtime import local_today
from trust_tracker.skill.simulator import Match

skill, home = conversations.skill, conversations.home
__all__ = ["alex_talks", "home", "mine", "skill"]  # fixtures shared with the logging dialog tests


# --- "log it" and "my answer" during a check-in --------------------------------------------


@pytest.mark.parametrize(
    ("intent", "kind", "which"), [("LogKeptIntent", LogKind.KEPT, "keep"), ("LogMissedIntent", LogKind.MISSED, "miss")]
)
def test_log_it_with_no_promise_named_asks_which_then_goes_on(session, home, mine, alex_talks, intent, kind, which):
    alex, _ = home
    three_answered(alex_talks)
    alex_talks.send(Match(intent, {}))
    said = alex_talks("log it")
    assert said.speech == f"Which one did you {which}: call when late, evening talk or evening walk?" and said.open
    assert entries(session) == [] and len(answers(session)) == 3
    said = alex_talks("evening talk")
    assert said.speech.endswith(f"Question 4: {QUESTIONS[3]}") and "evening talk" in said.speech and said.open
    assert logged(session) == [(kind, mine["evening talk"])] and len(answers(session)) == 3
    said = alex_talks("more notice")
    assert not said.open and answers(session)[-1] == (alex.id, 3, "More notice")


def test_which_answered_as_a_promise_logs_it_and_goes_on(session, home, mine, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {}))
    alex_talks("log it")
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": "evening walk"}))
    assert said.open and said.speech.endswith(f"Question 4: {QUESTIONS[3]}")
    assert logged(session) == [(LogKind.KEPT, mine["evening walk"])] and len(answers(session)) == 3


def test_log_it_for_words_that_fit_two_asks_which_of_those(session, home, mine, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {"commitment": "evening"}))
    said = alex_talks("log it")
    assert said.speech.startswith("Which one did you keep: evening talk or evening walk?")
    said = alex_talks("the second one")
    assert logged(session) == [(LogKind.KEPT, mine["evening walk"])] and said.open


@pytest.mark.parametrize("answer", ["none of those", "purple", "x" * 300])
def test_an_unclear_which_during_a_checkin_logs_nothing_and_goes_on(session, home, mine, alex_talks, answer):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {}))
    alex_talks("log it")
    said = alex_talks.send(Match("AnswerIntent", {"answer": answer}))
    assert said.open and said.speech.endswith(f"Question 4: {QUESTIONS[3]}")
    assert entries(session) == [] and len(answers(session)) == 3


@pytest.mark.parametrize("word", ["AMAZON.NoIntent", "AMAZON.YesIntent"])
def test_yes_or_no_to_which_during_a_checkin_logs_nothing(session, home, mine, alex_talks, word):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {}))
    alex_talks("log it")
    said = alex_talks.send(Match(word))
    assert said.speech == f"{SAY('checkin_not_saved')} Question 4: {QUESTIONS[3]}"
    assert entries(session) == []


def test_a_forged_which_during_a_checkin_logs_nothing(session, home, mine, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {}))
    alex_talks("log it")
    alex_talks.conversation.attributes["flow"]["held_intent"] = "LogBreachIntent"
    said = alex_talks("evening talk")
    assert said.speech.startswith(SAY("lost_place")) and entries(session) == []


def test_another_couples_ids_in_which_log_nothing_of_theirs(session, home, mine, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {}))
    alex_talks("log it")
    alex_talks.conversation.attributes["flow"]["held_ids"] = [mine["pick up the kids"], 10**9]
    said = alex_talks("the first one")
    assert said.open and said.speech.endswith(f"Question 4: {QUESTIONS[3]}")
    assert entries(session) == []


@pytest.mark.parametrize(
    ("match", "answer"),
    [
        (Match("LogMissedIntent", {"commitment": "call when late"}), "I missed my promise to call when late"),
        (Match("LogKeptIntent", {"commitment": "evening talk"}), "I kept my evening talk"),
        (Match("LogMissedIntent", {}), "I missed my promise"),
        (Match("LogAllKeptIntent", {}), "I kept all of them"),
    ],
)
def test_my_answer_saves_what_was_said_not_the_promises_name(session, home, mine, alex_talks, match, answer):
    alex, _ = home
    three_answered(alex_talks)
    alex_talks.send(match)
    said = alex_talks("my answer")
    assert not said.open and answers(session)[-1] == (alex.id, 3, answer)
    assert entries(session) == []


def test_all_of_them_during_a_checkin_is_held_then_logs_each(session, home, mine, alex_talks):
    three_answered(alex_talks)
    said = alex_talks.send(Match("LogAllKeptIntent", {"quantity": "all"}))
    assert log_asked(said.speech) and entries(session) == []
    said = alex_talks("log it")
    assert said.speech.startswith("Logged all 3: you kept your promise to call when late")
    assert said.speech.endswith(f"Question 4: {QUESTIONS[3]}") and len(entries(session)) == 3


def test_all_missed_during_a_checkin_is_left_for_after(session, home, mine, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogAllMissedIntent", {"quantity": "all"}))
    said = alex_talks("log it")
    assert said.speech.startswith(SAY("checkin_log_later")) and entries(session) == []


@pytest.mark.parametrize("words", ["i kept all of them", "i missed both of them", "i did everything"])
def test_all_of_them_heard_as_an_answer_is_confirmed_not_saved(session, home, mine, alex_talks, words):
    three_answered(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": words}))
    assert said.open and len(answers(session)) == 3 and entries(session) == []


@pytest.mark.parametrize("quantity", ["some", "a few", "the first two"])
def test_a_quantity_that_is_not_all_logs_nothing_and_asks_for_each(session, mine, alex_talks, quantity):
    said = alex_talks.send(Match("LogAllKeptIntent", {"quantity": quantity}))
    assert said.speech == SAY("name_each_kept") and said.open and entries(session) == []


@pytest.mark.parametrize("quantity", ["all\x07", "\x00", "both\u202e"])
def test_control_characters_in_the_quantity_are_not_understood(session, mine, alex_talks, quantity):
    said = alex_talks.send(Match("LogAllKeptIntent", {"quantity": quantity}))
    assert said.open and "Logged" not in said.speech and entries(session) == []


def test_a_huge_quantity_logs_nothing(session, mine, alex_talks):
    said = alex_talks.send(Match("LogAllMissedIntent", {"quantity": "all " * 2500}))
    assert said.speech == SAY("name_each_missed") and entries(session) == []


# --- what is held is logged as it would be outside a check-in, never a guess -------------------


@pytest.mark.parametrize("quantity", ["both", "some", "a few"])
def test_a_quantity_held_that_is_not_clearly_every_one_logs_nothing(session, home, mine, alex_talks, quantity):
    three_answered(alex_talks)
    said = alex_talks.send(Match("LogAllKeptIntent", {"quantity": quantity}))  # three are due
    assert log_asked(said.speech) and entries(session) == []
    said = alex_talks("log it")
    assert said.speech == f"{SAY('checkin_log_later')} Question 4: {QUESTIONS[3]}" and said.open
    assert entries(session) == [] and len(answers(session)) == 3


def test_both_held_with_exactly_two_due_logs_both(session, home, mine, alex_talks):
    alex_talks("i kept my promise to call when late")
    talk = Talk(alex_talks.skill, alex_talks.sessions, person_id=ALEX_VOICE)
    three_answered(talk)
    talk.send(Match("LogAllKeptIntent", {"quantity": "both"}))
    said = talk("log it")
    assert said.speech.startswith("Logged both: you kept your evening talk and your evening walk.")
    assert said.speech.endswith(f"Question 4: {QUESTIONS[3]}") and len(entries(session)) == 3


@pytest.mark.parametrize(
    ("intent", "quantity", "answer"),
    [
        ("LogAllKeptIntent", "some", "I kept some of them"),
        ("LogAllKeptIntent", "both", "I kept both of them"),
        ("LogAllMissedIntent", "all", "I missed all of them"),
    ],
)
def test_my_answer_saves_the_quantity_as_it_was_said(session, home, mine, alex_talks, intent, quantity, answer):
    alex, _ = home
    three_answered(alex_talks)
    alex_talks.send(Match(intent, {"quantity": quantity}))
    said = alex_talks("my answer")
    assert not said.open and answers(session)[-1] == (alex.id, 3, answer) and entries(session) == []


@pytest.mark.parametrize(
    "words", ["sort of kept the evening talk", "kind of did the evening walk", "did not really keep the evening talk"]
)
def test_a_hedged_promise_held_is_left_for_after_the_checkin(session, home, mine, alex_talks, words):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {"commitment": words}))
    said = alex_talks("log it")
    assert said.speech == f"{SAY('checkin_log_later')} Question 4: {QUESTIONS[3]}" and said.open
    assert entries(session) == [] and len(answers(session)) == 3


def test_a_plain_promise_held_is_logged(session, home, mine, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {"commitment": "evening talk"}))
    said = alex_talks("log it")
    assert said.speech == f"Logged: you kept your evening talk. Question 4: {QUESTIONS[3]}"
    assert logged(session) == [(LogKind.KEPT, mine["evening talk"])]


@pytest.mark.parametrize("forged", ["lots", [10**9, "x", None], "partners", "other couple's"])
def test_a_forged_held_named_logs_nothing_of_anyone_elses(session, home, mine, alex_talks, forged):
    other, other_partner = make_couple(session, "Robin", "Kim")
    assert other_partner is not None
    theirs = agreed_contract(session, other, other_partner)
    session.flush()
    ids = {
        "partners": [mine["pick up the kids"]],
        "other couple's": [i.lineage_id for i in theirs.items],
    }
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {"commitment": "the thing"}))
    alex_talks.conversation.attributes["flow"]["held_named"] = (
        ids.get(forged, forged) if isinstance(forged, str) else forged
    )
    said = alex_talks("log it")
    assert said.open and said.speech.endswith(f"Question 4: {QUESTIONS[3]}")
    assert entries(session) == [] and len(answers(session)) == 3


@pytest.mark.parametrize("when", ["yesterday", "the day before yesterday"])
def test_a_promise_held_with_its_day_is_logged_on_that_day(session, home, mine, alex_talks, when):
    """tester-voice35 D35: "I forgot to call when I was late on Wednesday", said as an answer and logged, was
    dated today (said alone it is Wednesday's)."""
    alex, _ = home
    three_answered(alex_talks)
    said = alex_talks(f"I forgot to call when I was late {when}")
    assert log_asked(said.speech)
    said = alex_talks("yes")
    day = "yesterday" if when == "yesterday" else "on "
    assert said.speech.startswith(f"Logged: you missed your promise to call when late, {day}"), said.speech
    assert said.speech.endswith(f"Question 4: {QUESTIONS[3]}")
    back = 1 if when == "yesterday" else 2
    assert [(e.kind, e.lineage_id, e.local_date) for e in entries(session)] == [
        (LogKind.MISSED, mine["call when late"], local_today(alex.couple, NOW) - timedelta(days=back))
    ]
