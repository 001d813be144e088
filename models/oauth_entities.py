"""The tables of account linking by OAuth 2.0: authorization codes and tokens, only hashed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .entities import Partner


class OAuthCode(Base):
    """A five-minute, single-use authorization code a partner granted Alexa on the consent page.

    Kept once used (`used_at`), so that a replayed code can revoke what it was exchanged for.
    """

    __tablename__ = "oauth_code"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 (SQLAlchemy reads it once)

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[str] = mapped_column(String(200))
    redirect_uri: Mapped[str] = mapped_column(String(300))
    scope: Mapped[str] = mapped_column(String(200), default="")
    # PKCE (RFC 7636), when the client sends it: Alexa may, and need not.
    code_challenge: Mapped[str | None] = mapped_column(String(128))
    code_challenge_method: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]

    partner: Mapped[Partner] = relationship()


class OAuthToken(Base):
    """An access token (one hour) and its refresh token, given to Alexa for one partner.

    Only their hashes are stored. A refresh revokes the pair it replaces. The Alexa account
    (and voice) that first uses the token is written down, and only it may use it again.
    """

    __tablename__ = "oauth_token"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 (SQLAlchemy reads it once)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(String(200), default="")
    access_hash: Mapped[str] = mapped_column(String(64), unique=True)
    refresh_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]  # of the access token; the refresh token lasts until revoked
    revoked_at: Mapped[datetime | None]
    # The code it was exchanged for (or, after refreshes, the first one's): a replayed code revokes it.
    code_id: Mapped[int | None] = mapped_column(ForeignKey("oauth_code.id", ondelete="SET NULL"), index=True)
    # Who uses it: context.System.user.userId, and personId for a voice's own link ("" for the household's).
    alexa_user_id: Mapped[str | None] = mapped_column(String(512), index=True)
    person_id: Mapped[str | None] = mapped_column(String(512))
    last_used_at: Mapped[datetime | None]

    partner: Mapped[Partner] = relationship()
