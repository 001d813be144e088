"""the daily figures' indexes: kept and missed read from the index, hard days by a partial index

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-02 03:50:00

Charts and the streak windows read the kept and missed of each commitment over a stretch of
days: `ix_daily_stat_lineage_tallies` (lineage, day, kept, missed) answers that from the index
alone, and replaces `ix_daily_stat_lineage_date`, its first two columns. The hard days of a
stretch were found by visiting every figure of it (a hard day is one row in a hundred):
`ix_daily_stat_hard_days` holds only the rows with one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None

HARD_DAY = sa.text("hard_day > 0")


def upgrade() -> None:
    op.drop_index("ix_daily_stat_lineage_date", table_name="daily_stat")
    op.create_index("ix_daily_stat_lineage_tallies", "daily_stat", ["lineage_id", "local_date", "kept", "missed"])
    op.create_index(
        "ix_daily_stat_hard_days",
        "daily_stat",
        ["couple_id", "local_date"],
        sqlite_where=HARD_DAY,
        postgresql_where=HARD_DAY,
    )


def downgrade() -> None:
    op.drop_index("ix_daily_stat_hard_days", table_name="daily_stat")
    op.drop_index("ix_daily_stat_lineage_tallies", table_name="daily_stat")
    op.create_index("ix_daily_stat_lineage_date", "daily_stat", ["lineage_id", "local_date"])
