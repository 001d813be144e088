"""Test data builders, shared by every test folder: a couple, an agreed contract, a log row,
one of everything.

They take a session and plain values, like the domain operations they lean on, so a
test builds exactly what it needs; tests/conftest.py turns the common ones into fixtures.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import column, insert, select, table
from sqlalchemy.orm import Session

from trust_tracker.models import accounts, contracts, journal, oauth
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import (
    Cadence,
    CheckIn,
    CheckInAnswer,
    Contract,
    ContractItem,
    ContractVersion,
    ItemKind,
    LogEntry,
    LogKind,
    Milestone,
    Partner,
    Setback,
    Source,
    VersionComment,
    VoiceLink,
)
from trust_tracker.models.oauth_entities import OAuthToken
from trust_tracker.models.pairing_entities import PairingCode
from trust_tracker.models.private_entities import SetbackReflection

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


def make_token(
    session: Session, partner: Partner, access: str, refresh: str | None = None, *, now: datetime = NOW, **extra: Any
) -> OAuthToken:
    """An access token (and refresh token) granted to Alexa by `partner`, as the token endpoint stores it."""
    return oauth.save_token(
        session,
        partner.id,
        client_id="alexa",
        scope="trust_tracker",
        access_token=access,
        refresh_token=refresh,
        expires_in=int(oauth.ACCESS_LIFETIME.total_seconds()),
        now=now,
        **extra,
    )


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


def one_of_everything(session: Session, alex: Partner, sam: Partner) -> dict[str, Any]:
    """One of everything, for both partners."""
    version = contracts.propose_version(
        session,
        alex,
        [
            ItemDraft(ItemKind.COMMITMENT, "Call when late", short_name="call", owner_id=alex.id),
            ItemDraft(ItemKind.COMMITMENT, "=cmd|' /C calc'!A0", owner_id=sam.id),
            ItemDraft(ItemKind.BOUNDARY, "No contact with the ex"),
        ],
        now=NOW - timedelta(days=10),
    )
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=9))
    call, sams = version.items[0], version.items[1]
    entries = {}
    for who, item, kind in (
        (alex, call, LogKind.KEPT),
        (alex, call, LogKind.MISSED),
        (sam, sams, LogKind.KEPT),
        (sam, None, LogKind.SMALL_WIN),
    ):
        entry = LogEntry(
            couple_id=alex.couple_id,
            partner_id=who.id,
            kind=kind,
            lineage_id=item.lineage_id if item else None,
            # Kept the day before the miss: one kept-or-missed entry per commitment and day.
            local_date=date(2026, 11, 19 if kind is LogKind.KEPT and who is alex else 20),
            created_at=NOW - timedelta(days=5),
            source=Source.WEB,
            note=f"{who.name} {kind.value}",
        )
        session.add(entry)
        entries[(who.name, kind)] = entry
    session.flush()
    setback = Setback(couple_id=alex.couple_id, log_entry_id=entries[("Alex", LogKind.MISSED)].id)
    setback.reflections.append(
        SetbackReflection(author_id=alex.id, trigger="a long meeting", prevention="set an alarm")
    )
    session.add(setback)
    checkin = CheckIn(
        couple_id=alex.couple_id, week_start=date(2026, 11, 16), created_at=NOW, questions=["What went well?"]
    )
    session.add(checkin)
    session.flush()
    for who in (alex, sam):
        session.add(
            CheckInAnswer(
                checkin_id=checkin.id,
                partner_id=who.id,
                position=0,
                question="What went well?",
                answer=f"{who.name}'s answer",
                source=Source.VOICE,
            )
        )
    proposal = contracts.propose_version(
        session, alex, [ItemDraft(ItemKind.COMMITMENT, "Call when late, always")], now=NOW
    )
    session.add(VersionComment(version_id=proposal.id, partner_id=sam.id, body="Sam's comment", created_at=NOW))
    session.add(VersionComment(version_id=proposal.id, partner_id=alex.id, body="Alex's comment", created_at=NOW))
    session.add(
        Milestone(
            couple_id=alex.couple_id,
            key="kept:10",
            kind="kept_count",
            params={"count": 10},
            reached_on=date(2026, 11, 20),
        )
    )
    for who in (alex, sam):
        session.add(VoiceLink(couple_id=alex.couple_id, partner_id=who.id, alexa_user_id=f"amzn1.{who.name}"))
        session.add(PairingCode(partner_id=who.id, code_hash="0" * 64, created_at=NOW, expires_at=NOW))
    private = journal.write(session, alex, "Alex private", now=NOW)
    shared = journal.write(session, alex, "Alex shared in full. And more.", now=NOW)
    journal.share(session, alex, shared.id, excerpt="Alex shared in full.", now=NOW)
    sams_private = journal.write(session, sam, "Sam private", now=NOW)
    sams_shared = journal.write(session, sam, "Sam shared", now=NOW)
    journal.share(session, sam, sams_shared.id, now=NOW)
    session.flush()
    return {
        "version": version,
        "proposal": proposal,
        "private": private,
        "shared": shared,
        "sams_private": sams_private,
        "sams_shared": sams_shared,
    }


def lineages_of_old(session: Session, couple_id: int, kinds: list[ItemKind]) -> list[int]:
    """Commitment lineages written with Core, for tests that build history under an older
    schema: the ORM's contract classes have columns later migrations add."""
    contract_id = session.scalar(select(Contract.id).where(Contract.couple_id == couple_id))
    # Only the columns every schema has (ItemLineage.__table__ would add later ones' defaults).
    lineage = table("item_lineage", column("id"), column("contract_id"), column("kind"))
    return [
        session.execute(
            insert(lineage).values(contract_id=contract_id, kind=kind.value).returning(lineage.c.id)
        ).scalar_one()
        for kind in kinds
    ]
