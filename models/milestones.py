"""Milestones: thresholds reached by the couple, each stored once and celebrated once.

Detection is cheap on purpose (models/milestone_checks.py: what counts, and each look):
it runs after every log entry and every completed check-in, so it uses SQL counts and
short look-backs, never years of rows (a streak is read a year at a time, as
models.cadence reads it for every surface). After a log
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

from collections.abc import Collection, Iterable
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import milestone_reads
from .base import utcnow
from .contracts import active_commitments
from .entities import Couple, LogEntry, LogKind, Milestone, Partner
from .figure_lock import hold_figures
from .localtime import local_today
from .milestone_checks import (
    KEPT_THRESHOLDS,
    STREAK_THRESHOLDS,
    Candidate,
    Kind,
    better_month,
    checkins_in_a_row,
    first_clean_week,
    kept_counts,
    month_before,
    remember_streak_wait,
    streak_waits,
    streaks_reached,
)
from .tracking import Streak, current_streaks

# What the site and the tests read here (the thresholds are drawn on the charts).
__all__ = [
    "KEPT_THRESHOLDS",
    "STREAK_THRESHOLDS",
    "Kind",
    "celebrate",
    "mark_celebrated",
    "recent",
    "recent_told",
    "record_milestones",
    "uncelebrated",
    "wording",
]


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
    read_with = _known(session, couple.id, logged)
    known = dict(read_with.known)
    candidates = _candidates(session, couple, now or utcnow(), known, streaks, logged, read_with.kept_days)
    return _store(session, couple.id, candidates, known)


def _known(session: Session, couple_id: int, logged: LogEntry | None) -> milestone_reads.Read:
    """Every key the couple reached (a few dozen at most), and whether it was celebrated: what is
    stored is never looked for again; with the days of the Nth kept entries when a keep (or no
    entry) may reach a kept count. Read with the entry's figures when it was, else in one statement."""
    return milestone_reads.take(session, couple_id, logged) or milestone_reads.read_now(
        session, couple_id, kept=logged is None or logged.kind is LogKind.KEPT
    )


def _candidates(
    session: Session,
    couple: Couple,
    now: datetime,
    known: Collection[str],
    streaks: Iterable[Streak] | None,
    logged: LogEntry | None,
    kept_days: tuple[date | None, ...] | None,
) -> list[Candidate]:
    today = local_today(couple, now)
    kept = logged is None or logged.kind is LogKind.KEPT  # only a keep moves a streak or a kept count
    if kept and streaks is None:
        only = None if logged is None else _open_streaks(session, couple.id, logged, known)
        if logged is not None and only:
            hold_figures(session, [couple.id])  # a wait is stored from what is read (models/figure_lock.py)
        streaks = current_streaks(session, couple.partners[0], now, only=only) if only is None or only else []
        if logged is not None and only:
            for streak in streaks:
                remember_streak_wait(session, couple.id, streak, logged.local_date)
    return [
        *(streaks_reached(streaks or [], known) if kept else []),
        *(kept_counts(known, kept_days) if kept and kept_days is not None else []),
        *first_clean_week(session, couple.id, today, known),  # true once a week has ended
        *(checkins_in_a_row(session, couple.id, today, known) if logged is None else []),
        *better_month(session, couple.id, today, known),  # true once a month has ended
    ]


def _open_streaks(session: Session, couple_id: int, logged: LogEntry, known: Collection[str]) -> set[int]:
    """The commitment whose streak a keep can lengthen, unless every threshold of it was reached
    or a stored wait says its next one cannot be reached on the keep's day."""
    lineage_id = logged.lineage_id
    if lineage_id is None or all(f"streak:{lineage_id}:{n}" in known for n in STREAK_THRESHOLDS):
        return set()
    item = next((c for c in active_commitments(session, couple_id) if c.lineage_id == lineage_id), None)
    if item is None or streak_waits(item, logged.local_date, known):
        return set()
    return {lineage_id}


def _store(session: Session, couple_id: int, candidates: list[Candidate], known: Collection[str]) -> list[Milestone]:
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
    milestone_reads.drop(session)
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
    read_with = _known(session, partner.couple_id, logged)
    known = dict(read_with.known)
    candidates = _candidates(session, partner.couple, now, known, streaks, logged, read_with.kept_days)
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
            phrase = "first_clean_week_one" if params["kept"] == 1 else "first_clean_week"  # never "1 promises"
            return phrase, {"kept": params["kept"], "week_of": date.fromisoformat(params["week_of"])}
        case Kind.CHECKINS_IN_A_ROW:
            return "checkins_in_a_row", {"count": params["count"]}
        case Kind.BETTER_MONTH:
            month = date.fromisoformat(f"{params['month']}-01")
            scale = "in_ten" if params["out_of"] == 10 else "percent"
            values = {"month": month, "before": month_before(month), "now": params["now"], "then": params["then"]}
            return f"better_month_{scale}", values
    return "other", {"text": params.get("text", "")}
