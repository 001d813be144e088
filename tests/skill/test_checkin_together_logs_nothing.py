"""Nothing is logged from "Is Sam with you?" (issue 8 item 4, vfix4; tester2's D1 and D4): the
check-in's first question on a shared device took statements ("i'd like more time together on
weekends", "we were both better at keeping our evening talks") for kept promises, logging one
or asking "which one did you keep?" and then, after "go back", logging a guess. Whatever
promise's words Alexa hears there that say more than a promise's name, nothing is logged or
guessed, and the yes-or-no comes back; a promise named plainly is logged as anywhere (the
lookalike); a question of another kind (an aside) is still answered, and the check-in goes on after a yes."""

from __future__ import annotations

import pytest

from tests.skill.talk import ALEX_VOICE, Talk, contract, entries, home, skill
from trust_tracker.skill.simulator import Match

__all__ = ["contract", "home", "skill"]

TOGETHER = "Is Sam here for the check-in too? Yes or no?"


@pytest.fixture
def alex_talks(skill, session_factory, home):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    assert talk("let's do our check-in").speech == "Let's do your check-in. Is Sam with you?"
    return talk


@pytest.mark.parametrize(
    "statement",
    [
        "i'd like more time together on weekends",
        "we were both better at keeping our evening talks",
        "we should keep our evening talks going",
        "i wish we had more evening walks",
        "i missed having our long evening walks",
        "i think the call when late thing worked",
    ],
)
def test_a_statement_at_together_logs_nothing_and_asks_again(session, contract, alex_talks, statement):
    said = alex_talks(statement)
    assert said.open and said.speech.endswith(TOGETHER)
    assert "Logged" not in said.speech and "Which one" not in said.speech
    assert entries(session) == []
    then = alex_talks("go back")
    assert "Logged" not in then.speech
    assert entries(session) == []


@pytest.mark.parametrize(
    ("intent", "slots"),
    [
        ("LogKeptIntent", {"commitment": "more time together on weekends"}),
        ("LogKeptIntent", {"commitment": "were both better at keeping our evening talks"}),
        ("LogMissedIntent", {"commitment": "the time we used to have for evening talks"}),
    ],
)
def test_any_logging_intent_heard_there_logs_nothing(session, contract, alex_talks, intent, slots):
    said = alex_talks.send(Match(intent, slots))
    assert said.speech.endswith(TOGETHER)
    assert entries(session) == []


@pytest.mark.parametrize(
    ("request_said", "kind"),
    [
        ("i kept my promise to call when late", "kept"),
        ("we had our evening talk", "kept"),
        ("i missed our evening walk", "missed"),
    ],
)
def test_a_promise_named_plainly_is_still_logged_then_the_question_comes_back(
    session, contract, alex_talks, request_said, kind
):
    """The lookalike: a request that names a promise and nothing else is logged as anywhere."""
    said = alex_talks(request_said)
    assert "Logged" in said.speech or "reflect" in said.speech
    assert [e.kind.value for e in entries(session)] == [kind]


def test_after_yes_the_checkin_begins_and_an_aside_still_comes_back(session, contract, alex_talks):
    assert "week" in alex_talks("how are we doing").speech
    said = alex_talks("yes")
    assert "question 1" in said.speech.lower()
    assert entries(session) == []
