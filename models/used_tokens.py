"""Signed tokens that work once ("Save my answer anyway"), for every server process.

A signed token proves who made it and when, not that it was never used: a copy sent again
within its hour would save the same words twice. Each use stores the token's id here, by a
single INSERT … ON CONFLICT DO NOTHING on its primary key: of two requests using one token at
the same moment the database lets exactly one in, the other waits for it and finds the id
taken. Rows are kept until their token expires (after that its signature refuses it anyway).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base

MAX_ID = 64


class UsedToken(Base):
    """The id of a single-use token already used, until the token expires."""

    __tablename__ = "used_token"

    # "<purpose>:<random id signed into the token>": never the token or what it stands for.
    id: Mapped[str] = mapped_column(String(MAX_ID), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(index=True)


def use_once(session: Session, token_id: str, expires_at: datetime, now: datetime) -> bool:
    """True the first time `token_id` is used; False ever after (until `expires_at`, when its
    own signature refuses it). Written in the caller's transaction: if that rolls back, the
    token was not used."""
    if len(token_id) > MAX_ID:
        raise ValueError(f"a token id is at most {MAX_ID} characters")
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(UsedToken)
        .values(id=token_id, expires_at=expires_at)
        .on_conflict_do_nothing(index_elements=[UsedToken.id])
        .returning(UsedToken.id)
    )
    first = session.execute(statement).first() is not None
    session.execute(delete(UsedToken).where(UsedToken.expires_at < now))
    return first
