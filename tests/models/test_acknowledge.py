"""Acknowledging the partner's entries: theirs only, recent only, this couple only."""

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select

from tests.conftest import NOW, make_couple
from trust_tracker.models import tracking
from trust_tracker.models.entities import LogEntry, LogKind, Source

TODAY = NOW.date()
EARLIER = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _log(session, partner, day, kind=LogKind.RELIABILITY, acknowledged_at=None):
    entry = LogEntry(
        couple_id=partner.couple_id,
        partner_id=partner.id,
        kind=kind,
        local_date=day,
        created_at=datetime.combine(day, time(20), tzinfo=UTC),
        source=Source.VOICE,
        acknowledged_at=acknowledged_at,
    )
    session.add(entry)
    session.flush()
    return entry


def test_acknowledges_the_partners_recent_entries_only(session, couple):
    alex, sam = couple
    _kim, lee = make_couple(session, first="Kim", second="Lee")
    sams = [_log(session, sam, TODAY), _log(session, sam, TODAY - timedelta(days=13), LogKind.MISSED)]
    too_old = _log(session, sam, TODAY - timedelta(days=14))
    seen_before = _log(session, sam, TODAY - timedelta(days=1), acknowledged_at=EARLIER)
    own = _log(session, alex, TODAY)
    other_couples = _log(session, lee, TODAY)

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
    entry = _log(session, sam, TODAY)
    tracking.acknowledge_partner_entries(session, alex, NOW)
    session.expire_all()
    assert session.scalar(select(LogEntry.acknowledged_at).where(LogEntry.id == entry.id)) == NOW


def test_never_ones_own_and_alone_there_is_nothing(session):
    robin, _ = make_couple(session, first="Robin", second=None)
    _log(session, robin, TODAY)
    assert tracking.acknowledge_partner_entries(session, robin, NOW) == 0


def test_each_partner_acknowledges_the_other(session, couple):
    alex, sam = couple
    alexs, sams = _log(session, alex, TODAY), _log(session, sam, TODAY)
    assert tracking.acknowledge_partner_entries(session, sam, NOW) == 1
    assert alexs.acknowledged_at == NOW and sams.acknowledged_at is None
