"""Rationing every attempt that checks or hashes a password, for every server process.

Views call `limit(...)` first thing, before any password is hashed or checked and
before they write anything. The attempts are counted in a transaction of their own,
committed at once: the request's own transaction rolls back when it answers 4xx (a
wrong password), and a counted attempt must stay counted. What the request has done
so far (finding who is logged in) is committed first, so on SQLite the counting never
waits on a write lock its own request holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import timedelta

from flask import Flask, current_app, g, render_template, request
from werkzeug.exceptions import TooManyRequests
from werkzeug.wrappers import Response

from trust_tracker.models import accounts, throttle
from trust_tracker.models.errors import ValidationError
from trust_tracker.models.throttle import Limit

from .config import now
from .db import sessions

MINUTES_15 = timedelta(minutes=15)
# Per account (an email, whether or not it has an account; or a partner) and per client address;
# a log-in with the right password gives both back: many people behind one address (a mobile
# carrier's, a clinic's) log in as often as they like, and only failures lock anyone out.
LOGIN_ACCOUNT = Limit("login-account", 10, MINUTES_15)
LOGIN_ADDRESS = Limit("login-address", 30, MINUTES_15)
SIGNUP_ADDRESS = Limit("signup-address", 10, timedelta(hours=1))
SIGNUP_ACCOUNT = Limit("signup-account", 3, timedelta(hours=1))
JOIN_ADDRESS = Limit("join-address", 10, MINUTES_15)
RESET_ACCOUNT = Limit("reset-account", 3, MINUTES_15)
RESET_ADDRESS = Limit("reset-address", 10, MINUTES_15)
CHANGE_ACCOUNT = Limit("password-change", 10, MINUTES_15)
DELETE_ACCOUNT = Limit("delete-confirm", 10, MINUTES_15)
# Every page that mails an address someone typed (sign-up, joining, a reset, a new email) also
# counts under this one quota of the address: however the pages are mixed, a mailbox gets a few
# mails an hour from here, never a flood (tester-web46). Taken or free, the reply is the same.
MAIL_RECIPIENT = Limit("mail-recipient", 5, timedelta(hours=1))
# Alexa's token requests (every linked account refreshes hourly) come from Amazon's few addresses.
TOKEN_ADDRESS = Limit("oauth-token-address", 600, MINUTES_15)


class Throttled(TooManyRequests):
    description = "There have been too many attempts. Please wait a while, then try again."


def limit(*checks: tuple[Limit, str]) -> None:
    """Count one attempt under every (limit, identity); raise Throttled if any quota is spent.

    Every counter is bumped even when an earlier one already refuses, so spreading
    guesses over accounts or addresses never earns extra attempts.
    """
    if (request_session := g.get("db_session")) is not None:
        request_session.commit()
    at = now()
    with sessions().begin() as session:
        secret = current_app.secret_key or ""
        verdicts = [throttle.attempt(session, check, identity, at, secret=secret) for check, identity in checks]
    refused = [v.retry_after for v in verdicts if not v.allowed]
    if refused:
        raise Throttled(retry_after=max(refused))


def forgive(*checks: tuple[Limit, str]) -> None:
    """Give back the attempt `limit` counted under each (limit, identity): it succeeded."""
    _give_back(throttle.forgive, checks)


def clear(*checks: tuple[Limit, str]) -> None:
    """Forget every attempt counted under each (limit, identity): a completed password reset proved
    the owner, so the failed log-ins before it no longer lock them out (tester-web51)."""
    _give_back(throttle.clear, checks)


def _give_back(act: Callable[..., None], checks: Iterable[tuple[Limit, str]]) -> None:
    """As in `limit`, the request's own writes so far are committed first, so on SQLite this never
    waits on a write lock the request itself holds."""
    if (request_session := g.get("db_session")) is not None:
        request_session.commit()
    with sessions().begin() as session:
        for check, identity in checks:
            act(session, check, identity, secret=current_app.secret_key or "")


def per_email(check: Limit, typed: str) -> tuple[Limit, str]:
    """`check` counted for the account an email means: under the one spelling accounts sign in with
    (accounts.normalise_email), so "sam@example.com." or a full-width "ｓam" spends Sam's quota, never
    a fresh one (tester-web45 F1). An address no account could have keeps its own folded spelling."""
    try:
        return check, accounts.normalise_email(typed)
    except ValidationError:
        return check, " ".join((typed or "").split()).lower()


def per_recipient(typed: str) -> tuple[Limit, str]:
    """The quota of mails to the address typed (MAIL_RECIPIENT), under the account's spelling."""
    return per_email(MAIL_RECIPIENT, typed)


def client_address() -> str:
    # waitress puts the proxy's X-Forwarded-For here only when the proxy is trusted (web/cli.py).
    return request.remote_addr or "unknown"


def init_app(app: Flask) -> None:
    app.register_error_handler(Throttled, _throttled)


def _throttled(error: Throttled) -> Response:
    seconds = error.retry_after if isinstance(error.retry_after, int) else 60
    minutes = max(1, -(-seconds // 60))  # rounded up
    wait = "a minute" if minutes == 1 else f"{minutes} minutes"
    message = f"There have been too many attempts from here or for this account. Please wait {wait}, then try again."
    body = render_template("errors/error.html", code=429, title="Too many attempts", message=message, nav=True)
    return Response(body, status=429, headers=error.get_headers())
