"""single-use tokens: the ids of "save it anyway" tokens already used, until they expire

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 12:15:00

`used_token` holds the id signed into each "Save my answer anyway" token once it has saved
what it stands for (models/used_tokens.py): its primary key lets exactly one of two requests
sending the same token in, on every server process. Rows are pruned once the token expires.
"""

import sqlalchemy as sa
from alembic import op

import trust_tracker.models.base

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "used_token",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("expires_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_used_token")),
    )
    op.create_index(op.f("ix_used_token_expires_at"), "used_token", ["expires_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_used_token_expires_at"), table_name="used_token")
    op.drop_table("used_token")
