"""a check-in keeps its own questions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 10:00:00

Each check-in gets `questions`, the week's question set, so editing the couple's
questions mid-week no longer moves answers to other questions. Existing check-ins are
filled in from the couple's current questions, corrected by what the answers
themselves say was asked: an answered position keeps the wording its answer was given
to (its latest answer's), and a completed check-in, which everyone answered in full,
takes exactly the questions it was answered with.

The column is added with a server default so SQLite can add it NOT NULL without
rebuilding the table (a rebuild drops `checkin`, and with foreign keys on that would
cascade to its answers); PostgreSQL drops the default afterwards.
"""

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

checkin = sa.table(
    "checkin",
    sa.column("id", sa.Integer),
    sa.column("couple_id", sa.Integer),
    sa.column("completed_at", sa.DateTime),
    sa.column("questions", sa.JSON),
)
checkin_question = sa.table(
    "checkin_question",
    sa.column("couple_id", sa.Integer),
    sa.column("position", sa.Integer),
    sa.column("text", sa.String),
)
checkin_answer = sa.table(
    "checkin_answer",
    sa.column("id", sa.Integer),
    sa.column("checkin_id", sa.Integer),
    sa.column("position", sa.Integer),
    sa.column("question", sa.String),
    sa.column("created_at", sa.DateTime),
)


def week_questions(current: list[str], answered: dict[int, str], completed: bool) -> list[str]:
    """The best account of what a check-in asked: list index = answer position."""
    asked = [] if completed else list(current)
    for position in sorted(answered):
        if position < len(asked):
            asked[position] = answered[position]
        elif position == len(asked):
            asked.append(answered[position])
        # A position past a gap cannot be placed; its answers keep their own wording.
    return asked


def upgrade() -> None:
    op.add_column("checkin", sa.Column("questions", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
    bind = op.get_bind()
    current: dict[int, list[str]] = defaultdict(list)
    for couple_id, text in bind.execute(
        sa.select(checkin_question.c.couple_id, checkin_question.c.text).order_by(
            checkin_question.c.couple_id, checkin_question.c.position
        )
    ):
        current[couple_id].append(text)
    answered: dict[int, dict[int, str]] = defaultdict(dict)
    for checkin_id, position, question in bind.execute(
        sa.select(checkin_answer.c.checkin_id, checkin_answer.c.position, checkin_answer.c.question).order_by(
            checkin_answer.c.created_at,
            checkin_answer.c.id,  # the latest answer's wording wins
        )
    ):
        answered[checkin_id][position] = question
    for checkin_id, couple_id, completed_at in bind.execute(
        sa.select(checkin.c.id, checkin.c.couple_id, checkin.c.completed_at)
    ).all():
        asked = week_questions(current[couple_id], answered[checkin_id], completed_at is not None)
        bind.execute(sa.update(checkin).where(checkin.c.id == checkin_id).values(questions=asked))
    if bind.dialect.name != "sqlite":
        op.alter_column("checkin", "questions", server_default=None)


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): no table rebuild, so the answers stay.
    op.drop_column("checkin", "questions")
