from sqlalchemy import func, select

from tests.factories import NOW
from trust_tracker.models import accounts, contracts, milestones, tracking
from trust_tracker.models.demo import DEMO_EMAILS, DEMO_PASSWORD, create_demo
from trust_tracker.models.entities import CheckIn, ItemKind, LogEntry, LogKind


def test_demo_couple_is_created_once_with_history(session):
    first = create_demo(session, now=NOW)
    again = create_demo(session, now=NOW)
    assert first.created and not again.created
    assert first.emails == again.emails == DEMO_EMAILS
    alex = accounts.authenticate(session, DEMO_EMAILS[0], DEMO_PASSWORD)
    sam = accounts.authenticate(session, DEMO_EMAILS[1], DEMO_PASSWORD)
    assert (alex.name, sam.name) == ("Alex", "Sam") and alex.couple_id == sam.couple_id

    active = contracts.active_version(session, alex.couple_id)
    assert 3 <= len(active.items_of(ItemKind.COMMITMENT)) <= 4
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
