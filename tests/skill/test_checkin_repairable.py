"""Every check-in repairable, brief and right (issue 8 points 4 and 5; the final tester's
defects 3 and 6), through the real skill: a request said as an answer is asked about with a
question whose yes and no each mean one thing; a name that is nobody here stops anything
being credited until a name in the couple is given. Spoken text and rows asserted."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY, as_written, entries, log_asked
from tests.skill.test_logging_dialog import logged, mine
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.speech import for_locale

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract", "mine"]  # fixtures

LEFT = for_locale("en-US").options("checkin_held_left")
REQUEST = "log that I kept my promise to call when late"


def held(talk) -> None:
    alone(talk)
    said = talk(REQUEST)
    assert log_asked(said.speech) and said.open and said.reprompt == SAY("checkin_log_or_answer_reprompt")


# --- 1. "Shall I log that? Or, if it was your answer, say: my answer." -----------------------


@pytest.mark.parametrize("log_it", ["yes", "log it", "yes please", "the first one", "log that please"])
def test_yes_logs_it_with_the_right_promise_and_the_question_comes_back(session, mine, alex_talks, log_it):
    held(alex_talks)
    said = alex_talks(log_it)
    assert said.speech == f"Logged: you kept your promise to call when late. Question 1: {QUESTIONS[0]}"
    assert said.open and logged(session) == [(LogKind.KEPT, mine["call when late"])] and answers(session) == []
    said = alex_talks("we walked every evening")  # the check-in goes on where it was
    assert answers(session)[-1][1:] == (0, "We walked every evening") and said.open


@pytest.mark.parametrize("word", ["AMAZON.YesIntent", "AMAZON.NoIntent"])
def test_the_yes_and_no_intents_mean_the_same_as_the_words(session, mine, alex_talks, word):
    held(alex_talks)
    said = alex_talks.send(Match(word))
    assert said.speech.endswith(f"Question 1: {QUESTIONS[0]}") and said.open
    assert logged(session) == ([(LogKind.KEPT, mine["call when late"])] if word == "AMAZON.YesIntent" else [])
    assert answers(session) == []


@pytest.mark.parametrize("leave", ["no", "neither", "no thanks", "leave it", "none of those"])
def test_no_or_neither_leaves_it_nothing_logged_or_saved(session, mine, alex_talks, leave):
    held(alex_talks)
    said = alex_talks(leave)
    assert any(said.speech == f"{line} Question 1: {QUESTIONS[0]}" for line in LEFT) and said.open
    assert entries(session) == [] and answers(session) == []


@pytest.mark.parametrize("mine_words", ["my answer", "that was my answer", "the second one", "save it"])
def test_my_answer_saves_the_words_said_as_the_answer(session, home, mine, alex_talks, mine_words):
    alex, _ = home
    held(alex_talks)
    said = alex_talks(mine_words)
    assert said.speech.endswith(f"Question 2: {QUESTIONS[1]}") and said.open
    assert answers(session) == [(alex.id, 0, as_written(REQUEST.lower()))] and entries(session) == []


def test_fillers_and_unclear_replies_ask_again_and_the_third_leaves_it(session, mine, alex_talks):
    held(alex_talks)
    first = alex_talks("um")
    assert first.open and first.speech.endswith(SAY("checkin_log_or_answer_reprompt"))
    assert not log_asked(first.speech)
    second = alex_talks.send(Match("AnswerIntent", {"answer": "purple elephants"}))
    assert second.open and second.speech == SAY("checkin_log_or_answer_reprompt")
    assert entries(session) == [] and answers(session) == []
    third = alex_talks.send(Match("AnswerIntent", {"answer": "whatever you think"}))
    assert any(third.speech == f"{line} Question 1: {QUESTIONS[0]}" for line in LEFT) and third.open
    assert entries(session) == [] and answers(session) == []


def test_a_clear_reply_after_an_unclear_one_still_counts(session, mine, alex_talks):
    held(alex_talks)
    alex_talks("hmm")
    said = alex_talks("log it")
    assert said.speech.startswith("Logged: you kept your promise to call when late.")
    assert logged(session) == [(LogKind.KEPT, mine["call when late"])]


@pytest.mark.parametrize("odd", ["\u0007log it", "x" * 5000])
def test_odd_replies_to_the_held_question_write_nothing(session, mine, alex_talks, odd):
    held(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": odd}))
    assert said.open and entries(session) == [] and answers(session) == []


def test_a_miss_said_as_an_answer_and_logged_offers_nothing_else_and_comes_back(session, mine, alex_talks):
    alone(alex_talks)
    alex_talks("our walk")
    said = alex_talks("I missed the evening talk on Thursday")
    assert log_asked(said.speech)
    said = alex_talks("yes")
    assert said.open and said.speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert logged(session) == [(LogKind.MISSED, mine["evening talk"])]


# --- 2. "Actually this is Dave": nothing credited until a name in the couple is given -----------


def start_alone_on_a_shared_device(talk) -> None:
    talk("start our check-in")
    talk("alex")
    talk("no")


def test_a_stranger_is_asked_who_is_answering_and_the_answer_waits(session, couple, shared_talk):
    alex, _ = couple
    start_alone_on_a_shared_device(shared_talk)
    said = shared_talk("actually this is Dave")
    assert said.speech == "I only know Alex and Sam here. Who's answering: Alex or Sam?" and said.open
    said = shared_talk("we talked a lot")
    assert said.speech == "I'll keep that until I know who's speaking. Who's answering: Alex or Sam?"
    assert answers(session) == []
    said = shared_talk("dave")  # still nobody here
    assert said.open and answers(session) == []
    said = shared_talk("alex")
    assert said.open and said.speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert answers(session) == [(alex.id, 0, "We talked a lot")]


def test_a_name_first_then_the_answer_is_credited_to_that_name(session, couple, shared_talk):
    alex, _ = couple
    start_alone_on_a_shared_device(shared_talk)
    shared_talk("actually this is Dave")
    said = shared_talk("it's alex")
    assert said.speech == f"Thanks, Alex. Question 1: {QUESTIONS[0]}" and answers(session) == []
    shared_talk("we talked a lot")
    assert answers(session) == [(alex.id, 0, "We talked a lot")]


def test_after_a_stranger_actually_this_is_sam_still_switches(session, couple, shared_talk):
    _, sam = couple
    start_alone_on_a_shared_device(shared_talk)
    shared_talk("actually this is Dave")
    shared_talk("we talked a lot")
    said = shared_talk("actually this is Sam")
    assert said.speech.startswith("Thanks, Sam: I'll take what's said here as yours for now.") and said.open
    shared_talk("knowing you would text")
    assert answers(session) == [(sam.id, 0, "Knowing you would text")]


def test_a_stranger_then_stop_saves_nothing_for_anyone(session, couple, shared_talk):
    start_alone_on_a_shared_device(shared_talk)
    shared_talk("actually this is Dave")
    shared_talk("we talked a lot")
    said = shared_talk("stop")
    assert not said.open and answers(session) == [] and entries(session) == []


def test_a_stranger_said_to_the_identify_intent_is_asked_who_too(session, couple, shared_talk):
    alex, _ = couple
    start_alone_on_a_shared_device(shared_talk)
    said = shared_talk.send(Match("IdentifySpeakerIntent", {"name": "dave"}))
    assert said.speech.endswith("Who's answering: Alex or Sam?") and said.open
    shared_talk.send(Match("IdentifySpeakerIntent", {"name": "alex"}))
    shared_talk("we talked a lot")
    assert answers(session) == [(alex.id, 0, "We talked a lot")]


def test_after_a_stranger_skip_moves_on_but_nothing_is_credited_until_a_name(session, couple, shared_talk):
    alex, _ = couple
    start_alone_on_a_shared_device(shared_talk)
    shared_talk("actually this is Dave")
    said = shared_talk("skip")
    assert said.speech.endswith(QUESTIONS[1]) and said.open
    said = shared_talk("more notice")
    assert said.speech.endswith("Who's answering: Alex or Sam?") and answers(session) == []
    shared_talk("alex")
    assert answers(session) == [(alex.id, 1, "More notice")]


def test_after_a_stranger_something_to_log_is_logged_for_nobody(session, couple, shared_talk):
    start_alone_on_a_shared_device(shared_talk)
    shared_talk("actually this is Dave")
    shared_talk.send(Match("LogKeptIntent", {"commitment": "call when late"}))
    said = shared_talk("yes")
    assert said.speech.startswith(SAY("checkin_log_later")) and entries(session) == []
    shared_talk.send(Match("LogKeptIntent", {"commitment": "call when late"}))
    said = shared_talk("my answer")
    assert said.speech.endswith("Who's answering: Alex or Sam?") and answers(session) == []
