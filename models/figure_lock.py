"""A couple's figures, moved or summed up, by one transaction at a time (PostgreSQL).

A milestone look that found nothing (models/milestone_checks.py) and a streak record
(models/charts.py) are stored from figures read in their own transaction, and deleted by
models/stats.py when a write changes a day they covered. Under read committed, a write
committed between that read and the store deleted nothing (there was nothing yet) and the
look or record would stand on figures that no longer hold. So every write that moves a
couple's figures, and every look or record before it reads them, first takes this lock:
whichever comes second reads what the first committed. SQLite needs none: each transaction
takes the database's write lock as it begins (models/db.py).

The key is PostgreSQL's pair of 32-bit keys (FIGURES, couple id). The pairing lock
(models/voice.py) is a single 64-bit key, a key space that never meets this one, and it is
taken as a request begins, before anything is logged: always first, so the two cannot deadlock.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import CTE, Integer, bindparam, func, literal_column, select
from sqlalchemy.orm import Session, SessionTransaction

FIGURES = 7474  # the first of the two keys: this lock's own space

# Built once: a write of an entry runs it. The key space is written, the couple bound as int4.
_TAKE = func.pg_advisory_xact_lock(literal_column(str(FIGURES)), bindparam("couple_id", type_=Integer))
_LOCK = select(_TAKE)
# The same, as the first part of a write's own statement (models/entry_writes.py): one round trip, not two.
TAKEN_FIRST: CTE = select(_TAKE.label("taken")).cte("figures_held")
_HELD = "trust_tracker.figure_locks"


def hold_figures(session: Session, couple_ids: Iterable[int | None]) -> None:
    """Take these couples' lock until the transaction ends (in couple order, so two writers of
    the same couples cannot deadlock); a statement each, once per transaction."""
    if session.get_bind().dialect.name != "postgresql":
        return  # without beginning a transaction: SQLite's would take its write lock
    connection = session.connection()  # begins the transaction, when none has begun
    for couple_id in sorted({c for c in couple_ids if c is not None}):
        if not holds(session, couple_id):
            connection.execute(_LOCK, {"couple_id": couple_id})
            taken(session, couple_id)


def holds(session: Session, couple_id: int) -> bool:
    """Whether this transaction (or the savepoint it is in) holds the couple's lock already; on
    SQLite always (none is needed). A write that does not must take it before its first row, as
    `hold_figures` does or in its own statement, led by `TAKEN_FIRST`, then say so (`taken`).

    Held is remembered with the transaction that took it: rolling back to a savepoint releases
    what was taken within it, and a lock taken in a savepoint since ended is simply taken again."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    held: dict[int, SessionTransaction] = session.info.get(_HELD, {})
    taken_in = held.get(couple_id)
    return taken_in is not None and taken_in.is_active


def taken(session: Session, couple_id: int) -> None:
    """The couple's lock was just taken in the session's transaction (or its savepoint)."""
    current = session.get_nested_transaction() or session.get_transaction()
    if current is not None:
        session.info.setdefault(_HELD, {})[couple_id] = current
