"""What the milestone check after a new entry reads, read by the entry's own write of its figures.

A keep or a moment is followed by a look for the milestones it may have reached
(models/milestones.py), which starts from the couple's known keys and, after a keep, the days
of the Nth kept entries. Both are read in the RETURNING clause of the upsert that writes the
entry's monthly figures (models/stats.py), after the entry and its daily figures are written
and in the same transaction, so the look needs no statement of its own to start. What was read
is kept in the session for the entry it was read with, taken once, and dropped by any later
flush, look stored or milestone celebrated (each may change what it says): a stale copy is
never used, the check reads afresh instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Integer, bindparam, case, exists, func, literal, literal_column, select, union_all
from sqlalchemy.orm import Session

from .db import read
from .entities import LogEntry, LogKind, Milestone
from .stat_entities import MilestoneLook

KEPT_THRESHOLDS = (10, 25, 50, 100)
# A key never holds a line break: the keys are joined by one and split again.
_SEPARATOR = "\n"
_STASH = "trust_tracker.milestone_reads"
# Not "couple_id": the upsert's own VALUES bind that name.
_COUPLE = "ride_couple_id"


@dataclass(frozen=True)
class Read:
    """The couple's known keys (and whether each was celebrated), and after a keep the days of its
    Nth kept entries (None each when there are fewer, or its milestone is stored), read with the
    figures of these entries."""

    entries: frozenset[int]
    known: dict[str, bool]
    kept_days: tuple[date | None, ...] | None


def _known_keys() -> Any:
    """Every key the couple reached or looked for, flagged 1 when celebrated (a look is: it has
    nothing to tell), in one string: a scalar subquery the upsert's RETURNING can carry."""
    couple = bindparam(_COUPLE, type_=Integer)
    keys = union_all(
        select((case((Milestone.celebrated_at.is_not(None), "1"), else_="0") + Milestone.key).label("flagged")).where(
            Milestone.couple_id == couple
        ),
        select((literal("1") + MilestoneLook.key).label("flagged")).where(MilestoneLook.couple_id == couple),
    ).subquery()
    return select(func.aggregate_strings(keys.c.flagged, _SEPARATOR)).scalar_subquery()


def kept_key(n: int) -> str:
    """The key of the milestone of the couple's Nth kept entry."""
    return f"kept:{n}"


def _nth_kept_day(n: int) -> Any:
    """The day of the couple's Nth kept entry (disputed ones left out), in the order
    models.milestone_checks counts them; None once that milestone is stored, without the look-up
    (the check passes over a known key, and a couple past a hundred keeps would otherwise look up
    four days it never uses on every keep)."""
    stored = exists().where(Milestone.couple_id == bindparam(_COUPLE), Milestone.key == kept_key(n))
    nth = (
        select(LogEntry.local_date)
        .where(LogEntry.couple_id == bindparam(_COUPLE), LogEntry.kind == LogKind.KEPT, LogEntry.disputed_at.is_(None))
        .order_by(LogEntry.local_date, LogEntry.created_at, LogEntry.id)
        # Written, not bound: PostgreSQL costs a prepared statement's generic plan as if a bound
        # OFFSET and LIMIT read a tenth of the rows, so with years of entries it planned this one
        # afresh on every keep and "how are we doing" (0.3 ms); written, it keeps its one plan.
        .offset(literal_column(str(n - 1), Integer))
        .limit(literal_column("1", Integer))
        .scalar_subquery()
    )
    return case((stored, None), else_=nth)


# Built once: the columns the monthly upsert returns, without and with the kept days.
AFTER_ANY = (_known_keys().label("known"),)
AFTER_KEEP = (*AFTER_ANY, *(_nth_kept_day(n).label(f"kept_{n}") for n in KEPT_THRESHOLDS))


def params(couple_id: int) -> dict[str, object]:
    return {_COUPLE: couple_id}


def keep(session: Session, couple_id: int, entries: frozenset[int], row: Any, kept: bool) -> None:
    """Keep what the upsert returned for this couple, for the look after these entries."""
    session.info.setdefault(_STASH, {})[couple_id] = _parsed(entries, row, kept)


def read_now(session: Session, couple_id: int, kept: bool) -> Read:
    """The same, in a statement of its own (no entry written just before: "how are we doing",
    a launch; or what was read with one was dropped since), the kept days only when `kept`."""
    return _parsed(frozenset(), read(session, _NOW_KEEP if kept else _NOW_ANY, params(couple_id)).one(), kept)


_NOW_ANY, _NOW_KEEP = select(*AFTER_ANY), select(*AFTER_KEEP)


def _parsed(entries: frozenset[int], row: Any, kept: bool) -> Read:
    flagged = row[0].split(_SEPARATOR) if row[0] else []
    known = {key[1:]: key[0] == "1" for key in flagged}
    return Read(entries, known, tuple(_as_date(day) for day in row[1:]) if kept else None)


def _as_date(value: Any) -> date | None:
    """A day as returned (SQLite returns a subquery's date as its text)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def take(session: Session, couple_id: int, entry: LogEntry | None) -> Read | None:
    """What was read with this entry's figures, once; None when nothing was, or it was dropped."""
    read = session.info.get(_STASH, {}).pop(couple_id, None)
    if read is None or entry is None or entry.id not in read.entries:
        return None
    return read


def drop(session: Session) -> None:
    """Something the reads say may have changed since: nothing kept is used."""
    session.info.pop(_STASH, None)
