"""a couple's revision: what a process keeps of its links and contract is checked against it

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 06:40:00

`couple.revision` is a random stamp replaced with every write of the couple, its partners,
voice links, contract, versions, items or lineages (models/revisions.py). A voice request
reads it (one small statement) instead of the account's links and the active contract,
which a process keeps while the stamp stands. Existing couples start at "0".
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("couple") as batch:
        batch.add_column(sa.Column("revision", sa.String(16), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("couple") as batch:
        batch.drop_column("revision")
