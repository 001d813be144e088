"""account linking by OAuth 2.0; how and when each Alexa link was made and used

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 19:00:00

- `oauth_code`: five-minute, single-use authorization codes (hashed), kept a day once used
  so that a replayed code can revoke the tokens it was exchanged for.
- `oauth_token`: access and refresh tokens (hashed), revocable, with the Alexa account and
  voice that use them.
- `voice_link.linked_by` ("pairing" or "login") and `voice_link.last_used_at`, for the list
  of linked Alexa accounts and voices in Settings. Existing links were all made by pairing.
"""

import sqlalchemy as sa
from alembic import op

import trust_tracker.models.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _instant() -> trust_tracker.models.base.UTCDateTime:
    return trust_tracker.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "oauth_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=200), nullable=False),
        sa.Column("redirect_uri", sa.String(length=300), nullable=False),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("code_challenge", sa.String(length=128), nullable=True),
        sa.Column("code_challenge_method", sa.String(length=10), nullable=True),
        sa.Column("created_at", _instant(), nullable=False),
        sa.Column("expires_at", _instant(), nullable=False),
        sa.Column("used_at", _instant(), nullable=True),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_oauth_code_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oauth_code")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_oauth_code_code_hash")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_oauth_code_partner_id"), "oauth_code", ["partner_id"], unique=False)
    op.create_table(
        "oauth_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=200), nullable=False),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("access_hash", sa.String(length=64), nullable=False),
        sa.Column("refresh_hash", sa.String(length=64), nullable=True),
        sa.Column("issued_at", _instant(), nullable=False),
        sa.Column("expires_at", _instant(), nullable=False),
        sa.Column("revoked_at", _instant(), nullable=True),
        sa.Column("code_id", sa.Integer(), nullable=True),
        sa.Column("alexa_user_id", sa.String(length=512), nullable=True),
        sa.Column("person_id", sa.String(length=512), nullable=True),
        sa.Column("last_used_at", _instant(), nullable=True),
        sa.ForeignKeyConstraint(
            ["code_id"], ["oauth_code.id"], name=op.f("fk_oauth_token_code_id_oauth_code"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_oauth_token_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oauth_token")),
        sa.UniqueConstraint("access_hash", name=op.f("uq_oauth_token_access_hash")),
        sa.UniqueConstraint("refresh_hash", name=op.f("uq_oauth_token_refresh_hash")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_oauth_token_alexa_user_id"), "oauth_token", ["alexa_user_id"], unique=False)
    op.create_index(op.f("ix_oauth_token_code_id"), "oauth_token", ["code_id"], unique=False)
    op.create_index(op.f("ix_oauth_token_partner_id"), "oauth_token", ["partner_id"], unique=False)
    with op.batch_alter_table("voice_link") as batch:
        batch.add_column(sa.Column("linked_by", sa.String(length=16), nullable=False, server_default="pairing"))
        batch.add_column(sa.Column("last_used_at", _instant(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("voice_link") as batch:
        batch.drop_column("last_used_at")
        batch.drop_column("linked_by")
    op.drop_index(op.f("ix_oauth_token_partner_id"), table_name="oauth_token")
    op.drop_index(op.f("ix_oauth_token_code_id"), table_name="oauth_token")
    op.drop_index(op.f("ix_oauth_token_alexa_user_id"), table_name="oauth_token")
    op.drop_table("oauth_token")
    op.drop_index(op.f("ix_oauth_code_partner_id"), table_name="oauth_code")
    op.drop_table("oauth_code")
