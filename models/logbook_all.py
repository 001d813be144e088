"""Several promises at once: "I kept all of them", "both", "I missed all of them yesterday". What "all of
them" means is still_open's; here, whether it is clear enough to log without a yes, and the logging itself,
each one on the day said."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from . import tracking
from .base import utcnow
from .entities import ContractItem, LogKind, Milestone, Partner, Source
from .errors import Conflict
from .kept_together import PartnerLoggedOtherwise, other_way
from .localtime import entry_date
from .logbook import celebrated


@dataclass(frozen=True)
class AllLogged:
    """ "I kept all of them": the commitments logged now, the milestones newly reached, and the shared ones left
    out because the partner logged them the other way that day (said, never dropped silently: voice50)."""

    items: list[ContractItem]
    milestones: list[Milestone]
    left_out: list[PartnerLoggedOtherwise] = field(default_factory=list)


def clear_at_once(kind: LogKind, both: bool, items: Sequence[ContractItem]) -> bool:
    """Whether "all of them" (or "both": `both`) is clear enough to log without a yes: keeps
    of every one meant, "both" only when two are meant; several misses are confirmed first."""
    return bool(items) and kind is LogKind.KEPT and (not both or len(items) == 2)


def log_all(
    session: Session,
    partner: Partner,
    kind: LogKind,
    lineage_ids: Sequence[int],
    *,
    source: Source = Source.VOICE,
    now: datetime | None = None,
    device_zone: str | None = None,
    day: date | None = None,
) -> AllLogged:
    """Each of `lineage_ids` this partner may log, logged as `kind` (kept or missed) on `day` (the day said
    with "all of them": "yesterday"), else today. One already logged that day stays as it was (kept or
    missed, it counts once), as does a shared one the partner logged the other way that day (never
    contradicted silently: models/kept_together.py, and told in `left_out`); anyone else's is left out."""
    now = now or utcnow()
    loggable = {c.lineage_id: c for c in tracking.loggable_commitments(session, partner)}
    done: list[ContractItem] = []
    left_out: list[PartnerLoggedOtherwise] = []
    entry = None
    today = entry_date(partner.couple, now, device_zone)
    on = day or today
    for item in (loggable[i] for i in dict.fromkeys(lineage_ids) if i in loggable):
        if (against := other_way(session, partner, item, kind, on, today)) is not None:
            left_out.append(against)
            continue
        try:
            entry = tracking.log_entry(
                session,
                partner,
                kind,
                source=source,
                lineage_id=item.lineage_id,
                now=now,
                device_zone=device_zone,
                day=day,
            )
        except Conflict:  # already logged that day
            continue
        done.append(item)
    return AllLogged(done, celebrated(session, partner, entry, now) if entry is not None else [], left_out)
