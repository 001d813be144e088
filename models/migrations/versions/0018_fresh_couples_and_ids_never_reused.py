"""a new partner joins a fresh couple; ids are never reused on SQLite

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 04:00:00

`couple.dissolved_at`: when a partner left and the other stayed (models.leaving); whoever
joins the one who stayed starts a fresh couple with them (models.fresh_start). Couples
dissolved before this migration are found by what a departure leaves behind: one partner
left, and a contract version whose proposer is gone or the shared history copied into the
journal of the one who stayed.

`couple.kept_for_id`: an earlier relationship kept for the partner who stayed, with nobody
in it; it goes with them.

On SQLite every table whose key is one integer id is rebuilt with AUTOINCREMENT, so a
deleted row's id is never handed to a new row (PostgreSQL's sequences never reuse one).
Each is rebuilt from its own CREATE statement, so its CHECK constraints, partial indexes
and foreign keys stay exactly as they were; the sequence starts past the highest id kept.
"""

import re
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import trust_tracker.models.base

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_DISSOLVED = """
UPDATE couple SET dissolved_at = :now
WHERE (SELECT count(*) FROM partner WHERE partner.couple_id = couple.id) = 1
AND (
    EXISTS (
        SELECT 1 FROM contract_version JOIN contract ON contract.id = contract_version.contract_id
        WHERE contract.couple_id = couple.id AND contract_version.proposed_by_id IS NULL
    )
    OR EXISTS (
        SELECT 1 FROM journal_entry JOIN partner ON partner.id = journal_entry.author_id
        WHERE partner.couple_id = couple.id AND journal_entry.body LIKE 'Our shared history, copied when %'
    )
)
"""


def upgrade() -> None:
    instant = trust_tracker.models.base.UTCDateTime(timezone=True)
    with op.batch_alter_table("couple") as batch_op:
        batch_op.add_column(sa.Column("dissolved_at", instant, nullable=True))
        batch_op.add_column(sa.Column("kept_for_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_couple_kept_for_id_partner"), "partner", ["kept_for_id"], ["id"], ondelete="CASCADE"
        )
        batch_op.create_index(batch_op.f("ix_couple_kept_for_id"), ["kept_for_id"], unique=False)
    op.execute(sa.text(_DISSOLVED).bindparams(sa.bindparam("now", datetime.now(UTC), type_=instant)))
    if op.get_bind().dialect.name == "sqlite":
        for table in _integer_keyed_tables():
            _rebuild_with_autoincrement(table)


def _integer_keyed_tables() -> list[str]:
    bind = op.get_bind()
    tables = bind.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version' ORDER BY name"
    ).all()
    keyed = []
    for name, sql in tables:
        key = [row for row in bind.exec_driver_sql(f'PRAGMA table_info("{name}")') if row[5]]
        if len(key) == 1 and key[0][2].upper() == "INTEGER" and "AUTOINCREMENT" not in sql.upper():
            keyed.append(name)
    return keyed


def _rebuild_with_autoincrement(table: str) -> None:
    """SQLite's way to change a table: a new one from the same statement with the key made
    AUTOINCREMENT, the rows copied, the old one dropped, the new one renamed, its indexes made again."""
    bind = op.get_bind()
    sql = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).scalar_one()
    key = next(row[1] for row in bind.exec_driver_sql(f'PRAGMA table_info("{table}")') if row[5])
    # As SQLAlchemy writes it for sqlite_autoincrement: the key inline, no table-level PRIMARY KEY.
    new_sql, found = re.subn(
        rf'(\n\s*"?{key}"?\s+INTEGER\s+NOT NULL)', r"\1 PRIMARY KEY AUTOINCREMENT", sql, count=1, flags=re.I
    )
    new_sql, dropped = re.subn(rf',\s*(CONSTRAINT\s+"?\w+"?\s+)?PRIMARY KEY\s*\("?{key}"?\)', "", new_sql, flags=re.I)
    if not (found and dropped):
        raise RuntimeError(f"Cannot rebuild {table} with AUTOINCREMENT: its CREATE statement is not as expected.")
    new_name = f"_autoincrement_{table}"
    new_sql = re.sub(rf'^CREATE TABLE\s+"?{table}"?', f'CREATE TABLE "{new_name}"', new_sql, count=1)
    indexes = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
    ).all()
    columns = ", ".join(f'"{row[1]}"' for row in bind.exec_driver_sql(f'PRAGMA table_info("{table}")'))
    bind.exec_driver_sql(new_sql)
    bind.exec_driver_sql(f'INSERT INTO "{new_name}" ({columns}) SELECT {columns} FROM "{table}"')
    bind.exec_driver_sql(f'DROP TABLE "{table}"')
    bind.exec_driver_sql(f'ALTER TABLE "{new_name}" RENAME TO "{table}"')
    for (index_sql,) in indexes:
        bind.exec_driver_sql(index_sql)


def downgrade() -> None:
    # AUTOINCREMENT stays: an id never reused harms nothing under the older schema.
    with op.batch_alter_table("couple") as batch_op:
        batch_op.drop_index(batch_op.f("ix_couple_kept_for_id"))
        batch_op.drop_constraint(batch_op.f("fk_couple_kept_for_id_partner"), type_="foreignkey")
        batch_op.drop_column("kept_for_id")
        batch_op.drop_column("dissolved_at")
