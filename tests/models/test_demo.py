from argon2 import PasswordHasher
from sqlalchemy import func, select

from tests.factories import NOW
from trust_tracker.models import accounts, contract_comments, contracts, journal, milestones, tracking
from trust_tracker.models.demo import DEMO_EMAILS, DEMO_PASSWORD, create_demo
from trust_tracker.models.entities import (
    CheckIn,
    CheckInAnswer,
    ItemKind,
    JournalEntry,
    LogEntry,
    LogKind,
    Setback,
    Source,
)


def test_demo_couple_is_created_once_with_history(session):
    first = create_demo(session, now=NOW)
    again = create_demo(session, now=NOW)
    assert first.created and not again.created
    assert first.password == again.password == DEMO_PASSWORD
    assert first.emails == again.emails == DEMO_EMAILS
    alex = accounts.authenticate(session, DEMO_EMAILS[0], DEMO_PASSWORD)
    sam = accounts.authenticate(session, DEMO_EMAILS[1], DEMO_PASSWORD)
    assert (alex.name, sam.name) == ("Alex", "Sam") and alex.couple_id == sam.couple_id

    active = contracts.active_version(session, alex.couple_id)
    assert 4 <= len(active.items_of(ItemKind.COMMITMENT)) <= 5
    assert len(active.items_of(ItemKind.BOUNDARY)) == 2

    dates = session.execute(
        select(func.min(LogEntry.local_date), func.max(LogEntry.local_date), func.count(LogEntry.id)).where(
            LogEntry.couple_id == alex.couple_id
        )
    ).one()
    assert (dates[1] - dates[0]).days >= 7 * 8 - 7 and dates[2] > 100
    kinds = set(session.scalars(select(LogEntry.kind).where(LogEntry.couple_id == alex.couple_id)))
    assert {LogKind.KEPT, LogKind.MISSED, LogKind.RELIABILITY, LogKind.HARD_DAY} <= kinds
    assert session.scalar(select(func.count(CheckIn.id)).where(CheckIn.couple_id == alex.couple_id)) == 8
    assert any(s.length > 0 for s in tracking.current_streaks(session, alex, NOW))
    # Its past milestones are there, already celebrated.
    assert milestones.recent(session, alex.couple_id) and milestones.uncelebrated(session, alex.couple_id) == []


def test_the_demo_shows_every_feature(session):
    """Three versions, two from setback reflections (one by each partner), comments,
    hard days with their simpler forms kept, varied check-in answers,
    shared and private journals, acknowledged and unacknowledged entries."""
    create_demo(session, now=NOW)
    alex = accounts.authenticate(session, DEMO_EMAILS[0], DEMO_PASSWORD)
    couple_id = alex.couple_id
    versions = contracts.versions(session, couple_id)
    assert sorted(v.number for v in versions) == [1, 2, 3]
    assert [v.status.value for v in sorted(versions, key=lambda v: v.number)] == ["superseded", "superseded", "active"]
    reflections = session.scalars(select(Setback).where(Setback.couple_id == couple_id)).all()
    assert {s.log_entry.partner.name for s in reflections} == {"Alex", "Sam"}
    # Each reflected on by the partner who missed, in their own words.
    assert all(r.trigger and r.prevention for s in reflections for r in s.reflections)
    assert {r.author.name for s in reflections for r in s.reflections} == {"Alex", "Sam"}
    numbers = {v.id: v.number for v in versions}
    assert sorted(numbers[s.version_id] for s in reflections) == [2, 3]
    v3 = max(versions, key=lambda v: v.number)
    assert len(contract_comments.comments(session, couple_id, v3.id)) == 2
    hard_kept = session.scalars(
        select(LogEntry.note).where(
            LogEntry.couple_id == couple_id, LogEntry.kind == LogKind.KEPT, LogEntry.note.like("%ard-day form:%")
        )
    ).all()
    assert hard_kept
    # Nothing by voice: the voice tests start from the demo and count what they log.
    sources = set(session.scalars(select(LogEntry.source).where(LogEntry.couple_id == couple_id)))
    assert sources == {Source.WEB}
    answers = session.scalars(
        select(CheckInAnswer.answer).where(CheckInAnswer.position == 0, CheckInAnswer.partner_id == alex.id)
    ).all()
    assert len(answers) == 8 and len(set(answers)) >= 4
    shared = journal.shared_entries(session, couple_id)
    assert len(shared) == 3
    assert any(e.shared_text != e.body for e in session.scalars(select(JournalEntry)).all() if e.shared_text)
    assert session.scalar(select(func.count(JournalEntry.id)).where(JournalEntry.shared_at.is_(None))) == 2
    seen = session.scalars(select(LogEntry.acknowledged_at).where(LogEntry.couple_id == couple_id)).all()
    assert any(seen) and not all(seen)


def test_a_demo_made_with_another_password_is_never_told_the_new_one(session):
    """A database whose demo was made before DEMO_PASSWORD changed: its own password still works, and the
    new one is not printed as if it did."""
    create_demo(session, now=NOW)
    alex = accounts.authenticate(session, DEMO_EMAILS[0], DEMO_PASSWORD)
    alex.password_hash = PasswordHasher().hash("demo-password")
    assert create_demo(session, now=NOW).password is None
