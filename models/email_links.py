"""The link that confirms a new email address: only the newest one of a partner works, once.

Its nonce (signed into the link with the address it moves from and to) is kept here, one row
per partner: asking again replaces it, so an earlier link stops working, as reset links do;
using it deletes it in the same statement, so of two requests opening it at once only one
finds it. The row goes with the partner (ON DELETE CASCADE) and is in their export.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import ForeignKey, String, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base

MAX_NONCE = 64
# What secrets.token_urlsafe makes: anything else (a NUL, which PostgreSQL refuses) is no link of ours.
_NONCE = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_NONCE}}}")


class EmailLink(Base):
    """A partner's newest link to confirm a new email, until it is used or replaced."""

    __tablename__ = "email_link"

    # Keyed by the partner's id, which is never reused (the partner table's own AUTOINCREMENT).
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(MAX_NONCE))
    expires_at: Mapped[datetime]


def keep_newest(session: Session, partner_id: int, nonce: str, expires_at: datetime) -> None:
    """Make `nonce` the partner's one working link, replacing any earlier one in one statement
    (two requests asking at once leave one row, the later one's)."""
    if not _NONCE.fullmatch(nonce):
        raise ValueError(f"a link's nonce is 1 to {MAX_NONCE} URL-safe characters")
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(EmailLink).values(partner_id=partner_id, nonce=nonce, expires_at=expires_at)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[EmailLink.partner_id],
            set_={"nonce": statement.excluded.nonce, "expires_at": statement.excluded.expires_at},
        )
    )


def take_newest(session: Session, partner_id: int, nonce: str, now: datetime) -> bool:
    """True once for the partner's newest link, before it expires; it is deleted as it is taken."""
    if not _NONCE.fullmatch(nonce):
        return False
    taken = session.execute(
        delete(EmailLink)
        .where(EmailLink.partner_id == partner_id, EmailLink.nonce == nonce, EmailLink.expires_at >= now)
        .returning(EmailLink.partner_id)
    ).first()
    return taken is not None


def pending_until(session: Session, partner_id: int) -> datetime | None:
    """When the partner's link to confirm a new email expires, if one is waiting."""
    link = session.get(EmailLink, partner_id)
    return link.expires_at if link else None
