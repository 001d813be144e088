"""the links that confirm a new email get a table of their own

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 05:00:00

A new email's confirmation link was kept as a row of `used_token` ("email-change:<partner>|<nonce>"),
a table of tokens already used, though it stood for a live link. `email_link` holds it instead,
one row per partner (the newest link), going with the partner (ON DELETE CASCADE). Waiting links
are moved across, those of partners no longer here dropped; the downgrade moves them back.
"""

import sqlalchemy as sa
from alembic import op

import trust_tracker.models.base

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

PREFIX = "email-change:"


def upgrade() -> None:
    instant = trust_tracker.models.base.UTCDateTime(timezone=True)
    links = op.create_table(
        "email_link",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("expires_at", instant, nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_email_link_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("partner_id", name=op.f("pk_email_link")),
    )
    used = sa.table("used_token", sa.column("id", sa.String()), sa.column("expires_at", instant))
    partner = sa.table("partner", sa.column("id", sa.Integer()))
    connection = op.get_bind()
    present = set(connection.execute(sa.select(partner.c.id)).scalars())
    moved: dict[int, dict[str, object]] = {}
    for token_id, expires_at in connection.execute(sa.select(used.c.id, used.c.expires_at)).all():
        owner, bar, nonce = token_id.partition("|")
        if not owner.startswith(PREFIX) or not bar or not nonce:
            continue
        partner_id = owner.removeprefix(PREFIX)
        if partner_id.isdigit() and int(partner_id) in present:
            moved[int(partner_id)] = {"partner_id": int(partner_id), "nonce": nonce, "expires_at": expires_at}
    if moved:
        op.bulk_insert(links, list(moved.values()))
    connection.execute(sa.delete(used).where(used.c.id.startswith(PREFIX, autoescape=True)))


def downgrade() -> None:
    instant = trust_tracker.models.base.UTCDateTime(timezone=True)
    links = sa.table(
        "email_link",
        sa.column("partner_id", sa.Integer()),
        sa.column("nonce", sa.String()),
        sa.column("expires_at", instant),
    )
    used = sa.table("used_token", sa.column("id", sa.String()), sa.column("expires_at", instant))
    connection = op.get_bind()
    rows = [
        {"id": f"{PREFIX}{partner_id}|{nonce}", "expires_at": expires_at}
        for partner_id, nonce, expires_at in connection.execute(sa.select(links)).all()
    ]
    if rows:
        connection.execute(sa.insert(used), rows)
    op.drop_table("email_link")
