"""Server-side logins: a browser holds a random token, the database holds its hash and who it is.

Ending a login deletes its row, so a copied cookie stops working at once; deleting a
partner deletes their logins (ON DELETE CASCADE); rows are never reused by id.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .base import digest, utcnow
from .entities import Partner
from .errors import NotFound
from .login_entities import LoginSession

# A login unused this long ends by itself; none lasts longer than LOGIN_LIFETIME.
IDLE_LIFETIME = timedelta(days=14)
LOGIN_LIFETIME = timedelta(days=60)
# Writing "last seen" on every page would turn each read into a write.
SEEN_GRANULARITY = timedelta(minutes=5)
MAX_TOKEN_LENGTH = 100


def start(
    session: Session, partner: Partner, user_agent: str = "", now: datetime | None = None
) -> tuple[LoginSession, str]:
    """A new login for `partner`, and its token: that goes in the cookie and nowhere else."""
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    login = LoginSession(
        partner=partner,
        token_hash=digest(token),
        created_at=now,
        last_seen_at=now,
        user_agent=describe_agent(user_agent),
    )
    session.add(login)
    session.flush()
    return login, token


def _live(login: LoginSession, now: datetime) -> bool:
    return login.last_seen_at > now - IDLE_LIFETIME and login.created_at > now - LOGIN_LIFETIME


def find(session: Session, token: str, now: datetime | None = None) -> LoginSession | None:
    """The live login behind a cookie's token, or None; an expired one is deleted on sight."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    now = now or utcnow()
    login = session.scalar(select(LoginSession).where(LoginSession.token_hash == digest(token)))
    if login is None:
        return None
    if not _live(login, now):
        session.delete(login)
        session.flush()
        return None
    if login.last_seen_at <= now - SEEN_GRANULARITY:
        login.last_seen_at = now
    return login


def end(session: Session, token: str) -> None:
    session.execute(delete(LoginSession).where(LoginSession.token_hash == digest(token or "")))


def end_one(session: Session, partner: Partner, login_id: int) -> None:
    """End one of this partner's own logins; anyone else's is NotFound, like one that never was."""
    login = session.get(LoginSession, login_id)
    if login is None or login.partner_id != partner.id:
        raise NotFound("That login has already ended.")
    session.delete(login)
    session.flush()


def end_all(session: Session, partner: Partner) -> None:
    """End every login of this partner, this browser's included."""
    session.execute(
        delete(LoginSession).where(LoginSession.partner_id == partner.id).execution_options(synchronize_session=False)
    )


def active(session: Session, partner: Partner, now: datetime | None = None) -> list[LoginSession]:
    """This partner's live logins, most recently used first."""
    now = now or utcnow()
    logins = session.scalars(
        select(LoginSession)
        .where(LoginSession.partner_id == partner.id)
        .order_by(LoginSession.last_seen_at.desc(), LoginSession.id.desc())
    )
    return [login for login in logins if _live(login, now)]


_BROWSERS = (("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari"))
_SYSTEMS = (
    ("iPhone", "iPhone"),
    ("iPad", "iPad"),
    ("Android", "Android"),
    ("Windows", "Windows"),
    ("Mac OS X", "macOS"),
    ("Linux", "Linux"),
)


_NOT_PRINTABLE_ASCII = re.compile(r"[^\x20-\x7e]")


def describe_agent(user_agent: str) -> str:
    """ "Firefox on Linux" from a User-Agent header: enough to recognise a device, nothing more."""
    agent = _NOT_PRINTABLE_ASCII.sub("", user_agent or "")[:500]
    browser = next((name for marker, name in _BROWSERS if marker in agent), "A browser")
    system = next((name for marker, name in _SYSTEMS if marker in agent), None)
    return f"{browser} on {system}" if system else browser
