"""one live invitation a couple

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 08:30:00

Asking for an invitation spends the couple's earlier unused one; two requests at once could
each leave theirs live (tester-security50 D3). `uq_invitation_one_live` holds at most one
unused invitation a couple. Where several are live already, the newest stays and the others
are spent, as asking again would have done.
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import trust_tracker.models.base

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

UNUSED = sa.text("used_at IS NULL")


def upgrade() -> None:
    instant = trust_tracker.models.base.UTCDateTime(timezone=True)
    invitation = sa.table(
        "invitation",
        sa.column("id", sa.Integer()),
        sa.column("couple_id", sa.Integer()),
        sa.column("created_at", instant),
        sa.column("used_at", instant),
    )
    newer = invitation.alias("newer")
    # Spent when the couple has a newer live one (its created_at, then its id, break the tie).
    has_newer = (
        sa.select(newer.c.id)
        .where(
            newer.c.couple_id == invitation.c.couple_id,
            newer.c.used_at.is_(None),
            sa.or_(
                newer.c.created_at > invitation.c.created_at,
                sa.and_(newer.c.created_at == invitation.c.created_at, newer.c.id > invitation.c.id),
            ),
        )
        .exists()
    )
    op.execute(invitation.update().where(invitation.c.used_at.is_(None), has_newer).values(used_at=datetime.now(UTC)))
    op.create_index(
        "uq_invitation_one_live", "invitation", ["couple_id"], unique=True, sqlite_where=UNUSED, postgresql_where=UNUSED
    )


def downgrade() -> None:
    op.drop_index("uq_invitation_one_live", table_name="invitation")
