"""The private journal: entries only their author sees, until they share one.

Privacy lives in the queries. Every read names the author, or asks for shared entries
and selects only what was shared (never the body): a partner's code path cannot reach
a private entry even by id, and asking for someone else's entry is NotFound, exactly
as for an entry that does not exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete as sql_delete
from sqlalchemy import select
from sqlalchemy.orm import Session

from .base import utcnow
from .entities import JournalEntry, Partner
from .errors import NotFound, ValidationError

MAX_BODY = 20_000
# How long a deleted entry can be restored; after that it is gone for good.
UNDO_WINDOW = timedelta(minutes=10)
# A word, with the apostrophes and hyphens inside it: "can't" and "non-negotiable" are
# one word each, so an excerpt cannot end at "can" or start at "negotiable".
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass(frozen=True)
class SharedEntry:
    """What a partner may see of a shared entry: the shared text, not the body."""

    id: int
    author_id: int
    author_name: str
    text: str
    written_at: datetime
    shared_at: datetime


def _clean_body(body: str, label: str) -> str:
    # Paragraphs matter in a journal: keep line breaks, trim the ends, one newline style.
    body = (body or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not body:
        raise ValidationError(f"{label} cannot be empty.")
    if len(body) > MAX_BODY:
        raise ValidationError(f"{label} can be at most {MAX_BODY:,} characters.")
    return body


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _is_whole_words_of(excerpt: str, body: str) -> bool:
    """Whether `excerpt` occurs in `body` starting and ending on word boundaries
    ("I can" is not an excerpt of "I cannot forgive you yet": it would reverse it)."""
    inside: set[int] = set()  # positions strictly inside a word, where a cut would split it
    for word in _WORD.finditer(body):
        inside.update(range(word.start() + 1, word.end()))
    at = body.find(excerpt)
    while at != -1:
        if at not in inside and at + len(excerpt) not in inside:
            return True
        at = body.find(excerpt, at + 1)
    return False


def write(session: Session, author: Partner, body: str, now: datetime | None = None) -> JournalEntry:
    entry = JournalEntry(author_id=author.id, body=_clean_body(body, "A journal entry"), created_at=now or utcnow())
    session.add(entry)
    session.flush()
    return entry


def entries_for(session: Session, partner: Partner) -> list[JournalEntry]:
    """The partner's own entries, newest first; never anyone else's, never deleted ones."""
    return list(
        session.scalars(
            select(JournalEntry)
            .where(JournalEntry.author_id == partner.id, JournalEntry.deleted_at.is_(None))
            .order_by(JournalEntry.created_at.desc(), JournalEntry.id.desc())
        )
    )


def get_own(session: Session, author: Partner, entry_id: int) -> JournalEntry:
    entry = session.scalar(
        select(JournalEntry).where(
            JournalEntry.id == entry_id, JournalEntry.author_id == author.id, JournalEntry.deleted_at.is_(None)
        )
    )
    if entry is None:
        raise NotFound("No such journal entry.")
    return entry


def shared_text_for(entry: JournalEntry, excerpt: str | None) -> str:
    """Exactly what the partner would read if the author shared `entry`: the whole entry
    when `excerpt` is None (the author chose "the whole entry"), else the excerpt.

    An excerpt must be a part of the entry (spacing and line breaks may differ) that
    starts and ends on word boundaries, so sharing can never put words in the author's
    mouth that they did not write, nor cut a word into another one. An empty excerpt is
    an error, never silently the whole entry.
    """
    if excerpt is None:
        return entry.body
    shared = _clean_body(excerpt, "The excerpt")
    if _squeezed(shared) not in _squeezed(entry.body):
        raise ValidationError("The excerpt must be a part of the entry, word for word.")
    if not _is_whole_words_of(_squeezed(shared), _squeezed(entry.body)):
        raise ValidationError("The excerpt must start and end with whole words, so it cannot change what you wrote.")
    return shared


def preview_share(session: Session, author: Partner, entry_id: int, excerpt: str | None) -> str:
    """What sharing would show the partner, for the author to confirm; nothing is written."""
    return shared_text_for(get_own(session, author, entry_id), excerpt)


def share(
    session: Session, author: Partner, entry_id: int, excerpt: str | None = None, now: datetime | None = None
) -> JournalEntry:
    """Share the whole entry (`excerpt` None), or an excerpt of it, with the partner (see shared_text_for)."""
    entry = get_own(session, author, entry_id)
    entry.shared_text = shared_text_for(entry, excerpt)
    entry.shared_at = now or utcnow()
    session.flush()
    return entry


def unshare(session: Session, author: Partner, entry_id: int) -> JournalEntry:
    entry = get_own(session, author, entry_id)
    entry.shared_text = None
    entry.shared_at = None
    session.flush()
    return entry


def purge_deleted(session: Session, now: datetime | None = None) -> None:
    """Entries deleted more than UNDO_WINDOW ago are gone for good (everyone's)."""
    session.execute(
        sql_delete(JournalEntry)
        .where(JournalEntry.deleted_at <= (now or utcnow()) - UNDO_WINDOW)
        .execution_options(synchronize_session=False)
    )


def delete(session: Session, author: Partner, entry_id: int, now: datetime | None = None) -> JournalEntry:
    """Delete the author's entry: hidden at once (from the partner too, if it was
    shared), restorable with `undo_delete` for UNDO_WINDOW, then purged."""
    now = now or utcnow()
    purge_deleted(session, now)
    entry = get_own(session, author, entry_id)
    entry.deleted_at = now
    session.flush()
    return entry


def recently_deleted(session: Session, author: Partner, now: datetime | None = None) -> list[JournalEntry]:
    """The author's entries deleted less than UNDO_WINDOW ago, still restorable; newest first."""
    return list(
        session.scalars(
            select(JournalEntry)
            .where(JournalEntry.author_id == author.id, JournalEntry.deleted_at > (now or utcnow()) - UNDO_WINDOW)
            .order_by(JournalEntry.deleted_at.desc(), JournalEntry.id.desc())
        )
    )


def undo_delete(session: Session, author: Partner, entry_id: int, now: datetime | None = None) -> JournalEntry:
    """Restore an entry deleted less than UNDO_WINDOW ago, exactly as it was (shared or not)."""
    now = now or utcnow()
    purge_deleted(session, now)
    entry = session.scalar(
        select(JournalEntry).where(
            JournalEntry.id == entry_id,
            JournalEntry.author_id == author.id,
            JournalEntry.deleted_at > now - UNDO_WINDOW,
        )
    )
    if entry is None:
        raise NotFound("That entry can no longer be restored: it was deleted more than ten minutes ago.")
    entry.deleted_at = None
    session.flush()
    return entry


def shared_entries(session: Session, couple_id: int) -> list[SharedEntry]:
    """Everything either partner of the couple has shared, newest share first."""
    rows = session.execute(
        select(
            JournalEntry.id,
            JournalEntry.author_id,
            Partner.name,
            JournalEntry.shared_text,
            JournalEntry.created_at,
            JournalEntry.shared_at,
        )
        .join(Partner, JournalEntry.author_id == Partner.id)
        .where(Partner.couple_id == couple_id, JournalEntry.shared_at.is_not(None), JournalEntry.deleted_at.is_(None))
        .order_by(JournalEntry.shared_at.desc(), JournalEntry.id.desc())
    )
    return [
        SharedEntry(entry_id, author_id, name, text or "", written_at, shared_at or written_at)
        for entry_id, author_id, name, text, written_at, shared_at in rows
    ]
