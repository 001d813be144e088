"""The joint log: recording what happened, this week's summary, and streaks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, bindparam, func, select, update
from sqlalchemy.orm import Session, joinedload

from . import cadence, entry_writes
from .base import utcnow
from .contracts import active_commitments
from .db import read
from .entities import (
    Cadence,
    ContractItem,
    ItemKind,
    ItemLineage,
    LogEntry,
    LogKind,
    Partner,
    Source,
)
from .errors import LoggedOtherwise, LoggedThatDay, NotFound, OthersCommitment, ValidationError
from .localtime import entry_date, local_today, week_start
from .stat_entities import DailyStat
from .text import has_control_characters, heard_from

MAX_NOTE = 1000
# The furthest back an entry is said to be, by voice: "on Monday", said on a Monday, is the last one.
PAST_DAYS = 7
# Kinds that are about one commitment of the contract.
COMMITMENT_KINDS = {LogKind.KEPT, LogKind.MISSED}
# What an entry of each kind is about, when it is about an item: the only kinds it can be.
ITEM_KIND_FOR = {
    LogKind.KEPT: ItemKind.COMMITMENT,
    LogKind.MISSED: ItemKind.COMMITMENT,
    LogKind.BREACH: ItemKind.BOUNDARY,
}
ITEM_NEEDED = {
    LogKind.KEPT: "Choose which commitment you kept.",
    LogKind.MISSED: "Choose which commitment you missed.",
    LogKind.BREACH: "Choose which boundary was crossed.",
}


def log_entry(
    session: Session,
    partner: Partner,
    kind: LogKind,
    *,
    source: Source,
    lineage_id: int | None = None,
    note: str = "",
    now: datetime | None = None,
    device_zone: str | None = None,
    require_item: bool = False,
    day: date | None = None,
) -> LogEntry:
    """Record one fact for this partner, dated today in the couple's time zone (a voice
    entry: in its device's, when Alexa gave it; see localtime.entry_date), or on `day`, one
    already begun (an entry said again for yesterday: disputes.amend_recent). With
    `require_item` (the site's form, where the item is chosen from a list), kept and missed
    need a commitment and a breach needs a boundary; voice may log them unattached."""
    now = now or utcnow()
    note = clean_note(note)
    if source is Source.VOICE:  # heard in lower case: kept as it is written, for the site
        note = heard_from(partner, note)
    if require_item and lineage_id is None and kind in ITEM_KIND_FOR:
        raise ValidationError(ITEM_NEEDED[kind])
    if lineage_id is not None and not _loggable(session, partner, kind, lineage_id):
        lineage = session.get(ItemLineage, lineage_id)
        if lineage is None or lineage.contract.couple_id != partner.couple_id:
            raise NotFound("That commitment is not part of your contract.")
        if kind in COMMITMENT_KINDS and lineage.kind is not ItemKind.COMMITMENT:
            raise ValidationError("Only commitments can be kept or missed.")
        if kind is LogKind.BREACH and lineage.kind is not ItemKind.BOUNDARY:
            raise ValidationError("A crossed boundary is about a boundary: choose one from the list.")
        if kind in COMMITMENT_KINDS:
            _check_owner(session, partner, lineage_id)
    today = entry_date(partner.couple, now, device_zone)
    if day is not None and day > today:
        raise ValidationError("An entry can only be logged for a day that has begun.")
    entry = LogEntry(
        couple_id=partner.couple_id,
        partner_id=partner.id,
        kind=kind,
        lineage_id=lineage_id,
        local_date=day or today,
        created_at=now,
        note=note,
        source=source,
    )
    _add_once_a_day(session, entry, today)
    return entry


def day_named(day: date, today: date) -> str:
    """The day as said from `today`: "today", "yesterday", "on Tuesday" within the week, else "on 3 November"."""
    if day == today:
        return "today"
    if day == today - timedelta(days=1):
        return "yesterday"
    if today - timedelta(days=7) < day < today:
        return f"on {day:%A}"
    return f"on {day.day} {day:%B}"


def clean_note(note: str) -> str:
    """A note as kept: whitespace tidied; too long, or holding control characters, refused."""
    note = " ".join((note or "").split())
    if len(note) > MAX_NOTE:
        raise ValidationError(f"A note can be at most {MAX_NOTE} characters.")
    if has_control_characters(note):
        raise ValidationError("A note cannot contain control characters.")
    return note


def _add_once_a_day(session: Session, entry: LogEntry, today: date) -> None:
    """Saying it twice (a repeated sentence, a double tap, two devices at once), or saying
    kept after missed, must not count twice: one kept or missed entry per partner, commitment
    and day. The database's once-a-day index decides as the entry is inserted (ON CONFLICT DO
    NOTHING: nothing written, no savepoint); only then is the day's entry read, to say what it
    was. The couple's writes are held back first (PostgreSQL: the figures' lock; SQLite: the
    write lock every transaction takes as it begins), so a second one, even mid-race, meets the
    first committed. Any other entry is outside that index: added as it is."""
    once_a_day = entry.kind in COMMITMENT_KINDS and entry.lineage_id is not None
    if entry_writes.write(session, entry, once_a_day=once_a_day):
        return
    day: dict[str, object] = {"partner_id": entry.partner_id, "lineage_id": entry.lineage_id, "day": entry.local_date}
    held = read(session, _DAYS_KEEP_OR_MISS, day).scalar_one()
    raise _refusal(held, entry.kind, cast(int, entry.lineage_id), entry.local_date, today)


def day_taken(
    session: Session, partner: Partner, lineage_id: int, kind: LogKind, day: date, today: date
) -> LoggedThatDay | None:
    """The refusal a keep or miss of this commitment on `day` would meet, said before it is asked about
    ("Was it your evening talk?" would be refused: what is on record is said at once); None when the day is free."""
    held = read(session, _DAYS_KEEP_OR_MISS, {"partner_id": partner.id, "lineage_id": lineage_id, "day": day})
    found = held.scalar_one_or_none()
    return _refusal(found, kind, lineage_id, day, today) if found is not None else None


def _refusal(held: LogKind, tried: LogKind, lineage_id: int, day: date, today: date) -> LoggedThatDay:
    """What a keep or miss meets when `day` is logged already (`held` that day): once, or the other way."""
    done = f"{'kept' if held is LogKind.KEPT else 'missed'} {day_named(day, today)}"
    if held is tried:
        return LoggedThatDay(f"That is already logged as {done}, so it counts once.", tried.value, lineage_id, day)
    return LoggedOtherwise(
        f"That is already logged as {done}. A commitment is kept or missed once a day: "
        "to change it, remove that entry first.",
        tried.value,
        lineage_id,
        day,
    )


# Built once: asked only when a keep or miss found its day held.
_DAYS_KEEP_OR_MISS = (
    select(LogEntry.kind)
    .where(
        LogEntry.partner_id == bindparam("partner_id"),
        LogEntry.lineage_id == bindparam("lineage_id"),
        LogEntry.local_date == bindparam("day"),
        LogEntry.kind.in_(COMMITMENT_KINDS),
        LogEntry.disputed_at.is_(None),
    )
    .limit(1)
)


def loggable_commitments(session: Session, partner: Partner) -> list[ContractItem]:
    """The active commitments this partner may keep or miss: their own and shared ones,
    never the other partner's. The one home of "who may log what": the site's log form,
    the skill and `log_entry` all ask it."""
    return [c for c in active_commitments(session, partner.couple_id) if c.owner_id in (None, partner.id)]


def _loggable(session: Session, partner: Partner, kind: LogKind, lineage_id: int) -> bool:
    """A keep or miss of one of this partner's active commitments: nothing more to check."""
    return kind in COMMITMENT_KINDS and any(c.lineage_id == lineage_id for c in loggable_commitments(session, partner))


def _check_owner(session: Session, partner: Partner, lineage_id: int) -> None:
    if any(c.lineage_id == lineage_id for c in loggable_commitments(session, partner)):
        return
    item = next((c for c in active_commitments(session, partner.couple_id) if c.lineage_id == lineage_id), None)
    if item is None:
        raise ValidationError("That commitment is not in your current contract.")
    owner = next(p.name for p in partner.couple.partners if p.id == item.owner_id)
    raise OthersCommitment(owner)


@dataclass(frozen=True)
class WeekSummary:
    start: date  # Monday
    end: date  # Sunday
    counts: Counter[LogKind]
    by_partner: dict[int, Counter[LogKind]]


def week_summary(session: Session, partner: Partner, now: datetime | None = None) -> WeekSummary:
    """Counts of this week's entries (disputed ones left out), Monday to Sunday in the couple's time zone."""
    start = week_start(local_today(partner.couple, now or utcnow()))
    end = start + timedelta(days=6)
    rows = session.execute(
        select(DailyStat.partner_id, *(DailyStat.__table__.c[kind.value] for kind in LogKind)).where(
            DailyStat.couple_id == partner.couple_id, DailyStat.local_date.between(start, end)
        )
    )
    counts: Counter[LogKind] = Counter()
    by_partner: dict[int, Counter[LogKind]] = {p.id: Counter() for p in partner.couple.partners}
    for partner_id, *numbers in rows:
        these = Counter({kind: n for kind, n in zip(LogKind, numbers, strict=True) if n})
        counts.update(these)
        by_partner.setdefault(partner_id, Counter()).update(these)
    return WeekSummary(start=start, end=end, counts=counts, by_partner=by_partner)


@dataclass(frozen=True)
class Streak:
    commitment: ContractItem
    counted: tuple[date, ...]  # its kept days (a week: the day it reached its target), oldest first
    unit: str  # "day" or "week"

    @property
    def length(self) -> int:
        return len(self.counted)


def current_streaks(
    session: Session, partner: Partner, now: datetime | None = None, *, only: Collection[int] | None = None
) -> list[Streak]:
    """The current streak of every active commitment (`only`: of these lineages), in contract
    order, by the rules of models.cadence (the same figure as Charts and "how are we doing")."""
    today = local_today(partner.couple, now or utcnow())
    commitments = [c for c in active_commitments(session, partner.couple_id) if only is None or c.lineage_id in only]
    runs = cadence.current_runs(session, partner.couple_id, commitments, today)
    return [Streak(c, runs[c.lineage_id].counted, cadence.Rule.of(c).unit) for c in commitments]


# "Acknowledge Sam's entries" reaches back this far: older entries are history, not news.
ACKNOWLEDGE_WINDOW_DAYS = 14


def _to_acknowledge(partner: Partner, now: datetime):
    since = local_today(partner.couple, now) - timedelta(days=ACKNOWLEDGE_WINDOW_DAYS - 1)
    return (
        LogEntry.couple_id == partner.couple_id,
        LogEntry.partner_id != partner.id,  # never one's own
        LogEntry.acknowledged_at.is_(None),
        LogEntry.local_date >= since,
    )


def unacknowledged_partner_entries(session: Session, partner: Partner, now: datetime | None = None) -> list[LogEntry]:
    """The other partner's recent entries this partner has not acknowledged yet, oldest first."""
    return list(
        session.scalars(
            select(LogEntry)
            .where(*_to_acknowledge(partner, now or utcnow()))
            .options(joinedload(LogEntry.lineage))
            .order_by(LogEntry.local_date, LogEntry.created_at, LogEntry.id)
        )
    )


def acknowledge_partner_entries(session: Session, partner: Partner, now: datetime | None = None) -> int:
    """Mark the other partner's recent unacknowledged entries as seen; returns how many."""
    now = now or utcnow()
    result = cast(
        CursorResult[Any],
        session.execute(update(LogEntry).where(*_to_acknowledge(partner, now)).values(acknowledged_at=now)),
    )
    session.flush()
    return result.rowcount


def acknowledge_heard(session: Session, partner: Partner, entry_ids: list[int], now: datetime | None = None) -> int:
    """ "Seen, thank you" for exactly these entries (the ones just read out): only the other
    partner's recent unacknowledged ones among them; returns how many were marked."""
    if not entry_ids:
        return 0
    now = now or utcnow()
    result = cast(
        CursorResult[Any],
        session.execute(
            update(LogEntry)
            .where(*_to_acknowledge(partner, now), LogEntry.id.in_(entry_ids))
            .values(acknowledged_at=now),
            execution_options={"synchronize_session": False},
        ),
    )
    session.flush()
    return result.rowcount


@dataclass(frozen=True)
class HardDayItem:
    commitment: ContractItem
    name: str  # what people call it: the short name, else the text
    form: str  # the agreed simplified form, else the full commitment
    simplified: bool  # False when no simplified form was agreed


@dataclass(frozen=True)
class HardDay:
    entry: LogEntry
    today: list[HardDayItem]  # this partner's commitments due today, in contract order
    already_logged: bool  # the hard day was logged earlier today: not logged twice


def hard_day(
    session: Session,
    partner: Partner,
    now: datetime | None = None,
    *,
    source: Source = Source.VOICE,
    device_zone: str | None = None,
    day: date | None = None,
) -> HardDay:
    """Log a hard day for this partner (once a day) and list today's simplified commitments; on
    `day`, one of the last PAST_DAYS ("yesterday was a hard day"), as any entry said of a past day."""
    now = now or utcnow()
    today = entry_date(partner.couple, now, device_zone)
    if day is not None and not today - timedelta(days=PAST_DAYS) <= day <= today:
        raise ValidationError(f"A hard day can be logged for today or one of the last {PAST_DAYS} days.")
    entry = todays_hard_day(session, partner, day or today)
    already = entry is not None
    if entry is None:
        entry = log_entry(session, partner, LogKind.HARD_DAY, source=source, now=now, device_zone=device_zone, day=day)
    mine = loggable_commitments(session, partner)
    done = _kept_this_week(session, [c.lineage_id for c in mine if c.cadence is Cadence.WEEKLY], today)
    items = [
        HardDayItem(c, c.spoken_name, c.hard_day_form or c.text, bool(c.hard_day_form))
        for c in mine
        if cadence.still_due(cadence.Rule.of(c), today, done.get(c.lineage_id, 0))
    ]
    return HardDay(entry=entry, today=items, already_logged=already)


def todays_hard_day(session: Session, partner: Partner, today: date) -> LogEntry | None:
    """This partner's hard day logged for `today` (their local day, or a past one), if any: once a day at most."""
    return session.scalar(
        select(LogEntry).where(
            LogEntry.couple_id == partner.couple_id,  # on the (couple, local date) index, not the partner's years
            LogEntry.local_date == today,
            LogEntry.partner_id == partner.id,
            LogEntry.kind == LogKind.HARD_DAY,
        )
    )


def _kept_this_week(session: Session, lineage_ids: list[int], today: date) -> dict[int, int]:
    if not lineage_ids:
        return {}
    monday = week_start(today)
    counts = session.execute(
        select(DailyStat.lineage_id, func.sum(DailyStat.kept))
        .where(DailyStat.lineage_id.in_(lineage_ids), DailyStat.local_date.between(monday, today))
        .group_by(DailyStat.lineage_id)
    )
    return {lineage_id: int(count) for lineage_id, count in counts}
