"""`trust-tracker say UTTERANCE` carries a session the skill left open into the next say of the
same voice and database, as a device keeps it while Alexa waits for the answer: a tester's
"yes" or check-in answer typed as a second command was heard outside any question."""

from __future__ import annotations

import json
import os
import time

import pytest
from sqlalchemy import func, select

from tests.test_cli import assert_clean_error, database, migrated, rows, run, with_demo  # noqa: F401
from trust_tracker.models.checkin_entities import CheckInAnswer
from trust_tracker.web.cli_say import open_session_file

SAM = ("--as", "sam@example.com")
CARRIED = "(Carrying on the session the last say left open; --new-session starts afresh.)"


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def answers(path) -> int:
    return rows(path, select(func.count(CheckInAnswer.id)))[0][0]


def test_an_answer_said_as_the_next_say_answers_the_question_left_open(with_demo):  # noqa: F811
    before = answers(with_demo)  # the demo's weeks of check-ins
    opened = run("say", "start our check-in", *SAM)
    assert "Is Alex with you?" in opened.stdout and "(The session stays open" in opened.stdout
    solo = run("say", "just me", *SAM)
    assert CARRIED in solo.stdout
    assert "Question 1:" in solo.stdout
    answered = run("say", "we cooked together twice", *SAM)
    assert "Question 2:" in answered.stdout
    assert answers(with_demo) == before + 1


def test_new_session_starts_afresh_and_an_ended_session_is_forgotten(with_demo):  # noqa: F811
    run("say", "start our check-in", *SAM)
    fresh = run("say", "--new-session", "what should we celebrate", *SAM)
    assert CARRIED not in fresh.stdout
    assert "(The session ends.)" in fresh.stdout or "stays open" in fresh.stdout
    run("say", "start our check-in", *SAM)
    ended = run("say", "stop", *SAM)
    assert CARRIED in ended.stdout and "(The session ends.)" in ended.stdout
    after = run("say", "just me", *SAM)  # nothing waits now: words no sample holds outside a question
    assert CARRIED not in after.stdout


@pytest.mark.parametrize("opening", ["ask trust tracker what should we celebrate", "Alexa, open Trust Tracker"])
def test_words_that_name_the_skill_open_a_new_session_as_on_a_device(with_demo, opening):  # noqa: F811
    run("say", "start our check-in", *SAM)
    before = answers(with_demo)
    result = run("say", opening, *SAM)
    assert CARRIED not in result.stdout
    assert "Heard: AnswerIntent" not in result.stdout
    assert answers(with_demo) == before


def test_words_no_sample_holds_in_an_open_session_reach_the_fallback_not_an_error(with_demo):  # noqa: F811
    assert "(The session stays open" in run("say", "help", *SAM).stdout  # open, no slot asked for
    before = answers(with_demo)
    result = run("say", "zzz qqq", *SAM)
    assert result.exit_code == 0, result.output
    assert "Heard: AMAZON.FallbackIntent" in result.stdout
    assert answers(with_demo) == before
    outside = run("say", "--new-session", "zzz qqq", *SAM)
    assert_clean_error(outside, 'No intent matches "zzz qqq"')


def test_another_voice_or_database_never_carries_on_the_session(with_demo):  # noqa: F811
    run("say", "start our check-in", *SAM)
    alex = run("say", "just me", "--as", "alex@example.com")
    assert CARRIED not in alex.stdout
    assert open_session_file("sqlite:////elsewhere.db", "sam@example.com", "en-US") != open_session_file(
        os.environ["DATABASE_URL"], "sam@example.com", "en-US"
    )


@pytest.mark.parametrize(
    "saved",
    [
        "not json",
        json.dumps([1, 2]),
        json.dumps({"at": "x"}),
        json.dumps({"at": 0, "session_id": "s", "attributes": {}, "elicit": None}),
    ],
)
def test_a_stale_or_broken_session_file_is_never_carried_on(with_demo, saved):  # noqa: F811
    path = open_session_file(os.environ["DATABASE_URL"], "sam@example.com", "en-US")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(saved, encoding="utf-8")
    result = run("say", "what should we celebrate", *SAM)
    assert result.exit_code == 0, result.output
    assert CARRIED not in result.stdout


def test_the_kept_session_is_the_users_alone_and_recent(with_demo):  # noqa: F811
    run("say", "start our check-in", *SAM)
    path = open_session_file(os.environ["DATABASE_URL"], "sam@example.com", "en-US")
    assert path.stat().st_mode & 0o077 == 0
    assert time.time() - json.loads(path.read_text(encoding="utf-8"))["at"] < 60
