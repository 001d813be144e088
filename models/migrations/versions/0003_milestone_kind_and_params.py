"""a milestone is a kind and its numbers, not an English sentence

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 16:00:00

Each milestone gets `kind` ("streak", "kept_count", …) and `params` (numbers, dates, a
commitment's lineage id and name), so the site and the skill can word it in any
language; `description` goes. Existing rows are read back from the sentences the code
wrote until now (each checked against its key); a sentence that does not read back
keeps its words as kind "other", so nothing said before is lost.

The sentences are copied here, not imported: a migration must keep meaning what it
meant when it was written. Columns are added with server defaults so SQLite can add
them NOT NULL without rebuilding the table; PostgreSQL drops the defaults afterwards.
"""

import re
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

milestone = sa.table(
    "milestone",
    sa.column("id", sa.Integer),
    sa.column("key", sa.String),
    sa.column("description", sa.String),
    sa.column("kind", sa.String),
    sa.column("params", sa.JSON),
    sa.column("reached_on", sa.Date),
)

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
STEADY = "That is what steady looks like."
KEPT_WORDS = {
    10: "Ten promises kept: the first real stretch of the road.",
    25: "25 promises kept. Each one was a small proof, and they add up.",
    50: "50 promises kept together. That is a track record now.",
    100: "100 promises kept. A hundred times you did what you said you would.",
}
CHECKINS_WORDS = "{count} weekly check-ins in a row. You keep showing up for each other."
STREAK = re.compile(rf"(\d+) (days|weeks) in a row of keeping “(.*)”\. {re.escape(STEADY)}", re.DOTALL)
CLEAN_WEEK = re.compile(
    r"Your first full week without a lapse: (\d+) promises kept and none missed, the week of (\w+) (\d+)\."
)
BETTER_IN_TEN = re.compile(r"(\w+) was better than (\w+): you kept (\d+) in 10 promises, up from (\d+) in 10\.")
BETTER_PERCENT = re.compile(r"(\w+) was better than (\w+): you kept (\d+)% of your promises, up from (\d+)%\.")


def _month_before(first: date) -> date:
    return (first - timedelta(days=1)).replace(day=1)


def read_back(key: str, description: str, reached_on: date) -> tuple[str, dict[str, Any]]:
    """The kind and params of a milestone stored as a sentence; ("other", its text) when it does not read back."""
    parts = key.split(":")
    if parts[0] == "streak" and len(parts) == 3 and (found := STREAK.fullmatch(description)):
        count, unit, name = found.groups()
        if parts[2] == count and parts[1].isdigit():
            return "streak", {"lineage_id": int(parts[1]), "name": name, "count": int(count), "unit": unit[:-1]}
    if parts[0] == "kept" and len(parts) == 2 and parts[1].isdigit() and KEPT_WORDS.get(int(parts[1])) == description:
        return "kept_count", {"count": int(parts[1])}
    if key == "clean-week:first" and (found := CLEAN_WEEK.fullmatch(description)):
        kept, month, day = found.groups()
        monday = reached_on - timedelta(days=6)  # it was dated the Sunday that ended the week
        if (MONTHS[monday.month - 1], monday.day) == (month, int(day)):
            return "first_clean_week", {"week_of": monday.isoformat(), "kept": int(kept)}
    checkins = parts[0] == "checkins" and len(parts) == 2 and parts[1].isdigit()
    if checkins and description == CHECKINS_WORDS.format(count=int(parts[1])):
        return "checkins_in_a_row", {"count": int(parts[1])}
    if parts[0] == "better-month" and len(parts) == 2 and re.fullmatch(r"\d{4}-\d{2}", parts[1]):
        first = date.fromisoformat(f"{parts[1]}-01")
        named = (MONTHS[first.month - 1], MONTHS[_month_before(first).month - 1])
        for pattern, out_of in ((BETTER_IN_TEN, 10), (BETTER_PERCENT, 100)):
            if (found := pattern.fullmatch(description)) and found.groups()[:2] == named:
                now, then = int(found.group(3)), int(found.group(4))
                return "better_month", {"month": parts[1], "now": now, "then": then, "out_of": out_of}
    return "other", {"text": description}


def sentence(kind: str, params: dict[str, Any]) -> str:
    """The sentence the code before this revision would have written (for a downgrade)."""
    if kind == "streak":
        return f"{params['count']} {params['unit']}s in a row of keeping “{params['name']}”. {STEADY}"
    if kind == "kept_count":
        return KEPT_WORDS.get(params["count"], f"{params['count']} promises kept.")
    if kind == "first_clean_week":
        monday = date.fromisoformat(params["week_of"])
        return (
            f"Your first full week without a lapse: {params['kept']} promises kept and none missed, "
            f"the week of {MONTHS[monday.month - 1]} {monday.day}."
        )
    if kind == "checkins_in_a_row":
        return CHECKINS_WORDS.format(count=params["count"])
    if kind == "better_month":
        first = date.fromisoformat(f"{params['month']}-01")
        month, before = MONTHS[first.month - 1], MONTHS[_month_before(first).month - 1]
        if params["out_of"] == 10:
            return (
                f"{month} was better than {before}: you kept {params['now']} in 10 promises, "
                f"up from {params['then']} in 10."
            )
        return (
            f"{month} was better than {before}: you kept {params['now']}% of your promises, up from {params['then']}%."
        )
    return str(params.get("text", ""))[:200]


def upgrade() -> None:
    op.add_column("milestone", sa.Column("kind", sa.String(length=24), nullable=False, server_default="other"))
    op.add_column("milestone", sa.Column("params", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
    bind = op.get_bind()
    rows = bind.execute(sa.select(milestone.c.id, milestone.c.key, milestone.c.description, milestone.c.reached_on))
    for milestone_id, key, description, reached_on in rows.all():
        kind, params = read_back(key, description, reached_on)
        bind.execute(sa.update(milestone).where(milestone.c.id == milestone_id).values(kind=kind, params=params))
    if bind.dialect.name != "sqlite":
        op.alter_column("milestone", "kind", server_default=None)
        op.alter_column("milestone", "params", server_default=None)
    # A plain DROP COLUMN (SQLite 3.35+), as in 0002: nothing refers to the column.
    op.drop_column("milestone", "description")


def downgrade() -> None:
    op.add_column("milestone", sa.Column("description", sa.String(length=200), nullable=False, server_default=""))
    bind = op.get_bind()
    for milestone_id, kind, params in bind.execute(
        sa.select(milestone.c.id, milestone.c.kind, milestone.c.params)
    ).all():
        bind.execute(
            sa.update(milestone).where(milestone.c.id == milestone_id).values(description=sentence(kind, params))
        )
    if bind.dialect.name != "sqlite":
        op.alter_column("milestone", "description", server_default=None)
    op.drop_column("milestone", "params")
    op.drop_column("milestone", "kind")
