"""kept or missed, once a day: one entry per partner, commitment and local day, whatever its kind;
and pairing codes no longer count wrong guesses against every open code

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 20:00:00

The once-a-day index held `kind` too, so a partner could log one commitment both kept and
missed on the same day. It is rebuilt without `kind` (disputed entries still left out).

A day logged both ways keeps its miss and loses its keep: a miss is the harder thing to
say, it may carry a setback with each partner's reflection and dismissals (all of which
would go with it), while a keep carries nothing but its note, which is added to the miss's
note. The day's and month's figures lose the keep with it, and the couple's streak
records from that day on are dropped (Charts write them again).

`pairing_code.failures` goes: a stranger's wrong code no longer counts against every open
code (models/voice.py rations wrong codes per Alexa account and for all of them together).
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

INDEX = "uq_log_entry_once_a_day"
PREDICATE = "kind IN ('kept', 'missed') AND lineage_id IS NOT NULL AND disputed_at IS NULL"

log_entry = sa.table(
    "log_entry",
    sa.column("id", sa.Integer),
    sa.column("couple_id", sa.Integer),
    sa.column("partner_id", sa.Integer),
    sa.column("lineage_id", sa.Integer),
    sa.column("local_date", sa.Date),
    sa.column("kind", sa.String),
    sa.column("note", sa.Text),
    sa.column("disputed_at", sa.DateTime),
)
daily_stat = sa.table(
    "daily_stat",
    sa.column("partner_id", sa.Integer),
    sa.column("lineage_id", sa.Integer),
    sa.column("local_date", sa.Date),
    sa.column("kept", sa.Integer),
)
monthly_stat = sa.table(
    "monthly_stat", sa.column("partner_id", sa.Integer), sa.column("month", sa.Date), sa.column("kept", sa.Integer)
)
streak_record = sa.table("streak_record", sa.column("couple_id", sa.Integer), sa.column("through", sa.Date))


def _once_a_day(columns: list[str]) -> None:
    op.create_index(
        INDEX, "log_entry", columns, unique=True, sqlite_where=sa.text(PREDICATE), postgresql_where=sa.text(PREDICATE)
    )


def _drop_keeps_of_missed_days(bind: sa.Connection) -> None:
    kept, missed = log_entry.alias("kept_entry"), log_entry.alias("missed_entry")
    same_day = [kept.c[name] == missed.c[name] for name in ("partner_id", "lineage_id", "local_date")]
    pairs = bind.execute(
        sa.select(kept.c.id, kept.c.note, missed.c.id, missed.c.note, kept.c.couple_id, kept.c.partner_id)
        .add_columns(kept.c.lineage_id, kept.c.local_date)
        .join(missed, sa.and_(*same_day))
        .where(
            kept.c.kind == "kept",
            missed.c.kind == "missed",
            kept.c.lineage_id.is_not(None),
            kept.c.disputed_at.is_(None),
            missed.c.disputed_at.is_(None),
        )
    ).all()
    for kept_id, kept_note, missed_id, missed_note, couple_id, partner_id, lineage_id, day in pairs:
        note = " ".join(dict.fromkeys(n for n in (missed_note, kept_note) if n))
        bind.execute(sa.update(log_entry).where(log_entry.c.id == missed_id).values(note=note))
        bind.execute(sa.delete(log_entry).where(log_entry.c.id == kept_id))
        # The miss is still counted that day and month, so neither figure row becomes empty.
        bind.execute(
            sa.update(daily_stat)
            .where(
                daily_stat.c.partner_id == partner_id,
                daily_stat.c.lineage_id == lineage_id,
                daily_stat.c.local_date == day,
            )
            .values(kept=daily_stat.c.kept - 1)
        )
        bind.execute(
            sa.update(monthly_stat)
            .where(monthly_stat.c.partner_id == partner_id, monthly_stat.c.month == day.replace(day=1))
            .values(kept=monthly_stat.c.kept - 1)
        )
        bind.execute(
            sa.delete(streak_record).where(streak_record.c.couple_id == couple_id, streak_record.c.through >= day)
        )


def upgrade() -> None:
    _drop_keeps_of_missed_days(op.get_bind())
    op.drop_index(INDEX, table_name="log_entry")
    _once_a_day(["partner_id", "lineage_id", "local_date"])
    with op.batch_alter_table("pairing_code") as batch_op:
        batch_op.drop_column("failures")


def downgrade() -> None:
    op.add_column("pairing_code", sa.Column("failures", sa.Integer(), nullable=False, server_default="0"))
    op.drop_index(INDEX, table_name="log_entry")
    _once_a_day(["partner_id", "lineage_id", "local_date", "kind"])
