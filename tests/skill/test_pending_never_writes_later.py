"""A question left waiting never turns a later, unrelated request into a write (issue 8 item 4,
vfix4; tester2's D2): "i texted my ex last night" was offered back as a moment of reliability,
and the next turn, "what are this week's questions", logged a kept promise and a milestone.
Whatever waits ("which one?" with its offer of a moment, a hedge, "log all of them?"), a
request that does not answer it drops it and is served as itself; a later "yes" logs nothing.
Through the real skill."""

from __future__ import annotations

import pytest

from tests.skill.talk import ALEX_VOICE, Talk, contract, entries, home, skill
from trust_tracker.skill.simulator import Match

__all__ = ["contract", "home", "skill"]

# (The tester's "i texted my ex last night" is now offered as a breach of their no-contact
# boundary, voice9: test_lapses.py holds that question's own "never later" test.)
OFFERED = "i fixed the gate last night"


@pytest.fixture
def alex_talks(skill, session_factory, home):
    return Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")


@pytest.mark.parametrize(
    ("request_said", "served"),
    [
        ("what are this week's questions", "Question 1"),
        ("what are the questions this week", "Question 1"),
        ("how are we doing", "week"),
        ("read our contract", "call"),
        ("what are our boundaries", "former affair partner"),
    ],
)
def test_a_request_after_which_one_is_served_and_logs_nothing(session, contract, alex_talks, request_said, served):
    assert "moment of reliability" in alex_talks(OFFERED).speech
    said = alex_talks(request_said)
    assert "Logged" not in said.speech and "isn't one of your promises" not in said.speech
    assert served in said.speech
    assert entries(session) == []
    assert "pending_log" not in said.response.get("sessionAttributes", {})


@pytest.mark.parametrize(
    "leaving",
    [
        "go back",
        "that's all",
        "stop",
        "never mind",
        "scratch that",
        "take that back",
        "skip",
        "go back please",
        "delete my last entry",
    ],
)
def test_control_words_after_which_one_log_nothing(session, contract, alex_talks, leaving):
    alex_talks(OFFERED)
    said = alex_talks(leaving)
    assert (
        "Logged" not in said.speech and "Noted" not in said.speech and "isn't one of your promises" not in said.speech
    )
    assert entries(session) == []


def test_a_yes_after_another_request_logs_nothing(session, contract, alex_talks):
    alex_talks(OFFERED)
    alex_talks("how are we doing")
    said = alex_talks("yes")
    assert "Logged" not in said.speech and "Noted" not in said.speech
    assert entries(session) == []


def test_the_answer_itself_still_logs(session, contract, alex_talks):
    """The lookalike: naming one of the offered promises is the answer, and is logged."""
    alex_talks(OFFERED)
    said = alex_talks("evening talk")
    assert "Logged" in said.speech
    assert len(entries(session)) == 1


@pytest.mark.parametrize(
    "intent", ["ProgressIntent", "ReadContractIntent", "CelebrateIntent", "ReadCheckInQuestionsIntent"]
)
def test_another_intent_heard_drops_what_waited(session, contract, alex_talks, intent):
    """Alexa may hear the request as its own intent rather than the slot asked for: the same."""
    alex_talks(OFFERED)
    alex_talks.send(Match(intent, {}))
    said = alex_talks("yes")
    assert "Logged" not in said.speech and "Noted" not in said.speech
    assert entries(session) == []


@pytest.mark.parametrize(
    ("first", "intent"),
    [("i sort of kept my promise to call when late", "ProgressIntent"), ("i missed all of them", "ReadContractIntent")],
)
def test_another_intent_drops_a_confirmation_waiting(session, contract, alex_talks, first, intent):
    """ "Shall I log that as kept?" (a hedge) or "shall I log all three as missed?", then another request, then yes."""
    assert "?" in alex_talks(first).speech
    alex_talks.send(Match(intent, {}))
    said = alex_talks("yes")
    assert "Logged" not in said.speech
    assert entries(session) == []
