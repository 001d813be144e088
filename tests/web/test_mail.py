"""Mail settings from the environment, and sending over SMTP with the standard library."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from trust_tracker.web import mail
from trust_tracker.web.config import ConfigError

ENV = {
    "TRUST_TRACKER_SMTP_HOST": "smtp.example.com",
    "TRUST_TRACKER_SMTP_FROM": "Trust Tracker <tt@example.com>",
}


class FakeSMTP:
    """Records what smtplib.SMTP was asked to do."""

    sessions: list[FakeSMTP] = []  # noqa: RUF012 (a test's record)

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.address, self.calls = (host, port), []
        FakeSMTP.sessions.append(self)

    def __enter__(self) -> FakeSMTP:
        return self

    def __exit__(self, *exc) -> None:
        self.calls.append("quit")

    def starttls(self, context) -> None:
        self.calls.append("starttls")

    def login(self, username: str, password: str) -> None:
        self.calls.append(f"login {username}")

    def send_message(self, message: EmailMessage) -> None:
        self.calls.append(f"send {message['From']} -> {message['To']}")


def test_no_host_means_no_mail() -> None:
    assert mail.settings_from_environment({}) is None


def test_settings_and_a_send_with_starttls_and_login(monkeypatch) -> None:
    env = ENV | {"TRUST_TRACKER_SMTP_USERNAME": "tt", "TRUST_TRACKER_SMTP_PASSWORD": "secret"}
    settings = mail.settings_from_environment(env)
    assert settings is not None and settings.port == 587 and settings.starttls
    monkeypatch.setattr(mail.smtplib, "SMTP", FakeSMTP)
    FakeSMTP.sessions.clear()
    message = EmailMessage()
    message["To"] = "alex@example.com"
    message.set_content("hello")
    mail.smtp_send(settings, message)
    [smtp] = FakeSMTP.sessions
    assert smtp.address == ("smtp.example.com", 587)
    assert smtp.calls == ["starttls", "login tt", "send Trust Tracker <tt@example.com> -> alex@example.com", "quit"]


def test_plain_smtp_without_login(monkeypatch) -> None:
    settings = mail.settings_from_environment(
        ENV | {"TRUST_TRACKER_SMTP_PORT": "25", "TRUST_TRACKER_SMTP_STARTTLS": "false"}
    )
    assert settings is not None
    monkeypatch.setattr(mail.smtplib, "SMTP", FakeSMTP)
    FakeSMTP.sessions.clear()
    message = EmailMessage()
    message["To"] = "sam@example.com"
    mail.smtp_send(settings, message)
    assert FakeSMTP.sessions[0].address == ("smtp.example.com", 25)
    assert FakeSMTP.sessions[0].calls == ["send Trust Tracker <tt@example.com> -> sam@example.com", "quit"]


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"TRUST_TRACKER_SMTP_HOST": "smtp.example.com"}, "TRUST_TRACKER_SMTP_FROM must say"),
        (ENV | {"TRUST_TRACKER_SMTP_PORT": "smtp"}, "TRUST_TRACKER_SMTP_PORT must be a port number"),
        (ENV | {"TRUST_TRACKER_SMTP_PORT": "70000"}, "TRUST_TRACKER_SMTP_PORT must be a port number"),
        (ENV | {"TRUST_TRACKER_SMTP_STARTTLS": "maybe"}, "TRUST_TRACKER_SMTP_STARTTLS must be one of"),
    ],
)
def test_bad_mail_settings_say_which_and_why(env, message) -> None:
    with pytest.raises(ConfigError, match=message):
        mail.settings_from_environment(env)


def test_the_site_reads_mail_settings_from_the_environment(make_app, monkeypatch) -> None:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    assert make_app().config["MAILER"] is not None
    for name in ENV:
        monkeypatch.delenv(name)
    assert make_app().config["MAILER"] is None
