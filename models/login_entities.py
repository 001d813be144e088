"""The site's sign-in tables: browser sessions, password resets, throttle counters."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .entities import Partner


class LoginSession(Base):
    """One browser's login: its cookie holds a random token whose hash is stored here."""

    __tablename__ = "login_session"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 (SQLAlchemy reads it once)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    # "Firefox on Linux": enough to recognise a device in the list, no more.
    user_agent: Mapped[str] = mapped_column(String(80), default="")

    partner: Mapped[Partner] = relationship()


class PasswordReset(Base):
    """A one-time link to choose a new password; only its hash is stored."""

    __tablename__ = "password_reset"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 (SQLAlchemy reads it once)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class Throttle(Base):
    """A fixed-window counter of attempts (log-in, sign-up, reset …) for one key."""

    __tablename__ = "throttle"

    # "login-ip:<hash of the address>": what is counted, never the address or email itself.
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(index=True)
    hits: Mapped[int]
