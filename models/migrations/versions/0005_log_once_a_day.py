"""kept or missed once a day, enforced by the database

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 17:00:00

A partial unique index: one kept and one missed entry per partner, commitment and
local day. Until now this was check-then-insert, so requests racing each other on
PostgreSQL could write the same keep two or three times.

Existing duplicates are merged into the earliest of each group (by created_at, then
id) before the index is built, and nothing else is lost: a setback pointing at a
duplicate moves to the earliest (or, when that has a setback already, its reflection
is added to that setback's), the earliest acknowledgement is kept, and every
different note is kept, joined. `setback` is the only table that refers to
log_entry; acknowledgements are a column of the entry itself.
"""

from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEX = "uq_log_entry_once_a_day"
COLUMNS = ["partner_id", "lineage_id", "local_date", "kind"]
ONCE_A_DAY_KINDS = "kind IN ('kept', 'missed') AND lineage_id IS NOT NULL"

log_entry = sa.table(
    "log_entry",
    sa.column("id", sa.Integer),
    sa.column("partner_id", sa.Integer),
    sa.column("lineage_id", sa.Integer),
    sa.column("local_date", sa.Date),
    sa.column("kind", sa.String),
    sa.column("created_at", sa.DateTime),
    sa.column("note", sa.Text),
    sa.column("acknowledged_at", sa.DateTime),
)
setback = sa.table(
    "setback",
    sa.column("id", sa.Integer),
    sa.column("log_entry_id", sa.Integer),
    sa.column("trigger", sa.Text),
    sa.column("prevention", sa.Text),
    sa.column("version_id", sa.Integer),
)


def merged_text(texts: list[str]) -> str:
    """Every different non-empty text, in order, once."""
    return " ".join(dict.fromkeys(t for t in texts if t))


def _duplicate_groups(bind: sa.Connection) -> list[list[Any]]:
    """The rows of each group the index would refuse, earliest first."""
    key = [log_entry.c[name] for name in COLUMNS]
    twice = sa.select(*key).where(sa.text(ONCE_A_DAY_KINDS)).group_by(*key).having(sa.func.count() > 1).subquery()
    rows = bind.execute(
        sa.select(log_entry)
        .join(twice, sa.and_(*(log_entry.c[name] == twice.c[name] for name in COLUMNS)))
        .order_by(*key, log_entry.c.created_at, log_entry.c.id)
    ).all()
    groups: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for row in rows:
        groups[tuple(getattr(row, name) for name in COLUMNS)].append(row)
    return list(groups.values())


def _merge(bind: sa.Connection, group: list[Any]) -> None:
    keep, drop = group[0], group[1:]
    dropped = [row.id for row in drop]
    acknowledged = [row.acknowledged_at for row in group if row.acknowledged_at is not None]
    bind.execute(
        sa.update(log_entry)
        .where(log_entry.c.id == keep.id)
        .values(note=merged_text([row.note for row in group]), acknowledged_at=min(acknowledged, default=None))
    )
    setbacks = bind.execute(
        sa.select(setback).where(setback.c.log_entry_id.in_([keep.id, *dropped])).order_by(setback.c.id)
    ).all()
    if setbacks:
        # One setback per entry (a unique column): the first one stays, with every reflection.
        first, rest = setbacks[0], setbacks[1:]
        bind.execute(
            sa.update(setback)
            .where(setback.c.id == first.id)
            .values(
                log_entry_id=keep.id,
                trigger=merged_text([s.trigger for s in setbacks]),
                prevention=merged_text([s.prevention for s in setbacks]),
                version_id=next((s.version_id for s in setbacks if s.version_id is not None), None),
            )
        )
        if rest:
            bind.execute(sa.delete(setback).where(setback.c.id.in_([s.id for s in rest])))
    bind.execute(sa.delete(log_entry).where(log_entry.c.id.in_(dropped)))


def upgrade() -> None:
    bind = op.get_bind()
    for group in _duplicate_groups(bind):
        _merge(bind, group)
    op.create_index(
        INDEX,
        "log_entry",
        COLUMNS,
        unique=True,
        sqlite_where=sa.text(ONCE_A_DAY_KINDS),
        postgresql_where=sa.text(ONCE_A_DAY_KINDS),
    )


def downgrade() -> None:
    # The merged duplicates are not split again: they were one fact written twice.
    op.drop_index(INDEX, table_name="log_entry")
