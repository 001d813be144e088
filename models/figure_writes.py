"""The statements that move the log's figures (models/stats.py decides what moves; these write it).

Each is an upsert (INSERT ... ON CONFLICT DO UPDATE, SQLite's or PostgreSQL's) adding the
counts to the row at its unique key, so a row is made or moved in one statement and never read
first. On PostgreSQL one place moved (a keep, a moment: the common write) is one statement
for both rows, the daily upsert a data-modifying WITH of the monthly one; SQLite has no
data-modifying WITH, so there they stay two. A statement can also return what the milestone
look after a new entry reads (models/milestone_reads.py).
"""

from __future__ import annotations

import functools
from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import Table, bindparam

from .db import upsert_insert
from .entities import LogKind
from .stat_entities import DailyStat, MonthlyStat

KINDS = tuple(kind.value for kind in LogKind)
DAILY_KEY = ("partner_id", "lineage_id", "local_date")
MONTHLY_KEY = ("partner_id", "month")
# The daily row's values in the one statement of both (the monthly row's take the plain names).
_DAY = "day_"

Place = tuple[int, int, int, date]  # couple, partner, item (lineage), day
Month = tuple[int, int, date]  # couple, partner, first of the month


def table(entity: type[DailyStat] | type[MonthlyStat]) -> Table:
    found = entity.__table__
    assert isinstance(found, Table)
    return found


def daily(dialect: str, place: Place, counts: Counter[str]) -> tuple[Any, dict[str, Any]]:
    """The upsert adding `counts` to the day's row of this partner and item, and its values."""
    return _statement(dialect, _moved(counts), None, False), _daily_values(place, counts)


def monthly(
    dialect: str, month: Month, counts: Counter[str], returning: tuple[Any, ...] | None = None
) -> tuple[Any, dict[str, Any]]:
    """The upsert adding `counts` to the month's row of this partner, returning `returning`."""
    return _statement(dialect, None, _moved(counts), returning), _monthly_values(month, counts)


def both(
    place: Place, counts: Counter[str], month: Month, returning: tuple[Any, ...] | None = None
) -> tuple[Any, dict[str, Any]]:
    """PostgreSQL: one place's daily and monthly rows in one statement (the month's counts are
    the day's), returning `returning`."""
    moved = _moved(counts)
    day = {f"{_DAY}{name}": value for name, value in _daily_values(place, counts).items()}
    return _statement("postgresql", moved, moved, returning), _monthly_values(month, counts) | day


def _moved(counts: Counter[str]) -> tuple[str, ...]:
    """Kinds that do not move are left as they are: a kind moved within a month sums to 0."""
    return tuple(kind for kind in KINDS if counts.get(kind))


def _daily_values(place: Place, counts: Counter[str]) -> dict[str, Any]:
    couple_id, partner_id, lineage_id, local_date = place
    key = {"couple_id": couple_id, "partner_id": partner_id, "lineage_id": lineage_id, "local_date": local_date}
    return key | {kind: counts.get(kind, 0) for kind in KINDS}


def _monthly_values(month: Month, counts: Counter[str]) -> dict[str, Any]:
    couple_id, partner_id, first = month
    return {"couple_id": couple_id, "partner_id": partner_id, "month": first} | {
        kind: counts.get(kind, 0) for kind in KINDS
    }


@functools.cache
def _statement(
    dialect: str, day: tuple[str, ...] | None, month: tuple[str, ...] | None, returning: tuple[Any, ...] | None
) -> Any:
    """Built once per process for each shape (building one, its `excluded` alias above all, cost
    more than the write itself): the daily upsert (`day`: the kinds it moves), the monthly one, or
    the monthly one with the daily one in its WITH (both given)."""
    if month is None:
        assert day is not None
        return _upsert(dialect, table(DailyStat), DAILY_KEY, day)
    statement = _upsert(dialect, table(MonthlyStat), MONTHLY_KEY, month)
    if day is not None:
        columns = table(DailyStat).c
        values = {
            name: bindparam(f"{_DAY}{name}", type_=columns[name].type) for name in (*DAILY_KEY, "couple_id", *KINDS)
        }
        written = _upsert(dialect, table(DailyStat), DAILY_KEY, day, values)
        statement = statement.add_cte(written.cte("daily_written"))
    return statement.returning(*returning) if returning else statement


def _upsert(
    dialect: str, into: Table, unique: tuple[str, ...], moved: tuple[str, ...], values: dict[str, Any] | None = None
) -> Any:
    insert = upsert_insert(dialect)(into)
    if values is not None:
        insert = insert.values(values)
    return insert.on_conflict_do_update(
        index_elements=list(unique), set_={kind: into.c[kind] + insert.excluded[kind] for kind in moved}
    )
