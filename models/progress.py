"""How the couple is doing: this week against last, current streaks, and the long arc.

The numbers live here; the wording ("over the last three months, kept promises rose
from 6 in 10 to 9 in 10") belongs to each interface.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from .base import utcnow
from .cadence import KeptRate
from .db import read
from .entities import Partner
from .localtime import local_today, week_start
from .stat_entities import DailyStat
from .tracking import Streak, current_streaks, loggable_commitments

# The long arc compares a recent stretch with the same stretch about three months back.
WINDOW_DAYS = 28
ARC_DAYS = 91
# Fewer kept-or-missed entries than this in a stretch say nothing honest about a rate.
MIN_ENTRIES = 5
# Below this much history there is no arc to speak of yet.
MIN_ARC_DAYS = 5 * 7


@dataclass(frozen=True)
class Arc:
    then: KeptRate  # the first stretch
    now: KeptRate  # the latest stretch, ending today
    since: date  # the first day of the first stretch
    weeks: int  # how far back the first stretch starts: 13 means "three months"

    @property
    def direction(self) -> str:
        """ "rose", "fell" or "held", judged on the rounded "N in 10" people hear."""
        if self.now.in_ten > self.then.in_ten:
            return "rose"
        if self.now.in_ten < self.then.in_ten:
            return "fell"
        return "held"


@dataclass(frozen=True)
class Progress:
    this_week: KeptRate  # Monday to today
    last_week: KeptRate  # the whole of last week
    last_week_so_far: KeptRate  # last week's Monday to the same weekday as today: the fair comparison
    week_start: date  # this week's Monday
    streaks: list[Streak]  # every active commitment's current streak, in contract order
    arc: Arc | None  # None until there is enough history to compare
    moments: int = 0  # this week's moments of reliability and small wins: activity that is not a promise


class CoupleDay(NamedTuple):
    """The couple's kept and missed entries on one day, and its moments of reliability and small
    wins (a tuple: "how are we doing" reads up to 17 weeks of them a request)."""

    kept: int = 0
    missed: int = 0
    moments: int = 0


def couple_days(session: Session, couple_id: int, first: date, last: date) -> dict[date, CoupleDay]:
    """The couple's figures per day between two local dates (both included; days with nothing
    logged left out), from the daily figures: one read for everything "how are we doing" compares."""
    rows = read(session, _COUPLE_DAYS, {"couple_id": couple_id, "first": first, "last": last}).all()
    return {row[0]: _new_day(CoupleDay, row[1:]) for row in rows}


# CoupleDay(kept, missed, moments) without the named tuple's own __new__ (the sums are ints on both databases).
_new_day = tuple.__new__


_COUPLE_DAYS = (
    select(
        DailyStat.local_date,
        func.sum(DailyStat.kept),
        func.sum(DailyStat.missed),
        func.sum(DailyStat.reliability + DailyStat.small_win),
    )
    .where(
        DailyStat.couple_id == bindparam("couple_id"),
        DailyStat.local_date.between(bindparam("first"), bindparam("last")),
    )
    .group_by(DailyStat.local_date)
)
# One partner's figures per day: what they logged themselves ("how am I doing").
_PARTNER_DAYS = _COUPLE_DAYS.where(DailyStat.partner_id == bindparam("partner_id"))


def _partner_days(session: Session, partner: Partner, first: date, last: date) -> dict[date, CoupleDay]:
    """`couple_days` of what this partner logged alone."""
    params = {"couple_id": partner.couple_id, "partner_id": partner.id, "first": first, "last": last}
    return {row[0]: _new_day(CoupleDay, row[1:]) for row in read(session, _PARTNER_DAYS, params).all()}


def couple_rate(days: Mapping[date, CoupleDay], first: date, last: date) -> KeptRate:
    """The couple's kept and missed entries between two local dates (both included), from
    `couple_days` read over at least that stretch."""
    within = [figures for day, figures in days.items() if first <= day <= last]
    return KeptRate(sum(f.kept for f in within), sum(f.missed for f in within))


def progress(session: Session, partner: Partner, now: datetime | None = None, *, own: bool = False) -> Progress:
    """The couple's figures ("how are we doing"); with `own`, the partner's alone ("how am I doing"):
    the entries they logged, and the streaks of the promises they may keep (their own and shared ones,
    tracking.loggable_commitments: who may log what)."""
    now = now or utcnow()
    today = local_today(partner.couple, now)
    monday = week_start(today)
    first = today - timedelta(days=ARC_DAYS + WINDOW_DAYS)
    days = (
        _partner_days(session, partner, first, today) if own else couple_days(session, partner.couple_id, first, today)
    )
    only = {c.lineage_id for c in loggable_commitments(session, partner)} if own else None
    return Progress(
        this_week=couple_rate(days, monday, today),
        last_week=couple_rate(days, monday - timedelta(days=7), monday - timedelta(days=1)),
        last_week_so_far=couple_rate(days, monday - timedelta(days=7), today - timedelta(days=7)),
        week_start=monday,
        streaks=current_streaks(session, partner, now, only=only),
        arc=_arc(days, today),
        moments=sum(figures.moments for day, figures in days.items() if day >= monday),
    )


def long_arc(session: Session, couple_id: int, today: date) -> Arc | None:
    """The kept rate of the last four weeks against four weeks about three months ago.

    A couple with less history compares with their first four weeks instead, as long
    as the two stretches do not overlap.
    """
    return _arc(couple_days(session, couple_id, today - timedelta(days=ARC_DAYS + WINDOW_DAYS), today), today)


def _arc(days: Mapping[date, CoupleDay], today: date) -> Arc | None:
    """The long arc from the couple's days since ARC_DAYS + WINDOW_DAYS before today."""
    recent_start = today - timedelta(days=WINDOW_DAYS - 1)
    first_day = min((day for day, figures in days.items() if figures.kept + figures.missed), default=None)
    if first_day is None:
        return None
    since = max(first_day, today - timedelta(days=ARC_DAYS))
    if (today - since).days < MIN_ARC_DAYS:
        return None
    then_end = min(since + timedelta(days=WINDOW_DAYS - 1), recent_start - timedelta(days=1))
    then = couple_rate(days, since, then_end)
    recent = couple_rate(days, recent_start, today)
    if min(then.total, recent.total) < MIN_ENTRIES:
        return None
    return Arc(then=then, now=recent, since=since, weeks=round((today - since).days / 7))
