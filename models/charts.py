"""Numbers for the history charts, computed with SQL aggregates.

Years of daily entries stay in the database: every query here reads the log's daily or
monthly figures (models/stats.py, kept in step with every entry), and Python only walks
those per-day or per-month totals. Rendering is the
site's job: these functions return plain dataclasses of numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import String, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import FunctionElement

from . import cadence, milestones
from .base import utcnow
from .contracts import active_commitments
from .entities import ContractItem, ContractVersion, Couple, Milestone
from .errors import NotFound
from .localtime import local_today, week_start
from .stat_entities import DailyStat, MonthlyStat, StreakRecord

WEEKS_SHOWN = 12
# Under a week of history (four weeks, for one counted in weeks: four times done, at most),
# a commitment's rates and strength say more about chance than about a habit, and a weekly
# one's strength has barely begun to build while its rates already read 100%: the charts
# say "too early to tell" instead.
MIN_HISTORY_DAYS = 7
MIN_HISTORY_WEEKS = 4
# A commitment's history is summed up (models.stat_entities.StreakRecord) this many weeks back.
RECORD_WEEKS = 13
# The longest span a heatmap may cover: a year and a bit, so one page stays light.
MAX_HEATMAP_DAYS = 371


# --- Week buckets in SQL. Each dialect spells "the Monday of this date" differently;
# both give back ISO text so results compare alike.


class _week_of(FunctionElement[str]):
    type = String()
    inherit_cache = True


@compiles(_week_of, "sqlite")
def _week_of_sqlite(element, compiler, **kw) -> str:
    # Back six days, then forward to the next Monday: the Monday of the same week.
    return f"date({compiler.process(element.clauses, **kw)}, '-6 days', 'weekday 1')"


@compiles(_week_of, "postgresql")
def _week_of_postgresql(element, compiler, **kw) -> str:
    return f"to_char(date_trunc('week', {compiler.process(element.clauses, **kw)}), 'YYYY-MM-DD')"


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

    def too_early(self, today: date) -> bool:
        """Less than MIN_HISTORY_DAYS since it began to count (MIN_HISTORY_WEEKS, counted in weeks)."""
        return (today - self.since).days < (MIN_HISTORY_WEEKS * 7 if self.unit == "week" else MIN_HISTORY_DAYS)


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
        select(DailyStat.lineage_id, func.min(DailyStat.local_date))
        .where(DailyStat.lineage_id.in_(lineage_ids))
        .group_by(DailyStat.lineage_id)
    )
    for lineage_id, day in first_logged:
        starts[lineage_id] = min(day, starts.get(lineage_id, day))
    return {lineage_id: starts.get(lineage_id, today) for lineage_id in lineage_ids}


# --- The charts.


def heatmaps(session: Session, couple_id: int, start: date, end: date, now: datetime | None = None) -> list[Heatmap]:
    """Per active commitment, one cell per day from start to end (inclusive; at most
    MAX_HEATMAP_DAYS, the latest kept)."""
    if end < start:
        start, end = end, start
    start = max(start, end - timedelta(days=MAX_HEATMAP_DAYS - 1))
    couple = _couple(session, couple_id)
    items = active_commitments(session, couple_id)
    tallies = cadence.daily_tallies(session, [i.lineage_id for i in items], start, end)
    hard = cadence.hard_days(session, couple_id, start, end)
    starts = _start_dates(session, couple, items, local_today(couple, now or utcnow()))
    maps = []
    for item in items:
        mine, skipped, began = (
            tallies[item.lineage_id],
            cadence.skipped_days(item.owner_id, hard),
            starts[item.lineage_id],
        )
        rule = cadence.Rule.of(item)
        days = [
            Day(
                day=day,
                kept=mine.get(day, cadence.DayTally()).kept,
                missed=mine.get(day, cadence.DayTally()).missed,
                hard_day=day in skipped,
                due=day >= began and cadence.due_on(rule, day),
            )
            for day in cadence.days(start, end)
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
    week = _week_of(DailyStat.local_date)
    rows = session.execute(
        select(week, func.sum(DailyStat.kept), func.sum(DailyStat.missed))
        .where(
            DailyStat.couple_id == couple_id,
            DailyStat.local_date.between(first, this_monday + timedelta(days=6)),
        )
        .group_by(week)
    )
    counts = {date.fromisoformat(monday): (int(kept), int(missed)) for monday, kept, missed in rows}
    return [
        WeekBar(monday, *counts.get(monday, (0, 0))) for monday in (first + timedelta(weeks=i) for i in range(weeks))
    ]


def monthly_trend(session: Session, couple_id: int, now: datetime | None = None) -> list[MonthPoint]:
    """Every month from the first entry to this one, oldest first: the long arc, from the
    monthly figures (a row per partner per month, however many entries)."""
    couple = _couple(session, couple_id)
    this_month = local_today(couple, now or utcnow()).replace(day=1)
    rows = session.execute(
        select(
            MonthlyStat.month,
            func.sum(MonthlyStat.kept),
            func.sum(MonthlyStat.missed),
            func.sum(MonthlyStat.reliability + MonthlyStat.small_win),
        )
        .where(MonthlyStat.couple_id == couple_id, MonthlyStat.month <= this_month)
        .group_by(MonthlyStat.month)
    )
    counts = {first: (int(k), int(m), int(w)) for first, k, m, w in rows}
    if not counts:
        return []
    points, current = [], min(counts)
    while current <= this_month:
        points.append(MonthPoint(current, *counts.get(current, (0, 0, 0))))
        current = (current + timedelta(days=32)).replace(day=1)
    return points


def commitment_stats(session: Session, couple_id: int, now: datetime | None = None) -> list[CommitmentStats]:
    """Kept rates, strength and streaks of every active commitment, in contract order.

    The best streak and the strength sum up the whole history. They are read on from a
    StreakRecord, which sums it up at a Sunday about three months back (written here when
    missing or a month stale, deleted by models/stats.py when a day it covers changes), so
    a page reads a few months of daily figures however old the couple is."""
    couple = _couple(session, couple_id)
    today = local_today(couple, now or utcnow())
    items = active_commitments(session, couple_id)
    starts = _start_dates(session, couple, items, today)
    mark = week_start(today) - timedelta(weeks=RECORD_WEEKS, days=1)  # a Sunday, long finished
    records = {
        r.lineage_id: r
        for r in session.scalars(select(StreakRecord).where(StreakRecord.lineage_id.in_([i.lineage_id for i in items])))
    }
    usable = {
        i.lineage_id: r
        for i in items
        if (r := records.get(i.lineage_id)) is not None and r.rule == _signature(i, starts[i.lineage_id])
    }
    resume = {
        i.lineage_id: (r.through + timedelta(days=1) if (r := usable.get(i.lineage_id)) else starts[i.lineage_id])
        for i in items
    }
    # The rolling window of strength reaches two weeks before where it resumes; rates, 90 days back.
    first = min([today - timedelta(days=max(cadence.RATE_WINDOWS)), *resume.values()]) - timedelta(days=14)
    tallies = cadence.daily_tallies(session, [i.lineage_id for i in items], first, today)
    hard = cadence.hard_days(session, couple_id, first, today)
    stats = []
    for item in items:
        lineage_id = item.lineage_id
        mine, skipped, since = tallies[lineage_id], cadence.skipped_days(item.owner_id, hard), starts[lineage_id]
        rule, record = cadence.Rule.of(item), usable.get(lineage_id)
        start = resume[lineage_id]
        run, best, score = (record.run, record.best, record.score) if record else (0, 0, 0.0)
        if start <= mark and (record is None or record.through < mark - timedelta(weeks=4)):
            run, best = cadence.runs_through(cadence.steps(rule, mine, skipped, start, mark, today), run, best)
            score = cadence.strength_between(rule, mine, skipped, since, start, mark, score)
            _keep_record(session, records.get(lineage_id), item, since, couple_id, mark, run, best, score)
            start = mark + timedelta(days=1)
        tail = cadence.steps(rule, mine, skipped, start, today, today)
        current = cadence.current_run(tail)
        last = cadence.strength_until(mine, today)
        stats.append(
            CommitmentStats(
                lineage_id=lineage_id,
                name=item.spoken_name,
                owner_id=item.owner_id,
                since=since,
                rates={n: cadence.kept_rate(rule, mine, skipped, since, today, n) for n in cadence.RATE_WINDOWS},
                strength=cadence.strength_between(rule, mine, skipped, since, start, last, score),
                current_streak=len(current.counted) + (0 if current.ended else run),
                best_streak=cadence.runs_through(tail, run, best)[1],
                unit=rule.unit,
            )
        )
    return stats


def _signature(item: ContractItem, since: date) -> str:
    """What a streak record was computed for: a change of cadence, owner or first day voids it."""
    rule = cadence.Rule.of(item)
    return (
        f"{rule.cadence.value}|{''.join(sorted(map(str, rule.weekdays)))}|{rule.times_per_week}|{item.owner_id}|{since}"
    )


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
    weeks (never before their first commitment), weekly bars, the monthly arc, milestones."""
    now = now or utcnow()
    today = local_today(_couple(session, couple_id), now)
    stats = commitment_stats(session, couple_id, now)
    # No empty months before anything counted: a new couple's calendar starts with them.
    first = week_start(today) - timedelta(weeks=heatmap_weeks - 1)
    if stats:
        first = max(first, week_start(min(s.since for s in stats)))
    return Overview(
        stats=stats,
        heatmaps=heatmaps(session, couple_id, first, today, now),
        weeks=weekly_kept_missed(session, couple_id, now),
        months=monthly_trend(session, couple_id, now),
        milestones=milestones.recent(session, couple_id, 10),
    )
