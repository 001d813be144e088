"""When a commitment is due, and how well it is kept: streaks and kept rates (habit strength:
models/strength.py).

The one home of these rules (docs/ARCHITECTURE.md): History, Charts, "how are we doing" (and so
the voice), milestones, hard days and the demo all ask here. The rules are pure
functions of per-day tallies and dates; the two small readers at the end fetch those
tallies from the daily figures (models/stats.py), one bounded query per window.

The rules, the same everywhere:
- Daily and chosen-weekday commitments count in days: each due day extends the streak
  when it was kept and no miss was logged for it. "N times a week" counts in weeks
  (Monday to Sunday): a week extends it when kept N times with no miss.
- A miss ends the streak, and so does a past due day (or week) left unlogged.
- A hard day declared by the commitment's owner (for a shared commitment, by either
  partner) with nothing logged is a skip, as in Loop Habit Tracker: it neither ends the
  streak nor extends it. The agreed simplified form, logged as kept, is kept. In weeks,
  a week short of N is a skip when its hard days with nothing logged make up the rest.
- Today, and this week, are still open: not done yet is a skip, not a break.
- No cap: a streak is as long as it is. The current one is read back in growing windows
  until it ends, so every surface reports the same figure at a cost set by the streak's length.
- An entry its partner disputed ("not me") counts nowhere: the daily figures leave it out.
"""

from __future__ import annotations

import enum
import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import bindparam, func, literal_column, or_, select
from sqlalchemy.orm import Session

from .db import read
from .entities import Cadence, ContractItem
from .localtime import week_start
from .stat_entities import DailyStat

RATE_WINDOWS = (7, 30, 90)
# The current streak is read a few weeks first, then twice as far back each time, at most
# this many weeks at a time (a year and a day or so).
FIRST_WINDOW_WEEKS = 4
WINDOW_WEEKS = 53


@dataclass(frozen=True)
class Rule:
    """A commitment's cadence, as plain values."""

    cadence: Cadence
    weekdays: frozenset[int]  # for WEEKDAYS, Monday = 0
    times_per_week: int  # for WEEKLY

    @classmethod
    def of(cls, item: ContractItem) -> Rule:
        return cls(item.cadence, frozenset(int(d) for d in item.weekdays if d.isdigit()), item.times_per_week or 1)

    @property
    def unit(self) -> str:
        """What its streak counts: "day" or "week" (a commitment due on one weekday only
        comes once a week: three in a row are three weeks)."""
        weekly = self.cadence is Cadence.WEEKLY or (self.cadence is Cadence.WEEKDAYS and len(self.weekdays) == 1)
        return "week" if weekly else "day"


def due_on(rule: Rule, day: date) -> bool:
    """Whether the cadence asks for this very day ("N times a week" asks for no day in particular)."""
    if rule.cadence is Cadence.DAILY:
        return True
    if rule.cadence is Cadence.WEEKDAYS:
        return day.weekday() in rule.weekdays
    return False


def may_fall_on(rule: Rule, day: date) -> bool:
    """Whether a keep or a miss of it can be of this day: any day for a daily one and "N times a week",
    only its own weekdays for one due on set days (the Sunday walk is never Tuesday's)."""
    return rule.cadence is not Cadence.WEEKDAYS or day.weekday() in rule.weekdays


@functools.cache
def due_by_weekday(rule: Rule) -> tuple[bool, ...]:
    """`due_on` for each weekday, Monday first: a cadence repeats every week, so a walk over
    hundreds of days asks it once per weekday."""
    return tuple(due_on(rule, _A_MONDAY + timedelta(days=i)) for i in range(7))


_A_MONDAY = date(2024, 1, 1)


def still_due(rule: Rule, day: date, kept_this_week: int) -> bool:
    """Whether it is still to do on this day: "N times a week" until kept N times this week."""
    if rule.cadence is Cadence.WEEKLY:
        return kept_this_week < rule.times_per_week
    return due_on(rule, day)


class DayTally(NamedTuple):
    """One commitment's kept and missed entries on one day (a tuple: Charts and the streak
    windows make hundreds of them a request)."""

    kept: int = 0
    missed: int = 0

    @property
    def clean(self) -> bool:
        """Kept, and nobody logged it missed."""
        return self.kept > 0 and self.missed == 0


Tallies = Mapping[date, DayTally]
_NOTHING = DayTally()  # a day with nothing logged


def skipped_days(owner_id: int | None, hard_days: Mapping[int, set[date]]) -> set[date]:
    """The hard days that can excuse a commitment: its owner's, or either partner's when shared."""
    if owner_id is not None:
        return hard_days.get(owner_id, set())
    return set().union(*hard_days.values())


@functools.lru_cache(maxsize=128)
def days(first: date, last: date) -> tuple[date, ...]:
    """Every day from `first` to `last`, both included. Charts walks thousands, over the same few
    stretches (the rates' 90 days, the calendars' weeks, a streak's tail): each is made once."""
    return tuple(date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1))


# --- Streaks.


# How streaks are counted, as the streak records summed up under it name it (models.charts): a
# new mark whenever a streak counts differently voids every record summed up before.
# 2: a miss logged on a day not due ends the streak.
STREAK_COUNTING = "2"


class Step(enum.Enum):
    KEPT = "kept"  # extends the streak
    SKIPPED = "skipped"  # a hard day with nothing logged, or still open: neither
    BROKEN = "broken"  # ends it


def steps(
    rule: Rule, tallies: Tallies, skipped: set[date], first: date, last: date, today: date
) -> list[tuple[date, Step]]:
    """Each due day (or week) from `first` to `last`, oldest first, and what it did to the
    streak. A kept week is dated the day it reached its target. A miss logged on a day that was
    not due ends the streak too, as it counts against the kept rate (kept_rates) and a week's."""
    if rule.cadence is Cadence.WEEKLY:
        return [_week_step(rule, tallies, skipped, monday, last, today) for monday in _mondays(first, last)]
    return list(_day_steps(rule, tallies, skipped, days(first, last), today))


def steps_back(
    rule: Rule, tallies: Tallies, skipped: set[date], first: date, last: date, today: date
) -> Iterator[tuple[date, Step]]:
    """`steps`, newest first and one at a time: a current streak is walked back only until it ends."""
    if rule.cadence is Cadence.WEEKLY:
        for monday in reversed(list(_mondays(first, last))):
            yield _week_step(rule, tallies, skipped, monday, last, today)
    else:
        yield from _day_steps(rule, tallies, skipped, reversed(days(first, last)), today)


def _day_steps(
    rule: Rule, tallies: Tallies, skipped: set[date], stretch: Iterable[date], today: date
) -> Iterator[tuple[date, Step]]:
    due = due_by_weekday(rule)
    for day in stretch:
        tally = tallies.get(day)
        if due[day.weekday()] or (tally is not None and tally.missed):
            yield day, _day_step(tally, day in skipped or day == today)


def _day_step(tally: DayTally | None, excused: bool) -> Step:
    if tally is not None and tally.missed:
        return Step.BROKEN
    if tally is not None and tally.kept:
        return Step.KEPT
    return Step.SKIPPED if excused else Step.BROKEN


def _mondays(first: date, last: date) -> Iterator[date]:
    monday = week_start(first)
    while monday <= last:
        yield monday
        monday += timedelta(weeks=1)


def _week_step(
    rule: Rule, tallies: Tallies, skipped: set[date], monday: date, last: date, today: date
) -> tuple[date, Step]:
    week = list(days(monday, min(monday + timedelta(days=6), last)))
    if any(tallies.get(day, _NOTHING).missed for day in week):
        return week[-1], Step.BROKEN
    kept = 0
    for day in week:
        kept += tallies.get(day, _NOTHING).kept
        if kept >= rule.times_per_week:
            return day, Step.KEPT
    excused = sum(1 for day in week if day in skipped and day not in tallies)
    if monday == week_start(today) or kept + excused >= rule.times_per_week:
        return week[-1], Step.SKIPPED
    return week[-1], Step.BROKEN


@dataclass(frozen=True)
class Run:
    """The current streak within what was read."""

    counted: tuple[date, ...]  # its kept days (or weeks), oldest first
    ended: bool  # False: it reaches back to the first step read, so older history may extend it


def current_run(history: list[tuple[date, Step]]) -> Run:
    return run_back(reversed(history))


def run_back(newest_first: Iterable[tuple[date, Step]]) -> Run:
    """The current streak of steps taken newest first: read only until it ends."""
    counted: list[date] = []
    for day, step in newest_first:
        if step is Step.BROKEN:
            return Run(tuple(reversed(counted)), ended=True)
        if step is Step.KEPT:
            counted.append(day)
    return Run(tuple(reversed(counted)), ended=False)


def best_streak(history: Iterable[tuple[date, Step]]) -> int:
    return runs_through(history)[1]


def runs_through(history: Iterable[tuple[date, Step]], run: int = 0, best: int = 0) -> tuple[int, int]:
    """The run still going at the end of `history` and the best run, carrying on from a
    `run` and `best` summed up before it began."""
    for _, step in history:
        if step is Step.BROKEN:
            run = 0
        elif step is Step.KEPT:
            run += 1
            best = max(best, run)
    return run, best


def current_runs(session: Session, couple_id: int, items: list[ContractItem], today: date) -> dict[int, Run]:
    """The current streak of each commitment, however long: read a window at a time, back
    until it ends (or a whole window holds nothing of it). The first window is a few weeks,
    each next one twice as long (up to a year), so an answer costs what its streak's length
    costs, never the couple's whole history."""
    runs = {item.lineage_id: Run((), ended=False) for item in items}
    reading, last, weeks = list(items), today, FIRST_WINDOW_WEEKS
    while reading:
        first = week_start(last) - timedelta(weeks=weeks - 1)
        tallies = daily_tallies(session, [item.lineage_id for item in reading], first, last)
        hard = hard_days(session, couple_id, first, last)
        older = []
        for item in reading:
            mine = tallies[item.lineage_id]
            run = run_back(steps_back(Rule.of(item), mine, skipped_days(item.owner_id, hard), first, last, today))
            runs[item.lineage_id] = Run(run.counted + runs[item.lineage_id].counted, run.ended or not mine)
            if not runs[item.lineage_id].ended:
                older.append(item)
        reading, last, weeks = older, first - timedelta(days=1), min(weeks * 2, WINDOW_WEEKS)
    return runs


# --- Kept rates.


def kept_rate(rule: Rule, tallies: Tallies, skipped: set[date], since: date, today: date, window: int) -> float | None:
    """Share of the occasions of the last `window` days that were kept; None: nothing due yet.

    Days: each due day is an occasion, and so is any day with a miss logged (a logged miss
    always counts against). Days before `since`, today while still open, and hard days with
    nothing logged are left out rather than counted as misses.
    "N times a week" counts in whole weeks, as its streak does: the weeks that ended within
    the window, and this week so far. A finished week owes N (fewer in the week it began,
    or for its hard days with nothing logged); kept days beyond N do not hide a logged miss,
    which adds an occasion not kept. This week owes only what is logged yet."""
    first = max(since, today - timedelta(days=window - 1))
    if rule.cadence is Cadence.WEEKLY:
        kept = counted = 0
        for monday in _mondays(max(since, first - timedelta(days=6)), today):
            week = list(days(max(since, monday), min(monday + timedelta(days=6), today)))
            if monday + timedelta(days=6) < first and monday != week_start(today):
                continue  # ended before the window
            tallies_in = [tallies.get(day, _NOTHING) for day in week]
            done = min(rule.times_per_week, sum(t.kept for t in tallies_in if not t.missed))
            missed = sum(1 for t in tallies_in if t.missed)
            excused = sum(1 for day in week if day in skipped and day not in tallies)
            owed = 0 if monday == week_start(today) else max(0, min(rule.times_per_week, len(week)) - excused)
            kept += done
            counted += max(owed, done + missed)
        return kept / counted if counted else None
    return kept_rates(rule, tallies, skipped, since, today, (window,))[window]


def kept_rates(
    rule: Rule, tallies: Tallies, skipped: set[date], since: date, today: date, windows: Iterable[int]
) -> dict[int, float | None]:
    """`kept_rate` for each of these windows: for days, in one walk back from today (Charts
    asks three windows of every commitment)."""
    windows = sorted(set(windows))
    if rule.cadence is Cadence.WEEKLY:
        return {window: kept_rate(rule, tallies, skipped, since, today, window) for window in windows}
    rates: dict[int, float | None] = {}
    ends = iter(windows)
    end = next(ends)
    counted = kept = 0
    due = due_by_weekday(rule)
    walked = days(max(since, today - timedelta(days=windows[-1] - 1)), today)
    for back, day in enumerate(reversed(walked)):
        tally = tallies.get(day)
        if tally is None:  # an occasion missed, unless excused (today still open, a hard day)
            counted += day != today and due[day.weekday()] and day not in skipped
        elif tally.missed or due[day.weekday()]:
            counted += 1
            kept += tally.clean
        if back + 1 == end:
            rates[end] = kept / counted if counted else None
            end = next(ends, 0)
    return rates | {window: kept / counted if counted else None for window in windows if window not in rates}


@dataclass(frozen=True)
class KeptRate:
    """Kept against missed commitments over a stretch of days."""

    kept: int
    missed: int

    @property
    def total(self) -> int:
        return self.kept + self.missed

    @property
    def in_ten(self) -> int:
        """The rate as people say it: "9 in 10" (rounded half up)."""
        return (self.kept * 20 + self.total) // (self.total * 2) if self.total else 0

    @property
    def percent(self) -> int:
        return (self.kept * 200 + self.total) // (self.total * 2) if self.total else 0

    def better_than(self, other: KeptRate) -> bool:
        # Compared as fractions, so rounding never invents an improvement.
        return self.kept * other.total > other.kept * self.total


# --- Reading the tallies: the daily figures (models/stats.py), never entry by entry.


def daily_tallies(
    session: Session, lineage_ids: list[int], first: date | None, last: date
) -> dict[int, dict[date, DayTally]]:
    """Kept and missed per commitment per day, from `first` (None: the beginning) to `last`."""
    tallies: dict[int, dict[date, DayTally]] = {lineage_id: {} for lineage_id in lineage_ids}
    if not lineage_ids:
        return tallies
    window = {"lineage_ids": lineage_ids, "first": first or date.min, "last": last}
    for lineage_id, day, kept, missed in read(session, _TALLIES, window).all():
        tallies[lineage_id][day] = _new_tally(DayTally, (kept, missed))
    return tallies


# DayTally(kept, missed) without the named tuple's own __new__, half the cost: Charts makes hundreds.
_new_tally = tuple.__new__


def hard_days(session: Session, couple_id: int, first: date | None, last: date) -> dict[int, set[date]]:
    """The days each partner declared a hard day, from `first` (None: the beginning) to `last`."""
    found: dict[int, set[date]] = defaultdict(set)
    window = {"couple_id": couple_id, "first": first or date.min, "last": last}
    for partner_id, day in read(session, _HARD_DAYS, window).all():
        found[partner_id].add(day)
    return found


# Built once: a voice request reads them for every window of every streak.
_TALLIES = (
    select(DailyStat.lineage_id, DailyStat.local_date, func.sum(DailyStat.kept), func.sum(DailyStat.missed))
    .where(
        DailyStat.lineage_id.in_(bindparam("lineage_ids", expanding=True)),
        DailyStat.local_date.between(bindparam("first"), bindparam("last")),
        or_(DailyStat.kept > 0, DailyStat.missed > 0),
    )
    .group_by(DailyStat.lineage_id, DailyStat.local_date)
)
_HARD_DAYS = select(DailyStat.partner_id, DailyStat.local_date).where(
    DailyStat.couple_id == bindparam("couple_id"),
    DailyStat.hard_day > literal_column("0"),  # as written, not bound: ix_daily_stat_hard_days holds only these
    DailyStat.local_date.between(bindparam("first"), bindparam("last")),
)
