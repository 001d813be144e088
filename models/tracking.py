"""The joint log: recording what happened, this week's summary, and streaks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from .base import utcnow
from .contracts import active_commitments
from .entities import Cadence, ContractItem, ItemKind, ItemLineage, LogEntry, LogKind, Partner, Source
from .errors import NotFound, ValidationError
from .localtime import local_today, week_start

MAX_NOTE = 1000
# Kinds that are about one commitment of the contract.
COMMITMENT_KINDS = {LogKind.KEPT, LogKind.MISSED}
HISTORY_PAGE_SIZE = 50


def log_entry(
    session: Session,
    partner: Partner,
    kind: LogKind,
    *,
    source: Source,
    lineage_id: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> LogEntry:
    """Record one fact for this partner, dated today in the couple's time zone."""
    now = now or utcnow()
    note = " ".join((note or "").split())
    if len(note) > MAX_NOTE:
        raise ValidationError(f"A note can be at most {MAX_NOTE} characters.")
    if lineage_id is not None:
        lineage = session.get(ItemLineage, lineage_id)
        if lineage is None or lineage.contract.couple_id != partner.couple_id:
            raise NotFound("That commitment is not part of your contract.")
        if kind in COMMITMENT_KINDS and lineage.kind is not ItemKind.COMMITMENT:
            raise ValidationError("Only commitments can be kept or missed.")
    entry = LogEntry(
        couple_id=partner.couple_id,
        partner_id=partner.id,
        kind=kind,
        lineage_id=lineage_id,
        local_date=local_today(partner.couple, now),
        created_at=now,
        note=note,
        source=source,
    )
    session.add(entry)
    session.flush()
    return entry


def history(
    session: Session,
    couple_id: int,
    *,
    partner_id: int | None = None,
    kind: LogKind | None = None,
    page: int = 1,
) -> tuple[list[LogEntry], bool]:
    """One page of the couple's entries, newest first, and whether an older page exists."""
    query = select(LogEntry).where(LogEntry.couple_id == couple_id)
    if partner_id is not None:
        query = query.where(LogEntry.partner_id == partner_id)
    if kind is not None:
        query = query.where(LogEntry.kind == kind)
    rows = list(
        session.scalars(
            query.options(joinedload(LogEntry.partner))
            .order_by(LogEntry.local_date.desc(), LogEntry.created_at.desc(), LogEntry.id.desc())
            .offset((max(page, 1) - 1) * HISTORY_PAGE_SIZE)
            .limit(HISTORY_PAGE_SIZE + 1)
        )
    )
    return rows[:HISTORY_PAGE_SIZE], len(rows) > HISTORY_PAGE_SIZE


@dataclass(frozen=True)
class WeekSummary:
    start: date  # Monday
    end: date  # Sunday
    counts: Counter[LogKind]
    by_partner: dict[int, Counter[LogKind]]


def week_summary(session: Session, partner: Partner, now: datetime | None = None) -> WeekSummary:
    """Counts of this week's entries, Monday to Sunday in the couple's time zone."""
    start = week_start(local_today(partner.couple, now or utcnow()))
    end = start + timedelta(days=6)
    rows = session.execute(
        select(LogEntry.partner_id, LogEntry.kind).where(
            LogEntry.couple_id == partner.couple_id,
            LogEntry.local_date.between(start, end),
        )
    )
    counts: Counter[LogKind] = Counter()
    by_partner: dict[int, Counter[LogKind]] = {p.id: Counter() for p in partner.couple.partners}
    for partner_id, kind in rows:
        counts[kind] += 1
        by_partner.setdefault(partner_id, Counter())[kind] += 1
    return WeekSummary(start=start, end=end, counts=counts, by_partner=by_partner)


@dataclass(frozen=True)
class Streak:
    commitment: ContractItem
    length: int
    unit: str  # "day" or "week"


# How far back a streak is looked for; longer streaks are reported as this long.
STREAK_HORIZON_DAYS = 400


def current_streaks(session: Session, partner: Partner, now: datetime | None = None) -> list[Streak]:
    """The current streak of every active commitment, in contract order.

    A day (or, for "N times a week", a week) counts when the commitment was kept and
    not missed. Today, or this week, only counts once done: it is not over yet, so
    not having logged it does not break the streak.
    """
    today = local_today(partner.couple, now or utcnow())
    commitments = active_commitments(session, partner.couple_id)
    since = today - timedelta(days=STREAK_HORIZON_DAYS)
    kept: dict[int, Counter[date]] = {c.lineage_id: Counter() for c in commitments}
    missed: dict[int, set[date]] = {c.lineage_id: set() for c in commitments}
    rows = session.execute(
        select(LogEntry.lineage_id, LogEntry.kind, LogEntry.local_date).where(
            LogEntry.lineage_id.in_(kept),
            LogEntry.kind.in_(COMMITMENT_KINDS),
            LogEntry.local_date.between(since, today),
        )
    )
    for lineage_id, kind, day in rows:
        if kind is LogKind.KEPT:
            kept[lineage_id][day] += 1
        else:
            missed[lineage_id].add(day)
    return [
        _streak(c, kept[c.lineage_id], missed[c.lineage_id], today, since) for c in commitments
    ]


def _streak(item: ContractItem, kept: Counter[date], missed: set[date], today: date, since: date) -> Streak:
    if item.cadence is Cadence.WEEKLY:
        length, monday = 0, week_start(today)
        while monday >= since:
            days = [monday + timedelta(days=i) for i in range(7)]
            if missed & set(days):
                break
            done = sum(kept[d] for d in days) >= (item.times_per_week or 1)
            if not done and monday != week_start(today):
                break
            length += done
            monday -= timedelta(days=7)
        return Streak(item, length, "week")

    def due(day: date) -> bool:
        return item.cadence is Cadence.DAILY or str(day.weekday()) in item.weekdays

    length, day = 0, today
    while day >= since:
        if due(day):
            if day in missed:
                break
            done = kept[day] > 0
            if not done and day != today:
                break
            length += done
        day -= timedelta(days=1)
    return Streak(item, length, "day")
