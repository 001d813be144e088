"""The check-in's loose ends (issue 8, voice8; an en-AU tester's finds): "yes she's here", "yeah,
he's right here next to me", "no he's at work" answer "Is Sam with you?" (never a safety answer,
never a fallback); "let's begin", "let's get started", "go on then" start a check-in when it is
offered; "log it", "save it", "it was my answer", "the answer" answer "shall I log that, or was it
your answer?". Typed through the interaction model of every locale, asserted on speech and rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, Talk, entries
from tests.skill.test_repairs import answers
from trust_tracker.models.entities import CheckInAnswer, LogKind
from trust_tracker.skill.speech import LANGUAGES

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

HELP_LINE = "If you're in danger"
# Held out from the samples' own words where the model allows: yes, Sam is here.
TOGETHER_YES = [
    "yes she's here",
    "yeah, he's right here next to me",
    "yep they're right here",
    "yes we're both here",
]
TOGETHER_NO = [
    "no he's at work",
    "no she's out",
    "no, just me",
    "no he's asleep",
    "it's just me today",
    "no they're busy",
]


@pytest.mark.parametrize("locale", sorted(LANGUAGES))
@pytest.mark.parametrize("said", TOGETHER_YES)
def test_yes_at_is_sam_with_you_in_words_is_together(session, skill, session_factory, home, contract, locale, said):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("start our check-in")
    heard = talk(said)
    assert heard.speech == f"Alex, question 1: {QUESTIONS[0]}" and heard.open
    assert HELP_LINE not in heard.speech and answers(session) == []


@pytest.mark.parametrize("locale", sorted(LANGUAGES))
@pytest.mark.parametrize("said", TOGETHER_NO)
def test_no_at_is_sam_with_you_in_words_is_alone(session, skill, session_factory, home, contract, locale, said):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("start our check-in")
    heard = talk(said)
    assert heard.speech == f"Question 1: {QUESTIONS[0]}" and heard.open
    talk("our walk")
    alex, _ = home
    assert answers(session) == [(alex.id, 0, "Our walk")]


@pytest.mark.parametrize("said", ["let's begin", "let's get started", "go on then", "ok let's begin"])
def test_words_that_begin_start_the_checkin_when_it_is_offered(session, skill, session_factory, home, contract, said):
    first = Talk(skill, session_factory, person_id=ALEX_VOICE)
    first("start our check-in")
    first("no")
    first("our evening talks")
    first("stop")
    later = Talk(skill, session_factory, person_id=ALEX_VOICE, now=NOW + timedelta(hours=2))
    assert "Your check-in is half done" in later("open trust tracker").speech
    heard = later(said)
    assert (
        heard.speech == "Let's pick up your check-in where you left off: What didn't go well? First, is Sam with you?"
        and heard.open
    )  # it starts
    assert later("no").speech == f"We were on: {QUESTIONS[1]}"


@pytest.mark.parametrize(
    ("said", "logged"),
    [
        ("log it", True),
        ("just log it please", True),
        ("save it", False),
        ("it was my answer", False),
        ("the answer", False),
    ],
)
def test_log_it_or_my_answer_in_words(session, skill, session_factory, home, contract, said, logged):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk("start our check-in")
    talk("no")
    asked = talk("I missed the evening talk on Thursday")
    assert asked.open and entries(session) == []
    heard = talk(said)
    assert heard.open and QUESTIONS[0 if logged else 1] in heard.speech
    if logged:
        assert [e.kind for e in entries(session)] == [LogKind.MISSED] and answers(session) == []
    else:
        assert entries(session) == []
        assert [a.answer for a in session.scalars(select(CheckInAnswer))] == ["I missed the evening talk on Thursday"]


# --- a skipped question is offered once more at the end, then left ------------------------------


def _skip_the_first(talk: Talk) -> str:
    talk("start our check-in")
    talk("no")
    talk("skip")
    for answer in ("we argued less", "more walks", "a calm talk")[: len(QUESTIONS) - 2]:
        talk(answer)
    return talk("a date night").speech


def test_a_skipped_question_is_offered_at_the_end_and_answered(session, skill, session_factory, home, contract):
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    offer = _skip_the_first(talk)
    assert offer.endswith(f"You skipped: {QUESTIONS[0].rstrip('?')}. Answer it now, or leave it?")
    assert talk("answer it now").speech.endswith(QUESTIONS[0])
    done = talk("our walk on sunday")
    assert not done.open and "left for later" not in done.speech
    assert (alex.id, 0, "Our walk on sunday") in answers(session) and len(answers(session)) == len(QUESTIONS)


@pytest.mark.parametrize("said", ["leave it", "no", "no thanks, leave it"])
def test_a_skipped_question_left_is_left_and_never_offered_again(session, skill, session_factory, home, contract, said):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    _skip_the_first(talk)
    done = talk(said)
    assert not done.open and "left one for later" in done.speech
    assert len(answers(session)) == len(QUESTIONS) - 1


def test_words_at_the_offer_are_confirmed_as_its_answer_before_anything_is_saved(
    session, skill, session_factory, home, contract
):
    """Words that are neither "answer it now" nor "leave it" may be the answer itself (voice12,
    tester-voice4 #13): asked about, never saved unasked, never lost; "no" asks the question."""
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    _skip_the_first(talk)
    first = talk("purple elephants")
    assert first.open and first.speech.startswith("I heard: purple elephants. Did you mean that as your answer to:")
    assert len(answers(session)) == len(QUESTIONS) - 1  # never saved unasked
    assert talk("no").speech.endswith(QUESTIONS[0])
    assert len(answers(session)) == len(QUESTIONS) - 1


@pytest.mark.parametrize("said", ["that's all", "skip it"])
def test_a_way_out_at_the_offer_leaves_the_skipped_question(session, skill, session_factory, home, contract, said):
    """tester-voice15 D14: "that's all" was asked "Would you like to answer it now, or leave it?" again."""
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    _skip_the_first(talk)
    done = talk(said)
    assert not done.open and "left one for later" in done.speech, done.speech
    assert len(answers(session)) == len(QUESTIONS) - 1


def test_thats_all_at_did_you_mean_that_as_your_answer_stops_and_saves_nothing_held(
    session, skill, session_factory, home, contract
):
    """tester-voice15 D14: "that's all" at "Did you mean that as your answer …? Yes or no?" was "I'm
    still not getting it"; it stops the check-in, the words held are not saved, the answers given are."""
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    _skip_the_first(talk)
    assert talk("purple elephants").speech.startswith("I heard: purple elephants. Did you mean that as your answer")
    stopped = talk("that's all")
    assert not stopped.open and stopped.speech.startswith("Your answers so far are saved."), stopped.speech
    assert len(answers(session)) == len(QUESTIONS) - 1
    assert "purple elephants" not in {said for _, _, said in answers(session)}


def test_an_unclear_reply_to_the_offer_asks_again_said_once(session, skill, session_factory, home, contract):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    _skip_the_first(talk)
    first = talk("um")
    assert first.open and first.speech == "Would you like to answer it now, or leave it?"
    assert len(answers(session)) == len(QUESTIONS) - 1
