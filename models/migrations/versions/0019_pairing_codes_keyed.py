"""pairing codes are kept only as their HMAC under the app's secret

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03 11:00:00

`pairing_code.code` (the six digits themselves) becomes `pairing_code.code_hash`: the
code's HMAC-SHA-256 under a key derived from the app's secret (models.db.keyed), which is
not in the database, so a copy of the database gives no live code.

Every code issued before this migration is deleted, open ones too: the migration does not
hold the app's secret, so it cannot key them. A code shown before the upgrade no longer
links a device; the partner asks for a new one (codes live ten minutes anyway). Spent and
expired codes opened nothing already. The downgrade likewise deletes every code.
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(sa.text("DELETE FROM pairing_code"))
    # SQLite rebuilds the table: keep 0018's AUTOINCREMENT so an id is never reused.
    with op.batch_alter_table("pairing_code", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pairing_code_code"))
        batch_op.drop_column("code")
        batch_op.add_column(sa.Column("code_hash", sa.String(length=64), nullable=False))
        batch_op.create_index(batch_op.f("ix_pairing_code_code_hash"), ["code_hash"], unique=False)


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM pairing_code"))
    with op.batch_alter_table("pairing_code", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pairing_code_code_hash"))
        batch_op.drop_column("code_hash")
        batch_op.add_column(sa.Column("code", sa.String(length=6), nullable=False))
        batch_op.create_index(batch_op.f("ix_pairing_code_code"), ["code"], unique=False)
