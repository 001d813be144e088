"""Milestones: thresholds reached by the couple, each stored once and celebrated once.

Detection is cheap on purpose: it runs after every log entry and every completed
check-in, so it uses SQL counts and short look-backs, never years of rows.
"""

from __future__ import annotations

from calendar import month_name
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, case, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .base import utcnow
from .entities import Cadence, CheckIn, Couple, LogEntry, LogKind, Milestone, Partner
from .localtime import local_today, week_start
from .tracking import KeptRate, Streak, current_streaks, kept_rate

STREAK_THRESHOLDS = (3, 7, 14, 30)
KEPT_THRESHOLDS = (10, 25, 50, 100)
CHECKIN_STREAK = 4
# A month's rate is only compared when both months have this many kept-or-missed entries:
# "1 in 1 beat 0 in 1" would not be an honest celebration.
MIN_ENTRIES_PER_MONTH = 5
# A first clean week is looked for among the last few finished weeks; detection runs
# often enough that an older one would already have been found.
CLEAN_WEEK_LOOKBACK = 8
CHECKIN_LOOKBACK_WEEKS = 12
# Long enough to see the longest streak threshold, in days or in weeks.
STREAK_LOOKBACK_DAYS = 7 * (max(STREAK_THRESHOLDS) + 1)
MAX_NAME_IN_DESCRIPTION = 80
LAPSE_KINDS = (LogKind.MISSED, LogKind.BREACH)


@dataclass(frozen=True)
class _Candidate:
    key: str
    description: str
    reached_on: date


def record_milestones(session: Session, who: Couple | Partner, now: datetime | None = None) -> list[Milestone]:
    """Detect what the couple has reached and store what is new; returns the new ones.

    Safe to call as often as wanted: a milestone already stored (by this call or a
    concurrent one) is never stored or returned again.
    """
    couple = who.couple if isinstance(who, Partner) else who
    if not couple.partners:
        return []
    now = now or utcnow()
    today = local_today(couple, now)
    candidates = [
        *_streaks(session, couple.partners[0], now, today),
        *_kept_counts(session, couple.id, today),
        *_first_clean_week(session, couple.id, today),
        *_checkins_in_a_row(session, couple.id, today),
        *_better_month(session, couple.id, today),
    ]
    if not candidates:
        return []
    known = set(
        session.scalars(
            select(Milestone.key).where(
                Milestone.couple_id == couple.id, Milestone.key.in_([c.key for c in candidates])
            )
        )
    )
    new = []
    for candidate in candidates:
        if candidate.key in known:
            continue
        milestone = Milestone(
            couple_id=couple.id,
            key=candidate.key,
            description=candidate.description,
            reached_on=candidate.reached_on,
        )
        try:
            # A concurrent request may have stored the same key a moment ago.
            with session.begin_nested():
                session.add(milestone)
        except IntegrityError:
            continue
        known.add(candidate.key)
        new.append(milestone)
    return new


def uncelebrated(session: Session, couple_id: int) -> list[Milestone]:
    """Milestones not yet celebrated, oldest first."""
    return list(
        session.scalars(
            select(Milestone)
            .where(Milestone.couple_id == couple_id, Milestone.celebrated_at.is_(None))
            .order_by(Milestone.reached_on, Milestone.id)
        )
    )


def mark_celebrated(session: Session, couple_id: int, milestone_ids: list[int], now: datetime | None = None) -> int:
    """Mark these milestones (of this couple only) as celebrated; returns how many changed."""
    if not milestone_ids:
        return 0
    statement = (
        update(Milestone)
        .where(
            Milestone.couple_id == couple_id,
            Milestone.id.in_(milestone_ids),
            Milestone.celebrated_at.is_(None),
        )
        .values(celebrated_at=now or utcnow())
    )
    result = cast(CursorResult[Any], session.execute(statement))
    session.flush()
    return result.rowcount


def celebrate(session: Session, partner: Partner, now: datetime | None = None) -> list[Milestone]:
    """What the couple has newly reached, oldest first, marked so it is celebrated only once.

    Called right after a log (by voice or on the site) and at the next launch.
    """
    now = now or utcnow()
    record_milestones(session, partner, now)
    fresh = uncelebrated(session, partner.couple_id)
    mark_celebrated(session, partner.couple_id, [m.id for m in fresh], now)
    return fresh


def recent(session: Session, couple_id: int, limit: int = 5) -> list[Milestone]:
    """The couple's latest milestones, newest first, celebrated or not."""
    return list(
        session.scalars(
            select(Milestone)
            .where(Milestone.couple_id == couple_id)
            .order_by(Milestone.reached_on.desc(), Milestone.id.desc())
            .limit(limit)
        )
    )


def _name(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_NAME_IN_DESCRIPTION:
        text = text[: MAX_NAME_IN_DESCRIPTION - 1].rstrip() + "…"
    return text


def _streaks(session: Session, partner: Partner, now: datetime, today: date) -> list[_Candidate]:
    reached = [
        streak
        for streak in current_streaks(session, partner, now, horizon_days=STREAK_LOOKBACK_DAYS)
        if streak.length >= min(STREAK_THRESHOLDS)
    ]
    kept_today = _kept_today(session, [s.commitment.lineage_id for s in reached if s.unit == "day"], today)
    found = []
    for streak in reached:
        name = _name(streak.commitment.spoken_name)
        for threshold in STREAK_THRESHOLDS:
            if streak.length >= threshold:
                unit = "days" if streak.unit == "day" else "weeks"
                found.append(
                    _Candidate(
                        f"streak:{streak.commitment.lineage_id}:{threshold}",
                        f"{threshold} {unit} in a row of keeping “{name}”. That is what steady looks like.",
                        _streak_reached_on(streak, threshold, today, kept_today),
                    )
                )
    return found


def _kept_today(session: Session, lineage_ids: list[int], today: date) -> set[int]:
    """Which of these commitments were kept today (one query, none when there are none)."""
    if not lineage_ids:
        return set()
    return {
        lineage_id
        for lineage_id in session.scalars(
            select(LogEntry.lineage_id).where(
                LogEntry.lineage_id.in_(lineage_ids),
                LogEntry.kind == LogKind.KEPT,
                LogEntry.local_date == today,
            )
        )
        if lineage_id is not None
    }


def _streak_reached_on(streak: Streak, threshold: int, today: date, kept_today: set[int]) -> date:
    """The day a streak first reached `threshold`: its threshold-th counted day.

    A streak in days is a run of due days, each kept, ending today when today is kept
    and otherwise on the due day before (models.tracking._streak), so that day is found
    by counting due days back from the end. A streak in weeks is dated the day it is
    noticed: which day of that week the last time was kept is not known without reading
    the week. (A streak longer than the look-back is counted from the look-back's start,
    so its date can only be later than the true one; detection runs after every log, so
    milestones are found long before that.)
    """
    if streak.unit != "day":
        return today
    item = streak.commitment

    def due(day: date) -> bool:
        return item.cadence is not Cadence.WEEKDAYS or str(day.weekday()) in item.weekdays

    def due_before(day: date) -> date:
        for back in range(1, 8):
            if due(day - timedelta(days=back)):
                return day - timedelta(days=back)
        return day - timedelta(days=1)  # no day is due: cannot happen with a streak

    day = today if due(today) and item.lineage_id in kept_today else due_before(today)
    for _ in range(streak.length - threshold):
        day = due_before(day)
    return day


_KEPT_WORDS = {
    10: "Ten promises kept: the first real stretch of the road.",
    25: "25 promises kept. Each one was a small proof, and they add up.",
    50: "50 promises kept together. That is a track record now.",
    100: "100 promises kept. A hundred times you did what you said you would.",
}


def _kept_counts(session: Session, couple_id: int, today: date) -> list[_Candidate]:
    """Each kept-count threshold reached, dated by the day of the Nth kept entry (not the
    day it was noticed): one query, one OFFSET look-up per threshold along the
    (couple, local date) index."""

    def nth_kept_day(n: int) -> Any:
        return (
            select(LogEntry.local_date)
            .where(LogEntry.couple_id == couple_id, LogEntry.kind == LogKind.KEPT)
            .order_by(LogEntry.local_date, LogEntry.created_at, LogEntry.id)
            .offset(n - 1)
            .limit(1)
            .scalar_subquery()
        )

    days = session.execute(select(*(nth_kept_day(n) for n in KEPT_THRESHOLDS))).one()
    return [
        _Candidate(f"kept:{n}", _KEPT_WORDS[n], day)
        for n, day in zip(KEPT_THRESHOLDS, days, strict=True)
        if day is not None
    ]


def _first_clean_week(session: Session, couple_id: int, today: date) -> list[_Candidate]:
    """The first finished Monday-to-Sunday week with something kept and no lapse."""
    if session.scalar(
        select(Milestone.id).where(Milestone.couple_id == couple_id, Milestone.key == "clean-week:first")
    ):
        return []  # already found: skip the query below
    this_monday = week_start(today)
    first = this_monday - timedelta(weeks=CLEAN_WEEK_LOOKBACK)
    rows = session.execute(
        select(
            LogEntry.local_date,
            func.sum(case((LogEntry.kind == LogKind.KEPT, 1), else_=0)),
            func.sum(case((LogEntry.kind.in_(LAPSE_KINDS), 1), else_=0)),
        )
        .where(
            LogEntry.couple_id == couple_id,
            LogEntry.local_date >= first,
            LogEntry.local_date < this_monday,
        )
        .group_by(LogEntry.local_date)
    )
    kept: dict[date, int] = defaultdict(int)
    lapses: dict[date, int] = defaultdict(int)
    for day, kept_that_day, lapsed_that_day in rows:
        kept[week_start(day)] += kept_that_day or 0
        lapses[week_start(day)] += lapsed_that_day or 0
    for monday in sorted(kept):
        if kept[monday] and not lapses[monday]:
            sunday = monday + timedelta(days=6)
            return [
                _Candidate(
                    "clean-week:first",
                    f"Your first full week without a lapse: {kept[monday]} promises kept "
                    f"and none missed, the week of {_day(monday)}.",
                    sunday,
                )
            ]
    return []


def _checkins_in_a_row(session: Session, couple_id: int, today: date) -> list[_Candidate]:
    since = week_start(today) - timedelta(weeks=CHECKIN_LOOKBACK_WEEKS)
    weeks = sorted(
        session.scalars(
            select(CheckIn.week_start).where(
                CheckIn.couple_id == couple_id,
                CheckIn.completed_at.is_not(None),
                CheckIn.week_start >= since,
            )
        )
    )
    run = 0
    for previous, monday in zip([None, *weeks], weeks, strict=False):
        run = run + 1 if previous is not None and monday - previous == timedelta(weeks=1) else 1
        if run >= CHECKIN_STREAK:
            return [
                _Candidate(
                    f"checkins:{CHECKIN_STREAK}",
                    f"{CHECKIN_STREAK} weekly check-ins in a row. You keep showing up for each other.",
                    today,
                )
            ]
    return []


def _month_before(first_of_month: date) -> date:
    return (first_of_month - timedelta(days=1)).replace(day=1)


def _better_month(session: Session, couple_id: int, today: date) -> list[_Candidate]:
    """The last finished month, when its kept rate beat the month before it."""
    this_month = today.replace(day=1)
    last_month = _month_before(this_month)
    month_before = _month_before(last_month)
    then = kept_rate(session, couple_id, month_before, last_month - timedelta(days=1))
    now = kept_rate(session, couple_id, last_month, this_month - timedelta(days=1))
    if min(then.total, now.total) < MIN_ENTRIES_PER_MONTH or not now.better_than(then):
        return []
    return [
        _Candidate(
            f"better-month:{last_month:%Y-%m}",
            _better_month_words(month_name[last_month.month], month_name[month_before.month], now, then),
            this_month - timedelta(days=1),
        )
    ]


def _better_month_words(month: str, before: str, now: KeptRate, then: KeptRate) -> str:
    if now.in_ten != then.in_ten:
        return f"{month} was better than {before}: you kept {now.in_ten} in 10 promises, up from {then.in_ten} in 10."
    return f"{month} was better than {before}: you kept {now.percent}% of your promises, up from {then.percent}%."


def _day(day: date) -> str:
    return f"{day:%B} {day.day}"
