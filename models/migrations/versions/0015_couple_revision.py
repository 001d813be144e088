"""each couple's revision stamp: what a process keeps of its links and contract is checked against it

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 06:40:00

`couple_revision` holds a random stamp per couple, replaced with every write of the couple, its
partners, voice links, contract, versions, items or lineages (models/revisions.py). A voice
request reads it (one small statement) instead of the account's links and the active contract,
which a process keeps while the stamp stands. Existing couples get a random stamp here; a new
couple gets its row at its first such write (its sign-up).
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "couple_revision",
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_couple_revision_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("couple_id", name=op.f("pk_couple_revision")),
    )
    random = (
        "substr(md5(random()::text || id::text), 1, 16)"
        if op.get_bind().dialect.name == "postgresql"
        else "lower(hex(randomblob(8)))"
    )
    op.execute(f"INSERT INTO couple_revision (couple_id, revision) SELECT id, {random} FROM couple")


def downgrade() -> None:
    op.drop_table("couple_revision")
