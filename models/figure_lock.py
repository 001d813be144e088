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

from sqlalchemy import Integer, bindparam, func, literal_column, select
from sqlalchemy.orm import Session, SessionTransaction

FIGURES = 7474  # the first of the two keys: this lock's own space

# Built once: a write of an entry runs it. The key space is written, the couple bound as int4.
_LOCK = select(func.pg_advisory_xact_lock(literal_column(str(FIGURES)), bindparam("couple_id", type_=Integer)))
_HELD = "trust_tracker.figure_locks"


def hold_figures(session: Session, couple_ids: Iterable[int | None]) -> None:
    """Take these couples' lock until the transaction ends (in couple order, so two writers of
    the same couples cannot deadlock); a statement each, once per transaction.

    Held is remembered with the transaction that took it: rolling back to a savepoint releases
    what was taken within it, and a lock taken in a savepoint since ended is simply taken again."""
    if session.get_bind().dialect.name != "postgresql":
        return
    held: dict[int, SessionTransaction] = session.info.setdefault(_HELD, {})
    connection = session.connection()  # begins the transaction, when none has begun
    current = session.get_nested_transaction() or session.get_transaction()
    for couple_id in sorted({c for c in couple_ids if c is not None}):
        taken = held.get(couple_id)
        if current is None or taken is None or not taken.is_active:
            connection.execute(_LOCK, {"couple_id": couple_id})
            if current is not None:
                held[couple_id] = current
