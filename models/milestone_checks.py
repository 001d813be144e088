"""What counts as a milestone, and how each one is looked for: cheap on purpose (SQL counts
and short look-backs, never years of rows), and not at all once it was reached. Storing,
celebrating and telling them is models.milestones'.
"""

from __future__ import annotations

import enum
import functools
import zlib
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from . import milestone_reads
from .cadence import KeptRate, Rule
from .db import read, upsert_insert
from .entities import CheckIn, Contract, ContractItem, ContractVersion, Couple
from .figure_lock import hold_figures
from .localtime import week_start
from .milestone_reads import KEPT_THRESHOLDS, kept_key
from .stat_entities import DailyStat, MilestoneLook, MonthlyStat
from .tracking import Streak

STREAK_THRESHOLDS = (3, 7, 14, 30)
CHECKIN_STREAK = 4
# A month's rate is only compared when both months have this many kept-or-missed entries:
# "1 in 1 beat 0 in 1" would not be an honest celebration.
MIN_ENTRIES_PER_MONTH = 5
# A first clean week is looked for among the last few finished weeks; detection runs
# often enough that an older one would already have been found.
CLEAN_WEEK_LOOKBACK = 8
CHECKIN_LOOKBACK_WEEKS = 12
MAX_NAME = 80


class Kind(enum.StrEnum):
    """What a milestone is; its numbers are in `Milestone.params`."""

    STREAK = "streak"  # lineage_id, name, count, unit ("day" or "week")
    KEPT_COUNT = "kept_count"  # count
    FIRST_CLEAN_WEEK = "first_clean_week"  # week_of (the Monday, ISO), kept
    CHECKINS_IN_A_ROW = "checkins_in_a_row"  # count
    BETTER_MONTH = "better_month"  # month ("2026-10"), now, then, out_of (10 or 100)
    OTHER = "other"  # text: an old milestone whose sentence could not be read back


@dataclass(frozen=True)
class Candidate:
    key: str
    kind: Kind
    params: dict[str, Any]
    reached_on: date


def _name(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_NAME:
        text = text[: MAX_NAME - 1].rstrip() + "…"
    return text


def streaks_reached(streaks: Iterable[Streak], known: Collection[str]) -> list[Candidate]:
    """Each streak threshold reached and not stored yet, dated by the day (or week) that reached it."""
    found = []
    for streak in streaks:
        for threshold in STREAK_THRESHOLDS:
            key = f"streak:{streak.commitment.lineage_id}:{threshold}"
            if streak.length >= threshold and key not in known:
                params = {
                    "lineage_id": streak.commitment.lineage_id,
                    "name": _name(streak.commitment.spoken_name),
                    "count": threshold,
                    "unit": streak.unit,
                }
                found.append(Candidate(key, Kind.STREAK, params, streak.counted[threshold - 1]))
    return found


def _wait_prefix(lineage_id: int) -> str:
    return f"wait:streak:{lineage_id}:"


def _rule_mark(item: ContractItem) -> str:
    """What the commitment's streak is counted by (cadence, days, times, owner), in 8 characters:
    a wait stored under another rule says nothing about this one."""
    rule = Rule.of(item)
    signature = f"{rule.cadence.value}|{sorted(rule.weekdays)}|{rule.times_per_week}|{item.owner_id}"
    return f"{zlib.crc32(signature.encode()):08x}"


def streak_waits(item: ContractItem, day: date, known: Collection[str]) -> bool:
    """Whether a keep of `item` on `day` cannot reach its next streak threshold: a wait stored by
    an earlier look (`remember_streak_wait`) says not before a later day, under the same rule, and
    the keep is not dated before that look's day (one dated earlier may join two runs)."""
    prefix = _wait_prefix(item.lineage_id)
    for key in known:
        if key.startswith(prefix):
            looked, until, rule = key.removeprefix(prefix).split(":")
            return rule == _rule_mark(item) and date.fromisoformat(looked) <= day < date.fromisoformat(until)
    return False


def streak_reachable_on(streak: Streak, day: date) -> date | None:
    """The earliest day the streak can reach its next threshold, looked at on `day`; None when
    every threshold is reached. Each further unit is a day (or week) of its own, not before `day`
    (or its week) and after the last one counted: a streak of N needs N of them."""
    needed = [n - streak.length for n in STREAK_THRESHOLDS if n > streak.length]
    if not needed:
        return None
    last = streak.counted[-1] if streak.counted else None
    if streak.unit == "week":
        start = week_start(day)
        if last is not None and week_start(last) >= start:
            start = week_start(last) + timedelta(weeks=1)
        return start + timedelta(weeks=needed[0] - 1)
    start = max(day, last + timedelta(days=1)) if last is not None else day
    return start + timedelta(days=needed[0] - 1)


def remember_streak_wait(session: Session, couple_id: int, streak: Streak, day: date) -> None:
    """Store, from a look made on `day`, the day before which a keep of this commitment reads
    nothing for its streak; models.stats deletes it when a day up to `day` changes."""
    until = streak_reachable_on(streak, day)
    if until is None:
        return
    lineage_id = streak.commitment.lineage_id
    key = f"{_wait_prefix(lineage_id)}{day}:{until}:{_rule_mark(streak.commitment)}"
    _remember_look(session, couple_id, f"streak:{lineage_id}", key, day + timedelta(days=1))


def kept_counts(known: Collection[str], days: tuple[date | None, ...]) -> list[Candidate]:
    """Each kept-count threshold reached, dated by the day of the Nth kept entry (not the day it
    was noticed): `days`, read with the known keys (models/milestone_reads.py), one OFFSET
    look-up per threshold not yet stored, along the (couple, local date) index."""
    return [
        Candidate(kept_key(n), Kind.KEPT_COUNT, {"count": n}, day)
        for n, day in zip(KEPT_THRESHOLDS, days, strict=True)
        if day is not None and kept_key(n) not in known
    ]


def first_agreed_monday(session: Session, couple_id: int) -> date | None:
    """The first Monday whose whole week the couple had an agreed contract for, every due day of it
    (the day a version was first agreed, in the couple's time zone, counts); None before any was agreed.
    A week before it is no clean week, however little was logged in it (tester-voice48: a couple made
    today heard "your first full week without a lapse" for one keep logged for yesterday)."""
    agreed, zone = session.execute(_FIRST_AGREED, {"couple_id": couple_id}).one()
    if agreed is None:
        return None
    day = agreed.astimezone(ZoneInfo(zone)).date()
    monday = week_start(day)
    return monday if monday == day else monday + timedelta(weeks=1)


_FIRST_AGREED = (
    select(func.min(ContractVersion.agreed_at), Couple.timezone)
    .select_from(Couple)
    .outerjoin(Contract, Contract.couple_id == Couple.id)
    .outerjoin(ContractVersion, (ContractVersion.contract_id == Contract.id) & ContractVersion.agreed_at.is_not(None))
    .where(Couple.id == bindparam("couple_id"))
    .group_by(Couple.timezone)
)


def first_clean_week(session: Session, couple_id: int, today: date, known: Collection[str]) -> list[Candidate]:
    """The first finished Monday-to-Sunday week under an agreed contract with something kept and no lapse."""
    this_monday = week_start(today)
    looked = f"looked:clean-week:{this_monday}"
    if "clean-week:first" in known or looked in known:
        return []  # already found, or looked for since the week began: skip the query below
    hold_figures(session, [couple_id])  # a look is stored from what it reads (models/figure_lock.py)
    agreed_from = first_agreed_monday(session, couple_id)
    first = this_monday - timedelta(weeks=CLEAN_WEEK_LOOKBACK)
    first = max(first, agreed_from) if agreed_from is not None else this_monday  # none agreed: no week counts
    rows = read(session, _WEEKS, {"couple_id": couple_id, "first": first, "monday": this_monday}).all()
    kept: dict[date, int] = defaultdict(int)
    lapses: dict[date, int] = defaultdict(int)
    for day, kept_that_day, lapsed_that_day in rows:
        monday = week_start(day)
        kept[monday] += kept_that_day or 0
        lapses[monday] += lapsed_that_day or 0
    for monday in sorted(kept):
        if kept[monday] and not lapses[monday]:
            params = {"week_of": monday.isoformat(), "kept": kept[monday]}
            return [Candidate("clean-week:first", Kind.FIRST_CLEAN_WEEK, params, monday + timedelta(days=6))]
    _remember_look(session, couple_id, "clean-week", looked, this_monday)
    return []


_WEEKS = (
    select(DailyStat.local_date, func.sum(DailyStat.kept), func.sum(DailyStat.missed + DailyStat.breach))
    .where(
        DailyStat.couple_id == bindparam("couple_id"),
        DailyStat.local_date >= bindparam("first"),
        DailyStat.local_date < bindparam("monday"),
    )
    .group_by(DailyStat.local_date)
)


def checkins_in_a_row(session: Session, couple_id: int, today: date, known: Collection[str]) -> list[Candidate]:
    if f"checkins:{CHECKIN_STREAK}" in known:
        return []
    since = week_start(today) - timedelta(weeks=CHECKIN_LOOKBACK_WEEKS)
    weeks = sorted(read(session, _COMPLETED_WEEKS, {"couple_id": couple_id, "since": since}).scalars())
    run = 0
    for previous, monday in zip([None, *weeks], weeks, strict=False):
        run = run + 1 if previous is not None and monday - previous == timedelta(weeks=1) else 1
        if run >= CHECKIN_STREAK:
            key = f"checkins:{CHECKIN_STREAK}"
            return [Candidate(key, Kind.CHECKINS_IN_A_ROW, {"count": CHECKIN_STREAK}, today)]
    return []


_COMPLETED_WEEKS = select(CheckIn.week_start).where(
    CheckIn.couple_id == bindparam("couple_id"),
    CheckIn.completed_at.is_not(None),
    CheckIn.week_start >= bindparam("since"),
)


def month_before(first_of_month: date) -> date:
    return (first_of_month - timedelta(days=1)).replace(day=1)


def better_month(session: Session, couple_id: int, today: date, known: Collection[str]) -> list[Candidate]:
    """The last finished month, when its kept rate beat the month before it (one look at the
    two months' figures, none once it was found)."""
    this_month = today.replace(day=1)
    last_month = month_before(this_month)
    key = f"better-month:{last_month:%Y-%m}"
    if key in known or f"looked:{key}" in known:
        return []  # found, or looked for since the month ended
    hold_figures(session, [couple_id])  # a look is stored from what it reads (models/figure_lock.py)
    then, now = month_rates(session, couple_id, last_month)
    if not beats(now, then):
        _remember_look(session, couple_id, "better-month", f"looked:{key}", this_month)
        return []
    # Told as "N in 10" when that shows the difference, else in percent: never "6 in 10, up from 6 in 10".
    out_of = 10 if now.in_ten != then.in_ten else 100
    params = {
        "month": f"{last_month:%Y-%m}",
        "now": now.in_ten if out_of == 10 else now.percent,
        "then": then.in_ten if out_of == 10 else then.percent,
        "out_of": out_of,
    }
    return [Candidate(key, Kind.BETTER_MONTH, params, this_month - timedelta(days=1))]


def month_rates(session: Session, couple_id: int, month: date) -> tuple[KeptRate, KeptRate]:
    """The couple's kept rate of the month before `month` (a first of the month), and of `month`."""
    earlier = month_before(month)
    months = {"couple_id": couple_id, "months": [earlier, month]}
    rates = {first: KeptRate(int(kept), int(missed)) for first, kept, missed in read(session, _MONTHS, months)}
    return rates.get(earlier, KeptRate(0, 0)), rates.get(month, KeptRate(0, 0))


def beats(now: KeptRate, then: KeptRate) -> bool:
    """A better month: both months have enough entries to compare, and the later one's rate is higher."""
    return min(then.total, now.total) >= MIN_ENTRIES_PER_MONTH and now.better_than(then)


_MONTHS = (
    select(MonthlyStat.month, func.sum(MonthlyStat.kept), func.sum(MonthlyStat.missed))
    .where(MonthlyStat.couple_id == bindparam("couple_id"), MonthlyStat.month.in_(bindparam("months", expanding=True)))
    .group_by(MonthlyStat.month)
)


def _remember_look(session: Session, couple_id: int, look: str, key: str, through: date) -> None:
    """A look that found nothing, kept until the figures of a day before `through` change
    (models.stats deletes it then): models.milestones reads `key` among the known keys."""
    milestone_reads.drop(session)
    row = {"couple_id": couple_id, "look": look, "key": key, "through": through}
    session.connection().execute(_look_upsert(session.get_bind().dialect.name), row)


@functools.cache
def _look_upsert(dialect: str) -> Any:
    table = MilestoneLook.__table__
    insert = upsert_insert(dialect)(table)
    return insert.on_conflict_do_update(
        index_elements=["couple_id", "look"], set_={"key": insert.excluded.key, "through": insert.excluded.through}
    )
