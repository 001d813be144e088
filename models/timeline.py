"""The history timeline: the couple's entries filtered and paged, and saying "seen, thank you"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from .base import utcnow
from .entities import LogEntry, LogKind, Partner
from .errors import NotAllowed, NotFound, ValidationError

PAGE_SIZE = 50
MAX_PAGE = 10_000


@dataclass(frozen=True)
class Filters:
    partner_id: int | None = None
    kind: LogKind | None = None
    lineage_id: int | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Page:
    entries: list[LogEntry]
    number: int
    has_more: bool


def timeline(session: Session, couple_id: int, filters: Filters = Filters(), page: int = 1) -> Page:
    """One page of the couple's entries, newest first; only ever this couple's."""
    if not 1 <= page <= MAX_PAGE:
        raise ValidationError("There is no such page.")
    if filters.start and filters.end and filters.start > filters.end:
        raise ValidationError("The start date must not be after the end date.")
    query = select(LogEntry).where(LogEntry.couple_id == couple_id)
    if filters.partner_id is not None:
        query = query.where(LogEntry.partner_id == filters.partner_id)
    if filters.kind is not None:
        query = query.where(LogEntry.kind == filters.kind)
    if filters.lineage_id is not None:
        query = query.where(LogEntry.lineage_id == filters.lineage_id)
    if filters.start is not None:
        query = query.where(LogEntry.local_date >= filters.start)
    if filters.end is not None:
        query = query.where(LogEntry.local_date <= filters.end)
    rows = list(
        session.scalars(
            query.options(joinedload(LogEntry.partner))
            .order_by(LogEntry.local_date.desc(), LogEntry.created_at.desc(), LogEntry.id.desc())
            .offset((page - 1) * PAGE_SIZE)
            .limit(PAGE_SIZE + 1)
        )
    )
    return Page(rows[:PAGE_SIZE], page, len(rows) > PAGE_SIZE)


def acknowledge(session: Session, partner: Partner, entry_id: int, now: datetime | None = None) -> LogEntry:
    """The partner says "seen, thank you" to one of the other partner's entries."""
    entry = session.scalar(select(LogEntry).where(LogEntry.id == entry_id, LogEntry.couple_id == partner.couple_id))
    if entry is None:
        raise NotFound("No such entry in your log.")
    if entry.partner_id == partner.id:
        raise NotAllowed("Only your partner can acknowledge your entries.")
    if entry.acknowledged_at is None:  # the first thank-you stands
        entry.acknowledged_at = now or utcnow()
        session.flush()
    return entry
