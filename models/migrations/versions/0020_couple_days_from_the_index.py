"""the couple's figures per day read from the index alone

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 18:20:00

"How are we doing", Today's long arc and Charts' weekly bars sum a couple's kept, missed and
moments per day over up to 17 weeks (a row per partner, commitment and day: about a thousand).
`ix_daily_stat_couple_figures` (couple, day, kept, missed, reliability, small win) answers that
from the index alone, and replaces `ix_daily_stat_couple_date`, its first two columns.
"""

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

FIGURES = ["couple_id", "local_date", "kept", "missed", "reliability", "small_win"]


def upgrade() -> None:
    op.drop_index("ix_daily_stat_couple_date", table_name="daily_stat")
    op.create_index("ix_daily_stat_couple_figures", "daily_stat", FIGURES)


def downgrade() -> None:
    op.drop_index("ix_daily_stat_couple_figures", table_name="daily_stat")
    op.create_index("ix_daily_stat_couple_date", "daily_stat", ["couple_id", "local_date"])
