"""Saying who is there to a check-in question (tester-voice3 #12): "no just me", "only me",
"it's just me", "she's not here" are never saved as an answer. Alone, the question is asked
again; taken together, the check-in goes on with the speaker's own questions. A check-in
resumed in a later session, the other partner done, is where the tester met it. Through the
real skill: spoken text and check-in answers. Phrasings: tests/skill/voice11_phrases.py."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill import voice11_phrases as phrases
from tests.skill.talk import QUESTIONS, SAM_VOICE, SAY, Talk
from tests.skill.test_logging_dialog import alex_talks, mine
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.answer_words import says_alone

skill, home = conversations.skill, conversations.home
__all__ = ["alex_talks", "home", "mine", "skill"]

ALL = phrases.ALONE + phrases.ALONE_HELD_OUT
ANSWERS = ["I felt alone", "Sam wasn't here for dinner", "just me being silly", "it is not here yet", "me", "only"]


@pytest.mark.parametrize("said", ALL)
def test_said_to_a_resumed_checkin_it_is_never_saved(session, home, mine, skill, session_factory, said) -> None:
    alex, _ = home
    sam_talks = Talk(skill, session_factory, person_id=SAM_VOICE)
    alone(sam_talks)
    for answer in ("the walk", "the phone", "your texts", "more notice"):
        sam_talks(answer)
    first = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)
    first("start our check-in")  # Sam is done: nobody to ask about
    first("we laughed more")
    first("stop")
    again = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)
    heard = again("start our check-in")
    assert heard.speech.startswith("We were on:") and QUESTIONS[1] in heard.speech
    before = answers(session)
    heard = again(said)
    assert heard.open and heard.speech.startswith(SAY("checkin_just_you", name="Alex")) and QUESTIONS[1] in heard.speech
    assert answers(session) == before
    again("being late")
    assert (alex.id, 1, "Being late") in answers(session)


def test_taken_together_just_me_goes_on_with_the_speakers_questions(session, home, mine, alex_talks) -> None:
    alex, _ = home
    alex_talks("start our check-in")
    heard = alex_talks("yes")  # Sam is here
    assert "Alex" in heard.speech
    heard = alex_talks("Sam's not here")
    assert heard.speech.startswith(SAY("checkin_just_you", name="Alex")) and heard.open
    assert answers(session) == []
    alex_talks("our walk")
    assert answers(session) == [(alex.id, 0, "Our walk")]
    heard = alex_talks("being late")
    assert "Sam" not in heard.speech.split(".")[0]  # asked of Alex alone now


@pytest.mark.parametrize("said", ANSWERS)
def test_answers_that_only_sound_like_it_are_answers(said) -> None:
    assert not says_alone(said)


@pytest.mark.parametrize("said", ["", "   ", "just", "x" * 400, "just me " * 50])
def test_bad_input_is_read_without_error(said) -> None:
    assert says_alone(said) in (True, False)
