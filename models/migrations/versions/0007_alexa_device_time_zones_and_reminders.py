"""alexa device time zones and reminders

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 18:28:25

Two new tables, nothing existing changes: `device_time_zone` caches each Alexa
device's time zone from the Settings API (per couple and device, refreshed after a
day), and `alexa_reminder` remembers the reminders the skill set through the
Reminders API (per couple, Alexa account and kind, with the check-in slot a weekly
one was made for, so a changed slot moves it).
"""

import sqlalchemy as sa
from alembic import op

import trust_tracker.models.base

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alexa_reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("alexa_user_id", sa.String(length=512), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "weekly_checkin",
                "touch_base",
                name="reminderkind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("alert_token", sa.String(length=512), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column("at", sa.Time(), nullable=True),
        sa.Column("couple_timezone", sa.String(length=64), nullable=True),
        sa.Column("device_timezone", sa.String(length=64), nullable=True),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_alexa_reminder_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alexa_reminder")),
        sa.UniqueConstraint(
            "couple_id", "alexa_user_id", "kind", name=op.f("uq_alexa_reminder_couple_id_alexa_user_id_kind")
        ),
    )
    with op.batch_alter_table("alexa_reminder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alexa_reminder_couple_id"), ["couple_id"], unique=False)

    op.create_table(
        "device_time_zone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=512), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("checked_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_device_time_zone_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_time_zone")),
        sa.UniqueConstraint("couple_id", "device_id", name=op.f("uq_device_time_zone_couple_id_device_id")),
    )


def downgrade() -> None:
    op.drop_table("device_time_zone")
    with op.batch_alter_table("alexa_reminder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alexa_reminder_couple_id"))

    op.drop_table("alexa_reminder")
