""" "Actually this is Sam" mid check-in, on a shared device without voice profiles: what was
answered in this conversation under Alex's name was Sam's, so it becomes Sam's (nothing
stays under the wrong name), the check-in goes on with Sam's questions, and the end thanks
whoever really answered, by name."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW, make_couple
from tests.skill import talk as conversations
from tests.skill import test_repairs as repairs
from tests.skill.talk import QUESTIONS, SAY
from tests.skill.test_repairs import answers
from trust_tracker.models import checkin_turns, checkins
from trust_tracker.models.entities import Source
from trust_tracker.models.errors import NotFound
from trust_tracker.skill.simulator import Match

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture


def start_as_alex_alone(talk) -> None:
    talk("start our check-in")
    talk("alex")
    talk("no")  # Sam isn't here, or so it seemed


@pytest.mark.parametrize(
    "correction",
    [
        Match("AnswerIntent", {"answer": "actually this is sam"}),
        Match("AnswerIntent", {"answer": "oh sorry, it's sam"}),
        Match("IdentifySpeakerIntent", {"name": "sam"}),
    ],
)
def test_answers_given_before_actually_this_is_sam_become_sams(session, couple, shared_talk, correction):
    _alex, sam = couple
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    shared_talk("being late once")
    said = shared_talk.send(correction)
    assert said.speech == (
        "Thanks, Sam: I'll take what's said here as yours for now. "
        f"The 2 answers you gave are under your name now. Question 3: {QUESTIONS[2]}"
    )
    assert said.open and answers(session) == [(sam.id, 0, "Our walk"), (sam.id, 1, "Being late once")]
    shared_talk("knowing you would text")
    said = shared_talk("more notice about meetings")
    assert said.speech.startswith("Thank you, Sam. Your answers are saved.")
    assert said.open and said.speech.endswith(SAY("anything_else_named", name="Sam"))  # the name holds (tester D6)
    assert "Thank you, Alex" not in said.speech and "Alex can answer later" in said.speech
    assert {partner for partner, _, _ in answers(session)} == {sam.id}


def test_an_answer_sam_had_given_earlier_is_kept_and_said_so(session, couple, shared_talk):
    """The third tester: Sam's own earlier answer disappeared without a word; the fourth: said
    so, it was still gone. It is kept, and "go back" changes it knowingly."""
    alex, sam = couple
    checkins.save_answer(session, sam, 0, "sam's own first answer", source=Source.WEB, now=NOW - timedelta(hours=2))
    session.commit()
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    said = shared_talk("actually this is sam")
    assert "under your name now" not in said.speech
    assert SAY("checkin_answers_kept_one", wrong="Alex") in said.speech and said.open
    assert answers(session) == [(alex.id, 0, "Our walk"), (sam.id, 0, "sam's own first answer")]
    said = shared_talk("go back")
    assert said.speech == f"Alright, let's go back. Question 1: {QUESTIONS[0]}"
    shared_talk("our walk really")
    assert answers(session) == [(alex.id, 0, "Our walk"), (sam.id, 0, "Our walk really")]


def test_of_several_moved_only_those_sam_had_not_answered_move(session, couple, shared_talk):
    alex, sam = couple
    checkins.save_answer(session, sam, 1, "typed on the site", source=Source.WEB, now=NOW - timedelta(hours=2))
    session.commit()
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    shared_talk("being late once")
    said = shared_talk("actually this is sam")
    assert (
        SAY("checkin_answers_moved_one") in said.speech and SAY("checkin_answers_kept_one", wrong="Alex") in said.speech
    )
    assert answers(session) == [
        (alex.id, 1, "Being late once"),
        (sam.id, 0, "Our walk"),
        (sam.id, 1, "typed on the site"),
    ]


def test_go_back_after_the_correction_changes_sams_answer(session, couple, shared_talk):
    _alex, sam = couple
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    said = shared_talk("actually this is sam")
    assert "The answer you gave is under your name now." in said.speech
    assert shared_talk("go back").speech == f"Alright, let's go back. Question 1: {QUESTIONS[0]}"
    shared_talk("our long walk")
    assert answers(session) == [(sam.id, 0, "Our long walk")]


def test_only_this_conversations_answers_move(session, couple, shared_talk):
    """Alex's answer typed on the site earlier this week stays Alex's; Sam's own earlier answer
    to a question answered here again is kept (said so), never replaced by a move."""
    alex, sam = couple
    checkins.save_answer(session, alex, 3, "shorter talks", source=Source.WEB, now=NOW)
    checkins.save_answer(session, sam, 0, "old words", source=Source.WEB, now=NOW)
    session.flush()
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    shared_talk("actually it's sam")
    assert answers(session) == [(alex.id, 0, "Our walk"), (alex.id, 3, "shorter talks"), (sam.id, 0, "old words")]


def test_a_correction_before_any_answer_moves_nothing(session, couple, shared_talk):
    _alex, sam = couple
    start_as_alex_alone(shared_talk)
    said = shared_talk("actually this is sam")
    assert said.speech == f"Thanks, Sam: I'll take what's said here as yours for now. Question 1: {QUESTIONS[0]}"
    shared_talk("our walk")
    assert answers(session) == [(sam.id, 0, "Our walk")]


def test_forged_given_pairs_move_nothing_of_anyone_else(session, couple, shared_talk):
    alex, _sam = couple
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    shared_talk.conversation.attributes["flow"]["given"] = [[alex.id, "x"], [True, 1], "3", [alex.id, 99]]
    said = shared_talk("actually this is sam")
    assert said.open and "under your name" not in said.speech
    assert answers(session) == [(alex.id, 0, "Our walk")]


def test_a_forged_given_never_moves_an_earlier_web_answer(session, couple, shared_talk):
    """given=[[alex, 3]] forged on the device: Alex's answer typed on the site earlier stays Alex's."""
    alex, sam = couple
    checkins.save_answer(session, alex, 3, "shorter talks", source=Source.WEB, now=NOW)
    session.flush()
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    shared_talk.conversation.attributes["flow"]["given"] = [[alex.id, 0], [alex.id, 3]]
    said = shared_talk("actually this is sam")
    assert "The answer you gave is under your name now." in said.speech and said.open
    assert answers(session) == [(alex.id, 3, "shorter talks"), (sam.id, 0, "Our walk")]


@pytest.mark.parametrize("began", [None, "a year ago", 5, "2025-11-25T12:00:00+00:00", "2026-11-25T12:00:00"])
def test_an_earlier_voice_answer_stays_whatever_the_device_says_the_start_was(session, couple, shared_talk, began):
    """Alex's voice answer from another conversation two hours ago is not this one's, even
    with given and the conversation's start forged."""
    alex, sam = couple
    checkins.save_answer(session, alex, 3, "said this morning", source=Source.VOICE, now=NOW - timedelta(hours=2))
    session.flush()
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    flow = shared_talk.conversation.attributes["flow"]
    flow["given"], flow["began"] = [[alex.id, 0], [alex.id, 3]], began
    shared_talk("actually this is sam")
    moved = [(sam.id, 0, "Our walk")] if began == "2025-11-25T12:00:00+00:00" else [(alex.id, 0, "Our walk")]
    assert answers(session) == sorted([(alex.id, 3, "Said this morning"), *moved])


def test_reattribute_moves_only_voice_answers_of_this_conversation(session, couple):
    alex, sam = couple
    checkins.save_answer(session, alex, 0, "typed", source=Source.WEB, now=NOW)
    checkins.save_answer(session, alex, 1, "said before", source=Source.VOICE, now=NOW - timedelta(minutes=10))
    checkins.save_answer(session, alex, 2, "said now", source=Source.VOICE, now=NOW)
    moved = checkin_turns.reattribute(session, alex, sam, [0, 1, 2, 3], NOW, since=NOW - timedelta(minutes=5))
    assert moved == (1, 0) and answers(session) == [
        (alex.id, 0, "typed"),
        (alex.id, 1, "Said before"),
        (sam.id, 2, "Said now"),
    ]


def test_a_known_voice_moves_no_answers(session, home, contract, alex_talks):
    alex, _ = home
    repairs.alone(alex_talks)
    alex_talks("our walk")
    said = alex_talks("actually this is sam")
    assert said.speech.startswith(SAY("who_known", name="Alex"))
    assert answers(session) == [(alex.id, 0, "Our walk")]


alex_talks = conversations.alex_talks


def test_reattribute_refuses_another_couples_partner(session, couple):
    alex, _ = couple
    stranger, _ = make_couple(session, "Robin", "Kim")
    with pytest.raises(NotFound):
        checkin_turns.reattribute(session, alex, stranger, [0], NOW, since=NOW)


@pytest.mark.parametrize("said", ["my name is sam", "sam speaking", "sam here"])
def test_other_ways_of_saying_who_is_speaking_switch_and_are_not_saved(session, couple, shared_talk, said):
    _alex, sam = couple
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    reply = shared_talk.send(Match("AnswerIntent", {"answer": said}))
    assert reply.speech.startswith("Thanks, Sam:") and answers(session) == [(sam.id, 0, "Our walk")]
