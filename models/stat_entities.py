"""The tables that keep the log's figures small to read, and removed entries for their undo.

`DailyStat` and `MonthlyStat` are aggregates of `LogEntry`: kept in the same transaction as
every write of an entry (models/stats.py), rebuilt by `trust-tracker db rebuild-stats`.
A disputed entry ("not me") counts in neither. `RemovedEntry` holds an entry a partner
removed on the site or by voice, exactly as it was, for its ten-minute undo.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

# The lineage of an entry about no item of the contract: 0 (a real lineage id is never 0).
NO_LINEAGE = 0


class _Counts:
    """One column per kind of entry (entities.LogKind), named as its value."""

    kept: Mapped[int] = mapped_column(default=0)
    missed: Mapped[int] = mapped_column(default=0)
    reliability: Mapped[int] = mapped_column(default=0)
    small_win: Mapped[int] = mapped_column(default=0)
    hard_day: Mapped[int] = mapped_column(default=0)
    breach: Mapped[int] = mapped_column(default=0)


class DailyStat(_Counts, Base):
    """How many entries of each kind one partner logged about one item (or none) on one local day."""

    __tablename__ = "daily_stat"
    __table_args__ = (
        UniqueConstraint("partner_id", "lineage_id", "local_date"),
        # The couple's kept, missed and moments per day ("how are we doing", the long arc,
        # Charts' weekly bars) read from the index alone.
        Index("ix_daily_stat_couple_figures", "couple_id", "local_date", "kept", "missed", "reliability", "small_win"),
        # The kept and missed of a stretch of days (charts, streaks) read from the index alone.
        Index("ix_daily_stat_lineage_tallies", "lineage_id", "local_date", "kept", "missed"),
        # The hard days of a stretch, without visiting every figure of it: they are rare.
        Index(
            "ix_daily_stat_hard_days",
            "couple_id",
            "local_date",
            sqlite_where=text("hard_day > 0"),
            postgresql_where=text("hard_day > 0"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"))
    # Deleting a partner deletes their entries in the database (ON DELETE CASCADE): their figures go too.
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"))
    lineage_id: Mapped[int]  # NO_LINEAGE when the entry is about no item
    local_date: Mapped[date]


class MonthlyStat(_Counts, Base):
    """The same counts for one partner over one calendar month: the long arc in a few rows."""

    __tablename__ = "monthly_stat"
    __table_args__ = (
        UniqueConstraint("partner_id", "month"),
        Index("ix_monthly_stat_couple_month", "couple_id", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"))
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"))
    month: Mapped[date]  # its first day


class RemovedEntry(Base):
    """An entry its author removed, every column as it was (and its setback's), for the undo."""

    __tablename__ = "removed_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int]  # the id it had, and gets back when free
    entry: Mapped[dict[str, Any]] = mapped_column(JSON)
    setback: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    removed_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def local_date(self) -> date:
        """The day the removed entry was of."""
        return date.fromisoformat(self.entry["local_date"])


# A streak record sums up a commitment's history at a Sunday this many weeks before the week of
# the Charts that write it (models.charts), so that a recent day's change leaves it standing.
RECORD_WEEKS = 13


class StreakRecord(Base):
    """A commitment's long history, summed up at a past Sunday (`through`): the best streak
    so far, the run still going then, and the habit strength then. Charts read on from it
    instead of from the first day. Any change to the figures on or before `through` deletes
    it (models/stats.py), and so does a change of the rule it was computed for (`rule`)."""

    __tablename__ = "streak_record"

    lineage_id: Mapped[int] = mapped_column(ForeignKey("item_lineage.id", ondelete="CASCADE"), primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(80))  # cadence, days, times, owner and first day it counted
    through: Mapped[date]
    run: Mapped[int]  # kept days (or weeks) since the last break, at `through`
    best: Mapped[int]
    score: Mapped[float]


class MilestoneLook(Base):
    """A look for a milestone that found nothing (models/milestone_checks.py): the first clean
    week among the weeks before `through` (a Monday), or a better month before `through` (a
    first of the month). While it stands, the same look is not made again; a change to the
    figures of a day before `through` deletes it (models/stats.py), and so does a rebuild."""

    __tablename__ = "milestone_look"

    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), primary_key=True)
    look: Mapped[str] = mapped_column(String(20), primary_key=True)  # "clean-week", "better-month"
    key: Mapped[str] = mapped_column(String(60))  # what models.milestones reads among the known keys
    through: Mapped[date]
