"""logins live on the server; attempts are rationed in the database; ids are never reused

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 17:00:00

- `login_session`: one row per logged-in browser (its cookie holds a random token,
  the row its hash), so logging out, a password change and deletion end logins.
- `password_reset`: one-time, fifteen-minute links to choose a new password (hashed).
- `throttle`: fixed-window attempt counters shared by every server process.
- `pairing_code.failures`: wrong codes tried while a code was open; five and it dies.
- `partner` on SQLite becomes AUTOINCREMENT, so a deleted partner's id is never given
  to the next sign-up (PostgreSQL's sequences never reuse ids). SQLite can only do
  that by rebuilding the table; env.py turns foreign keys off around migrations, so
  dropping the old table does not cascade into everything that points at partners.
"""

import sqlalchemy as sa
from alembic import op

import trust_tracker.models.base

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _instant() -> trust_tracker.models.base.UTCDateTime:
    return trust_tracker.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "login_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", _instant(), nullable=False),
        sa.Column("last_seen_at", _instant(), nullable=False),
        sa.Column("user_agent", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_login_session_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_session")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_login_session_token_hash")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_login_session_partner_id"), "login_session", ["partner_id"], unique=False)
    op.create_table(
        "password_reset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", _instant(), nullable=False),
        sa.Column("expires_at", _instant(), nullable=False),
        sa.Column("used_at", _instant(), nullable=True),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_password_reset_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_password_reset")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_password_reset_token_hash")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_password_reset_partner_id"), "password_reset", ["partner_id"], unique=False)
    op.create_table(
        "throttle",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("window_start", _instant(), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_throttle")),
    )
    op.create_index(op.f("ix_throttle_window_start"), "throttle", ["window_start"], unique=False)
    op.add_column("pairing_code", sa.Column("failures", sa.Integer(), nullable=False, server_default="0"))
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("partner", recreate="always", table_kwargs={"sqlite_autoincrement": True}):
            pass


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("partner", recreate="always", table_kwargs={"sqlite_autoincrement": False}):
            pass
    with op.batch_alter_table("pairing_code") as batch_op:
        batch_op.drop_column("failures")
    op.drop_index(op.f("ix_throttle_window_start"), table_name="throttle")
    op.drop_table("throttle")
    op.drop_index(op.f("ix_password_reset_partner_id"), table_name="password_reset")
    op.drop_table("password_reset")
    op.drop_index(op.f("ix_login_session_partner_id"), table_name="login_session")
    op.drop_table("login_session")
