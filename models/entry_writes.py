"""A new log entry written by one INSERT ... RETURNING, not by the ORM's flush: the keep and the
moment, the voice's commonest writes, without the unit of work's bookkeeping (0.56 against 0.29 ms
of CPU a moment on SQLite, measured for README, Speed, the fourteenth pass).

It does everything a flush of the entry does, in the flush's order: what is pending is flushed
first; whoever answers the request reads the words about to be written (`CHECKS`: the skill's
distress check of saved words, which raises before anything is written); the milestone reads held
from an earlier write dropped and the figures' lock taken (models/stats.py's before_flush; here, on
PostgreSQL, by the row's own INSERT, one round trip instead of two, unless the transaction holds it);
the row; the figures, stale streak records and looks (stats.entry_written); what a request remembered from
before forgotten (models/db.py); whoever notes what the request wrote told (`WRITTEN`: the skill's
turn, so "undo" and "that was yesterday" find it). The entry is then in the session as if loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy import Executable, bindparam, event, insert, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session, SessionTransaction, make_transient, make_transient_to_detached

from . import figure_lock, milestone_reads, stats
from .db import forget_written, upsert_insert
from .entities import ONCE_A_DAY_KINDS, LogEntry

# Session.info keys: callables given each entry before it is written, and after.
CHECKS = "trust_tracker.entry_writes.checks"
WRITTEN = "trust_tracker.entry_writes.written"
# Session.info key: each entry written here and the transaction (or savepoint) it was written in.
_WRITTEN_IN = "trust_tracker.entry_writes.written_in"

_COLUMNS = ("couple_id", "partner_id", "kind", "lineage_id", "local_date", "created_at", "note", "source")
# Built once: every keep and moment runs it.
_INSERT = insert(LogEntry).returning(LogEntry.id)


def _once_a_day(written: Any) -> Any:
    """A keep or miss of a commitment, written unless the once-a-day index already holds its day."""
    return written.on_conflict_do_nothing(
        index_elements=["partner_id", "lineage_id", "local_date"], index_where=text(ONCE_A_DAY_KINDS)
    )


_INSERT_ONCE_A_DAY = {  # by dialect
    dialect: _once_a_day(upsert_insert(dialect)(LogEntry)).returning(LogEntry.id)
    for dialect in ("sqlite", "postgresql")
}


@cache
def _insert_locking(columns: tuple[str, ...], once_a_day: bool) -> Executable:
    """PostgreSQL's INSERT that first takes the couple's figures lock (models/figure_lock.py), in
    the same statement: `WITH figures_held AS (SELECT pg_advisory_xact_lock(...)) INSERT ... SELECT
    <the values> FROM figures_held`, the lock taken before the row (and its once-a-day conflict)
    is. One per set of columns given, built once."""
    table = LogEntry.__table__
    row = select(*(bindparam(name, type_=table.c[name].type) for name in columns))
    written = postgresql.insert(LogEntry).from_select(columns, row.select_from(figure_lock.TAKEN_FIRST))
    if once_a_day:
        written = _once_a_day(written)
    return written.add_cte(figure_lock.TAKEN_FIRST).returning(LogEntry.id)


def write(session: Session, entry: LogEntry, *, once_a_day: bool = False) -> bool:
    """Write this new (transient) entry and the figures it moves, in the session's transaction.
    `once_a_day` (a keep or miss of a commitment: models/tracking.py): when the database's
    once-a-day index already holds that partner's commitment and day, nothing is written and
    this is False, found by the insert itself instead of a look before it."""
    if session.autoflush:
        session.flush()  # what is pending goes first, as a flush would write it
    checks: list[Callable[[LogEntry], None]] = session.info.get(CHECKS, [])
    for check in checks:
        check(entry)
    milestone_reads.drop(session)
    # Unset: the column's default, read back if touched (make_transient_to_detached expires what is unset).
    values = {name: value for name in _COLUMNS if (value := getattr(entry, name)) is not None}
    connection = session.connection()
    locked_here = not figure_lock.holds(session, entry.couple_id)
    if locked_here:  # PostgreSQL: the figures' lock taken by the insert itself, a round trip fewer
        insert_entry = _insert_locking(tuple(values), once_a_day)
    else:
        insert_entry = _INSERT_ONCE_A_DAY[connection.dialect.name] if once_a_day else _INSERT
    written_id = connection.execute(insert_entry, values).scalar()
    if locked_here:
        figure_lock.taken(session, entry.couple_id)  # whether or not the day was held already
    if written_id is None:
        return False  # the day is held: nothing written, nothing to follow
    entry.id = written_id
    entry.acknowledged_at = entry.disputed_at = None  # as written: read without a statement
    make_transient_to_detached(entry)
    session.add(entry)  # persistent, as if loaded: nothing for a flush to write
    written_in = session.get_nested_transaction() or session.get_transaction()
    session.info[_WRITTEN_IN] = [*_open(session), (entry, written_in)]
    stats.entry_written(session, entry)
    forget_written(session, {LogEntry})
    noted: list[Callable[[LogEntry], None]] = session.info.get(WRITTEN, [])
    for note in noted:
        note(entry)
    return True


@event.listens_for(Session, "after_soft_rollback")  # a savepoint's too
def _undone(session: Session, previous: SessionTransaction) -> None:
    """A rollback undid the rows written in it (and in the savepoints within it): their entries
    leave the session, as the ORM takes out what its own flush wrote, so an id the database
    gives again (SQLite) meets no stale copy."""
    for entry, transaction in session.info.get(_WRITTEN_IN, []):
        if _within(transaction, previous) and entry in session:
            session.expunge(entry)
            make_transient(entry)
    session.info[_WRITTEN_IN] = [(e, t) for e, t in _open(session) if not _within(t, previous)]


def _open(session: Session) -> list[tuple[LogEntry, SessionTransaction | None]]:
    """The entries written in a transaction still open (a committed one's are the database's for good)."""
    written: list[tuple[LogEntry, SessionTransaction | None]] = session.info.get(_WRITTEN_IN, [])
    return [(entry, transaction) for entry, transaction in written if _is_open(transaction)]


def _is_open(transaction: SessionTransaction | None) -> bool:
    while transaction is not None and transaction.parent is not None:
        transaction = transaction.parent
    return transaction is not None and transaction.is_active


def _within(transaction: SessionTransaction | None, ended: SessionTransaction) -> bool:
    while transaction is not None:
        if transaction is ended:
            return True
        transaction = transaction.parent
    return False
