"""the log's daily and monthly figures, disputed entries, removed entries for their undo

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 18:40:00

`daily_stat` and `monthly_stat` hold how many entries of each kind each partner logged
per item and day, and per month (models/stats.py keeps them in step with the log from
now on; this migration fills them from the entries already there). `log_entry.disputed_at`
marks an entry its partner said was "not me"; the once-a-day index then no longer counts
it, so the partner can log the day themselves. `removed_entry` keeps a removed entry as
it was, for its ten-minute undo. `streak_record` sums up a commitment's long history at a
past Sunday, so Charts read on from there.
"""

import sqlalchemy as sa
from alembic import op

from trust_tracker.models.base import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEX = "uq_log_entry_once_a_day"
INDEX_COLUMNS = ["partner_id", "lineage_id", "local_date", "kind"]
OLD_PREDICATE = "kind IN ('kept', 'missed') AND lineage_id IS NOT NULL"
NEW_PREDICATE = "kind IN ('kept', 'missed') AND lineage_id IS NOT NULL AND disputed_at IS NULL"
KINDS = ("kept", "missed", "reliability", "small_win", "hard_day", "breach")


def _counts() -> list[sa.Column]:
    return [sa.Column(kind, sa.Integer(), nullable=False) for kind in KINDS]


def _once_a_day(predicate: str) -> None:
    op.create_index(
        INDEX,
        "log_entry",
        INDEX_COLUMNS,
        unique=True,
        sqlite_where=sa.text(predicate),
        postgresql_where=sa.text(predicate),
    )


def upgrade() -> None:
    op.add_column("log_entry", sa.Column("disputed_at", UTCDateTime(), nullable=True))
    op.drop_index(INDEX, table_name="log_entry")
    _once_a_day(NEW_PREDICATE)
    op.create_table(
        "daily_stat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("lineage_id", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        *_counts(),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_daily_stat_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_daily_stat_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_daily_stat")),
        sa.UniqueConstraint(
            "partner_id", "lineage_id", "local_date", name=op.f("uq_daily_stat_partner_id_lineage_id_local_date")
        ),
    )
    op.create_index("ix_daily_stat_couple_date", "daily_stat", ["couple_id", "local_date"])
    op.create_index("ix_daily_stat_lineage_date", "daily_stat", ["lineage_id", "local_date"])
    op.create_table(
        "monthly_stat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        *_counts(),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_monthly_stat_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_monthly_stat_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monthly_stat")),
        sa.UniqueConstraint("partner_id", "month", name=op.f("uq_monthly_stat_partner_id_month")),
    )
    op.create_index("ix_monthly_stat_couple_month", "monthly_stat", ["couple_id", "month"])
    op.create_table(
        "removed_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("entry", sa.JSON(), nullable=False),
        sa.Column("setback", sa.JSON(), nullable=True),
        sa.Column("removed_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_removed_entry_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_removed_entry_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_removed_entry")),
    )
    op.create_table(
        "streak_record",
        sa.Column("lineage_id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=80), nullable=False),
        sa.Column("through", sa.Date(), nullable=False),
        sa.Column("run", sa.Integer(), nullable=False),
        sa.Column("best", sa.Integer(), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_streak_record_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["lineage_id"],
            ["item_lineage.id"],
            name=op.f("fk_streak_record_lineage_id_item_lineage"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("lineage_id", name=op.f("pk_streak_record")),
    )
    op.create_index(op.f("ix_streak_record_couple_id"), "streak_record", ["couple_id"])
    op.create_index(op.f("ix_removed_entry_couple_id"), "removed_entry", ["couple_id"])
    op.create_index(op.f("ix_removed_entry_partner_id"), "removed_entry", ["partner_id"])
    _fill_figures()


def _fill_figures() -> None:
    """The figures of the entries already logged (none is disputed yet), in SQL of its own
    so this migration never depends on how the models look later."""
    sums = ", ".join(f"SUM(CASE WHEN kind = '{kind}' THEN 1 ELSE 0 END)" for kind in KINDS)
    columns = ", ".join(KINDS)
    op.execute(
        f"INSERT INTO daily_stat (couple_id, partner_id, lineage_id, local_date, {columns}) "
        f"SELECT couple_id, partner_id, COALESCE(lineage_id, 0), local_date, {sums} FROM log_entry "
        "GROUP BY couple_id, partner_id, COALESCE(lineage_id, 0), local_date"
    )
    if op.get_bind().dialect.name == "postgresql":
        month = "CAST(date_trunc('month', local_date) AS DATE)"
    else:
        month = "strftime('%Y-%m-01', local_date)"
    totals = ", ".join(f"SUM({kind})" for kind in KINDS)
    op.execute(
        f"INSERT INTO monthly_stat (couple_id, partner_id, month, {columns}) "
        f"SELECT couple_id, partner_id, {month}, {totals} FROM daily_stat GROUP BY couple_id, partner_id, {month}"
    )


def downgrade() -> None:
    op.drop_table("streak_record")
    op.drop_table("removed_entry")
    op.drop_table("monthly_stat")
    op.drop_table("daily_stat")
    op.drop_index(INDEX, table_name="log_entry")
    _once_a_day(OLD_PREDICATE)
    op.drop_column("log_entry", "disputed_at")
