"""What is still open for a partner today: due and not yet logged. "All of them" means it, and "which one
did you miss?" lists it, so the two never differ (tester-voice38)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from . import cadence, today, tracking
from .base import utcnow
from .entities import ContractItem, LogKind, Partner
from .localtime import entry_date


def all_meant(
    session: Session,
    partner: Partner,
    *,
    offered: Sequence[int] = (),
    now: datetime | None = None,
    device_zone: str | None = None,
    missed: bool = False,
    day: date | None = None,
) -> list[ContractItem]:
    """What "all of them" means: each of `offered` (the lineage ids just read out) this partner may
    log and has not logged today (a kept one is never offered as missed: tester-voice37 D14), or, with
    none offered, each of their commitments due that day and not yet logged that day by them, in contract order.
    `missed`: all of them missed, so none not due today (the weekday talk on a Sunday: tester-voice38 D5).
    `day`: another day than today ("I missed one on Monday"), read the same way."""
    day = day or entry_date(partner.couple, now or utcnow(), device_zone)
    due = today.due(session, partner, day)
    if offered:
        done = {d.commitment.lineage_id for d in due if d.mine}
        due_today = {d.commitment.lineage_id for d in due}
        loggable = {c.lineage_id: c for c in tracking.loggable_commitments(session, partner)}
        fits = [i for i in dict.fromkeys(offered) if i in loggable and i not in done]
        return [loggable[i] for i in fits if not missed or i in due_today]
    # Their own entry, never the partner's: a shared promise Sam logged is still open for Alex.
    return [d.commitment for d in due if not d.mine]


def to_ask_about(
    session: Session,
    partner: Partner,
    kind: LogKind,
    *,
    now: datetime | None = None,
    device_zone: str | None = None,
    day: date | None = None,
) -> list[ContractItem]:
    """What "which one did you miss?" lists when no promise was named: those due that day (`day`, else today)
    and not yet logged, the very ones "all of them" then means (all_meant), never one kept or missed already
    (tester-voice38: a keep logged an hour before was offered as missed; "I missed one on Monday" offered
    Monday's kept ones and those not due on Monday); a keep, each this partner may log."""
    if kind is not LogKind.MISSED:
        return tracking.loggable_commitments(session, partner)
    return all_meant(session, partner, now=now, device_zone=device_zone, missed=True, day=day)


def others_open(session: Session, partner: Partner, day: date, *, but: int) -> list[ContractItem]:
    """What "Or was it another one?" offers after a keep or miss of `but` was refused on `day`: the partner's
    own and shared promises due that day and not yet logged by them that day (all_meant's), never `but`
    itself. A keep is asked about the same way: offering one not due, or done already, would only be refused
    again (code48: "the first one" refused offered itself back, Saturday's off-day promises, Saturday's keeps)."""
    return [c for c in all_meant(session, partner, missed=True, day=day) if c.lineage_id != but]


@dataclass(frozen=True)
class NotDue:
    """A past day said for a promise due on other weekdays ("I kept the Sunday walk on Tuesday"): nothing
    logged; `day` as said ("on Tuesday"), `due` the partner's own and shared promises due that day."""

    commitment: ContractItem
    day: str
    due: list[ContractItem]


def not_due(item: ContractItem, day: date, today_there: date, loggable: Sequence[ContractItem]) -> NotDue | None:
    """Why `item` cannot be logged on the past `day` (due on other weekdays), with what was due then; None if it can."""
    if cadence.may_fall_on(cadence.Rule.of(item), day):
        return None
    due = [c for c in loggable if cadence.may_fall_on(cadence.Rule.of(c), day)]
    return NotDue(item, tracking.day_named(day, today_there), due)
