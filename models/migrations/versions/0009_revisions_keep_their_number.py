"""a revision keeps its proposal's number; check-in questions change by agreement

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 19:00:00

- `contract_version.revision`: 0 for a proposal as first written; revising it adds a
  row with the same number and the next revision ("version 3, revised"), and the
  earlier draft gets the new status `revised` (its comments stay with it and are
  shown with the revision). The unique constraint becomes (contract, number,
  revision). Existing versions are all revision 0: revisions made before this
  migration took the next number, and keep it.
- `checkin_questions_proposal`: new check-in questions one partner proposed, waiting
  for the other's agreement; at most one per couple.

SQLite rebuilds `contract_version` for the new constraints; env.py turns foreign keys
off around migrations, so the rebuild does not cascade into items and comments.
"""

import sqlalchemy as sa
from alembic import op

import trust_tracker.models.base

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OLD_STATUSES = ("proposed", "active", "superseded", "withdrawn")
NEW_STATUSES = (*OLD_STATUSES, "revised")


def _status_check(statuses: tuple[str, ...]) -> str:
    return "status IN (" + ", ".join(f"'{s}'" for s in statuses) + ")"


def _versions(statuses: tuple[str, ...], unique: list[str], *, add_revision: bool) -> None:
    with op.batch_alter_table("contract_version", schema=None) as batch_op:
        if add_revision:
            batch_op.add_column(sa.Column("revision", sa.Integer(), server_default="0", nullable=False))
        batch_op.drop_constraint(op.f("ck_contract_version_versionstatus"), type_="check")
        batch_op.create_check_constraint(op.f("ck_contract_version_versionstatus"), _status_check(statuses))
        old = "uq_contract_version_contract_id_number" + ("" if add_revision else "_revision")
        batch_op.drop_constraint(op.f(old), type_="unique")
        batch_op.create_unique_constraint(op.f("uq_contract_version_" + "_".join(unique)), unique)
        if not add_revision:
            batch_op.drop_column("revision")


def upgrade() -> None:
    _versions(NEW_STATUSES, ["contract_id", "number", "revision"], add_revision=True)
    op.create_table(
        "checkin_questions_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("proposed_by_id", sa.Integer(), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("proposed_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("replied_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["couple_id"],
            ["couple.id"],
            name=op.f("fk_checkin_questions_proposal_couple_id_couple"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"],
            ["partner.id"],
            name=op.f("fk_checkin_questions_proposal_proposed_by_id_partner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["replied_by_id"],
            ["partner.id"],
            name=op.f("fk_checkin_questions_proposal_replied_by_id_partner"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_questions_proposal")),
        sa.UniqueConstraint("couple_id", name=op.f("uq_checkin_questions_proposal_couple_id")),
    )
    with op.batch_alter_table("checkin_questions_proposal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkin_questions_proposal_proposed_by_id"), ["proposed_by_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("checkin_questions_proposal")
    # Earlier drafts go back to being withdrawn proposals, and every version gets a
    # number of its own again: each contract's versions are renumbered in order.
    version = sa.table(
        "contract_version",
        sa.column("id", sa.Integer),
        sa.column("contract_id", sa.Integer),
        sa.column("number", sa.Integer),
        sa.column("revision", sa.Integer),
        sa.column("status", sa.String),
    )
    connection = op.get_bind()
    connection.execute(version.update().where(version.c.status == "revised").values(status="withdrawn"))
    rows = connection.execute(
        sa.select(version.c.id, version.c.contract_id).order_by(
            version.c.contract_id, version.c.number, version.c.revision
        )
    ).all()
    numbers: dict[int, int] = {}
    renumbered = []
    for version_id, contract_id in rows:
        numbers[contract_id] = numbers.get(contract_id, 0) + 1
        renumbered.append((version_id, numbers[contract_id]))
    # Highest first: a number is only ever raised, so no two rows meet on the way.
    for version_id, number in reversed(renumbered):
        connection.execute(version.update().where(version.c.id == version_id).values(number=number))
    _versions(OLD_STATUSES, ["contract_id", "number"], add_revision=False)
