"""A new entry written by Core (models/entry_writes.py) is in the session as if loaded, and a
rollback of the savepoint it was written in takes it out, as the ORM does with what it flushed."""

from sqlalchemy import select

from tests.factories import NOW
from trust_tracker.models import stats, tracking
from trust_tracker.models.entities import LogEntry, LogKind, Source


def test_a_written_entry_reads_as_loaded_and_moves_the_figures(session, couple):
    alex, _ = couple
    entry = tracking.log_entry(session, alex, LogKind.RELIABILITY, source=Source.WEB, note="on time", now=NOW)
    assert entry in session and not session.new and entry.id is not None
    assert (entry.note, entry.acknowledged_at, entry.disputed_at) == ("on time", None, None)
    assert session.get(LogEntry, entry.id) is entry
    daily, _ = stats.snapshot(session, alex.couple_id)
    stats.rebuild(session, [alex.couple_id])
    assert stats.snapshot(session, alex.couple_id)[0] == daily != set()


def test_a_savepoint_rolled_back_takes_its_written_entry_out(session, couple):
    alex, _ = couple
    with session.begin_nested() as savepoint:
        undone = tracking.log_entry(session, alex, LogKind.SMALL_WIN, source=Source.WEB, now=NOW)
        savepoint.rollback()
    assert undone not in session
    # SQLite gives the id again: no stale copy is met, and the new entry is the one found.
    again = tracking.log_entry(session, alex, LogKind.SMALL_WIN, source=Source.WEB, note="again", now=NOW)
    assert session.scalars(select(LogEntry.note)).all() == ["again"]
    assert session.get(LogEntry, again.id) is again


def test_a_savepoint_released_keeps_its_entry_through_a_later_one_rolled_back(session, couple):
    alex, _ = couple
    with session.begin_nested():
        kept = tracking.log_entry(session, alex, LogKind.SMALL_WIN, source=Source.WEB, note="kept", now=NOW)
    with session.begin_nested() as savepoint:
        tracking.log_entry(session, alex, LogKind.SMALL_WIN, source=Source.WEB, note="undone", now=NOW)
        savepoint.rollback()
    assert kept in session
    assert session.scalars(select(LogEntry.note)).all() == ["kept"]
