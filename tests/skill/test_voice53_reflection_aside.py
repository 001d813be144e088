"""voice53 #1: a request said at one of a reflection's questions ("what have I promised" at "What triggered
it?") is served, and then the question comes back ("Back to your reflection: …"), as a check-in question comes
back after an aside; before, the reflection ended there. Never saved as the reflection's text; what follows is
still saved as the answer to the question that came back. Through the real skill."""

from __future__ import annotations

import pytest

from tests.skill.talk import ALEX_VOICE, SAM_VOICE, SAY, Talk, contract, home, reflections, skill
from trust_tracker.skill.simulator import Match

__all__ = ["contract", "home", "skill"]

_TO_REACH = {
    "reflect?": ([], SAY("offer_reflect_reprompt")),
    "trigger": (["yes"], SAY("reflect_trigger")),
    "prevention": (["yes", "the bus was late and my phone was flat"], SAY("reflect_prevention")),
}


def _reflecting(skill, session_factory, voice: str, step: str, locale: str = "en-US") -> Talk:
    talk = Talk(skill, session_factory, person_id=voice, locale=locale)
    assert "reflect on it?" in talk("i missed my promise to call when late").speech
    for said in _TO_REACH[step][0]:
        assert talk.send(Match("AnswerIntent", {"answer": said})).open
    return talk


@pytest.mark.parametrize("step", list(_TO_REACH))
@pytest.mark.parametrize(
    ("asked", "heard"),
    [("what have i promised", "Shared with Sam: call when late"), ("how are we doing", "So far this week")],
)
def test_the_question_comes_back_after_a_request(session, session_factory, skill, contract, step, asked, heard):
    talk = _reflecting(skill, session_factory, ALEX_VOICE, step)
    said = talk.send(Match("AnswerIntent", {"answer": asked}))
    question = _TO_REACH[step][1]
    assert said.open and heard in said.speech
    assert said.speech.endswith(f"{SAY('reflect_back')} {question}") and said.reprompt == question
    assert all(asked not in (text or "").lower() for pair in reflections(session) for text in pair)


def test_the_answer_after_the_aside_is_saved_to_the_question(session, session_factory, skill, contract):
    talk = _reflecting(skill, session_factory, SAM_VOICE, "trigger", locale="en-GB")
    talk.send(Match("AnswerIntent", {"answer": "what have i promised"}))
    assert SAY("reflect_prevention") in talk.send(Match("AnswerIntent", {"answer": "i was worn out"})).speech
    talk.send(Match("AnswerIntent", {"answer": "how are we doing"}))
    talk.send(Match("AnswerIntent", {"answer": "an alarm on my phone"}))
    assert reflections(session) == [("I was worn out", "An alarm on my phone")]


def test_stop_after_the_aside_still_leaves(session, session_factory, skill, contract):
    talk = _reflecting(skill, session_factory, ALEX_VOICE, "trigger")
    talk.send(Match("AnswerIntent", {"answer": "what have i promised"}))
    said = talk.send(Match("AMAZON.StopIntent", {}))
    assert not said.open and SAY("reflect_back") not in said.speech


def test_distress_at_the_question_gets_help_and_no_question_back(session, session_factory, skill, contract):
    talk = _reflecting(skill, session_factory, ALEX_VOICE, "trigger")
    said = talk.send(Match("AnswerIntent", {"answer": "i am scared of him"}))
    assert (
        "nine one one" in said.speech
        and SAY("reflect_back") not in said.speech
        and SAY("reflect_trigger") not in said.speech
    )
    assert reflections(session) in ([], [(None, None)])
