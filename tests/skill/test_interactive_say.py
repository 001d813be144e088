"""`trust-tracker say` without an utterance: a whole conversation, the session kept between turns."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.pairing import pairing_code_in
from trust_tracker.models.db import make_engine
from trust_tracker.models.entities import CheckInAnswer, LogEntry, Partner, Source
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.web.cli import main


@pytest.fixture
def demo_home(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "trust-tracker.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.setenv("TRUST_TRACKER_SECRET_KEY", "test-secret-" + "x" * 40)
    monkeypatch.setenv("TRUST_TRACKER_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.delenv("TRUST_TRACKER_ALEXA_VERIFY", raising=False)
    monkeypatch.delenv("TRUST_TRACKER_ALEXA_SKILL_ID", raising=False)
    assert CliRunner().invoke(main, ["db", "upgrade"]).exit_code == 0
    assert CliRunner().invoke(main, ["demo"]).exit_code == 0
    return path


def talk(lines: list[str], *args: str) -> Result:
    return CliRunner().invoke(main, ["say", *args], input="\n".join(lines) + "\n")


def query(path: Path, statement):
    engine = make_engine(f"sqlite:///{path}")
    try:
        with Session(engine) as session:
            return list(session.scalars(statement))
    finally:
        engine.dispose()


def alexa_lines(result: Result) -> list[str]:
    return [line.split("Alexa: ", 1)[1] for line in result.output.splitlines() if "Alexa: " in line]


def test_a_setback_conversation_keeps_the_session_across_turns(demo_home) -> None:
    result = talk(
        [
            "I missed my promise to call when late",
            "yes",
            "a meeting ran over",
            "a reminder on my phone",
            "no",
        ],
        "--as",
        "alex@example.com",
    )
    assert result.exit_code == 0, result.output
    said = alexa_lines(result)
    # The thanks varies with how many setbacks Alex has logged (the demo has its own).
    thanks = ("Thank you for being honest.", "Thanks for telling me honestly.", "That took honesty; thank you.")
    assert any(said[0].startswith(f"{t} Logged: you missed your promise to call when late.") for t in thanks), said[0]
    assert said[1:4] == [
        "What triggered it?",
        "Thank you. What would have prevented it?",
        (
            "Thank you, that's saved with the setback. Would you like me to propose a change to your "
            "contract with that note, for you both to look at on the website?"
        ),
    ]
    assert said[4].startswith("Alright. Your reflection is saved")
    assert result.output.count("(The session stays open: Alexa waits for an answer.)") == 4
    assert result.output.count("(The session ends.)") == 1
    reflection = query(demo_home, select(SetbackReflection).order_by(SetbackReflection.id))[-1]  # the demo has its own
    assert (reflection.trigger, reflection.prevention) == ("A meeting ran over", "A reminder on my phone")


def test_a_shared_device_asks_who_once_then_a_new_session_asks_again(demo_home) -> None:
    code = pairing_code_in(CliRunner().invoke(main, ["pair-code", "sam@example.com"]).output)
    result = talk(
        [
            f"my code is {code}",
            "open trust tracker",
            "sam",
            "start our check-in",
            "no",
            "we had a calm week",
            "stop",
            "ask trust tracker to start our check-in",
            "it is sam speaking",
            "no",
        ]
    )
    assert result.exit_code == 0, result.output
    said = alexa_lines(result)
    assert said[0].startswith("Thanks, Sam. This device is now linked.")
    assert said[1] == "Hi! Is this Alex or Sam?"
    assert "Sam" in said[2].split(".")[0]  # greeted by name (the words vary)
    assert said[4] == "Question 1: What went well this week?"
    assert said[5] == "Thank you. Question 2: What didn't go well?"
    assert said[6].startswith("Your answers so far are saved.")
    assert said[7] == "Before I do that: is this Alex or Sam?"
    assert said[9] == "We were on: What didn't go well?"
    [sam] = query(demo_home, select(Partner).where(Partner.email == "sam@example.com"))
    answers = query(
        demo_home,
        select(CheckInAnswer).where(CheckInAnswer.partner_id == sam.id, CheckInAnswer.answer == "We had a calm week"),
    )
    assert len(answers) == 1


def test_lines_nothing_matches_are_explained_and_the_conversation_goes_on(demo_home) -> None:
    result = talk(["order me a pizza", "", "we need a pause"], "--as", "sam@example.com")
    assert result.exit_code == 0, result.output
    assert 'No intent matches "order me a pizza". Try one of:' in result.output
    # In a conversation Alexa sends the skill's fallback, which answers and keeps the session open.
    assert "Heard: AMAZON.FallbackIntent" in result.output
    assert alexa_lines(result)[0].startswith("Sorry, I didn't get that.")
    assert alexa_lines(result)[1].startswith("Let's pause together.")
    assert query(demo_home, select(LogEntry).where(LogEntry.source == Source.VOICE)) == []  # a pause logs nothing


def test_a_line_nothing_matches_during_a_question_asks_it_again(demo_home) -> None:
    result = talk(["start our check-in", "order me a pizza", "no"], "--as", "sam@example.com")
    assert result.exit_code == 0, result.output
    lines = alexa_lines(result)
    assert lines[0] == "Let's do your check-in. Is Alex with you?"
    # "Is Alex with you?" takes any words (voice12): ones that say neither yes nor no are asked again.
    assert lines[1] == "Just yes or no, please. Is Alex here for the check-in too? Yes or no?"
    assert lines[2].startswith("Question 1:")
