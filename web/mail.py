"""Email for reset links and sign-up notices, over SMTP with the standard library.

| environment variable          | meaning                                          |
|-------------------------------|--------------------------------------------------|
| TRUST_TRACKER_SMTP_HOST       | the mail server; without it no mail is sent       |
| TRUST_TRACKER_SMTP_PORT       | default 587                                       |
| TRUST_TRACKER_SMTP_USERNAME   | log in to the server with these, when both set    |
| TRUST_TRACKER_SMTP_PASSWORD   |                                                   |
| TRUST_TRACKER_SMTP_FROM       | the sender address (required with a host)         |
| TRUST_TRACKER_SMTP_STARTTLS   | true (default) or false                           |

`create_app(test_config)` also takes MAILER: a callable given each EmailMessage.
Mail is sent on a thread of its own, so a reply never waits on the mail server (and
takes no longer when an address has an account than when it has none).
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage

from flask import Flask, current_app

from .config import ConfigError, parse_bool

Mailer = Callable[[EmailMessage], None]
ENV = "TRUST_TRACKER_SMTP_"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    username: str | None = None
    password: str | None = None
    starttls: bool = True


def settings_from_environment(env: dict[str, str] | os._Environ[str] = os.environ) -> SmtpSettings | None:
    host = env.get(f"{ENV}HOST")
    if not host:
        return None
    sender = env.get(f"{ENV}FROM")
    if not sender:
        raise ConfigError(f"{ENV}HOST is set, so {ENV}FROM must say which address mail comes from.")
    port = env.get(f"{ENV}PORT", "587")
    if not port.isdecimal() or not 0 < int(port) < 65536:
        raise ConfigError(f"{ENV}PORT must be a port number; got {port!r}.")
    starttls = parse_bool(f"{ENV}STARTTLS", env.get(f"{ENV}STARTTLS", "true"))
    return SmtpSettings(host, int(port), sender, env.get(f"{ENV}USERNAME"), env.get(f"{ENV}PASSWORD"), starttls)


def smtp_send(settings: SmtpSettings, message: EmailMessage) -> None:
    message["From"] = settings.sender
    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        if settings.starttls:
            smtp.starttls(context=ssl.create_default_context())
        if settings.username and settings.password:
            smtp.login(settings.username, settings.password)
        smtp.send_message(message)


def _in_background(settings: SmtpSettings) -> Mailer:
    def send(message: EmailMessage) -> None:
        threading.Thread(target=_send_logged, args=(settings, message), daemon=True).start()

    return send


def _send_logged(settings: SmtpSettings, message: EmailMessage) -> None:
    try:
        smtp_send(settings, message)
    except (OSError, smtplib.SMTPException) as error:
        # Nobody waits on this thread: the host's log is where a failure can be seen.
        log.error("could not send mail to %s: %s", message["To"], error)


def init_app(app: Flask) -> None:
    if app.config.get("MAILER") is None:
        settings = settings_from_environment()
        app.config["MAILER"] = _in_background(settings) if settings else None


def warnings(app: Flask) -> list[str]:
    """What a server operator must hear at startup about the links mail carries."""
    if app.config["MAILER"] is None or app.config["DEV_MODE"] or app.config.get("TRUSTED_HOSTS"):
        return []
    return [
        "MAIL IS ON BUT TRUST_TRACKER_TRUSTED_HOSTS IS NOT SET: a mailed password-reset link takes its "
        "address from the request's Host, so served other than behind infra/Caddyfile a stranger could have "
        "it point at their own server. Set it to your site's name, e.g. '[\"trust.example.org\"]'."
    ]


def configured() -> bool:
    return current_app.config["MAILER"] is not None


def send(to: str, subject: str, body: str) -> None:
    """Send a plain-text mail if mail is configured; otherwise nothing."""
    mailer: Mailer | None = current_app.config["MAILER"]
    if mailer is None:
        return
    message = EmailMessage()
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    mailer(message)
