"""What every chart of a couple is drawn from (models/charts.py): the couple's today, its
active commitments and the day each began to count, and the daily figures of a stretch
of days. Read once per page, shared by the heatmaps, the commitment table and the overview."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from . import cadence
from .base import utcnow
from .contracts import active_commitments
from .db import read
from .entities import ContractItem, ContractVersion, Couple
from .errors import NotFound
from .localtime import local_today
from .stat_entities import DailyStat


def couple_of(session: Session, couple_id: int) -> Couple:
    couple = session.get(Couple, couple_id)
    if couple is None:
        raise NotFound("No such couple.")
    return couple


def start_dates(session: Session, couple: Couple, items: list[ContractItem], today: date) -> dict[int, date]:
    """When each commitment began to count: the day a version holding it was first agreed,
    or its first log entry if that came earlier. One statement of two small subqueries per
    commitment, each answered from an index (a GROUP BY over the figures read them all)."""
    if not items:
        return {}
    zone = ZoneInfo(couple.timezone)
    found = read(
        session, _starts_of(len(items)), {f"lineage_{i}": item.lineage_id for i, item in enumerate(items)}
    ).one()
    starts = {}
    for i, item in enumerate(items):
        at, first_logged = found[i], found[len(items) + i]
        began = [day for day in (at and at.astimezone(zone).date(), first_logged) if day]
        starts[item.lineage_id] = min(began, default=today)
    return starts


@functools.cache
def _starts_of(count: int) -> Select[*tuple[Any, ...]]:
    """The statement of `start_dates` for this many commitments, built once per process
    (building it cost more than running it)."""
    agreed = [
        select(func.min(ContractVersion.agreed_at))
        .join(ContractItem, ContractItem.version_id == ContractVersion.id)
        .where(ContractItem.lineage_id == bindparam(f"lineage_{i}"), ContractVersion.agreed_at.is_not(None))
        .scalar_subquery()
        for i in range(count)
    ]
    logged = [
        select(func.min(DailyStat.local_date))
        .where(DailyStat.lineage_id == bindparam(f"lineage_{i}"))
        .scalar_subquery()
        for i in range(count)
    ]
    return select(*agreed, *logged)


@dataclass(frozen=True)
class Shown:
    """What every chart of a couple starts from: its today, its active commitments (in
    contract order) and the day each began to count."""

    couple_id: int
    today: date
    items: list[ContractItem]
    starts: dict[int, date]


def shown(session: Session, couple_id: int, now: datetime | None) -> Shown:
    couple = couple_of(session, couple_id)
    today = local_today(couple, now or utcnow())
    items = active_commitments(session, couple_id)
    return Shown(couple_id, today, items, start_dates(session, couple, items, today))


@dataclass(frozen=True)
class Figures:
    """The daily figures of a stretch of days: kept and missed per commitment, hard days per partner."""

    tallies: dict[int, dict[date, cadence.DayTally]]
    hard: dict[int, set[date]]


def figures(session: Session, shown: Shown, first: date, last: date) -> Figures:
    return Figures(
        cadence.daily_tallies(session, [i.lineage_id for i in shown.items], first, last),
        cadence.hard_days(session, shown.couple_id, first, last),
    )
