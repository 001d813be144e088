"""What the other partner logged, heard by this one: "What did Sam log?" reads their entries since this
partner last said thank you, and "acknowledge Sam's entries" marks them seen. Entries only: journals
stay private.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from . import tracking
from .base import utcnow
from .contracts import active_version
from .entities import ItemKind, LogEntry, Partner


@dataclass(frozen=True)
class Acknowledged:
    """The other partner's recent entries just marked as seen, oldest first, and what the
    commitments and boundaries they are about are called (active ones only)."""

    entries: list[LogEntry]
    names: dict[int, str]


def acknowledge(session: Session, partner: Partner, now: datetime | None = None) -> Acknowledged:
    """ "Acknowledge Sam's entries": the other partner's recent entries are marked as seen."""
    now = now or utcnow()
    entries = tracking.unacknowledged_partner_entries(session, partner, now)
    tracking.acknowledge_partner_entries(session, partner, now)
    return Acknowledged(entries, _spoken_names(session, partner.couple_id))


@dataclass(frozen=True)
class PartnerNews:
    """ "What did Sam log?": the other partner's entries since this partner last said thank
    you, oldest first (at most the limit asked), how many more wait, and what the
    commitments and boundaries they are about are called (active ones only). Entries only: journals stay private."""

    entries: list[LogEntry]
    more: int
    names: dict[int, str]


def partner_news(
    session: Session, partner: Partner, now: datetime | None = None, limit: int = 4, *, heard: Sequence[int] = ()
) -> PartnerNews:
    """The other partner's unacknowledged recent entries, the oldest `limit` of them not
    `heard` already ("more": the next ones)."""
    read = set(heard)
    waiting = [
        e for e in tracking.unacknowledged_partner_entries(session, partner, now or utcnow()) if e.id not in read
    ]
    return PartnerNews(waiting[:limit], max(0, len(waiting) - limit), _spoken_names(session, partner.couple_id))


def _spoken_names(session: Session, couple_id: int) -> dict[int, str]:
    """What the active commitments and boundaries (by lineage) are called: a breach is told
    with the boundary it crossed."""
    version = active_version(session, couple_id)
    items = [*version.items_of(ItemKind.COMMITMENT), *version.items_of(ItemKind.BOUNDARY)] if version else []
    return {item.lineage_id: item.spoken_name for item in items}
