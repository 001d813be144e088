"""`trust-tracker serve`, run with click's CliRunner (waitress replaced by a recorder): loopback by
default with verification on, another address, --dev only on loopback, the verify setting, bad
settings and ports, a port taken, before db upgrade."""

from __future__ import annotations

import gc

import pytest
import waitress

from tests.test_cli import assert_clean_error, run
from tests.test_cli import database as database
from tests.test_cli import migrated as migrated


@pytest.fixture
def served(monkeypatch) -> list[dict]:
    calls: list[dict] = []
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(waitress, "serve", lambda app, **kw: calls.append({"app": app, "frozen": bool(frozen), **kw}))
    return calls


def test_serve_defaults_to_loopback_with_verification_on(migrated, served):
    result = run("serve")
    assert result.exit_code == 0, result.output
    [call] = served
    # What was built to serve is kept out of the collector's full passes, before serving.
    assert call["frozen"] is True
    assert (call["host"], call["port"]) == ("127.0.0.1", 5000)
    assert call["app"].config["ALEXA_VERIFY"] is True
    assert call["app"].config["DEV_MODE"] is False
    assert "Trust Tracker on http://127.0.0.1:5000/ (Alexa endpoint: http://127.0.0.1:5000/alexa)" in result.stdout
    assert "DEVELOPMENT MODE" not in result.output
    # No skill ID is configured here: the operator is told /alexa refuses everything.
    assert "WARNING: NO ALEXA SKILL ID" in result.stderr
    # Only a proxy on this machine may say what the public scheme and host are.
    assert call["trusted_proxy"] == "127.0.0.1"
    assert "x-forwarded-proto" in call["trusted_proxy_headers"]


def test_serve_with_a_skill_id_has_nothing_to_warn_about(migrated, served, monkeypatch):
    monkeypatch.setenv("TRUST_TRACKER_ALEXA_SKILL_ID", "amzn1.ask.skill.real")
    result = run("serve")
    assert result.exit_code == 0, result.output
    assert "WARNING" not in result.stderr


def test_serve_on_another_address(migrated, served):
    result = run("serve", "--host", "0.0.0.0", "--port", "8080")
    assert result.exit_code == 0, result.output
    assert (served[0]["host"], served[0]["port"]) == ("0.0.0.0", 8080)
    assert "http://0.0.0.0:8080/" in result.stdout


def test_serve_dev_turns_verification_off_and_says_so(migrated, served):
    result = run("serve", "--dev")
    assert result.exit_code == 0, result.output
    [call] = served
    assert call["host"] == "127.0.0.1"
    assert call["app"].config["ALEXA_VERIFY"] is False
    assert call["app"].config["DEV_MODE"] is True
    assert "DEVELOPMENT MODE: Alexa request verification is OFF." in result.stderr
    assert "Never expose this server." in result.stderr


@pytest.mark.parametrize("host", ["localhost", "::1", "127.0.0.2"])
def test_serve_dev_on_other_loopback_addresses(migrated, served, host):
    result = run("serve", "--dev", "--host", host)
    assert result.exit_code == 0, result.output
    assert served[0]["host"] == host


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "example.com", "::"])
def test_serve_dev_refuses_a_non_loopback_host(migrated, served, host):
    result = run("serve", "--dev", "--host", host)
    assert_clean_error(
        result, f"--dev serves without request verification, so it listens on loopback only, not {host}.", 2
    )
    assert served == []


def test_serve_follows_the_verify_setting_without_dev(migrated, served, monkeypatch):
    monkeypatch.setenv("TRUST_TRACKER_ALEXA_VERIFY", "false")
    result = run("serve")
    assert result.exit_code == 0, result.output
    assert "WARNING: ALEXA REQUEST VERIFICATION IS OFF" in result.stderr
    assert served[0]["app"].config["ALEXA_VERIFY"] is False
    assert served[0]["app"].config["DEV_MODE"] is False


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "example.com", "::"])
def test_serve_without_verification_refuses_a_non_loopback_host_as_dev_does(migrated, served, monkeypatch, host):
    monkeypatch.setenv("TRUST_TRACKER_ALEXA_VERIFY", "false")
    result = run("serve", "--host", host)
    assert_clean_error(
        result,
        f"TRUST_TRACKER_ALEXA_VERIFY=false serves without request verification, so it listens on loopback only, "
        f"not {host}.",
        2,
    )
    assert served == []


def test_serve_with_a_bad_setting(migrated, served, monkeypatch):
    monkeypatch.setenv("TRUST_TRACKER_ALEXA_VERIFY", "maybe")
    assert_clean_error(run("serve"), "TRUST_TRACKER_ALEXA_VERIFY must be one of")
    assert served == []


@pytest.mark.parametrize("port", ["0", "65536", "http"])
def test_serve_refuses_a_bad_port(migrated, served, port):
    result = run("serve", "--port", port)
    assert_clean_error(result, "Invalid value for '--port'", 2)
    assert served == []


def test_serve_when_the_port_is_taken(migrated, monkeypatch):
    def taken(app, **kw):
        raise OSError(98, "Address already in use")

    monkeypatch.setattr(waitress, "serve", taken)
    assert_clean_error(run("serve", "--port", "5001"), "Cannot listen on 127.0.0.1:5001: Address already in use.")


def test_serve_before_db_upgrade(database, served):
    assert_clean_error(run("serve"), "run `trust-tracker db upgrade` first")
    assert served == []
