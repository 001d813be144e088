"""What is still open for a partner today: due and not yet logged. "All of them" means it, and "which one
did you miss?" lists it, so the two never differ (tester-voice38)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from . import cadence, today, tracking
from .base import utcnow
from .db import read
from .entities import ContractItem, LogEntry, LogKind, Partner
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
    Monday's kept ones and those not due on Monday); a keep, those same ones first (voice50: the first "which one?"
    listed promises not due that day), then, for today only, those not due today (a keep on an off day is kept)."""
    if kind is LogKind.MISSED:
        return all_meant(session, partner, now=now, device_zone=device_zone, missed=True, day=day)
    today_there = entry_date(partner.couple, now or utcnow(), device_zone)
    due = today.due(session, partner, day or today_there)
    open_due = [d.commitment for d in due if not d.mine]
    if day not in (None, today_there):  # a past day's keep of one not due, or logged, would only be refused
        return open_due
    listed = {d.commitment.lineage_id for d in due}
    return open_due + [c for c in tracking.loggable_commitments(session, partner) if c.lineage_id not in listed]


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


@dataclass(frozen=True)
class WhichDay:
    """A miss said with no day, of a promise not due today and due on more than one day of the past week still
    open for the speaker: nothing logged; which day it was is asked, never today (a day it was not due)."""

    commitment: ContractItem


def missed_on(session: Session, partner: Partner, item: ContractItem, today_there: date) -> date | WhichDay:
    """The day a miss said with no day is of: today when `item` may fall on it; else its last due day when that is
    the only one in the past week ("I missed the Sunday walk", said on Monday: Sunday's), or the only one of them
    the speaker has not logged yet; else WhichDay (voice50: the Sunday walk's miss was dated Monday)."""
    rule = cadence.Rule.of(item)
    if cadence.may_fall_on(rule, today_there):
        return today_there
    week = [today_there - timedelta(days=back) for back in range(1, tracking.PAST_DAYS + 1)]
    due = [day for day in week if cadence.may_fall_on(rule, day)]
    if len(due) == 1:
        return due[0]  # one already logged that day is refused as such: "already logged … on Sunday"
    held = set(
        read(
            session,
            _DAYS_LOGGED,
            {"partner_id": partner.id, "lineage_id": item.lineage_id, "since": week[-1], "until": week[0]},
        ).scalars()
    )
    still = [day for day in due if day not in held]
    return still[0] if len(still) == 1 else WhichDay(item)


# Built once: read only for a miss said with no day of a promise due on set weekdays, on an off day.
_DAYS_LOGGED = select(LogEntry.local_date).where(
    LogEntry.partner_id == bindparam("partner_id"),
    LogEntry.lineage_id == bindparam("lineage_id"),
    LogEntry.local_date.between(bindparam("since"), bindparam("until")),
    LogEntry.kind.in_(tracking.COMMITMENT_KINDS),
    LogEntry.disputed_at.is_(None),
)
