"""looks for a milestone that found nothing are stored, so each entry does not look again

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 12:20:00

`milestone_look` holds, per couple, the last look for a first clean week and for a better month
that found nothing, and the first day it did not cover (models/milestone_checks.py). A change
to the figures of an earlier day deletes it (models/stats.py). Empty at first: the next look
is made as before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "milestone_look",
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("look", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("through", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_milestone_look_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("couple_id", "look", name=op.f("pk_milestone_look")),
    )


def downgrade() -> None:
    op.drop_table("milestone_look")
