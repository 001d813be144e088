"""Acknowledging the partner's entries: theirs only, recent only, this couple only."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from tests.factories import NOW, make_couple, make_entry
from trust_tracker.models import tracking
from trust_tracker.models.entities import LogEntry, LogKind, Source

TODAY = NOW.date()
EARLIER = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_acknowledges_the_partners_recent_entries_only(session, couple):
    alex, sam = couple
    _kim, lee = make_couple(session, first="Kim", second="Lee")
    sams = [
        make_entry(session, sam, LogKind.RELIABILITY, TODAY, source=Source.VOICE),
        make_entry(session, sam, LogKind.MISSED, TODAY - timedelta(days=13), source=Source.VOICE),
    ]
    too_old = make_entry(session, sam, LogKind.RELIABILITY, TODAY - timedelta(days=14), source=Source.VOICE)
    seen_before = make_entry(
        session, sam, LogKind.RELIABILITY, TODAY - timedelta(days=1), source=Source.VOICE, acknowledged_at=EARLIER
    )
    own = make_entry(session, alex, LogKind.RELIABILITY, TODAY, source=Source.VOICE)
    other_couples = make_entry(session, lee, LogKind.RELIABILITY, TODAY, source=Source.VOICE)

    assert [e.id for e in tracking.unacknowledged_partner_entries(session, alex, NOW)] == [sams[1].id, sams[0].id]
    assert tracking.acknowledge_partner_entries(session, alex, NOW) == 2
    assert all(e.acknowledged_at == NOW for e in sams)
    assert too_old.acknowledged_at is None and own.acknowledged_at is None
    assert other_couples.acknowledged_at is None
    assert seen_before.acknowledged_at == EARLIER  # not moved
    # Nothing left to acknowledge: a second time changes nothing.
    assert tracking.acknowledge_partner_entries(session, alex, NOW) == 0
    assert tracking.unacknowledged_partner_entries(session, alex, NOW) == []


def test_the_database_agrees(session, couple):
    alex, sam = couple
    entry = make_entry(session, sam, LogKind.RELIABILITY, TODAY, source=Source.VOICE)
    tracking.acknowledge_partner_entries(session, alex, NOW)
    session.expire_all()
    assert session.scalar(select(LogEntry.acknowledged_at).where(LogEntry.id == entry.id)) == NOW


def test_never_ones_own_and_alone_there_is_nothing(session):
    robin, _ = make_couple(session, first="Robin", second=None)
    make_entry(session, robin, LogKind.RELIABILITY, TODAY, source=Source.VOICE)
    assert tracking.acknowledge_partner_entries(session, robin, NOW) == 0


def test_each_partner_acknowledges_the_other(session, couple):
    alex, sam = couple
    alexs, sams = (
        make_entry(session, alex, LogKind.RELIABILITY, TODAY, source=Source.VOICE),
        make_entry(session, sam, LogKind.RELIABILITY, TODAY, source=Source.VOICE),
    )
    assert tracking.acknowledge_partner_entries(session, sam, NOW) == 1
    assert alexs.acknowledged_at == NOW and sams.acknowledged_at is None
