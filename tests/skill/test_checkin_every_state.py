"""Every check-in state keeps what matters (issue 8, item 6, the tester's third, fourth and
sixth finds): something to log at "Is Sam with you?" is logged and the question comes back;
words that ask for more are never saved as an answer; "again", "say it again", "repeat the
question" and "what was the question" repeat the question in every state. Through the real
skill: spoken text and rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAM_VOICE, SAY, Talk, as_written, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.entities import LogKind
from trust_tracker.models.steering_words import control
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.steering import asks_for_more

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture

TOGETHER = "Is Sam here for the check-in too? Yes or no?"
BACK = f"Back to our check-in: {TOGETHER}"


# --- at "Is Sam with you?", something to log is logged and the question comes back ------------


def test_a_keep_at_is_sam_with_you_is_logged_and_the_question_comes_back(session, home, contract, alex_talks):
    alex, _ = home
    alex_talks("start our check-in")
    said = alex_talks("I kept my promise to call when late")
    assert said.speech == f"Logged: you kept your promise to call when late. {BACK}" and said.open
    assert [(e.partner_id, e.kind, e.lineage_id) for e in entries(session)] == [
        (alex.id, LogKind.KEPT, contract["call when late"])
    ]
    said = alex_talks("no")
    assert said.speech == f"Question 1: {QUESTIONS[0]}"
    alex_talks("our walk")
    assert answers(session) == [(alex.id, 0, "Our walk")]


def test_which_one_at_is_sam_with_you_is_answered_then_the_question_comes_back(session, home, contract, alex_talks):
    alex_talks("start our check-in")
    said = alex_talks("I kept my promise to call")  # one promise shares the word: that one is asked first
    assert said.open and said.speech.endswith("Was it your promise to call when late?") and entries(session) == []
    said = alex_talks("yes")
    assert said.speech.endswith(BACK) and [e.lineage_id for e in entries(session)] == [contract["call when late"]]
    assert alex_talks("yes").speech == f"Alex, question 1: {QUESTIONS[0]}"


def test_none_of_those_at_is_sam_with_you_logs_nothing_and_comes_back(session, home, contract, alex_talks):
    alex_talks("start our check-in")
    alex_talks("I kept my promise to call")
    said = alex_talks("none of those")
    assert said.speech.endswith(BACK) and entries(session) == []


def test_a_miss_at_is_sam_with_you_offers_a_reflection_then_comes_back(session, home, contract, alex_talks):
    alex_talks("start our check-in")
    said = alex_talks("I missed my promise to call when late")
    assert said.open and "reflect" in said.speech
    said = alex_talks("no")
    assert said.speech.endswith(BACK)
    assert [e.kind for e in entries(session)] == [LogKind.MISSED]
    assert alex_talks("no").speech == f"Question 1: {QUESTIONS[0]}"


@pytest.mark.parametrize("utterance", ["log a small win we cooked", "how are we doing"])
def test_other_requests_at_is_sam_with_you_come_back_too(session, home, contract, alex_talks, utterance):
    alex_talks("start our check-in")
    said = alex_talks(utterance)
    assert said.speech.endswith(BACK) and said.open


def test_yes_and_no_at_is_sam_with_you_still_answer_it(session, home, contract, alex_talks):
    alex_talks("start our check-in")
    assert alex_talks("yes").speech == f"Alex, question 1: {QUESTIONS[0]}"


# --- words that ask for more are never an answer ---------------------------------------------

MORE = [
    "the other ones",
    "the others",
    "the rest",
    "read the rest",
    "the next ones",
    "what else",
    "anything else",
    "more",
    "tell me more",
    "any more",
    "are there any more questions",
    "is that all",
    "and the rest please",
]
# Answers that only start like it.
NOT_MORE = [
    "more time together",
    "the rest of the week was good",
    "the others at work noticed",
    "more honesty",
    "anything else is fine",
    "what else could i do",
    "the rest is history",
    "other people",
]


def test_the_family_of_asking_for_more_and_its_lookalikes():
    assert [m for m in MORE if not asks_for_more(m)] == []
    assert [m for m in NOT_MORE if asks_for_more(m)] == []


def last_question(talk: Talk) -> None:
    alone(talk)
    for answer in ("our walk", "a late night", "your texts"):
        talk(answer)


@pytest.mark.parametrize("more", MORE)
def test_more_at_the_last_question_is_never_saved_and_says_there_are_no_more(session, home, contract, alex_talks, more):
    last_question(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": more}))
    assert said.speech == f"{SAY('checkin_no_more')} Question 4: {QUESTIONS[3]}" and said.open
    assert [position for _, position, _ in answers(session)] == [0, 1, 2]


def test_the_more_intent_at_the_last_question_says_there_are_no_more(session, home, contract, alex_talks):
    last_question(alex_talks)
    said = alex_talks.send(Match("AMAZON.MoreIntent", {}))
    assert said.speech == f"{SAY('checkin_no_more')} Question 4: {QUESTIONS[3]}" and said.open
    said = alex_talks("more notice about meetings")
    assert not said.open and answers(session)[-1][1:] == (3, "More notice about meetings")


@pytest.mark.parametrize("said", [Match("AnswerIntent", {"answer": "the rest"}), Match("AMAZON.MoreIntent", {})])
def test_more_before_the_last_question_is_never_saved(session, home, contract, alex_talks, said):
    alone(alex_talks)
    reply = alex_talks.send(said)
    assert reply.speech == f"{SAY('checkin_one_at_a_time')} Question 1: {QUESTIONS[0]}" and answers(session) == []


def test_more_with_the_other_partner_still_to_answer_is_not_the_last(session, home, contract, alex_talks):
    alex_talks("start our check-in")
    alex_talks("yes")
    for turn in range(7):  # Alex's questions in Alex's voice, Sam's in Sam's
        alex_talks.voiced(SAM_VOICE if turn % 2 else ALEX_VOICE, "an answer")
    said = alex_talks.send(Match("AnswerIntent", {"answer": "the rest"}))
    assert said.speech == f"{SAY('checkin_no_more')} Sam, question 4: {QUESTIONS[3]}"
    assert len(answers(session)) == 7


@pytest.mark.parametrize("answer", NOT_MORE)
def test_answers_that_start_like_more_are_saved(session, home, contract, alex_talks, answer):
    alex, _ = home
    last_question(alex_talks)
    alex_talks.send(Match("AnswerIntent", {"answer": answer}))
    assert answers(session)[-1] == (alex.id, 3, as_written(answer))


# --- "say it again" repeats the question in every state ---------------------------------------

AGAIN = ["again", "say it again", "repeat the question", "what was the question"]
# Answers with "again" in them.
NOT_AGAIN = ["we argued again", "i was late again", "once more we talked", "the question is whether we trust"]


def test_again_and_its_lookalikes():
    assert [a for a in AGAIN if control(a) != "repeat"] == []
    assert [a for a in NOT_AGAIN if control(a) is not None] == []


def _held(talk: Talk) -> None:
    alone(talk)
    talk("log that I kept my promise to call when late")


def _which(talk: Talk) -> None:
    alone(talk)
    talk.send(Match("LogKeptIntent", {"commitment": "evening"}))
    talk("yes")


# Each state, and its question as asked again.
STATES: dict[str, tuple[Callable[[Talk], object], str]] = {
    "question": (alone, QUESTIONS[0]),
    "last question": (last_question, QUESTIONS[3]),
    "is Sam with you?": (lambda talk: talk("start our check-in"), TOGETHER),
    "who's answering?": (lambda talk: (alone(talk), talk("actually this is Dave")), "Who's speaking: Alex or Sam?"),
    "shall I log that?": (_held, SAY("checkin_log_or_answer_reprompt")),
    "did you mean that as your answer?": (
        lambda talk: (alone(talk), talk.send(Match("AnswerIntent", {"answer": "how are we doing"}))),
        SAY("checkin_confirm_reprompt"),
    ),
    "which one did you keep?": (_which, "Please tell me which promise you kept: evening talk or evening walk."),
}


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("again", AGAIN)
@pytest.mark.parametrize("intent", ["heard", "AnswerIntent"])
def test_again_repeats_the_question_in_every_state(session, home, contract, alex_talks, state, again, intent):
    begin, asked = STATES[state]
    begin(alex_talks)
    before = answers(session)
    # As the interaction model routes it, or as the words of an elicited answer slot.
    said = alex_talks(again) if intent == "heard" else alex_talks.send(Match("AnswerIntent", {"answer": again}))
    assert said.open and said.speech.endswith(asked), said.speech
    assert answers(session) == before and entries(session) == []


def test_say_it_again_at_shall_i_log_that_is_not_an_unclear_reply(session, home, contract, alex_talks):
    _held(alex_talks)
    for _ in range(4):
        assert alex_talks("say it again").speech == SAY("checkin_log_or_answer_reprompt")
    alex_talks("yes")
    assert [e.lineage_id for e in entries(session)] == [contract["call when late"]]


def test_say_it_again_at_which_one_then_a_name_logs_it(session, home, contract, alex_talks):
    _which(alex_talks)
    alex_talks.send(Match("AnswerIntent", {"answer": "say it again"}))
    said = alex_talks.send(Match("AnswerIntent", {"answer": "evening talk"}))
    assert said.speech.endswith(f"Question 1: {QUESTIONS[0]}")
    assert [e.lineage_id for e in entries(session)] == [contract["evening talk"]]


@pytest.mark.parametrize("odd", ["a\x00b", "x" * 10_000, "the rest\x07"])
def test_odd_words_at_the_last_question_save_nothing_wrong(session, home, contract, alex_talks, odd):
    last_question(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": odd}))
    assert said.open
    assert all(len(text) <= 1000 and "\x00" not in text and "\x07" not in text for _, _, text in answers(session))


@pytest.mark.parametrize("forged", [{"position": "3"}, {"partner": 999_999}, {"skipped": "all"}, {"order": None}])
def test_more_with_a_stale_session_loses_its_place_clearly(session, home, contract, alex_talks, forged):
    last_question(alex_talks)
    alex_talks.conversation.attributes["flow"].update(forged)
    said = alex_talks.send(Match("AMAZON.MoreIntent", {}))
    assert said.speech and len(answers(session)) == 3


@pytest.mark.parametrize(
    "odd",
    [
        Match("LogKeptIntent", {"commitment": "call\x00 when late"}),
        Match("LogKeptIntent", {"commitment": "x" * 10_000}),
        Match("LogSmallWinIntent", {"note": "w" * 10_000}),
        Match("LogKeptIntent", {"commitment": "dave"}),
    ],
)
def test_odd_requests_at_is_sam_with_you_write_nothing_and_keep_the_question(session, home, contract, alex_talks, odd):
    alex_talks("start our check-in")
    said = alex_talks.send(odd)
    assert said.open and entries(session) == []
    said = alex_talks("no")  # to whatever was asked: then the check-in's question is still there
    assert said.open and (TOGETHER in said.speech or said.speech.endswith(QUESTIONS[0]))
    assert entries(session) == []


@pytest.mark.parametrize("forged", [{"checkin_aside": "x"}, {"last_question": None}, {"flow": {"name": "checkin"}}])
def test_a_stale_is_sam_with_you_loses_nothing(session, home, contract, alex_talks, forged):
    alex_talks("start our check-in")
    alex_talks.conversation.attributes.update(forged)
    said = alex_talks("I kept my promise to call when late")
    assert said.speech and [e.lineage_id for e in entries(session)] == [contract["call when late"]]
