"""The `trust-tracker` command, run with click's CliRunner against a throwaway SQLite file: help,
db upgrade and demo, pair-code, say, reset-link. Serving: tests/test_cli_serve.py."""

from __future__ import annotations

import hmac
import re
import subprocess
from hashlib import sha256
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from tests.pairing import pairing_code_in
from trust_tracker.models.db import PAIRING_KEY, keyed, make_engine
from trust_tracker.models.demo import DEMO_EMAILS, DEMO_PASSWORD
from trust_tracker.models.entities import LogEntry, LogKind, Partner, Source, VoiceLink
from trust_tracker.models.login_entities import PasswordReset
from trust_tracker.models.pairing_entities import PairingCode
from trust_tracker.skill.requests import DEFAULT_USER_ID
from trust_tracker.skill.simulator import local_person_id, local_user_id
from trust_tracker.skill.speech import for_locale
from trust_tracker.web import create_app
from trust_tracker.web.cli import main

SECRET = "test-secret-" + "x" * 40


@pytest.fixture
def database(tmp_path, monkeypatch) -> Path:
    """The environment a person would set; the database folder does not exist yet."""
    path = tmp_path / "data" / "trust-tracker.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.setenv("TRUST_TRACKER_SECRET_KEY", SECRET)
    monkeypatch.setenv("TRUST_TRACKER_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.delenv("TRUST_TRACKER_ALEXA_VERIFY", raising=False)
    monkeypatch.delenv("TRUST_TRACKER_ALEXA_SKILL_ID", raising=False)
    return path


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def rows(path: Path, query):
    engine = make_engine(f"sqlite:///{path}")
    try:
        with Session(engine) as session:
            return list(session.execute(query))
    finally:
        engine.dispose()


def assert_clean_error(result: Result, message: str, exit_code: int = 1) -> None:
    assert result.exit_code == exit_code, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.fixture
def migrated(database) -> Path:
    assert run("db", "upgrade").exit_code == 0
    return database


@pytest.fixture
def with_demo(migrated) -> Path:
    assert run("demo").exit_code == 0
    return migrated


def test_help_lists_the_commands(database):
    result = run("--help")
    assert result.exit_code == 0
    for command in ("serve", "db", "demo", "pair-code", "reset-link", "say"):
        assert command in result.output


def test_db_upgrade_creates_the_folder_and_the_schema_then_has_nothing_to_do(database):
    assert not database.parent.exists()
    first = run("db", "upgrade")
    assert first.exit_code == 0, first.output
    assert re.search(r"Upgraded sqlite:///.*trust-tracker\.db from an empty database to revision \w+\.", first.output)
    assert database.exists()
    second = run("db", "upgrade")
    assert second.exit_code == 0
    assert "is already at the latest revision" in second.output


@pytest.mark.parametrize("command", [("demo",), ("pair-code", "alex@example.com"), ("say", "help")])
def test_commands_before_db_upgrade_say_to_run_it(database, command):
    result = run(*command)
    assert_clean_error(result, "The database has no schema yet: run `trust-tracker db upgrade` first.")


def test_demo_is_created_once_and_prints_the_logins(migrated):
    first = run("demo")
    assert first.exit_code == 0, first.output
    assert "Created the demo couple." in first.output
    second = run("demo")
    assert second.exit_code == 0
    assert "The demo couple is already there." in second.output
    for result in (first, second):
        assert all(email in result.output for email in DEMO_EMAILS)
        assert DEMO_PASSWORD in result.output
    assert rows(migrated, select(func.count(Partner.id)))[0][0] == 2


def test_pair_code_prints_a_fresh_code_and_what_to_say(with_demo):
    result = run("pair-code", "Alex@Example.com")
    assert result.exit_code == 0, result.output
    code = re.search(r"Pairing code for Alex <alex@example\.com>: (\d{6})\n", result.output)[1]
    spoken = " ".join(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][int(d)] for d in code
    )
    assert f'"Alexa, tell trust tracker my code is {spoken}"' in result.output
    assert "within 10 minutes" in result.output
    stored = rows(
        with_demo,
        select(PairingCode.code_hash, PairingCode.used_at, Partner.email).join(
            Partner, PairingCode.partner_id == Partner.id
        ),
    )
    key = keyed(SECRET)[PAIRING_KEY]  # kept under the app's secret: the digits themselves never
    assert stored == [(hmac.new(key, code.encode(), sha256).hexdigest(), None, "alex@example.com")]


def test_the_printed_sentence_links_the_local_device(with_demo):
    code = pairing_code_in(run("pair-code", "sam@example.com").output)
    result = run("say", f"Alexa, tell trust tracker my code is {code}")
    assert result.exit_code == 0, result.output
    assert "Thanks, Sam. This device is now linked." in result.output
    links = rows(with_demo, select(VoiceLink.alexa_user_id, Partner.email).join(Partner))
    assert links == [(DEFAULT_USER_ID, "sam@example.com")]


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("nobody@example.com", "No partner has the email nobody@example.com."),
        ("not-an-email", "No partner has the email not-an-email."),
    ],
)
def test_pair_code_for_an_unknown_email(with_demo, email, message):
    assert_clean_error(run("pair-code", email), message)
    assert rows(with_demo, select(func.count(PairingCode.id)))[0][0] == 0


def test_say_as_a_partner_links_once_and_logs_the_kept_promise(with_demo):
    result = run("say", "log that I kept my promise", "--as", "alex@example.com")
    assert result.exit_code == 0, result.output
    assert (
        f"Linked the simulated device {local_user_id('alex@example.com')} to Alex <alex@example.com>." in result.stderr
    )
    assert "Heard: LogKeptIntent" in result.stdout
    assert "Alexa: Which one did you keep: " in result.stdout  # no promise named: asked, nothing written yet
    voice_entries = select(LogEntry.kind, Partner.email).join(Partner).where(LogEntry.source == Source.VOICE)
    assert rows(with_demo, voice_entries) == []
    answered = run("say", "the open phone", "--as", "alex@example.com")  # the open session's answer
    assert answered.exit_code == 0, answered.output
    assert rows(with_demo, voice_entries) == [(LogKind.KEPT, "alex@example.com")]

    again = run("say", "Alexa, ask trust tracker to log that I kept my promise", "--as", "alex@example.com")
    assert again.exit_code == 0, again.output
    assert "Linked" not in again.output  # already linked: no second pairing
    assert "Which one did you keep" in again.stdout and len(rows(with_demo, voice_entries)) == 1
    assert rows(with_demo, select(func.count(VoiceLink.id)))[0][0] == 1


def test_say_as_a_partner_whose_voice_was_moved_says_so(with_demo):
    assert run("say", "how are we doing", "--as", "alex@example.com").exit_code == 0
    sam_id = rows(with_demo, select(Partner.id).where(Partner.email == "sam@example.com"))[0][0]
    engine = make_engine(f"sqlite:///{with_demo}")
    with engine.begin() as connection:  # as an old version of the skill could do, on a name said aloud
        connection.execute(
            update(VoiceLink)
            .where(VoiceLink.person_id == local_person_id("alex@example.com"))
            .values(partner_id=sam_id)
        )
    engine.dispose()
    result = run("say", "how are we doing", "--as", "alex@example.com")
    assert result.exit_code == 0, result.output
    assert (
        "Note: the simulated voice of alex@example.com was known as Sam; linking it to Alex again with a pairing code."
    ) in result.stderr


def test_say_fills_the_commitment_slot(with_demo):
    result = run("say", "I kept my promise to call when late", "--as", "sam@example.com")
    assert result.exit_code == 0, result.output
    assert 'Heard: LogKeptIntent (commitment="call when late")' in result.stdout
    assert "Alexa: Logged: you kept your promise to call when late" in result.stdout


def test_say_without_as_hears_how_to_link(with_demo):
    result = run("say", "log that I kept my promise")
    assert result.exit_code == 0, result.output
    assert "Alexa: This device isn't linked to Trust Tracker yet." in result.stdout
    assert "Reprompt: When you have your code, say: my code is, and the six digits." in result.stdout
    assert "(The session stays open: Alexa waits for an answer.)" in result.stdout
    assert rows(with_demo, select(func.count(LogEntry.id)).where(LogEntry.source == Source.VOICE))[0][0] == 0


def test_say_help(with_demo):
    result = run("say", "help", "--as", "sam@example.com")
    assert result.exit_code == 0, result.output
    assert "Heard: AMAZON.HelpIntent" in result.stdout
    said = result.stdout.split("Alexa: ", 1)[1]
    assert any(said.startswith(line.split(" Try:")[0]) for line in for_locale("en-US").options("help")), said


def test_say_launch_and_stop(with_demo):
    launch = run("say", "open trust tracker", "--as", "sam@example.com")
    assert launch.exit_code == 0, launch.output
    assert "Heard: LaunchRequest" in launch.stdout
    greeting = launch.stdout.split("Alexa: ", 1)[1]
    assert any(greeting.startswith(line.format(name="Sam")) for line in for_locale("en-US").options("welcome")), (
        greeting
    )
    stop = run("say", "stop", "--as", "sam@example.com")
    assert "Alexa: Goodbye. Take care of each other." in stop.stdout
    assert "(The session ends.)" in stop.stdout


def test_say_an_utterance_nothing_matches(with_demo):
    result = run("say", "order me a pizza", "--as", "alex@example.com")
    assert_clean_error(result, 'No intent matches "order me a pizza". Try one of: "')
    assert rows(with_demo, select(func.count(VoiceLink.id)))[0][0] == 0  # nothing was sent


def test_say_as_an_unknown_email(with_demo):
    assert_clean_error(run("say", "help", "--as", "nobody@example.com"), "No partner has the email nobody@example.com.")


def test_speak_without_espeak_is_a_note_not_an_error(with_demo, monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: None)
    result = run("say", "help", "--speak")
    assert result.exit_code == 0, result.output
    assert "Note: espeak-ng is not installed, so nothing is read aloud." in result.stderr


def test_speak_reads_the_answer_with_espeak(with_demo, monkeypatch):
    spoken: list[list[str]] = []
    monkeypatch.setattr("shutil.which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(
        subprocess, "run", lambda args, check: spoken.append(args) or subprocess.CompletedProcess(args, 0)
    )
    result = run("say", "stop", "--speak")
    assert result.exit_code == 0, result.output
    assert spoken == [["/usr/bin/espeak-ng", "Goodbye. Take care of each other."]]


def test_reset_link_prints_a_one_time_link_that_sets_a_new_password(with_demo, tmp_path):
    result = run("reset-link", DEMO_EMAILS[0], "--site", "https://tt.example")
    assert result.exit_code == 0, result.output
    assert "it works once, within 15 minutes" in result.output
    path = re.search(r"https://tt\.example(/reset/\S+)", result.output).group(1)
    assert rows(with_demo, select(func.count(PasswordReset.id))) == [(1,)]
    browser = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False}).test_client()
    new = {"new": "a brand new passphrase", "repeat": "a brand new passphrase"}
    assert browser.post(path, data=new).status_code == 302
    assert browser.post(path, data=new).status_code == 404  # used up
    login = browser.post("/login", data={"email": DEMO_EMAILS[0], "password": "a brand new passphrase"})
    assert login.status_code == 302


def test_reset_link_for_an_unknown_email(with_demo):
    assert_clean_error(run("reset-link", "nobody@example.com"), "No partner has the email nobody@example.com.")


def test_say_distress_is_heard_as_support_and_answered_with_help(with_demo):
    # Once heard as "I am {name}", and answered with a menu.
    result = run("say", "I am scared of my partner")
    assert result.exit_code == 0, result.output
    assert "Heard: SupportIntent" in result.stdout
    assert "Alexa: I'm sorry you're going through this. If you're in danger, call nine one one." in (result.stdout)
    assert "What would you like to do" not in result.stdout
    assert "Reprompt: Would you like a short pause to breathe? Yes or no?" in result.stdout
    assert rows(with_demo, select(func.count(VoiceLink.id)))[0][0] == 0
