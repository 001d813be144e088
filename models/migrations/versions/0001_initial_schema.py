"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 08:45:53.127307
"""

import sqlalchemy as sa
from alembic import op

import trust_tracker.models.base

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "couple",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("checkin_weekday", sa.Integer(), nullable=False),
        sa.Column("checkin_time", sa.Time(), nullable=False),
        sa.Column("calendar_token", sa.String(length=64), nullable=True),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_couple")),
        sa.UniqueConstraint("calendar_token", name=op.f("uq_couple_calendar_token")),
    )
    op.create_table(
        "pairing_failure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alexa_user_id", sa.String(length=512), nullable=False),
        sa.Column("at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairing_failure")),
    )
    with op.batch_alter_table("pairing_failure", schema=None) as batch_op:
        batch_op.create_index("ix_pairing_failure_user_at", ["alexa_user_id", "at"], unique=False)

    op.create_table(
        "checkin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("completed_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_checkin_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin")),
        sa.UniqueConstraint("couple_id", "week_start", name=op.f("uq_checkin_couple_id_week_start")),
    )
    op.create_table(
        "checkin_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_checkin_question_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_question")),
    )
    with op.batch_alter_table("checkin_question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkin_question_couple_id"), ["couple_id"], unique=False)

    op.create_table(
        "contract",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_contract_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract")),
        sa.UniqueConstraint("couple_id", name=op.f("uq_contract_couple_id")),
    )
    op.create_table(
        "invitation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("used_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_invitation_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitation")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_invitation_token_hash")),
    )
    with op.batch_alter_table("invitation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invitation_couple_id"), ["couple_id"], unique=False)

    op.create_table(
        "milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("reached_on", sa.Date(), nullable=False),
        sa.Column("celebrated_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_milestone_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
        sa.UniqueConstraint("couple_id", "key", name=op.f("uq_milestone_couple_id_key")),
    )
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_partner_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("email", name=op.f("uq_partner_email")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_couple_id"), ["couple_id"], unique=False)

    op.create_table(
        "checkin_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=200), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column(
            "source",
            sa.Enum("voice", "web", name="source", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkin_id"], ["checkin.id"], name=op.f("fk_checkin_answer_checkin_id_checkin"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_checkin_answer_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_answer")),
        sa.UniqueConstraint(
            "checkin_id", "partner_id", "position", name=op.f("uq_checkin_answer_checkin_id_partner_id_position")
        ),
    )
    op.create_table(
        "contract_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "active",
                "superseded",
                "withdrawn",
                name="versionstatus",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("proposed_by_id", sa.Integer(), nullable=True),
        sa.Column("proposed_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("agreed_by_id", sa.Integer(), nullable=True),
        sa.Column("agreed_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreed_by_id"], ["partner.id"], name=op.f("fk_contract_version_agreed_by_id_partner"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["contract.id"], name=op.f("fk_contract_version_contract_id_contract"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"],
            ["partner.id"],
            name=op.f("fk_contract_version_proposed_by_id_partner"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_version")),
        sa.UniqueConstraint("contract_id", "number", name=op.f("uq_contract_version_contract_id_number")),
    )
    op.create_table(
        "item_lineage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "commitment",
                "boundary",
                "example",
                name="itemkind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["contract.id"], name=op.f("fk_item_lineage_contract_id_contract"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_lineage")),
    )
    with op.batch_alter_table("item_lineage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_lineage_contract_id"), ["contract_id"], unique=False)

    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("shared_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("shared_text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["partner.id"], name=op.f("fk_journal_entry_author_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_entry_author_id"), ["author_id"], unique=False)

    op.create_table(
        "pairing_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("used_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_pairing_code_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairing_code")),
    )
    with op.batch_alter_table("pairing_code", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pairing_code_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_pairing_code_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "voice_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("alexa_user_id", sa.String(length=512), nullable=False),
        sa.Column("person_id", sa.String(length=512), nullable=False),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_voice_link_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_voice_link_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voice_link")),
        sa.UniqueConstraint("alexa_user_id", "person_id", name=op.f("uq_voice_link_alexa_user_id_person_id")),
    )
    with op.batch_alter_table("voice_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_voice_link_couple_id"), ["couple_id"], unique=False)

    op.create_table(
        "contract_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("lineage_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "commitment",
                "boundary",
                "example",
                name="itemkind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column(
            "cadence",
            sa.Enum(
                "daily", "weekdays", "weekly", name="cadence", native_enum=False, create_constraint=True, length=24
            ),
            nullable=False,
        ),
        sa.Column("weekdays", sa.String(length=7), nullable=False),
        sa.Column("times_per_week", sa.Integer(), nullable=True),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("hard_day_form", sa.Text(), nullable=False),
        sa.Column("consequence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lineage_id"],
            ["item_lineage.id"],
            name=op.f("fk_contract_item_lineage_id_item_lineage"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["partner.id"], name=op.f("fk_contract_item_owner_id_partner"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["contract_version.id"],
            name=op.f("fk_contract_item_version_id_contract_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_item")),
    )
    with op.batch_alter_table("contract_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_item_lineage_id"), ["lineage_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contract_item_version_id"), ["version_id"], unique=False)

    op.create_table(
        "log_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "kept",
                "missed",
                "reliability",
                "small_win",
                "hard_day",
                "breach",
                name="logkind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("lineage_id", sa.Integer(), nullable=True),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "source",
            sa.Enum("voice", "web", name="source", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column("acknowledged_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_log_entry_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["lineage_id"], ["item_lineage.id"], name=op.f("fk_log_entry_lineage_id_item_lineage"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_log_entry_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log_entry")),
    )
    with op.batch_alter_table("log_entry", schema=None) as batch_op:
        batch_op.create_index("ix_log_entry_couple_date", ["couple_id", "local_date"], unique=False)
        batch_op.create_index("ix_log_entry_lineage_date", ["lineage_id", "local_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_log_entry_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "version_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_version_comment_partner_id_partner"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["contract_version.id"],
            name=op.f("fk_version_comment_version_id_contract_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_version_comment")),
    )
    with op.batch_alter_table("version_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_version_comment_version_id"), ["version_id"], unique=False)

    op.create_table(
        "setback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("log_entry_id", sa.Integer(), nullable=False),
        sa.Column("trigger", sa.Text(), nullable=False),
        sa.Column("prevention", sa.Text(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=True),
        sa.Column("created_at", trust_tracker.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["couple_id"], ["couple.id"], name=op.f("fk_setback_couple_id_couple"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["log_entry_id"], ["log_entry.id"], name=op.f("fk_setback_log_entry_id_log_entry"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["contract_version.id"],
            name=op.f("fk_setback_version_id_contract_version"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setback")),
        sa.UniqueConstraint("log_entry_id", name=op.f("uq_setback_log_entry_id")),
    )
    with op.batch_alter_table("setback", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_setback_couple_id"), ["couple_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("setback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_setback_couple_id"))

    op.drop_table("setback")
    with op.batch_alter_table("version_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_version_comment_version_id"))

    op.drop_table("version_comment")
    with op.batch_alter_table("log_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_log_entry_partner_id"))
        batch_op.drop_index("ix_log_entry_lineage_date")
        batch_op.drop_index("ix_log_entry_couple_date")

    op.drop_table("log_entry")
    with op.batch_alter_table("contract_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_item_version_id"))
        batch_op.drop_index(batch_op.f("ix_contract_item_lineage_id"))

    op.drop_table("contract_item")
    with op.batch_alter_table("voice_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voice_link_couple_id"))

    op.drop_table("voice_link")
    with op.batch_alter_table("pairing_code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pairing_code_partner_id"))
        batch_op.drop_index(batch_op.f("ix_pairing_code_code"))

    op.drop_table("pairing_code")
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entry_author_id"))

    op.drop_table("journal_entry")
    with op.batch_alter_table("item_lineage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_lineage_contract_id"))

    op.drop_table("item_lineage")
    op.drop_table("contract_version")
    op.drop_table("checkin_answer")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_couple_id"))

    op.drop_table("partner")
    op.drop_table("milestone")
    with op.batch_alter_table("invitation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invitation_couple_id"))

    op.drop_table("invitation")
    op.drop_table("contract")
    with op.batch_alter_table("checkin_question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_question_couple_id"))

    op.drop_table("checkin_question")
    op.drop_table("checkin")
    with op.batch_alter_table("pairing_failure", schema=None) as batch_op:
        batch_op.drop_index("ix_pairing_failure_user_at")

    op.drop_table("pairing_failure")
    op.drop_table("couple")
