"""An entry chosen on the site (Today's taps, History's log form): a keep or a miss of a shared promise that the
partner logged the other way that day is asked about first, by the rule the voice asks by (models/kept_together.py),
and logged only when a yes comes back for that same day and that same entry of the partner's (tester-web49: the
site stored the contradiction silently)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from . import tracking
from .base import utcnow
from .entities import ContractItem, LogKind, Partner, Source
from .figure_lock import hold_figures
from .kept_together import PartnerLoggedOtherwise, logged_own, other_way
from .localtime import local_today
from .logbook import NoteLogged, log_note


@dataclass(frozen=True)
class NoLongerSo:
    """A yes to "Sam logged it the other way" that no longer fits: it was for another day than today
    (`day_turned`: since it was asked, or a day ahead from a tampered form), or the partner's entry has
    changed; nothing logged (the page shows how it stands now)."""

    commitment: ContractItem
    name: str
    day_turned: bool


def log_chosen(
    session: Session,
    partner: Partner,
    kind: LogKind,
    note: str = "",
    *,
    lineage_id: int | None = None,
    confirmed_on: date | None = None,
    now: datetime | None = None,
) -> NoteLogged | PartnerLoggedOtherwise | NoLongerSo:
    """`log_note` for the site (an item chosen from a list is required), asking first where the partner logged
    the shared `lineage_id` the other way today. `confirmed_on`: the day a yes to that question was given for;
    it logs the entry only while that day is today and the partner's entry still stands."""
    now = now or utcnow()
    today = local_today(partner.couple, now)
    item = next((c for c in tracking.loggable_commitments(session, partner) if c.lineage_id == lineage_id), None)
    # The write's hold, taken before the look: the partner's tap at this moment is seen, and asked about (tester-web51).
    hold_figures(session, [partner.couple_id])
    against = other_way(session, partner, item, kind, today, today) if item is not None else None
    stale = confirmed_on is not None and (confirmed_on != today or against is None)
    if item is not None and stale and (confirmed_on != today or not logged_own(session, partner, item, today)):
        other = next((p.name for p in partner.couple.partners if p.id != partner.id), "")
        return NoLongerSo(item, other, day_turned=confirmed_on != today)
    if against is not None and confirmed_on is None:
        return against
    # Anything else (another couple's item, the other partner's, one logged already) is log_note's to refuse.
    return log_note(session, partner, kind, note, lineage_id=lineage_id, source=Source.WEB, now=now, require_item=True)
