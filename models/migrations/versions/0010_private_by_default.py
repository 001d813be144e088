"""private things safe by default: reflections have an author, a deleted journal entry can
be restored for ten minutes, deleting the couple waits for the other partner

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 18:40:00

- `setback_reflection`: each partner's own reflection on a setback. A setback's existing
  reflection (the `trigger` and `prevention` columns, which had no author) becomes the
  reflection of the partner whose entry it is about, then those columns go.
- `setback_dismissal`: a miss or breach one partner put away from their Setbacks page.
- `couple_deletion_request`: one partner asked to delete the couple; the other confirms.
- `journal_entry.deleted_at`: deleted entries are hidden at once and purged after ten minutes.
- `partner_notice`: a one-time notice shown at the partner's next log-in.
"""

import sqlalchemy as sa
from alembic import op

import trust_tracker.models.base

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _instant() -> trust_tracker.models.base.UTCDateTime:
    return trust_tracker.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "setback_reflection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("setback_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("trigger", sa.Text(), nullable=False),
        sa.Column("prevention", sa.Text(), nullable=False),
        sa.Column("created_at", _instant(), nullable=False),
        sa.Column("updated_at", _instant(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["partner.id"], name=op.f("fk_setback_reflection_author_id_partner"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["setback_id"], ["setback.id"], name=op.f("fk_setback_reflection_setback_id_setback"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setback_reflection")),
        sa.UniqueConstraint("setback_id", "author_id", name=op.f("uq_setback_reflection_setback_id_author_id")),
    )
    op.create_index(op.f("ix_setback_reflection_setback_id"), "setback_reflection", ["setback_id"], unique=False)
    op.create_index(op.f("ix_setback_reflection_author_id"), "setback_reflection", ["author_id"], unique=False)
    op.create_table(
        "setback_dismissal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("log_entry_id", sa.Integer(), nullable=False),
        sa.Column("created_at", _instant(), nullable=False),
        sa.ForeignKeyConstraint(
            ["log_entry_id"],
            ["log_entry.id"],
            name=op.f("fk_setback_dismissal_log_entry_id_log_entry"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_setback_dismissal_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setback_dismissal")),
        sa.UniqueConstraint("partner_id", "log_entry_id", name=op.f("uq_setback_dismissal_partner_id_log_entry_id")),
    )
    op.create_index(op.f("ix_setback_dismissal_log_entry_id"), "setback_dismissal", ["log_entry_id"], unique=False)
    op.create_table(
        "couple_deletion_request",
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), nullable=False),
        sa.Column("requested_at", _instant(), nullable=False),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_couple_deletion_request_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["partner.id"],
            name=op.f("fk_couple_deletion_request_requested_by_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("couple_id", name=op.f("pk_couple_deletion_request")),
    )
    op.create_index(
        op.f("ix_couple_deletion_request_requested_by_id"), "couple_deletion_request", ["requested_by_id"], unique=False
    )
    with op.batch_alter_table("journal_entry") as batch_op:
        batch_op.add_column(sa.Column("deleted_at", _instant(), nullable=True))
        batch_op.create_index(batch_op.f("ix_journal_entry_deleted_at"), ["deleted_at"], unique=False)
    op.create_table(
        "partner_notice",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", _instant(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_partner_notice_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("partner_id", name=op.f("pk_partner_notice")),
    )

    # The reflection written so far belongs to the partner whose entry the setback is about.
    op.execute(
        """
        INSERT INTO setback_reflection (setback_id, author_id, trigger, prevention, created_at, updated_at)
        SELECT setback.id, log_entry.partner_id, setback.trigger, setback.prevention,
               setback.created_at, setback.created_at
        FROM setback JOIN log_entry ON log_entry.id = setback.log_entry_id
        WHERE setback.trigger <> '' OR setback.prevention <> ''
        """
    )
    with op.batch_alter_table("setback") as batch_op:
        batch_op.drop_column("trigger")
        batch_op.drop_column("prevention")


def downgrade() -> None:
    with op.batch_alter_table("setback") as batch_op:
        batch_op.add_column(sa.Column("trigger", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("prevention", sa.Text(), nullable=False, server_default=""))
    # Back to one reflection per setback: the earliest author's.
    op.execute(
        """
        UPDATE setback SET
          trigger = COALESCE((SELECT r.trigger FROM setback_reflection r WHERE r.setback_id = setback.id
                              ORDER BY r.created_at, r.id LIMIT 1), ''),
          prevention = COALESCE((SELECT r.prevention FROM setback_reflection r WHERE r.setback_id = setback.id
                                 ORDER BY r.created_at, r.id LIMIT 1), '')
        """
    )
    op.drop_table("partner_notice")
    with op.batch_alter_table("journal_entry") as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entry_deleted_at"))
        batch_op.drop_column("deleted_at")
    op.drop_table("couple_deletion_request")
    op.drop_table("setback_dismissal")
    op.drop_table("setback_reflection")
