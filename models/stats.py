"""The log's figures, kept in step with the log: the one home of the aggregates.

Every page and voice answer reads how many entries of each kind fell on a day (or in a
month) from `DailyStat` and `MonthlyStat` (models/stat_entities.py), never entry by
entry, so it costs what its window costs, not the couple's age. They are maintained here,
inside the same flush (and so the same transaction) as the entries themselves: a session
event sees every entry added, changed (its kind, day, commitment, partner, or disputed)
or deleted through the ORM, whichever operation does it, including ones written later; a new
entry written by Core (models/entry_writes.py: every new entry) is followed by the same code
(`entry_written`). A bulk INSERT, UPDATE or DELETE of log entries would slip past that, so it is refused
(only acknowledging in bulk, which changes no figure, is allowed). `rebuild` recomputes
everything from the entries (`trust-tracker db rebuild-stats`).

A disputed entry ("not me") counts nowhere: it leaves the figures when disputed and comes
back when the dispute is withdrawn.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, event, func, select
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.orm.attributes import get_history

from . import figure_writes, milestone_reads
from .base import utcnow
from .db import has_table
from .entities import LogEntry, LogKind
from .figure_lock import hold_figures
from .figure_writes import KINDS, Month, table
from .milestone_losses import drop_lost_streaks
from .stat_entities import NO_LINEAGE, RECORD_WEEKS, DailyStat, MilestoneLook, MonthlyStat, StreakRecord

# What streaks are walked from (a streak record sums up only these: models/charts.py).
STREAK_KINDS = frozenset({LogKind.KEPT.value, LogKind.MISSED.value, LogKind.HARD_DAY.value})
# What the milestone looks that are kept read (models/milestone_checks.py: clean weeks, better months).
LOOKED_KINDS = frozenset({LogKind.KEPT.value, LogKind.MISSED.value, LogKind.BREACH.value})
# What an entry's figures depend on: a change to any of these moves it from one count to another.
COUNTED_FIELDS = ("couple_id", "partner_id", "lineage_id", "local_date", "kind", "disputed_at")
# Bulk updates of log entries may set only these (they change no figure).
FREE_FIELDS = frozenset({"acknowledged_at", "note"})


@dataclass(frozen=True)
class _Place:
    """Where one entry counts: its partner, item and day (and couple)."""

    couple_id: int
    partner_id: int
    lineage_id: int
    local_date: date


Deltas = dict[_Place, Counter[str]]


def _counted(values: dict[str, Any]) -> tuple[_Place, str] | None:
    """Where an entry with these values counts, and as what; None when it counts nowhere."""
    if values["disputed_at"] is not None or values["local_date"] is None:
        return None
    kind = values["kind"]
    place = _Place(values["couple_id"], values["partner_id"], values["lineage_id"] or NO_LINEAGE, values["local_date"])
    return place, LogKind(kind).value


def _now_values(entry: LogEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in COUNTED_FIELDS}


def _old_values(entry: LogEntry) -> dict[str, Any]:
    """The values as the database held them before this flush."""
    values = {}
    for name in COUNTED_FIELDS:
        history = get_history(entry, name)
        if history.deleted:
            values[name] = history.deleted[0]
        elif history.added:  # changed from nothing (active_history loads the old value, so None)
            values[name] = None
        else:
            values[name] = getattr(entry, name)
    return values


def _add(deltas: Deltas, values: dict[str, Any], sign: int) -> None:
    counted = _counted(values)
    if counted is not None:
        place, kind = counted
        deltas[place][kind] += sign


@event.listens_for(Session, "before_flush")
def _hold_the_figures(session: Session, _context: Any, _instances: Any) -> None:
    """The couples whose figures this flush moves, one transaction at a time, taken before any
    entry is written (models/figure_lock.py: so a look or a record never stands on a stale read).
    What an earlier flush read for the milestone look may no longer hold: dropped."""
    milestone_reads.drop(session)
    couples = {obj.couple_id for obj in session.new if isinstance(obj, LogEntry)}  # a new one was nowhere before
    changed = [obj for obj in session.deleted if isinstance(obj, LogEntry)] + [
        obj
        for obj in session.dirty
        if isinstance(obj, LogEntry) and any(get_history(obj, name).has_changes() for name in COUNTED_FIELDS)
    ]
    couples.update(values["couple_id"] for obj in changed for values in (_old_values(obj), _now_values(obj)))
    if couples:
        hold_figures(session, couples)


@event.listens_for(Session, "after_flush")
def _follow_the_log(session: Session, _context: Any) -> None:
    """Move the figures by what this flush wrote (the new, dirty and deleted lists are still
    the flush's own here, and so is each attribute's history), and drop what summed up or looked
    at the days it changed: streak records, and milestone looks that found nothing."""
    deltas: Deltas = defaultdict(Counter)
    # Per couple, the earliest day changed that a streak record, or a look, may cover. An edit,
    # a removal or a dispute may be of any day; a new entry only when dated before the latest day
    # one made by the time it was written can cover (records and looks are made at the time of
    # their request, so none is later than the clock): today's entries drop nothing, in no statement.
    records: dict[int, date] = {}
    looks: dict[int, date] = {}
    clock = utcnow()
    added: dict[int, list[LogEntry]] = defaultdict(list)  # the new entries, by couple: see apply
    for obj in session.new:
        if isinstance(obj, LogEntry):
            _note_new(obj, clock, deltas, records, looks)
            added[obj.couple_id].append(obj)
    for obj in session.deleted:
        if isinstance(obj, LogEntry):
            _add(deltas, _old_values(obj), -1)
            _earliest(records, _old_values(obj), STREAK_KINDS)
            _earliest(looks, _old_values(obj), LOOKED_KINDS | STREAK_KINDS)
    for obj in session.dirty:
        if isinstance(obj, LogEntry) and any(get_history(obj, name).has_changes() for name in COUNTED_FIELDS):
            _add(deltas, _old_values(obj), -1)
            _add(deltas, _now_values(obj), +1)
            for values in (_old_values(obj), _now_values(obj)):
                _earliest(records, values, STREAK_KINDS)
                _earliest(looks, values, LOOKED_KINDS | STREAK_KINDS)
    _write(session, deltas, records, looks, added)


def entry_written(session: Session, entry: LogEntry) -> None:
    """What `_follow_the_log` does after a flush of one new entry, for one written by Core (models/entry_writes.py)."""
    deltas: Deltas = defaultdict(Counter)
    records: dict[int, date] = {}
    looks: dict[int, date] = {}
    _note_new(entry, utcnow(), deltas, records, looks)
    _write(session, deltas, records, looks, {entry.couple_id: [entry]})


def _note_new(
    entry: LogEntry, clock: datetime, deltas: Deltas, records: dict[int, date], looks: dict[int, date]
) -> None:
    values = _now_values(entry)
    _add(deltas, values, +1)
    written = max(clock, entry.created_at or clock)
    _earliest(records, values, STREAK_KINDS, _records_stand_until(written))
    _earliest(looks, values, LOOKED_KINDS, _looks_stand_until(written))
    _earliest(looks, values, STREAK_KINDS, _waits_stand_until(clock, entry))


def _write(
    session: Session, deltas: Deltas, records: dict[int, date], looks: dict[int, date], added: dict[int, list[LogEntry]]
) -> None:
    """The stale records, looks and lost streak milestones go first: what the figures' write reads back must not
    hold them."""
    connection = session.connection()
    if misses := [
        (p.couple_id, p.lineage_id, p.local_date) for p, n in deltas.items() if n["missed"] > 0 and p.lineage_id
    ]:  # a day newly broken (NO_LINEAGE, 0: about no commitment)
        drop_lost_streaks(session, misses)
    for couple_id, day in records.items():
        connection.execute(_STALE_RECORDS, {"couple_id": couple_id, "day": day})
    has_looks = has_table(session, MilestoneLook.__tablename__)  # none under an older schema
    if looks and has_looks:
        for couple_id, day in looks.items():
            connection.execute(_UNDONE_LOOKS, {"couple_id": couple_id, "day": day})
    apply(session, deltas, added if has_looks else {})


def _records_stand_until(now: datetime) -> date:
    """A day after the latest `through` a streak record made by `now` can have (models.charts: a
    Sunday RECORD_WEEKS before the couple's week, whose today is at most a day ahead of UTC's)."""
    return now.date() + timedelta(days=1) - timedelta(weeks=RECORD_WEEKS)


def _looks_stand_until(now: datetime) -> date:
    """The latest `through` a milestone look made by `now` can have (a Monday or a first of the
    month, no later than the couple's today, which is at most a day ahead of UTC's)."""
    ahead = now.date() + timedelta(days=1)
    return max(ahead - timedelta(days=ahead.weekday()), ahead.replace(day=1))


def _waits_stand_until(clock: datetime, entry: LogEntry) -> date:
    """The first day a new entry can have and leave the streak waits (models/milestone_checks.py)
    standing: a wait covers days up to its look's day, at most a day ahead of UTC's. A keep (or a
    miss) of any zone's today leaves them (a keep dated before a wait's look is told apart where it
    is read; a miss only shortens a streak); a hard day before a look's day may join two runs, and
    an entry created over a minute ago is one restored by an undo, of any day: both drop them."""
    restored = entry.created_at is not None and entry.created_at < clock - timedelta(minutes=1)
    if restored or entry.kind is LogKind.HARD_DAY:
        return date.max
    return clock.date() - timedelta(days=1)


def _earliest(
    into: dict[int, date], values: dict[str, Any], kinds: frozenset[str], stand_until: date | None = None
) -> None:
    """Note the entry's day for its couple when it counts as one of `kinds` and is before `stand_until`."""
    day, couple_id = values["local_date"], values["couple_id"]
    if values["kind"] not in kinds or day is None or couple_id is None:
        return
    if stand_until is None or day < stand_until:
        into[couple_id] = min(day, into.get(couple_id, day))


def apply(session: Session, deltas: Deltas, added: dict[int, list[LogEntry]] | None = None) -> None:
    """Add these per-day changes to the daily and monthly rows (creating rows as needed,
    deleting the ones left all zero). For a couple with `added` entries, the last upsert of its
    monthly figures also returns what the milestone look after them reads (models/milestone_reads.py)."""
    daily = {
        place: Counter({kind: n for kind, n in counts.items() if n})
        for place, counts in deltas.items()
        if any(counts.values())
    }
    if not daily:
        return
    monthly: dict[Month, Counter[str]] = defaultdict(Counter)
    for place, counts in daily.items():
        monthly[(place.couple_id, place.partner_id, place.local_date.replace(day=1))].update(counts)
    months = {month: counts for month, counts in monthly.items() if any(counts.values())}  # else moved within it
    added = added or {}
    riders = {month[0]: month for month in months if month[0] in added}  # the last of each such couple
    connection = session.connection()
    dialect = session.get_bind().dialect.name
    one = next(iter(daily.items())) if dialect == "postgresql" and len(daily) == 1 and len(months) == 1 else None
    for place, counts in daily.items() if one is None else ():
        connection.execute(*figure_writes.daily(dialect, _key(place), counts))
    for month, counts in months.items():
        entries = added.get(month[0], []) if riders.get(month[0]) == month else []
        kept = any(entry.kind is LogKind.KEPT for entry in entries)
        returning = (milestone_reads.AFTER_KEEP if kept else milestone_reads.AFTER_ANY) if entries else None
        if one is None:
            statement, values = figure_writes.monthly(dialect, month, counts, returning)
        else:
            statement, values = figure_writes.both(_key(one[0]), one[1], month, returning)
        if not entries:
            connection.execute(statement, values)
            continue
        row = connection.execute(statement, values | milestone_reads.params(month[0])).one()
        milestone_reads.keep(session, month[0], frozenset(entry.id for entry in entries), row, kept)
    if any(n < 0 for counts in daily.values() for n in counts.values()):
        _drop_empty(session, daily, monthly)


def _key(place: _Place) -> figure_writes.Place:
    return (place.couple_id, place.partner_id, place.lineage_id, place.local_date)


# Built once: every write of an entry runs it.
_UNDONE_LOOKS = delete(MilestoneLook).where(
    MilestoneLook.couple_id == bindparam("couple_id"), MilestoneLook.through > bindparam("day")
)
_STALE_RECORDS = delete(StreakRecord).where(
    StreakRecord.couple_id == bindparam("couple_id"), StreakRecord.through >= bindparam("day")
)


def _drop_empty(session: Session, daily: dict[_Place, Counter[str]], monthly: dict[Month, Counter[str]]) -> None:
    connection = session.connection()
    daily_table, monthly_table = table(DailyStat), table(MonthlyStat)
    empty = [daily_table.c[kind] == 0 for kind in KINDS]
    for place in daily:
        connection.execute(
            delete(daily_table).where(
                daily_table.c.partner_id == place.partner_id,
                daily_table.c.lineage_id == place.lineage_id,
                daily_table.c.local_date == place.local_date,
                *empty,
            )
        )
    empty = [monthly_table.c[kind] == 0 for kind in KINDS]
    for _couple, partner_id, month in monthly:
        connection.execute(
            delete(monthly_table).where(
                monthly_table.c.partner_id == partner_id, monthly_table.c.month == month, *empty
            )
        )


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    """A bulk write of log entries would leave the figures behind: refused, saying why."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is None or mapper.class_ is not LogEntry:
        return
    if state.is_update:
        values = getattr(state.statement, "_values", None) or {}
        names = {getattr(column, "key", column) for column in values}
        if names <= FREE_FIELDS:
            return
    raise TypeError(
        "Log entries are written one by one (models.entry_writes.write, attribute changes, session.delete) "
        "so that models.stats keeps the figures in step; this bulk statement would not."
    )


# --- Rebuilding from the entries.


def rebuild(session: Session, couple_ids: Iterable[int] | None = None) -> int:
    """Recompute the daily and monthly figures from the log entries (of these couples, or of
    all), and drop their streak records (Charts write them again) and milestone looks (made
    again at the next entry); returns how many daily
    rows now exist for them."""
    ids = list(couple_ids) if couple_ids is not None else None
    for entity in (DailyStat, MonthlyStat, StreakRecord, MilestoneLook):
        statement = delete(entity)
        if ids is not None:
            statement = statement.where(entity.couple_id.in_(ids))
        session.execute(statement)
    query = (
        select(
            LogEntry.couple_id,
            LogEntry.partner_id,
            func.coalesce(LogEntry.lineage_id, NO_LINEAGE),
            LogEntry.local_date,
            LogEntry.kind,
            func.count(),
        )
        .where(LogEntry.disputed_at.is_(None))
        .group_by(LogEntry.couple_id, LogEntry.partner_id, LogEntry.lineage_id, LogEntry.local_date, LogEntry.kind)
    )
    if ids is not None:
        query = query.where(LogEntry.couple_id.in_(ids))
    daily: dict[tuple[int, int, int, date], dict[str, int]] = {}
    monthly: dict[tuple[int, int, date], dict[str, int]] = {}
    for couple_id, partner_id, lineage_id, day, kind, count in session.execute(query):
        zero = dict.fromkeys(KINDS, 0)
        daily.setdefault((couple_id, partner_id, lineage_id, day), dict(zero))[kind.value] += count
        monthly.setdefault((couple_id, partner_id, day.replace(day=1)), dict(zero))[kind.value] += count
    daily_rows = [
        {"couple_id": c, "partner_id": p, "lineage_id": lineage, "local_date": d} | counts
        for (c, p, lineage, d), counts in daily.items()
    ]
    monthly_rows = [{"couple_id": c, "partner_id": p, "month": m} | counts for (c, p, m), counts in monthly.items()]
    connection = session.connection()
    for into, rows in ((table(DailyStat), daily_rows), (table(MonthlyStat), monthly_rows)):
        for chunk in range(0, len(rows), 5000):
            connection.execute(into.insert(), rows[chunk : chunk + 5000])
    return len(daily_rows)


def snapshot(session: Session, couple_id: int) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    """The couple's daily and monthly rows as plain tuples: what `rebuild` must reproduce."""
    daily = session.execute(
        select(
            DailyStat.partner_id, DailyStat.lineage_id, DailyStat.local_date, *(DailyStat.__table__.c[k] for k in KINDS)
        ).where(DailyStat.couple_id == couple_id)
    )
    monthly = session.execute(
        select(MonthlyStat.partner_id, MonthlyStat.month, *(MonthlyStat.__table__.c[k] for k in KINDS)).where(
            MonthlyStat.couple_id == couple_id
        )
    )
    return {tuple(row) for row in daily}, {tuple(row) for row in monthly}
