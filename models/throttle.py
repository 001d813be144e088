"""Rationing attempts (log-in, sign-up, join, reset, password change) for every server process.

Each key has one fixed-window counter row, bumped by a single INSERT … ON CONFLICT DO
UPDATE … RETURNING: the database serialises concurrent bumps of one key, so no two
processes or threads can both see "one attempt left". Keys are an HMAC of the email or
address under the app's secret key, so the table never holds one, and it cannot be
reversed by hashing every IPv4 address or a list of emails without that key.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, update
from sqlalchemy.orm import Session

from .base import utcnow
from .db import upsert_insert
from .login_entities import Throttle

# Counters whose window ended this long ago are of no use to anyone: they are pruned.
STALE_AFTER = timedelta(days=1)


@dataclass(frozen=True)
class Limit:
    """At most `attempts` per `window` for one scope ("login-account", "login-ip" …)."""

    scope: str
    attempts: int
    window: timedelta


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int  # seconds until the window ends; 0 when allowed


def key_for(limit: Limit, identity: str, secret: str | bytes) -> str:
    secret = secret.encode() if isinstance(secret, str) else secret
    digest = hmac.new(secret, f"{limit.scope}:{identity}".encode(), hashlib.sha256).hexdigest()
    return f"{limit.scope}:{digest[:40]}"


def attempt(
    session: Session, limit: Limit, identity: str, now: datetime | None = None, *, secret: str | bytes
) -> Verdict:
    """Count one attempt for `identity` under `limit`; refused once the window's quota is spent.

    A refused attempt counts too, but never moves the window: waiting it out always works.
    """
    now = now or utcnow()
    key = key_for(limit, identity, secret)
    expired = Throttle.window_start <= now - limit.window
    insert = upsert_insert(session.get_bind().dialect.name)
    statement = (
        insert(Throttle)
        .values(key=key, window_start=now, hits=1)
        .on_conflict_do_update(
            index_elements=[Throttle.key],
            set_={
                "hits": case((expired, 1), else_=Throttle.hits + 1),
                "window_start": case((expired, now), else_=Throttle.window_start),
            },
        )
        .returning(Throttle.hits, Throttle.window_start)
    )
    hits, window_start = session.execute(statement).one()
    session.execute(delete(Throttle).where(Throttle.window_start < now - STALE_AFTER))
    if hits <= limit.attempts:
        return Verdict(True, 0)
    remaining = window_start + limit.window - now
    return Verdict(False, max(1, int(remaining.total_seconds() + 0.999)))


def forgive(session: Session, limit: Limit, identity: str, *, secret: str | bytes) -> None:
    """Take back one counted attempt that turned out well (a log-in with the right
    password): only failures use up the quota. Counting first and forgiving after keeps
    the counter atomic, so parallel guesses can never all see room left."""
    session.execute(
        update(Throttle)
        .where(Throttle.key == key_for(limit, identity, secret), Throttle.hits > 0)
        .values(hits=Throttle.hits - 1)
    )


def clear(session: Session, limit: Limit, identity: str, *, secret: str | bytes) -> None:
    """Forget every attempt counted for `identity` under `limit`: its owner proved who they are another way."""
    session.execute(delete(Throttle).where(Throttle.key == key_for(limit, identity, secret)))
