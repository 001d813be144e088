"""Taking an entry back: a partner removes their own (undoable for ten minutes), or says an
entry made in their name by voice was "not me" (a dispute).

One home for both, called by the site (History, Today) and the skill ("undo that", "that
wasn't me"). A removed entry is deleted, and kept whole in `RemovedEntry` (every column,
and its setback's) so the undo restores it exactly, under its own id when that is free.
A disputed entry stays in the log, shown as disputed to both partners, and counts nowhere:
not in streaks, rates, charts, milestones or the figures (models/stats.py).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Date, DateTime, and_, delete, inspect, or_, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapper, Session

from . import tracking
from .base import utcnow
from .entities import LogEntry, LogKind, Partner, Setback, Source
from .errors import Conflict, NotAllowed, NotFound
from .localtime import entry_date, local_today
from .stat_entities import RemovedEntry

UNDO_MINUTES = 10
# "No wait, that was yesterday" moves an entry back at most this many days: as far as any is said.
AMEND_DAYS = tracking.PAST_DAYS
# "That wasn't me" reaches back this far for the last voice entry in the speaker's name.
DISPUTE_DAYS = 7


def _entry_of_couple(session: Session, partner: Partner, entry_id: int) -> LogEntry:
    # By primary key: no statement at all when the request has loaded it already (the skill's "yes").
    entry = session.get(LogEntry, entry_id)
    if entry is None or entry.couple_id != partner.couple_id:
        raise NotFound("No such entry in your log.")
    return entry


def _columns(obj: Any) -> dict[str, Any]:
    """Every column of a row, JSON-ready."""
    values = {}
    for attribute in inspect(obj).mapper.column_attrs:
        value = getattr(obj, attribute.key)
        values[attribute.key] = value.isoformat() if isinstance(value, date | datetime) else _plain(value)
    return values


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)  # an enum member as its stored value


def _restored(cls: type, values: dict[str, Any]) -> Any:
    """A row of `cls` from `_columns`' values (the columns it still has)."""
    kwargs = {}
    mapper: Mapper[Any] = inspect(cls)
    for attribute in mapper.column_attrs:
        if attribute.key not in values:
            continue
        value, column_type = values[attribute.key], attribute.columns[0].type
        column_type = getattr(column_type, "impl", column_type)  # UTCDateTime is a DateTime
        if isinstance(value, str) and isinstance(column_type, DateTime):
            value = datetime.fromisoformat(value)
        elif isinstance(value, str) and isinstance(column_type, Date):
            value = date.fromisoformat(value)
        kwargs[attribute.key] = value
    return cls(**kwargs)


def remove_entry(session: Session, partner: Partner, entry_id: int, now: datetime | None = None) -> RemovedEntry:
    """Remove one of this partner's own entries (its setback with it); undoable for ten minutes."""
    return _remove(session, partner, _entry_of_couple(session, partner, entry_id), now or utcnow())


def _remove(session: Session, partner: Partner, entry: LogEntry, now: datetime) -> RemovedEntry:
    if entry.partner_id != partner.id:
        raise NotAllowed(
            "Only the partner who logged an entry can remove it. If it was made in your name, mark it “not me”."
        )
    setback = session.scalar(select(Setback).where(Setback.log_entry_id == entry.id))
    removed = RemovedEntry(
        couple_id=partner.couple_id,
        partner_id=partner.id,
        entry_id=entry.id,
        entry=_columns(entry),
        setback=_columns(setback) if setback is not None else None,
        removed_at=now,
    )
    # Removals too old to undo are dropped as new ones come: the table stays a few rows long.
    session.execute(
        delete(RemovedEntry).where(
            RemovedEntry.partner_id == partner.id, RemovedEntry.removed_at < now - timedelta(minutes=UNDO_MINUTES)
        )
    )
    if setback is not None:
        session.delete(setback)
    session.delete(entry)
    session.add(removed)
    session.flush()
    return removed


def undoable(session: Session, partner: Partner, now: datetime | None = None) -> list[RemovedEntry]:
    """This partner's removals that can still be undone, newest first. Of a commitment's keeps and misses
    on one day only the newest: only one can come back beside the others (once a day: tester-web51)."""
    since = (now or utcnow()) - timedelta(minutes=UNDO_MINUTES)
    removed = session.scalars(
        select(RemovedEntry)
        .where(RemovedEntry.partner_id == partner.id, RemovedEntry.removed_at >= since)
        .order_by(RemovedEntry.removed_at.desc(), RemovedEntry.id.desc())
    )
    shown: dict[object, RemovedEntry] = {}
    for gone in removed:
        entry = gone.entry
        once_a_day = entry.get("lineage_id") is not None and entry.get("kind") in _ONCE_A_DAY
        shown.setdefault((entry["lineage_id"], entry["local_date"]) if once_a_day else gone.id, gone)
    return list(shown.values())


_ONCE_A_DAY = {LogKind.KEPT.value, LogKind.MISSED.value}  # entities.ONCE_A_DAY_KINDS, as a removal stores them


def undo_removal(session: Session, partner: Partner, removal_id: int, now: datetime | None = None) -> LogEntry:
    """Put a removed entry back exactly as it was (and its setback), within ten minutes."""
    now = now or utcnow()
    removed = session.scalar(
        select(RemovedEntry).where(RemovedEntry.id == removal_id, RemovedEntry.couple_id == partner.couple_id)
    )
    if removed is None:
        raise NotFound("There is no such removed entry to bring back.")
    if removed.partner_id != partner.id:
        raise NotAllowed("Only the partner who removed an entry can bring it back.")
    if removed.removed_at < now - timedelta(minutes=UNDO_MINUTES):
        raise Conflict(f"It was removed more than {UNDO_MINUTES} minutes ago, so it can no longer be brought back.")
    values = dict(removed.entry)
    if session.get(LogEntry, values["id"]) is not None:
        del values["id"]  # its id went to a newer entry (SQLite reuses the highest): a new one
    entry = _restored(LogEntry, values)
    try:
        with session.begin_nested():
            session.add(entry)
    except IntegrityError:
        raise Conflict("That day is logged again since, so the removed entry cannot come back beside it.") from None
    if removed.setback is not None:
        setback_values = dict(removed.setback) | {"log_entry_id": entry.id}
        if session.get(Setback, setback_values["id"]) is not None:
            del setback_values["id"]
        session.add(_restored(Setback, setback_values))
    session.delete(removed)
    session.flush()
    return entry


def undo_recent_log(session: Session, partner: Partner, entry_id: int, now: datetime | None = None) -> RemovedEntry:
    """Today's "undo" beside what was just logged: removes it, within ten minutes of logging."""
    now = now or utcnow()
    entry = _entry_of_couple(session, partner, entry_id)
    if entry.partner_id == partner.id and entry.created_at < now - timedelta(minutes=UNDO_MINUTES):
        raise Conflict(f"It was logged more than {UNDO_MINUTES} minutes ago: remove it from History instead.")
    return _remove(session, partner, entry, now)


class HardDayTaken(StrEnum):
    """What "cancel my hard day" found: today's hard day removed, logged too long ago to take back
    by voice (the site's History removes it), or none logged today."""

    REMOVED = "removed"
    TOO_LATE = "too_late"
    NONE = "none"


def take_back_hard_day(
    session: Session,
    partner: Partner,
    now: datetime | None = None,
    *,
    device_zone: str | None = None,
    day: date | None = None,
) -> HardDayTaken:
    """ "Cancel my hard day": this partner's hard day of today (the device's day, as it was logged),
    or of `day` when one is named ("undo the hard day I logged on Thursday"), removed as "undo that"
    removes what was just logged, within ten minutes of logging it."""
    now = now or utcnow()
    entry = tracking.todays_hard_day(session, partner, day or entry_date(partner.couple, now, device_zone))
    if entry is None:
        return HardDayTaken.NONE
    try:
        undo_recent_log(session, partner, entry.id, now)
    except Conflict:
        return HardDayTaken.TOO_LATE
    return HardDayTaken.REMOVED


def amend_recent(
    session: Session,
    partner: Partner,
    entry_id: int,
    now: datetime | None = None,
    *,
    author: Partner | None = None,
    day: date | None = None,
    lineage_id: int | None = None,
    note: str | None = None,
) -> LogEntry:
    """The partner's own entry of the last ten minutes, said again another way right after it:
    on `day` ("no wait, that was yesterday"), for the commitment `lineage_id` ("not that one, the
    sunday dinner": its words, said of the other one, are left out), or in `author`'s name (a
    shared device: "actually it's Faith"). Logged again under the rules any entry meets (whose
    commitment it may be, once a day), its setback moved with it, and the first one deleted;
    `note`: its note as it reads on the new day (a day word it contradicted left out)."""
    now = now or utcnow()
    entry = _entry_of_couple(session, partner, entry_id)
    if entry.partner_id != partner.id:
        raise NotAllowed("Only the partner who logged an entry can change it.")
    if entry.created_at < now - timedelta(minutes=UNDO_MINUTES):
        raise Conflict(f"It was logged more than {UNDO_MINUTES} minutes ago: change it from History instead.")
    author = author or partner
    if author.couple_id != partner.couple_id:
        raise NotFound("No such partner in your couple.")
    if day is not None and day < local_today(partner.couple, now) - timedelta(days=AMEND_DAYS):
        raise Conflict(f"An entry can be moved back at most {AMEND_DAYS} days by voice.")
    moved = lineage_id is not None and lineage_id != entry.lineage_id
    if not moved and author.id == partner.id and day in (None, entry.local_date):
        return entry  # said again as it was: nothing to change
    setback = session.scalar(select(Setback).where(Setback.log_entry_id == entry.id))
    # Who, the day or the commitment differs, so the new one never meets the first in the
    # once-a-day index: both are there for a moment, in one savepoint, and any refusal undoes it.
    with session.begin_nested():
        new = tracking.log_entry(
            session,
            author,
            entry.kind,
            source=entry.source,
            lineage_id=lineage_id if moved else entry.lineage_id,
            note="" if moved else entry.note if note is None else note,
            now=now,
            day=day or entry.local_date,
        )
        if setback is not None:
            setback.log_entry_id = new.id
        session.delete(entry)
        session.flush()
    return new


def _made_since(partner: Partner, now: datetime, within: timedelta) -> ColumnElement[bool]:
    """The couple's entries made (not dated) `within` before `now`. Read by local date first (the
    (couple, local date) index), not all its years: one made then is dated at most PAST_DAYS before
    its day (the furthest back one is said, or moved), one more for a device's zone ahead of the couple's."""
    earliest = local_today(partner.couple, now) - timedelta(days=within.days + tracking.PAST_DAYS + 1)
    return and_(
        LogEntry.couple_id == partner.couple_id,
        LogEntry.local_date >= earliest,
        LogEntry.created_at >= now - within,
    )


def last_own_entry(
    session: Session,
    partner: Partner,
    now: datetime | None = None,
    within: timedelta = timedelta(minutes=UNDO_MINUTES),
    before: LogEntry | None = None,
) -> LogEntry | None:
    """The newest entry this partner made `within` the last ten minutes: what "undo that" removes
    (within a week: what "what did I just log?" reads back); `before` one of theirs, the one
    made before it ("not that one, the one before")."""
    now = now or utcnow()
    older = (
        or_(
            LogEntry.created_at < before.created_at,
            and_(LogEntry.created_at == before.created_at, LogEntry.id < before.id),
        )
        if before is not None
        else true()
    )
    return session.scalar(
        select(LogEntry)
        .where(
            _made_since(partner, now, within),
            LogEntry.partner_id == partner.id,
            older,
        )
        .order_by(LogEntry.created_at.desc(), LogEntry.id.desc())
        .limit(1)
    )


def last_voice_entry(session: Session, partner: Partner, now: datetime | None = None) -> LogEntry | None:
    """The newest undisputed entry made by voice in this partner's name, in the last week:
    what "that wasn't me" disputes."""
    now = now or utcnow()
    return session.scalar(
        select(LogEntry)
        .where(
            _made_since(partner, now, timedelta(days=DISPUTE_DAYS)),
            LogEntry.partner_id == partner.id,
            LogEntry.source == Source.VOICE,
            LogEntry.disputed_at.is_(None),
        )
        .order_by(LogEntry.created_at.desc(), LogEntry.id.desc())
        .limit(1)
    )


def dispute(session: Session, partner: Partner, entry_id: int, now: datetime | None = None) -> LogEntry:
    """ "Not me": an entry made by voice in this partner's name leaves every figure and shows as disputed."""
    entry = _entry_of_couple(session, partner, entry_id)
    if entry.partner_id != partner.id:
        raise NotAllowed("Only the partner an entry was logged for can say it was not them.")
    if entry.source is not Source.VOICE:
        raise Conflict("Only an entry made by voice can be marked “not me”; remove your own entry instead.")
    if entry.disputed_at is None:
        entry.disputed_at = now or utcnow()
        session.flush()
    return entry
