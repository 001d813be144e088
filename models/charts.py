"""Numbers for the history charts, computed with SQL aggregates.

Years of daily entries stay in the database: every query here groups log entries by
day, week or month (on the (lineage_id, local_date) and (couple_id, local_date)
indexes), and Python only walks those per-day or per-month totals. Rendering is the
site's job: these functions return plain dataclasses of numbers.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import String, case, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

from .base import utcnow
from .contracts import active_commitments
from .entities import Cadence, ContractItem, ContractVersion, Couple, LogEntry, LogKind
from .errors import NotFound
from .localtime import local_today, week_start

RATE_WINDOWS = (7, 30, 90)
WEEKS_SHOWN = 12
# The longest span a heatmap may cover: a year and a bit, so one page stays light.
MAX_HEATMAP_DAYS = 371


# --- Day buckets in SQL. Each dialect spells "the Monday of this date" and "the
# first of this month" differently; both give back ISO text so results compare alike.


class _week_of(FunctionElement[str]):
    type = String()
    inherit_cache = True


class _month_of(FunctionElement[str]):
    type = String()
    inherit_cache = True


@compiles(_week_of, "sqlite")
def _week_of_sqlite(element, compiler, **kw) -> str:
    # Back six days, then forward to the next Monday: the Monday of the same week.
    return f"date({compiler.process(element.clauses, **kw)}, '-6 days', 'weekday 1')"


@compiles(_week_of, "postgresql")
def _week_of_postgresql(element, compiler, **kw) -> str:
    return f"to_char(date_trunc('week', {compiler.process(element.clauses, **kw)}), 'YYYY-MM-DD')"


@compiles(_month_of, "sqlite")
def _month_of_sqlite(element, compiler, **kw) -> str:
    return f"strftime('%Y-%m-01', {compiler.process(element.clauses, **kw)})"


@compiles(_month_of, "postgresql")
def _month_of_postgresql(element, compiler, **kw) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-01')"


def _count(kind: LogKind) -> ColumnElement[int]:
    return func.sum(case((LogEntry.kind == kind, 1), else_=0))


# --- What the charts show.


@dataclass(frozen=True)
class Day:
    """One cell of a commitment's heatmap."""

    day: date
    kept: int
    missed: int
    hard_day: bool  # the owner (either partner, for a shared commitment) declared a hard day
    due: bool  # the commitment's cadence asks for it that day (never, for "N times a week")

    @property
    def state(self) -> str:
        if self.kept and self.missed:
            return "mixed"
        if self.missed:
            return "missed"
        if self.kept:
            return "kept"
        if self.hard_day:
            return "hard_day"
        return "unlogged" if self.due else "none"


@dataclass(frozen=True)
class Heatmap:
    lineage_id: int
    name: str
    days: list[Day]  # oldest first, one per day of the range


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


@dataclass(frozen=True)
class MonthPoint:
    month: date  # the first of the month
    kept: int
    missed: int
    moments: int  # moments of reliability and small wins

    @property
    def rate(self) -> float | None:
        logged = self.kept + self.missed
        return self.kept / logged if logged else None


# --- Shared plumbing.


def _couple(session: Session, couple_id: int) -> Couple:
    couple = session.get(Couple, couple_id)
    if couple is None:
        raise NotFound("No such couple.")
    return couple


@dataclass
class _Tally:
    kept: int = 0
    missed: int = 0


def _daily_tallies(
    session: Session, lineage_ids: list[int], since: date | None, until: date
) -> dict[int, dict[date, _Tally]]:
    """Kept and missed per commitment per day: one row per (commitment, day), not per entry."""
    tallies: dict[int, dict[date, _Tally]] = {lineage_id: {} for lineage_id in lineage_ids}
    if not lineage_ids:
        return tallies
    query = (
        select(
            LogEntry.lineage_id,
            LogEntry.local_date,
            _count(LogKind.KEPT),
            _count(LogKind.MISSED),
        )
        .where(
            LogEntry.lineage_id.in_(lineage_ids),
            LogEntry.kind.in_((LogKind.KEPT, LogKind.MISSED)),
            LogEntry.local_date <= until,
        )
        .group_by(LogEntry.lineage_id, LogEntry.local_date)
    )
    if since is not None:
        query = query.where(LogEntry.local_date >= since)
    for lineage_id, day, kept, missed in session.execute(query):
        assert lineage_id is not None  # filtered by IN above
        tallies[lineage_id][day] = _Tally(int(kept), int(missed))
    return tallies


def _hard_days(session: Session, couple_id: int, since: date | None, until: date) -> dict[int, set[date]]:
    """The days each partner declared a hard day."""
    query = (
        select(LogEntry.partner_id, LogEntry.local_date)
        .where(
            LogEntry.couple_id == couple_id,
            LogEntry.kind == LogKind.HARD_DAY,
            LogEntry.local_date <= until,
        )
        .distinct()
    )
    if since is not None:
        query = query.where(LogEntry.local_date >= since)
    days: dict[int, set[date]] = defaultdict(set)
    for partner_id, day in session.execute(query):
        days[partner_id].add(day)
    return days


def _hard_days_of(item: ContractItem, hard: dict[int, set[date]]) -> set[date]:
    if item.owner_id is not None:
        return hard.get(item.owner_id, set())
    return set().union(*hard.values()) if hard else set()


def _start_dates(session: Session, couple: Couple, items: list[ContractItem], today: date) -> dict[int, date]:
    """When each commitment began to count: the day a version holding it was first agreed,
    or its first log entry if that came earlier (two small GROUP BY queries)."""
    lineage_ids = [i.lineage_id for i in items]
    zone = ZoneInfo(couple.timezone)
    agreed = session.execute(
        select(ContractItem.lineage_id, func.min(ContractVersion.agreed_at))
        .join(ContractVersion, ContractItem.version_id == ContractVersion.id)
        .where(ContractItem.lineage_id.in_(lineage_ids), ContractVersion.agreed_at.is_not(None))
        .group_by(ContractItem.lineage_id)
    )
    starts: dict[int, date] = {lineage_id: at.astimezone(zone).date() for lineage_id, at in agreed if at}
    first_logged = session.execute(
        select(LogEntry.lineage_id, func.min(LogEntry.local_date))
        .where(LogEntry.lineage_id.in_(lineage_ids))
        .group_by(LogEntry.lineage_id)
    )
    for lineage_id, day in first_logged:
        if lineage_id is not None:
            starts[lineage_id] = min(day, starts.get(lineage_id, day))
    return {lineage_id: starts.get(lineage_id, today) for lineage_id in lineage_ids}


def _is_due(item: ContractItem, day: date) -> bool:
    if item.cadence is Cadence.DAILY:
        return True
    if item.cadence is Cadence.WEEKDAYS:
        return str(day.weekday()) in item.weekdays
    return False  # "N times a week": no single day is due


def _days(start: date, end: date):
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)


# --- The charts.


def heatmaps(session: Session, couple_id: int, start: date, end: date, now: datetime | None = None) -> list[Heatmap]:
    """Per active commitment, one cell per day from start to end (inclusive; at most
    MAX_HEATMAP_DAYS, the latest kept)."""
    if end < start:
        start, end = end, start
    start = max(start, end - timedelta(days=MAX_HEATMAP_DAYS - 1))
    couple = _couple(session, couple_id)
    items = active_commitments(session, couple_id)
    tallies = _daily_tallies(session, [i.lineage_id for i in items], start, end)
    hard = _hard_days(session, couple_id, start, end)
    starts = _start_dates(session, couple, items, local_today(couple, now or utcnow()))
    maps = []
    for item in items:
        mine, hard_days, began = tallies[item.lineage_id], _hard_days_of(item, hard), starts[item.lineage_id]
        days = [
            Day(
                day=day,
                kept=mine.get(day, _Tally()).kept,
                missed=mine.get(day, _Tally()).missed,
                hard_day=day in hard_days,
                due=day >= began and _is_due(item, day),
            )
            for day in _days(start, end)
        ]
        maps.append(Heatmap(item.lineage_id, item.spoken_name, days))
    return maps


def weekly_kept_missed(
    session: Session, couple_id: int, now: datetime | None = None, weeks: int = WEEKS_SHOWN
) -> list[WeekBar]:
    """Kept and missed entries per week (Monday to Sunday), the last `weeks` weeks, oldest first."""
    couple = _couple(session, couple_id)
    this_monday = week_start(local_today(couple, now or utcnow()))
    first = this_monday - timedelta(weeks=weeks - 1)
    week = _week_of(LogEntry.local_date)
    rows = session.execute(
        select(week, _count(LogKind.KEPT), _count(LogKind.MISSED))
        .where(
            LogEntry.couple_id == couple_id,
            LogEntry.local_date >= first,
            LogEntry.local_date <= this_monday + timedelta(days=6),
            LogEntry.kind.in_((LogKind.KEPT, LogKind.MISSED)),
        )
        .group_by(week)
    )
    counts = {date.fromisoformat(monday): (int(kept), int(missed)) for monday, kept, missed in rows}
    return [
        WeekBar(monday, *counts.get(monday, (0, 0))) for monday in (first + timedelta(weeks=i) for i in range(weeks))
    ]


def monthly_trend(session: Session, couple_id: int, now: datetime | None = None) -> list[MonthPoint]:
    """Every month from the first entry to this one, oldest first: the long arc."""
    couple = _couple(session, couple_id)
    today = local_today(couple, now or utcnow())
    month = _month_of(LogEntry.local_date)
    rows = session.execute(
        select(
            month,
            _count(LogKind.KEPT),
            _count(LogKind.MISSED),
            func.sum(case((LogEntry.kind.in_((LogKind.RELIABILITY, LogKind.SMALL_WIN)), 1), else_=0)),
        )
        .where(LogEntry.couple_id == couple_id, LogEntry.local_date <= today)
        .group_by(month)
    )
    counts = {date.fromisoformat(first): (int(k), int(m), int(w)) for first, k, m, w in rows}
    if not counts:
        return []
    points, current, last = [], min(counts), today.replace(day=1)
    while current <= last:
        points.append(MonthPoint(current, *counts.get(current, (0, 0, 0))))
        current = (current + timedelta(days=32)).replace(day=1)
    return points


def commitment_stats(session: Session, couple_id: int, now: datetime | None = None) -> list[CommitmentStats]:
    """Kept rates, strength and streaks of every active commitment, in contract order."""
    couple = _couple(session, couple_id)
    today = local_today(couple, now or utcnow())
    items = active_commitments(session, couple_id)
    # All history, but as one row per commitment per logged day: about 1,800 rows for
    # five years of a daily commitment, however many entries each day holds.
    tallies = _daily_tallies(session, [i.lineage_id for i in items], None, today)
    hard = _hard_days(session, couple_id, None, today)
    starts = _start_dates(session, couple, items, today)
    stats = []
    for item in items:
        mine, hard_days, since = tallies[item.lineage_id], _hard_days_of(item, hard), starts[item.lineage_id]
        current, best = _streaks(item, mine, since, today)
        stats.append(
            CommitmentStats(
                lineage_id=item.lineage_id,
                name=item.spoken_name,
                owner_id=item.owner_id,
                since=since,
                rates={n: _kept_rate(item, mine, hard_days, since, today, n) for n in RATE_WINDOWS},
                strength=_strength(item, mine, hard_days, since, today),
                current_streak=current,
                best_streak=best,
                unit="week" if item.cadence is Cadence.WEEKLY else "day",
            )
        )
    return stats


def _kept(tally: _Tally | None) -> bool:
    """A day counts as kept when it was kept and nobody logged it missed."""
    return tally is not None and tally.kept > 0 and tally.missed == 0


def _streaks(item: ContractItem, tallies: dict[date, _Tally], since: date, today: date) -> tuple[int, int]:
    """(current, best) in one pass from the start, by the rule of tracking.current_streaks:
    a due day (or, for "N times a week", a week) extends the streak when kept and not
    missed; a miss or an unlogged past day ends it; today only counts once done."""
    run = best = 0
    if item.cadence is Cadence.WEEKLY:
        monday, this_monday = week_start(since), week_start(today)
        while monday <= this_monday:
            week = [tallies.get(monday + timedelta(days=i)) for i in range(7)]
            if any(t is not None and t.missed for t in week):
                run = 0
            elif sum(t.kept for t in week if t is not None) >= (item.times_per_week or 1):
                run += 1
            elif monday != this_monday:
                run = 0
            best = max(best, run)
            monday += timedelta(weeks=1)
        return run, best
    for day in _days(since, today):
        if not _is_due(item, day):
            continue
        tally = tallies.get(day)
        if tally is not None and tally.missed:
            run = 0
        elif tally is not None and tally.kept:
            run += 1
        elif day != today:
            run = 0
        best = max(best, run)
    return run, best


def _frequency(item: ContractItem) -> tuple[int, int]:
    """Repetitions per interval of days, as Loop Habit Tracker's Frequency."""
    if item.cadence is Cadence.WEEKDAYS:
        return max(len(item.weekdays), 1), 7
    if item.cadence is Cadence.WEEKLY:
        return item.times_per_week or 1, 7
    return 1, 1


def _strength(item: ContractItem, tallies: dict[date, _Tally], hard_days: set[date], since: date, today: date) -> float:
    """Habit strength, 0..1, after Loop Habit Tracker (iSoron/uhabits, uhabits-core:
    models/Score.kt `Score.compute` and models/ScoreList.kt `recompute`).

    Each day: score = score * m + checkmark * (1 - m), with m = 0.5 ** (sqrt(freq) / 13):
    a daily commitment's score halves its distance to a new level in 13 days, so a
    single miss after a good run costs about 5% and a streak of misses costs a lot.
    For commitments less often than daily, the checkmark is the share of the expected
    repetitions done in a rolling window (Loop doubles the window to smooth uneven
    days). A hard day with nothing logged is Loop's SKIP: the score stays as it was.
    Today counts only once something is logged, as in the streaks.
    """
    numerator, denominator = _frequency(item)
    frequency = numerator / denominator
    if frequency < 1:
        numerator, denominator = numerator * 2, denominator * 2
    multiplier = 0.5 ** (math.sqrt(frequency) / 13)
    last = today if today in tallies else today - timedelta(days=1)
    kept = [_kept(tallies.get(day)) for day in _days(since, last)]
    score = rolling = 0.0
    for i, day in enumerate(_days(since, last)):
        rolling += kept[i]
        if i >= denominator:
            rolling -= kept[i - denominator]
        if day in hard_days and day not in tallies:
            continue
        score = score * multiplier + min(1.0, rolling / numerator) * (1 - multiplier)
    return score


def _kept_rate(
    item: ContractItem,
    tallies: dict[date, _Tally],
    hard_days: set[date],
    since: date,
    today: date,
    window: int,
) -> float | None:
    """Share of the last `window` days' due days that were kept (for "N times a week":
    of the expected repetitions). Days before the commitment began, today while still
    open, and hard days with nothing logged are left out rather than counted as misses."""
    counted = kept = 0
    for day in _days(max(since, today - timedelta(days=window - 1)), today):
        tally = tallies.get(day)
        if (day == today or day in hard_days) and tally is None:
            continue
        if item.cadence is Cadence.WEEKLY or _is_due(item, day):
            counted += 1
            kept += _kept(tally)
    if item.cadence is Cadence.WEEKLY:
        expected = (item.times_per_week or 1) * counted / 7
        return min(1.0, kept / expected) if expected else None
    return kept / counted if counted else None
