"""Numbers for the history charts, computed with SQL aggregates.

Years of daily entries stay in the database: every query here reads the log's daily or
monthly figures (models/stats.py, kept in step with every entry), and Python only walks
those per-day or per-month totals. Rendering is the
site's job: these functions return plain dataclasses of numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import NamedTuple

from sqlalchemy import bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import cadence, chart_figures, milestones
from .base import utcnow
from .db import read
from .entities import ContractItem, Milestone
from .figure_lock import hold_figures
from .localtime import local_today, week_start
from .progress import couple_days
from .stat_entities import RECORD_WEEKS, MonthlyStat, StreakRecord
from .strength import strength_between, strength_until

WEEKS_SHOWN = 12
# Under a week of history (four weeks, for one counted in weeks: four times done, at most),
# a commitment's rates and strength say more about chance than about a habit, and a weekly
# one's strength has barely begun to build while its rates already read 100%: the charts
# say "too early to tell" instead.
MIN_HISTORY_DAYS = 7
MIN_HISTORY_WEEKS = 4
# The longest span a heatmap may cover: a year and a bit, so one page stays light.
MAX_HEATMAP_DAYS = 371


# --- What the charts show.


class Day(NamedTuple):
    """One cell of a commitment's heatmap (a tuple: a calendar makes hundreds of them)."""

    day: date
    kept: int
    missed: int
    hard_day: bool  # the owner (either partner, for a shared commitment) declared a hard day
    due: bool  # the commitment's cadence asks for it that day (never, for "N times a week")
    state: str  # kept, missed, mixed, hard_day, unlogged (due, nothing logged) or none (not due)

    @classmethod
    def of(cls, day: date, tally: cadence.DayTally | None, hard_day: bool, due: bool) -> Day:
        kept, missed = tally if tally is not None else (0, 0)
        if kept or missed:
            state = "mixed" if kept and missed else "kept" if kept else "missed"
        else:
            state = "hard_day" if hard_day else "unlogged" if due else "none"
        return _new_day(cls, (day, kept, missed, hard_day, due, state))


# A Day without the named tuple's own __new__, half the cost: a calendar makes hundreds.
_new_day = tuple.__new__


@dataclass(frozen=True)
class Heatmap:
    lineage_id: int
    name: str
    days: list[Day]  # oldest first, one per day of the range

    @cached_property
    def weeks(self) -> list[tuple[date, list[Day | None]]]:
        """The days as calendar rows, one per week, Monday to Sunday (None outside the range)."""
        if not self.days:
            return []
        # The days are consecutive: pad the first week to its Monday and the last to its Sunday.
        lead, trail = self.days[0].day.weekday(), 6 - self.days[-1].day.weekday()
        cells: list[Day | None] = [None] * lead + list(self.days) + [None] * trail
        monday = self.days[0].day - timedelta(days=lead)
        return [(monday + timedelta(weeks=i // 7), cells[i : i + 7]) for i in range(0, len(cells), 7)]


@dataclass(frozen=True)
class WeekBar:
    start: date  # Monday
    kept: int
    missed: int


@dataclass(frozen=True)
class CommitmentStats:
    lineage_id: int
    name: str
    owner_id: int | None
    since: date  # the first day it counted: agreed, or first logged if earlier
    rates: dict[int, float | None]  # days in the window -> share kept (None: nothing due yet)
    strength: float  # 0..1, Loop Habit Tracker's habit score
    current_streak: int
    best_streak: int
    unit: str  # "day" or "week"

    def too_early(self, today: date) -> bool:
        """Less than MIN_HISTORY_DAYS since it began to count (MIN_HISTORY_WEEKS, counted in weeks)."""
        return (today - self.since).days < (MIN_HISTORY_WEEKS * 7 if self.unit == "week" else MIN_HISTORY_DAYS)


class MonthPoint(NamedTuple):
    """One month of the long arc (a tuple: a row a month of the couple's history)."""

    month: date  # the first of the month
    kept: int
    missed: int
    moments: int  # moments of reliability and small wins

    @property
    def rate(self) -> float | None:
        logged = self.kept + self.missed
        return self.kept / logged if logged else None


# --- The charts.


def _heatmap_range(start: date, end: date) -> tuple[date, date]:
    """Start to end, in order, at most MAX_HEATMAP_DAYS (the latest kept)."""
    if end < start:
        start, end = end, start
    return max(start, end - timedelta(days=MAX_HEATMAP_DAYS - 1)), end


def heatmaps(session: Session, couple_id: int, start: date, end: date, now: datetime | None = None) -> list[Heatmap]:
    """Per active commitment, one cell per day from start to end (inclusive; at most
    MAX_HEATMAP_DAYS, the latest kept)."""
    start, end = _heatmap_range(start, end)
    shown = chart_figures.shown(session, couple_id, now)
    return _heatmaps(shown, chart_figures.figures(session, shown, start, end), start, end)


def _heatmaps(shown: chart_figures.Shown, figures: chart_figures.Figures, start: date, end: date) -> list[Heatmap]:
    """The heatmaps from figures read for (at least) start to end."""
    dates = cadence.days(start, end)
    weekdays = [day.weekday() for day in dates]
    maps = []
    for item in shown.items:
        mine, skipped = figures.tallies[item.lineage_id], cadence.skipped_days(item.owner_id, figures.hard)
        began, due = shown.starts[item.lineage_id], cadence.due_by_weekday(cadence.Rule.of(item))
        cells = [
            Day.of(day, mine.get(day), day in skipped, due[weekday] and day >= began)
            for day, weekday in zip(dates, weekdays, strict=True)
        ]
        maps.append(Heatmap(item.lineage_id, item.spoken_name, cells))
    return maps


def weekly_kept_missed(
    session: Session, couple_id: int, now: datetime | None = None, weeks: int = WEEKS_SHOWN
) -> list[WeekBar]:
    """Kept and missed entries per week (Monday to Sunday), the last `weeks` weeks, oldest first."""
    couple = chart_figures.couple_of(session, couple_id)
    this_monday = week_start(local_today(couple, now or utcnow()))
    first = this_monday - timedelta(weeks=weeks - 1)
    # The couple's figures per day (a few hundred rows, summed by the database) folded into
    # weeks here: grouping by a computed Monday in SQL cost twice as much.
    counts = [[0, 0] for _ in range(weeks)]
    for day, figures in couple_days(session, couple_id, first, this_monday + timedelta(days=6)).items():
        week = counts[(day - first).days // 7]
        week[0] += figures.kept
        week[1] += figures.missed
    return [WeekBar(first + timedelta(weeks=i), kept, missed) for i, (kept, missed) in enumerate(counts)]


def monthly_trend(session: Session, couple_id: int, now: datetime | None = None) -> list[MonthPoint]:
    """Every month from the first entry to this one, oldest first: the long arc, from the
    monthly figures (a row per partner per month, however many entries), in one statement
    built once (a row a month: the ORM's machinery cost more than the rows)."""
    couple = chart_figures.couple_of(session, couple_id)
    this_month = local_today(couple, now or utcnow()).replace(day=1)
    counts = {
        first: (int(k), int(m), int(w))
        for first, k, m, w in read(session, _MONTHS, {"couple_id": couple_id, "this_month": this_month}).all()
    }
    if not counts:
        return []
    first = min(counts)
    months = (date(n // 12, n % 12 + 1, 1) for n in range(_month_number(first), _month_number(this_month) + 1))
    return [MonthPoint(month, *counts.get(month, (0, 0, 0))) for month in months]


def _month_number(day: date) -> int:
    return day.year * 12 + day.month - 1


_MONTHS = (
    select(
        MonthlyStat.month,
        func.sum(MonthlyStat.kept),
        func.sum(MonthlyStat.missed),
        func.sum(MonthlyStat.reliability + MonthlyStat.small_win),
    )
    .where(MonthlyStat.couple_id == bindparam("couple_id"), MonthlyStat.month <= bindparam("this_month"))
    .group_by(MonthlyStat.month)
)


def commitment_stats(session: Session, couple_id: int, now: datetime | None = None) -> list[CommitmentStats]:
    """Kept rates, strength and streaks of every active commitment, in contract order.

    The best streak and the strength sum up the whole history. They are read on from a
    StreakRecord, which sums it up at a Sunday about three months back (written here when
    missing or a month stale, deleted by models/stats.py when a day it covers changes), so
    a page reads a few months of daily figures however old the couple is."""
    return _commitment_stats(session, chart_figures.shown(session, couple_id, now))[0]


def _commitment_stats(
    session: Session, shown: chart_figures.Shown, read_from: date | None = None
) -> tuple[list[CommitmentStats], chart_figures.Figures]:
    """The figures of each commitment, and the daily figures read for them: from what they
    need, or from `read_from` when that is earlier (so another chart shares the one read)."""
    today, items, starts = shown.today, shown.items, shown.starts
    mark = week_start(today) - timedelta(weeks=RECORD_WEEKS, days=1)  # a Sunday, long finished
    records, usable, resume = _records(session, items, starts)
    if any(_due_for_record(resume[i.lineage_id], usable.get(i.lineage_id), mark) for i in items):
        # A record is written from the figures read below: read under the couple's lock, and the
        # records read afresh, as a write may have changed or dropped one meanwhile (models/figure_lock.py).
        hold_figures(session, [shown.couple_id])
        for earlier in records.values():
            session.expunge(earlier)
        records, usable, resume = _records(session, items, starts)
    # The rolling window of strength reaches two weeks before where it resumes; rates, 90 days back.
    first = min([today - timedelta(days=max(cadence.RATE_WINDOWS)), *resume.values()]) - timedelta(days=14)
    figures = chart_figures.figures(session, shown, min(first, read_from or first), today)
    stats = []
    for item in items:
        lineage_id = item.lineage_id
        mine, skipped, since = (
            figures.tallies[lineage_id],
            cadence.skipped_days(item.owner_id, figures.hard),
            starts[lineage_id],
        )
        rule, record = cadence.Rule.of(item), usable.get(lineage_id)
        start = resume[lineage_id]
        run, best, score = (record.run, record.best, record.score) if record else (0, 0, 0.0)
        if _due_for_record(start, record, mark):
            run, best = cadence.runs_through(cadence.steps(rule, mine, skipped, start, mark, today), run, best)
            score = strength_between(rule, mine, skipped, since, start, mark, score)
            _keep_record(session, records.get(lineage_id), item, since, shown.couple_id, mark, run, best, score)
            start = mark + timedelta(days=1)
        tail = cadence.steps(rule, mine, skipped, start, today, today)
        current = cadence.current_run(tail)
        last = strength_until(mine, today)
        stats.append(
            CommitmentStats(
                lineage_id=lineage_id,
                name=item.spoken_name,
                owner_id=item.owner_id,
                since=since,
                rates=cadence.kept_rates(rule, mine, skipped, since, today, cadence.RATE_WINDOWS),
                strength=strength_between(rule, mine, skipped, since, start, last, score),
                current_streak=len(current.counted) + (0 if current.ended else run),
                best_streak=cadence.runs_through(tail, run, best)[1],
                unit=rule.unit,
            )
        )
    return stats, figures


def _records(
    session: Session, items: list[ContractItem], starts: dict[int, date]
) -> tuple[dict[int, StreakRecord], dict[int, StreakRecord], dict[int, date]]:
    """The commitments' streak records, those that still fit them, and where each one's walk resumes."""
    query = select(StreakRecord).where(StreakRecord.lineage_id.in_([i.lineage_id for i in items]))
    records = {r.lineage_id: r for r in session.scalars(query)}
    usable = {
        i.lineage_id: r
        for i in items
        if (r := records.get(i.lineage_id)) is not None and r.rule == _signature(i, starts[i.lineage_id])
    }
    resume = {
        i.lineage_id: (r.through + timedelta(days=1) if (r := usable.get(i.lineage_id)) else starts[i.lineage_id])
        for i in items
    }
    return records, usable, resume


def _due_for_record(start: date, record: StreakRecord | None, mark: date) -> bool:
    """Whether the walk from `start` sums up to `mark` in a record: none yet, or a month stale."""
    return start <= mark and (record is None or record.through < mark - timedelta(weeks=4))


def _signature(item: ContractItem, since: date) -> str:
    """What a streak record was computed for: a change of cadence, owner, first day or of how
    streaks are counted voids it."""
    rule = cadence.Rule.of(item)
    days_due = "".join(sorted(map(str, rule.weekdays)))
    return f"{cadence.STREAK_COUNTING}|{rule.cadence.value}|{days_due}|{rule.times_per_week}|{item.owner_id}|{since}"


def _keep_record(
    session: Session,
    record: StreakRecord | None,
    item: ContractItem,
    since: date,
    couple_id: int,
    through: date,
    run: int,
    best: int,
    score: float,
) -> None:
    values = {"rule": _signature(item, since), "through": through, "run": run, "best": best, "score": score}
    try:
        with session.begin_nested():  # a concurrent page may write the same record a moment earlier
            if record is None:
                session.add(StreakRecord(lineage_id=item.lineage_id, couple_id=couple_id, **values))
            else:
                for name, value in values.items():
                    setattr(record, name, value)
            session.flush()
    except IntegrityError:
        pass


@dataclass(frozen=True)
class Overview:
    """Everything the Charts page shows, in one call."""

    stats: list[CommitmentStats]
    heatmaps: list[Heatmap]
    weeks: list[WeekBar]
    months: list[MonthPoint]
    milestones: list[Milestone]


def overview(session: Session, couple_id: int, heatmap_weeks: int, now: datetime | None = None) -> Overview:
    """The couple's charts: per-commitment figures, heatmaps of the last `heatmap_weeks`
    weeks (never before their first commitment), weekly bars, the monthly arc, milestones.
    The figures and the heatmaps share one read of the daily figures."""
    now = now or utcnow()
    shown = chart_figures.shown(session, couple_id, now)
    # No empty months before anything counted: a new couple's calendar starts with them.
    first = week_start(shown.today) - timedelta(weeks=heatmap_weeks - 1)
    if shown.starts:
        first = max(first, week_start(min(shown.starts.values())))
    first, today = _heatmap_range(first, shown.today)
    stats, figures = _commitment_stats(session, shown, read_from=first)
    return Overview(
        stats=stats,
        heatmaps=_heatmaps(shown, figures, first, today),
        weeks=weekly_kept_missed(session, couple_id, now),
        months=monthly_trend(session, couple_id, now),
        milestones=milestones.recent(session, couple_id, 10),
    )
