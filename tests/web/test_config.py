"""Configuration from the environment, and how the Alexa endpoint is mounted."""

from __future__ import annotations

import json
import logging
import re
import stat
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from tests.alexa_ca import TestCA
from tests.factories import PASSWORD
from tests.pairing import pairing_code_in
from tests.web.conftest import SKILL_ID
from tests.web.helpers import count, log_in, text_of
from trust_tracker.models.base import utcnow
from trust_tracker.models.entities import LogEntry, LogKind, Source
from trust_tracker.models.pairing_entities import PairingFailure
from trust_tracker.skill.requests import intent_request, launch_request
from trust_tracker.web import alexa_warnings, create_app
from trust_tracker.web.config import ConfigError

ENVIRONMENT = (
    "DATABASE_URL",
    "TRUST_TRACKER_DATABASE_URL",
    "TRUST_TRACKER_SECRET_KEY",
    "TRUST_TRACKER_ALEXA_SKILL_ID",
    "TRUST_TRACKER_ALEXA_VERIFY",
    "TRUST_TRACKER_INSTANCE_PATH",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch) -> None:
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def instance(tmp_path):
    return tmp_path / "deep" / "instance"


def app_with(instance, session_factory, **config):
    return create_app({"INSTANCE_PATH": instance, "SESSION_FACTORY": session_factory} | config)


# --- secret key ---------------------------------------------------------------


def test_secret_key_is_generated_once_into_the_instance_folder(instance, session_factory) -> None:
    first = app_with(instance, session_factory)
    key_file = instance / "secret_key"
    assert instance.is_dir() and key_file.is_file()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert re.fullmatch(r"[0-9a-f]{64}", key_file.read_text())
    assert first.config["SECRET_KEY"] == key_file.read_text()
    assert app_with(instance, session_factory).config["SECRET_KEY"] == first.config["SECRET_KEY"]


def test_a_session_survives_a_restart_with_the_generated_key(instance, session_factory, couple) -> None:
    before = app_with(instance, session_factory, WTF_CSRF_ENABLED=False).test_client()
    log_in(before, "alex@example.com")
    name = before.application.config["SESSION_COOKIE_NAME"]
    cookie = before.get_cookie(name)
    after = app_with(instance, session_factory).test_client()
    after.set_cookie(name, cookie.value)
    assert after.get("/history/").status_code == 200


def test_secret_key_from_the_environment_writes_no_file(instance, session_factory, monkeypatch) -> None:
    monkeypatch.setenv("TRUST_TRACKER_SECRET_KEY", "a key from the environment, long enough")
    app = app_with(instance, session_factory)
    assert app.config["SECRET_KEY"] == "a key from the environment, long enough"
    assert not (instance / "secret_key").exists()


def test_a_secret_key_of_digits_stays_text(instance, session_factory, monkeypatch) -> None:
    monkeypatch.setenv("TRUST_TRACKER_SECRET_KEY", "1" * 40)  # valid JSON: a number, were it decoded
    assert app_with(instance, session_factory).config["SECRET_KEY"] == "1" * 40


def test_any_flask_setting_from_a_prefixed_variable(instance, session_factory, monkeypatch) -> None:
    monkeypatch.setenv("TRUST_TRACKER_MAX_CONTENT_LENGTH", "2048")
    monkeypatch.setenv("TRUST_TRACKER_SESSION_COOKIE_NAME", "tt")
    config = app_with(instance, session_factory, SECRET_KEY="k" * 32).config
    assert config["MAX_CONTENT_LENGTH"] == 2048 and config["SESSION_COOKIE_NAME"] == "tt"


def test_an_unusable_secret_key_file_stops_startup(instance, session_factory) -> None:
    instance.mkdir(parents=True)
    (instance / "secret_key").write_text("\n")
    with pytest.raises(ConfigError, match="holds no usable secret key: delete it"):
        app_with(instance, session_factory)


def test_no_secret_key_constant_in_code() -> None:
    from pathlib import Path

    for source in Path("web").rglob("*.py"):
        assert not re.search(r"SECRET_KEY\W+=\W+['\"]", source.read_text()), source


# --- database -----------------------------------------------------------------


def test_default_database_is_sqlite_in_the_instance_folder(instance) -> None:
    app = create_app({"INSTANCE_PATH": instance, "SECRET_KEY": "k" * 32})
    assert app.config["DATABASE_URL"] == f"sqlite:///{instance / 'trust-tracker.db'}"
    sessions = app.extensions["trust_tracker.sessions"]
    assert isinstance(sessions, sessionmaker)
    engine = sessions.kw["bind"]
    assert engine.url.database == str(instance / "trust-tracker.db")
    engine.dispose()


def test_database_url_from_the_environment(instance, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'elsewhere.db'}")
    app = create_app({"INSTANCE_PATH": instance, "SECRET_KEY": "k" * 32})
    engine = app.extensions["trust_tracker.sessions"].kw["bind"]
    assert engine.url.database == str(tmp_path / "elsewhere.db")
    engine.dispose()


def test_the_prefixed_database_url_wins(instance, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'platform.db'}")
    monkeypatch.setenv("TRUST_TRACKER_DATABASE_URL", f"sqlite:///{tmp_path / 'ours.db'}")
    app = create_app({"INSTANCE_PATH": instance, "SECRET_KEY": "k" * 32})
    engine = app.extensions["trust_tracker.sessions"].kw["bind"]
    assert engine.url.database == str(tmp_path / "ours.db")
    engine.dispose()


def test_a_given_session_factory_is_used_as_is(instance, session_factory) -> None:
    app = app_with(instance, session_factory, SECRET_KEY="k" * 32)
    assert app.extensions["trust_tracker.sessions"] is session_factory
    assert "DATABASE_URL" not in app.config


# --- Alexa settings -------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", True),
        ("true", True),
        ("TRUE", True),
        ("yes", True),
        (" Yes ", True),
        ("0", False),
        ("false", False),
        ("False", False),
        ("no", False),
        ("NO", False),
    ],
)
def test_alexa_verify_accepts_the_usual_words(instance, session_factory, monkeypatch, value, expected) -> None:
    monkeypatch.setenv("TRUST_TRACKER_ALEXA_VERIFY", value)
    assert app_with(instance, session_factory, SECRET_KEY="k" * 32).config["ALEXA_VERIFY"] is expected


@pytest.mark.parametrize("value", ["maybe", "", "2", "on", "off"])
def test_alexa_verify_refuses_anything_else_with_a_clear_message(instance, session_factory, monkeypatch, value) -> None:
    monkeypatch.setenv("TRUST_TRACKER_ALEXA_VERIFY", value)
    with pytest.raises(ConfigError) as raised:
        app_with(instance, session_factory, SECRET_KEY="k" * 32)
    assert str(raised.value) == (
        f"TRUST_TRACKER_ALEXA_VERIFY must be one of 1, 0, true, false, yes, no; got {value!r}."
    )


def test_alexa_verify_is_on_by_default_and_off_in_dev_mode(instance, session_factory, monkeypatch) -> None:
    assert app_with(instance, session_factory, SECRET_KEY="k" * 32).config["ALEXA_VERIFY"] is True
    assert app_with(instance, session_factory, SECRET_KEY="k" * 32, DEV_MODE=True).config["ALEXA_VERIFY"] is False
    monkeypatch.setenv("TRUST_TRACKER_ALEXA_VERIFY", "yes")  # an explicit choice wins over dev mode
    assert app_with(instance, session_factory, SECRET_KEY="k" * 32, DEV_MODE=True).config["ALEXA_VERIFY"] is True


def test_cookies_are_https_only_unless_in_development(make_app, client, couple) -> None:
    app = make_app()
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["REMEMBER_COOKIE_SECURE"]
    response = app.test_client().post("/login", data={"email": "alex@example.com", "password": PASSWORD})
    assert "Secure" in response.headers["Set-Cookie"] and "HttpOnly" in response.headers["Set-Cookie"]
    assert make_app(DEV_MODE=True).config["SESSION_COOKIE_SECURE"] is False


def test_secure_cookies_can_be_turned_off_explicitly(instance, session_factory, monkeypatch) -> None:
    monkeypatch.setenv("TRUST_TRACKER_SESSION_COOKIE_SECURE", "false")  # e.g. a LAN-only server
    config = app_with(instance, session_factory, SECRET_KEY="k" * 32).config
    assert config["SESSION_COOKIE_SECURE"] is False and config["REMEMBER_COOKIE_SECURE"] is True


def test_skill_id_from_the_environment(instance, session_factory, monkeypatch) -> None:
    monkeypatch.setenv("TRUST_TRACKER_ALEXA_SKILL_ID", "amzn1.ask.skill.from-env")
    assert (
        app_with(instance, session_factory, SECRET_KEY="k" * 32).config["ALEXA_SKILL_ID"] == "amzn1.ask.skill.from-env"
    )


def test_startup_warnings_when_verification_is_off(make_app) -> None:
    assert "ALEXA REQUEST VERIFICATION IS OFF" in alexa_warnings(make_app(ALEXA_VERIFY=False))[0]


def test_startup_warnings_when_there_is_no_skill_id(make_app) -> None:
    [warning] = alexa_warnings(make_app(ALEXA_SKILL_ID=None))
    assert "NO ALEXA SKILL ID" in warning and "TRUST_TRACKER_ALEXA_SKILL_ID" in warning
    assert alexa_warnings(make_app()) == []


# --- the Alexa endpoint -----------------------------------------------------------


@pytest.fixture(scope="module")
def ca() -> TestCA:
    return TestCA()


def signed(ca: TestCA, envelope: dict) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(envelope).encode()
    return body, ca.headers(body) | {"Content-Type": "application/json"}


def wrong_code(ca: TestCA) -> dict:
    return intent_request("LinkDeviceIntent", {"code": "000000"}, skill_id=SKILL_ID, timestamp=ca.now)


def test_alexa_fails_closed_without_a_skill_id(make_app, ca, session, caplog) -> None:
    app = make_app(ALEXA_SKILL_ID=None, ALEXA_VERIFIER=ca.verifier(skill_id=None))
    body, headers = signed(ca, wrong_code(ca))
    with caplog.at_level(logging.WARNING):
        response = app.test_client().post("/alexa", data=body, headers=headers)
    assert response.status_code == 400
    assert "no skill ID configured" in caplog.text
    assert count(session, PairingFailure) == 0


def test_alexa_answers_a_verified_request(make_app, ca, session) -> None:
    app = make_app(ALEXA_VERIFIER=ca.verifier())
    body, headers = signed(ca, wrong_code(ca))
    response = app.test_client().post("/alexa", data=body, headers=headers)
    assert response.status_code == 200
    assert response.get_json()["response"]["outputSpeech"]["ssml"]
    assert count(session, PairingFailure) == 1  # the control: this request does write


def test_alexa_refuses_unsigned_requests_by_default(make_app, session) -> None:
    response = make_app().test_client().post("/alexa", json=launch_request(skill_id=SKILL_ID))
    assert response.status_code == 400


def test_voice_and_site_meet_in_the_history(make_app, couple, session) -> None:
    """Pair on the site, log by voice through /alexa, see it on the history page."""
    app = make_app(ALEXA_VERIFY=False, CLOCK=utcnow)
    site, speaker = app.test_client(), app.test_client()
    log_in(site, "alex@example.com")
    code = pairing_code_in(site.post("/settings/pairing-code").text)
    # Alex's voice profile: without one the skill first asks who is speaking (issue 3).
    alex_voice = "amzn1.ask.person.ALEX"
    linked = speaker.post("/alexa", json=intent_request("LinkDeviceIntent", {"code": code}, person_id=alex_voice))
    assert linked.status_code == 200
    assert "Alex" in linked.get_json()["response"]["outputSpeech"]["ssml"]
    logged = speaker.post("/alexa", json=intent_request("LogKeptIntent", {"commitment": None}, person_id=alex_voice))
    assert logged.status_code == 200
    entry = session.scalars(select(LogEntry)).one()
    assert (entry.partner_id, entry.kind, entry.source) == (couple[0].id, LogKind.KEPT, Source.VOICE)
    assert "You kept a commitment. Logged by voice" in text_of(site.get("/history/"))


def test_alexa_reads_the_sites_clock(make_app, couple, session) -> None:
    """The skill behind /alexa dates what it logs by the site's clock, as the pages do (it read the
    real clock, so a site pinned to a day logged voice entries on another, and its codes expired)."""
    then = datetime(2027, 3, 3, 23, 30, tzinfo=UTC)
    app = make_app(ALEXA_VERIFY=False, CLOCK=lambda: then)
    site, speaker = app.test_client(), app.test_client()
    log_in(site, "alex@example.com")
    code = pairing_code_in(site.post("/settings/pairing-code").text)  # issued and checked by the same clock
    alex_voice = "amzn1.ask.person.ALEX"
    speaker.post("/alexa", json=intent_request("LinkDeviceIntent", {"code": code}, person_id=alex_voice))
    logged = speaker.post("/alexa", json=intent_request("LogKeptIntent", {"commitment": None}, person_id=alex_voice))
    assert logged.status_code == 200
    entry = session.scalars(select(LogEntry)).one()
    assert (entry.local_date, entry.created_at.replace(tzinfo=UTC)) == (date(2027, 3, 3), then)
