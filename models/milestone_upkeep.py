"""Milestones after a partner left: what the leaver's entries made goes.

Their entries leave with them (models.leaving) and the couple's figures are made again from
what is left (models.stats.rebuild); a milestone stored earlier must not go on celebrating
what only those entries reached: a streak of their own commitment, a kept count the couple no
longer has, a clean week or a better month that is no longer one. Each is checked against the
rebuilt figures and dropped when it no longer stands; the next entry finds what is due again.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from . import milestone_reads
from .entities import Contract, ItemLineage, LogEntry, LogKind, Milestone
from .milestone_checks import Kind, beats, first_agreed_monday, month_rates
from .stat_entities import DailyStat


def drop_unearned(session: Session, couple_id: int) -> int:
    """Delete the couple's milestones that the figures left no longer bear out; returns how many."""
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
    gone = [m.id for m in milestones if not _stands(session, m, lineages, kept or 0)]
    if gone:
        session.execute(delete(Milestone).where(Milestone.id.in_(gone)).execution_options(synchronize_session=False))
        session.expire_all()
        milestone_reads.drop(session)
    return len(gone)


def _stands(session: Session, milestone: Milestone, lineages: set[int], kept: int) -> bool:
    params = milestone.params
    match milestone.kind:
        case Kind.STREAK:
            return params["lineage_id"] in lineages
        case Kind.KEPT_COUNT:
            return kept >= params["count"]
        case Kind.FIRST_CLEAN_WEEK:
            return _clean_week(session, milestone.couple_id, date.fromisoformat(params["week_of"]))
        case Kind.BETTER_MONTH:
            return _better_month(session, milestone.couple_id, date.fromisoformat(f"{params['month']}-01"))
    return True  # check-ins are both partners' and stay; an old unreadable one is left as it is


def _clean_week(session: Session, couple_id: int, monday: date) -> bool:
    agreed_from = first_agreed_monday(session, couple_id)
    if agreed_from is None or monday < agreed_from:  # not a full week under an agreed contract
        return False
    kept, lapsed = session.execute(
        select(
            func.coalesce(func.sum(DailyStat.kept), 0), func.coalesce(func.sum(DailyStat.missed + DailyStat.breach), 0)
        ).where(DailyStat.couple_id == couple_id, DailyStat.local_date.between(monday, monday + timedelta(days=6)))
    ).one()
    return bool(kept) and not lapsed


def _better_month(session: Session, couple_id: int, month: date) -> bool:
    then, now = month_rates(session, couple_id, month)
    return beats(now, then)
