"""Milestones: thresholds reached by the couple, each stored once and celebrated once.

Detection is cheap on purpose: it runs after every log entry and every completed
check-in, so it uses SQL counts and short look-backs, never years of rows (a streak
is read a year at a time, as models.cadence reads it for every surface). After a log
entry it looks only for what that entry can reach (`celebrate(..., logged=entry)`): a
keep, its commitment's streak and the kept counts; any entry, what a week or a month
ending since the last look made true. A milestone already stored is never looked for
again, and the streaks a request already has (how are we doing) are not read twice.

A milestone is stored as a kind and its numbers; each interface words it
(`wording` says which phrase and with which values). A streak milestone whose run is
still going is told as that streak stands now (`celebrate`, `recent_told`), so
"what should we celebrate" never says 14 days in a row where "how are we doing" says 15.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .base import utcnow
from .cadence import KeptRate
from .entities import CheckIn, Couple, LogEntry, LogKind, Milestone, Partner
from .localtime import local_today, week_start
from .stat_entities import DailyStat, MonthlyStat
from .tracking import Streak, current_streaks

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
class _Candidate:
    key: str
    kind: Kind
    params: dict[str, Any]
    reached_on: date


def record_milestones(
    session: Session,
    who: Couple | Partner,
    now: datetime | None = None,
    *,
    streaks: Iterable[Streak] | None = None,
    logged: LogEntry | None = None,
) -> list[Milestone]:
    """Detect what the couple has reached and store what is new; returns the new ones.

    `streaks`: the current streaks, when the caller has them already (else they are read).
    `logged`: only what this entry, just written, can have reached is looked for.
    Safe to call as often as wanted: a milestone already stored (by this call or a
    concurrent one) is never stored or returned again.
    """
    couple = who.couple if isinstance(who, Partner) else who
    if not couple.partners:
        return []
    known = _known(session, couple.id)
    return _store(session, couple.id, _candidates(session, couple, now or utcnow(), known, streaks, logged), known)


def _known(session: Session, couple_id: int) -> dict[str, bool]:
    """Every key the couple reached (a few dozen at most), and whether it was celebrated:
    what is stored is never looked for again."""
    query = select(Milestone.key, Milestone.celebrated_at.is_not(None)).where(Milestone.couple_id == couple_id)
    return {key: bool(celebrated) for key, celebrated in session.execute(query)}


def _candidates(
    session: Session,
    couple: Couple,
    now: datetime,
    known: Collection[str],
    streaks: Iterable[Streak] | None,
    logged: LogEntry | None,
) -> list[_Candidate]:
    today = local_today(couple, now)
    kept = logged is None or logged.kind is LogKind.KEPT  # only a keep moves a streak or a kept count
    if kept and streaks is None:
        only = None if logged is None else _open_streaks(logged.lineage_id, known)
        streaks = current_streaks(session, couple.partners[0], now, only=only) if only is None or only else []
    return [
        *(_streaks(streaks or [], known) if kept else []),
        *(_kept_counts(session, couple.id, known) if kept else []),
        *_first_clean_week(session, couple.id, today, known),  # true once a week has ended
        *(_checkins_in_a_row(session, couple.id, today, known) if logged is None else []),
        *_better_month(session, couple.id, today, known),  # true once a month has ended
    ]


def _open_streaks(lineage_id: int | None, known: Collection[str]) -> set[int]:
    """The commitment whose streak a keep can lengthen, unless every threshold of it was reached."""
    if lineage_id is None or all(f"streak:{lineage_id}:{n}" in known for n in STREAK_THRESHOLDS):
        return set()
    return {lineage_id}


def _store(session: Session, couple_id: int, candidates: list[_Candidate], known: Collection[str]) -> list[Milestone]:
    new = []
    stored: set[str] = set()
    for candidate in candidates:
        if candidate.key in known or candidate.key in stored:
            continue
        milestone = Milestone(
            couple_id=couple_id,
            key=candidate.key,
            kind=candidate.kind,
            params=candidate.params,
            reached_on=candidate.reached_on,
        )
        try:
            # A concurrent request may have stored the same key a moment ago.
            with session.begin_nested():
                session.add(milestone)
        except IntegrityError:
            continue
        stored.add(candidate.key)
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


def celebrate(
    session: Session,
    partner: Partner,
    now: datetime | None = None,
    *,
    streaks: Iterable[Streak] | None = None,
    logged: LogEntry | None = None,
) -> list[Milestone]:
    """What the couple has newly reached, oldest first, marked so it is celebrated only once,
    and told as it stands (a streak still going: at its length now).

    Called right after a log (by voice or on the site: `logged`, the entry) and at the next
    launch; `streaks` as for record_milestones.
    """
    now = now or utcnow()
    streaks = list(streaks) if streaks is not None else None
    known = _known(session, partner.couple_id)
    candidates = _candidates(session, partner.couple, now, known, streaks, logged)
    new = _store(session, partner.couple_id, candidates, known)
    if not new and all(known.values()):
        return []  # nothing new, nothing waiting: no more queries
    fresh = uncelebrated(session, partner.couple_id)
    mark_celebrated(session, partner.couple_id, [m.id for m in fresh], now)
    return _as_they_stand(session, partner, now, fresh, streaks)


def recent_told(session: Session, partner: Partner, limit: int, now: datetime | None = None) -> list[Milestone]:
    """The couple's latest milestones, newest first, told as they stand (see `celebrate`)."""
    return _as_they_stand(session, partner, now or utcnow(), recent(session, partner.couple_id, limit), None)


def _as_they_stand(
    session: Session, partner: Partner, now: datetime, found: list[Milestone], streaks: list[Streak] | None
) -> list[Milestone]:
    """`found`, with each streak milestone whose run is still going told at the streak's length
    now, once per commitment (by its highest threshold); stored milestones are not changed."""
    lineages = {m.params["lineage_id"] for m in found if m.kind == Kind.STREAK}
    if not lineages:
        return found
    have = {s.commitment.lineage_id: s for s in streaks or [] if s.commitment.lineage_id in lineages}
    if lineages - have.keys():
        have |= {
            s.commitment.lineage_id: s for s in current_streaks(session, partner, now, only=lineages - have.keys())
        }
    going = [m for m in found if m.kind == Kind.STREAK and _still_going(m, have)]
    highest = {m.params["lineage_id"]: m for m in sorted(going, key=lambda m: m.params["count"])}
    told = []
    for milestone in found:
        if milestone not in going:
            told.append(milestone)
        elif highest[milestone.params["lineage_id"]] is milestone:
            told.append(_told_at(milestone, have[milestone.params["lineage_id"]].length))
    return told


def _still_going(milestone: Milestone, streaks: dict[int, Streak]) -> bool:
    streak = streaks.get(milestone.params["lineage_id"])
    return streak is not None and milestone.reached_on in streak.counted and streak.length >= milestone.params["count"]


def _told_at(milestone: Milestone, length: int) -> Milestone:
    """A copy of a streak milestone at the streak's length now, never added to the session."""
    return Milestone(
        couple_id=milestone.couple_id,
        key=milestone.key,
        kind=milestone.kind,
        params={**milestone.params, "count": length},
        reached_on=milestone.reached_on,
        celebrated_at=milestone.celebrated_at,
    )


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


def wording(milestone: Milestone) -> tuple[str, dict[str, Any]]:
    """The phrase that tells this milestone, and the values it is told with. The words
    themselves are each interface's, per language (skill/speech.py, web/filters.py)."""
    params = milestone.params
    match milestone.kind:
        case Kind.STREAK:
            return f"streak_{params['unit']}", {"count": params["count"], "name": params["name"]}
        case Kind.KEPT_COUNT:
            return f"kept_count_{params['count']}", {"count": params["count"]}
        case Kind.FIRST_CLEAN_WEEK:
            return "first_clean_week", {"kept": params["kept"], "week_of": date.fromisoformat(params["week_of"])}
        case Kind.CHECKINS_IN_A_ROW:
            return "checkins_in_a_row", {"count": params["count"]}
        case Kind.BETTER_MONTH:
            month = date.fromisoformat(f"{params['month']}-01")
            scale = "in_ten" if params["out_of"] == 10 else "percent"
            values = {"month": month, "before": _month_before(month), "now": params["now"], "then": params["then"]}
            return f"better_month_{scale}", values
    return "other", {"text": params.get("text", "")}


def _name(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_NAME:
        text = text[: MAX_NAME - 1].rstrip() + "…"
    return text


def _streaks(streaks: Iterable[Streak], known: Collection[str]) -> list[_Candidate]:
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
                found.append(_Candidate(key, Kind.STREAK, params, streak.counted[threshold - 1]))
    return found


def _kept_counts(session: Session, couple_id: int, known: Collection[str]) -> list[_Candidate]:
    """Each kept-count threshold reached, dated by the day of the Nth kept entry (not the
    day it was noticed): one query, one OFFSET look-up per threshold along the
    (couple, local date) index."""

    if all(f"kept:{n}" in known for n in KEPT_THRESHOLDS):
        return []  # all reached long ago: nothing to look up

    def nth_kept_day(n: int) -> Any:
        return (
            select(LogEntry.local_date)
            .where(LogEntry.couple_id == couple_id, LogEntry.kind == LogKind.KEPT, LogEntry.disputed_at.is_(None))
            .order_by(LogEntry.local_date, LogEntry.created_at, LogEntry.id)
            .offset(n - 1)
            .limit(1)
            .scalar_subquery()
        )

    days = session.execute(select(*(nth_kept_day(n) for n in KEPT_THRESHOLDS))).one()
    return [
        _Candidate(f"kept:{n}", Kind.KEPT_COUNT, {"count": n}, day)
        for n, day in zip(KEPT_THRESHOLDS, days, strict=True)
        if day is not None
    ]


def _first_clean_week(session: Session, couple_id: int, today: date, known: Collection[str]) -> list[_Candidate]:
    """The first finished Monday-to-Sunday week with something kept and no lapse."""
    if "clean-week:first" in known:
        return []  # already found: skip the query below
    this_monday = week_start(today)
    first = this_monday - timedelta(weeks=CLEAN_WEEK_LOOKBACK)
    rows = session.execute(
        select(DailyStat.local_date, func.sum(DailyStat.kept), func.sum(DailyStat.missed + DailyStat.breach))
        .where(DailyStat.couple_id == couple_id, DailyStat.local_date >= first, DailyStat.local_date < this_monday)
        .group_by(DailyStat.local_date)
    )
    kept: dict[date, int] = defaultdict(int)
    lapses: dict[date, int] = defaultdict(int)
    for day, kept_that_day, lapsed_that_day in rows:
        kept[week_start(day)] += kept_that_day or 0
        lapses[week_start(day)] += lapsed_that_day or 0
    for monday in sorted(kept):
        if kept[monday] and not lapses[monday]:
            params = {"week_of": monday.isoformat(), "kept": kept[monday]}
            return [_Candidate("clean-week:first", Kind.FIRST_CLEAN_WEEK, params, monday + timedelta(days=6))]
    return []


def _checkins_in_a_row(session: Session, couple_id: int, today: date, known: Collection[str]) -> list[_Candidate]:
    if f"checkins:{CHECKIN_STREAK}" in known:
        return []
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
            key = f"checkins:{CHECKIN_STREAK}"
            return [_Candidate(key, Kind.CHECKINS_IN_A_ROW, {"count": CHECKIN_STREAK}, today)]
    return []


def _month_before(first_of_month: date) -> date:
    return (first_of_month - timedelta(days=1)).replace(day=1)


def _better_month(session: Session, couple_id: int, today: date, known: Collection[str]) -> list[_Candidate]:
    """The last finished month, when its kept rate beat the month before it (one look at the
    two months' figures, none once it was found)."""
    this_month = today.replace(day=1)
    last_month = _month_before(this_month)
    key = f"better-month:{last_month:%Y-%m}"
    if key in known:
        return []
    month_before = _month_before(last_month)
    rates = {
        month: KeptRate(int(kept), int(missed))
        for month, kept, missed in session.execute(
            select(MonthlyStat.month, func.sum(MonthlyStat.kept), func.sum(MonthlyStat.missed))
            .where(MonthlyStat.couple_id == couple_id, MonthlyStat.month.in_((month_before, last_month)))
            .group_by(MonthlyStat.month)
        )
    }
    then, now = rates.get(month_before, KeptRate(0, 0)), rates.get(last_month, KeptRate(0, 0))
    if min(then.total, now.total) < MIN_ENTRIES_PER_MONTH or not now.better_than(then):
        return []
    # Told as "N in 10" when that shows the difference, else in percent: never "6 in 10, up from 6 in 10".
    out_of = 10 if now.in_ten != then.in_ten else 100
    params = {
        "month": f"{last_month:%Y-%m}",
        "now": now.in_ten if out_of == 10 else now.percent,
        "then": then.in_ten if out_of == 10 else then.percent,
        "out_of": out_of,
    }
    return [_Candidate(key, Kind.BETTER_MONTH, params, this_month - timedelta(days=1))]
