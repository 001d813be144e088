"""Test data builders, shared by every test folder: a couple, an agreed contract, a log row.

They take a session and plain values, like the domain operations they lean on, so a
test builds exactly what it needs; tests/conftest.py turns the common ones into fixtures.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy.orm import Session

from trust_tracker.models import accounts, contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import (
    Cadence,
    ContractItem,
    ContractVersion,
    ItemKind,
    LogEntry,
    LogKind,
    Partner,
    Source,
)

# A fixed instant so tests about days and weeks are repeatable: Wednesday 2026-11-25, noon UTC.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"


def make_couple(
    session: Session, first: str = "Alex", second: str | None = "Sam", timezone: str = "America/New_York"
) -> tuple[Partner, Partner | None]:
    """Sign up `first`, and have `second` join by invitation when given."""
    one = accounts.sign_up(
        session, name=first, email=f"{first.lower()}@example.com", password=PASSWORD, timezone=timezone
    )
    two = None
    if second:
        token = accounts.create_invitation(session, one, now=NOW)
        two = accounts.join(
            session, token=token, name=second, email=f"{second.lower()}@example.com", password=PASSWORD, now=NOW
        )
    session.flush()
    return one, two


def agreed_contract(session: Session, proposer: Partner, agreer: Partner) -> ContractVersion:
    """An active version: two commitments (the first the proposer's), a boundary and an example."""
    drafts = [
        ItemDraft(
            ItemKind.COMMITMENT,
            "Call when running more than 15 minutes late",
            short_name="call when late",
            owner_id=proposer.id,
            category="punctuality",
            hard_day_form="A one-line text is enough",
            consequence="We talk it through that evening",
        ),
        ItemDraft(
            ItemKind.COMMITMENT,
            "Evening check-in talk",
            short_name="evening talk",
            cadence=Cadence.WEEKDAYS,
            weekdays="024",
            category="communication",
        ),
        ItemDraft(ItemKind.BOUNDARY, "No deleting messages", consequence="A pause and a talk"),
        ItemDraft(ItemKind.EXAMPLE, "Sharing my location unprompted when travelling"),
    ]
    version = contracts.propose_version(session, proposer, drafts, note="Our first version", now=NOW)
    contracts.agree_version(session, agreer, version.id, now=NOW)
    session.flush()
    return version


def make_entry(
    session: Session,
    partner: Partner,
    kind: LogKind,
    day: date,
    item: ContractItem | None = None,
    *,
    note: str = "",
    source: Source = Source.WEB,
    acknowledged_at: datetime | None = None,
) -> LogEntry:
    """A log row on `day` at 20:00 UTC, written directly: history as it stands, without
    the logging rules (once a day, only today) that tests of those rules go through."""
    entry = LogEntry(
        couple_id=partner.couple_id,
        partner_id=partner.id,
        kind=kind,
        lineage_id=item.lineage_id if item else None,
        local_date=day,
        note=note,
        created_at=datetime.combine(day, time(20), tzinfo=UTC),
        source=source,
        acknowledged_at=acknowledged_at,
    )
    session.add(entry)
    session.flush()
    return entry
