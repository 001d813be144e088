"""A shared promise is kept together (DESIGN.md: a commitment with no owner is both partners'): one partner's
keep and the other's miss of it on the same day contradict each other. A keep or miss that would contradict
what the partner logged that day is never stored silently: it is asked about first, and logged only on a yes
(tester-voice45: a miss of the evening talk was stored beside Sam's keep of it that day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from .db import read
from .entities import ContractItem, LogEntry, LogKind, Partner
from .tracking import day_named

_OTHER_WAY = {LogKind.KEPT: LogKind.MISSED, LogKind.MISSED: LogKind.KEPT}


@dataclass(frozen=True)
class PartnerLoggedOtherwise:
    """Nothing logged: the partner (`name`) logged `commitment`, a shared one, the other way (`held`) on
    `day` (as said: "today", "yesterday", "on Friday"); a yes logs it all the same."""

    commitment: ContractItem
    name: str
    held: LogKind
    day: str


def other_way(
    session: Session, partner: Partner, item: ContractItem, kind: LogKind, day: date, today: date
) -> PartnerLoggedOtherwise | None:
    """What the partner logged of the shared `item` on `day` that a `kind` by `partner` would contradict;
    None for one's own promise, a kind that is no keep or miss, a day the partner logged nothing against
    it (a disputed entry counts for nothing, as everywhere), or a day the speaker's own entry already holds
    (once a day: that entry is what they hear about, never a question over the partner's: voice50)."""
    held = _OTHER_WAY.get(kind)
    if item.owner_id is not None or held is None:
        return None
    found = read(
        session, _BOTH_THAT_DAY, {"couple_id": partner.couple_id, "lineage_id": item.lineage_id, "day": day}
    ).all()
    if any(partner_id == partner.id for partner_id, _ in found):
        return None
    if not any(LogKind(logged) is held for _, logged in found):
        return None
    name = next((p.name for p in partner.couple.partners if p.id != partner.id), "")
    return PartnerLoggedOtherwise(item, name, held, day_named(day, today))


def logged_own(session: Session, partner: Partner, item: ContractItem, day: date) -> bool:
    """Whether `partner`'s own keep or miss of `item` stands on `day` (then `other_way` asks nothing: the site's
    second yes to its question is told it is logged already, web50's rule, not that the partner's entry changed)."""
    found = read(session, _BOTH_THAT_DAY, {"couple_id": partner.couple_id, "lineage_id": item.lineage_id, "day": day})
    return any(partner_id == partner.id for partner_id, _ in found)


# Built once: asked only before a keep or miss of a shared promise is written. Both partners' entries of
# that day (one each at most: the once-a-day index), so the speaker's own is seen in the same read.
_BOTH_THAT_DAY = select(LogEntry.partner_id, LogEntry.kind).where(
    LogEntry.couple_id == bindparam("couple_id"),
    LogEntry.local_date == bindparam("day"),
    LogEntry.lineage_id == bindparam("lineage_id"),
    LogEntry.kind.in_([LogKind.KEPT, LogKind.MISSED]),
    LogEntry.disputed_at.is_(None),
)
