"""how we'd say it when it's done: a commitment's phrasings, on its lineage

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 22:30:00

`item_lineage.spoken_forms` holds a few short sentences ("I called when I was running
late") that the skill recognises as this commitment. They are a recognition aid, not a term
of the contract: kept on the lineage, so they survive new versions and need no agreement.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("item_lineage") as batch:
        batch.add_column(sa.Column("spoken_forms", sa.JSON(), server_default="[]", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("item_lineage") as batch:
        batch.drop_column("spoken_forms")
