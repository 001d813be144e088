"""Milestones after a partner left: what the leaver's entries made goes.

Their entries leave with them (models.leaving) and the couple's figures are made again from
what is left (models.stats.rebuild); a milestone stored earlier must not go on celebrating
what only those entries reached: a streak of their own commitment, a kept count the couple no
longer has, a clean week or a better month that is no longer one. Each is checked against the
rebuilt figures and dropped when it no longer stands; the next entry finds what is due again.
A streak of a commitment the leaver logged (a shared one, kept by either of them) is walked
again from its first day, once, at leaving time: only those, never on a request path.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from . import cadence, milestone_reads
from .base import utcnow
from .chart_figures import couple_of, start_dates
from .contracts import active_commitments
from .entities import Contract, ContractItem, ItemLineage, LogEntry, LogKind, Milestone
from .localtime import local_today
from .milestone_checks import Kind, beats, first_agreed_monday, month_rates
from .stat_entities import DailyStat


def drop_unearned(session: Session, couple_id: int, touched: Collection[int] = (), now: datetime | None = None) -> int:
    """Delete the couple's milestones that the figures left no longer bear out; returns how many.
    `touched`: the commitments (lineage ids) whose entries went, whose streaks are walked again."""
    milestones = session.scalars(select(Milestone).where(Milestone.couple_id == couple_id)).all()
    lineages = set(
        session.scalars(
            select(ItemLineage.id)
            .join(Contract, Contract.id == ItemLineage.contract_id)
            .where(Contract.couple_id == couple_id)
        )
    )
    kept = session.scalar(
        select(func.count()).where(
            LogEntry.couple_id == couple_id, LogEntry.kind == LogKind.KEPT, LogEntry.disputed_at.is_(None)
        )
    )
    walked = {m.params["lineage_id"] for m in milestones if m.kind == Kind.STREAK} & lineages & set(touched)
    best = _best_streaks(session, couple_id, walked, now or utcnow())
    gone = [m.id for m in milestones if not _stands(session, m, lineages, kept or 0, best)]
    recounted = _recount_clean_weeks(session, [m for m in milestones if m.id not in gone])
    if gone:
        session.execute(delete(Milestone).where(Milestone.id.in_(gone)).execution_options(synchronize_session=False))
        session.expire_all()
    if gone or recounted:
        milestone_reads.drop(session)
    return len(gone)


def _recount_clean_weeks(session: Session, kept_on: list[Milestone]) -> bool:
    """A first clean week that still stands says what is left of it (tester-web49: "22 promises kept" stayed
    after the leaver's 7 went with them); whether any was recounted."""
    recounted = False
    for milestone in kept_on:
        if milestone.kind != Kind.FIRST_CLEAN_WEEK:
            continue
        kept = _clean_week(session, milestone.couple_id, date.fromisoformat(milestone.params["week_of"]))
        if kept and kept != milestone.params.get("kept"):
            milestone.params = {**milestone.params, "kept": kept}  # a new dict: the JSON column sees the change
            recounted = True
    if recounted:
        session.flush()  # before any expire_all: a recount is no pending change to lose
    return recounted


def _stands(session: Session, milestone: Milestone, lineages: set[int], kept: int, best: dict[int, int]) -> bool:
    params = milestone.params
    match milestone.kind:
        case Kind.STREAK:
            lineage_id = params["lineage_id"]
            return lineage_id in lineages and best.get(lineage_id, params["count"]) >= params["count"]
        case Kind.KEPT_COUNT:
            return kept >= params["count"]
        case Kind.FIRST_CLEAN_WEEK:
            return _clean_week(session, milestone.couple_id, date.fromisoformat(params["week_of"])) > 0
        case Kind.BETTER_MONTH:
            return _better_month(session, milestone.couple_id, date.fromisoformat(f"{params['month']}-01"))
    return True  # check-ins are both partners' and stay; an old unreadable one is left as it is


def _clean_week(session: Session, couple_id: int, monday: date) -> int:
    """The promises kept in the week of `monday`, if it is a clean week under an agreed contract; else 0."""
    agreed_from = first_agreed_monday(session, couple_id)
    if agreed_from is None or monday < agreed_from:  # not a full week under an agreed contract
        return 0
    kept, lapsed = session.execute(
        select(
            func.coalesce(func.sum(DailyStat.kept), 0), func.coalesce(func.sum(DailyStat.missed + DailyStat.breach), 0)
        ).where(DailyStat.couple_id == couple_id, DailyStat.local_date.between(monday, monday + timedelta(days=6)))
    ).one()
    return int(kept) if not lapsed else 0


def _better_month(session: Session, couple_id: int, month: date) -> bool:
    then, now = month_rates(session, couple_id, month)
    return beats(now, then)


def _best_streaks(session: Session, couple_id: int, lineage_ids: set[int], now: datetime) -> dict[int, int]:
    """The best streak each of these commitments has had, from its first day to today, under its
    rule as it stands (the active version's, else the newest version holding it)."""
    if not lineage_ids:
        return {}
    couple = couple_of(session, couple_id)
    today = local_today(couple, now)
    items = {item.lineage_id: item for item in active_commitments(session, couple_id) if item.lineage_id in lineage_ids}
    for lineage_id in lineage_ids - items.keys():
        items[lineage_id] = session.scalars(
            select(ContractItem).where(ContractItem.lineage_id == lineage_id).order_by(ContractItem.id.desc()).limit(1)
        ).one()
    starts = start_dates(session, couple, list(items.values()), today)
    tallies = cadence.daily_tallies(session, list(items), None, today)
    hard = cadence.hard_days(session, couple_id, None, today)
    return {
        lineage_id: cadence.best_streak(
            cadence.steps(
                cadence.Rule.of(item),
                tallies[lineage_id],
                cadence.skipped_days(item.owner_id, hard),
                starts[lineage_id],
                today,
                today,
            )
        )
        for lineage_id, item in items.items()
    }
