"""Removing one's own entry (with its ten-minute undo) and disputing one made in one's name."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, agreed_contract, make_couple, make_entry
from trust_tracker.models import charts, disputes, setbacks, tracking
from trust_tracker.models.entities import LogEntry, LogKind, Setback, Source
from trust_tracker.models.errors import Conflict, NotAllowed, NotFound
from trust_tracker.models.stat_entities import RemovedEntry

TODAY = date(2026, 11, 25)


def _row(entry: LogEntry) -> dict:
    return disputes._columns(entry)


def test_a_removed_entry_and_its_setback_come_back_exactly(session, couple, contract):
    alex, _sam = couple
    missed = tracking.log_entry(
        session,
        alex,
        LogKind.MISSED,
        source=Source.VOICE,
        lineage_id=contract.items[0].lineage_id,
        note="traffic",
        now=NOW,
    )
    missed.acknowledged_at = NOW
    setback = setbacks.start_setback(session, alex, missed.id, now=NOW)
    setbacks.reflect(session, alex, setback.id, trigger="a long meeting", prevention="an alarm")
    session.flush()
    before, setback_before = _row(missed), disputes._columns(setback)
    removed = disputes.remove_entry(session, alex, missed.id, NOW)
    assert session.get(LogEntry, before["id"]) is None
    assert session.scalars(select(Setback)).all() == []
    assert [r.id for r in disputes.undoable(session, alex, NOW)] == [removed.id]
    back = disputes.undo_removal(session, alex, removed.id, NOW + timedelta(minutes=9))
    session.expire_all()
    assert _row(session.get(LogEntry, back.id)) == before
    [restored] = session.scalars(select(Setback)).all()
    assert disputes._columns(restored) == setback_before
    assert session.scalars(select(RemovedEntry)).all() == []


def test_only_ones_own_entry_can_be_removed_and_only_in_ones_couple(session, couple, contract):
    alex, sam = couple
    entry = make_entry(session, sam, LogKind.KEPT, TODAY, contract.items[1])
    with pytest.raises(NotAllowed):
        disputes.remove_entry(session, alex, entry.id, NOW)
    kim, _ = make_couple(session, "Kim", "Lee")
    with pytest.raises(NotFound):
        disputes.remove_entry(session, kim, entry.id, NOW)
    with pytest.raises(NotFound):
        disputes.remove_entry(session, alex, 10**9, NOW)
    assert session.get(LogEntry, entry.id) is not None


def test_the_undo_is_the_removers_for_ten_minutes(session, couple, contract):
    alex, sam = couple
    entry = make_entry(session, alex, LogKind.SMALL_WIN, TODAY, note="calm talk")
    removed = disputes.remove_entry(session, alex, entry.id, NOW)
    with pytest.raises(NotAllowed):
        disputes.undo_removal(session, sam, removed.id, NOW)
    kim, _ = make_couple(session, "Kim", "Lee")
    with pytest.raises(NotFound):
        disputes.undo_removal(session, kim, removed.id, NOW)
    with pytest.raises(Conflict, match="10 minutes"):
        disputes.undo_removal(session, alex, removed.id, NOW + timedelta(minutes=11))
    assert disputes.undoable(session, alex, NOW + timedelta(minutes=11)) == []
    assert session.scalars(select(LogEntry)).all() == []


def test_an_undo_never_doubles_a_day_logged_again(session, couple, contract):
    alex, _ = couple
    lineage = contract.items[0].lineage_id
    first = tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, lineage_id=lineage, now=NOW)
    removed = disputes.remove_entry(session, alex, first.id, NOW)
    tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, lineage_id=lineage, now=NOW)
    with pytest.raises(Conflict, match="logged again"):
        disputes.undo_removal(session, alex, removed.id, NOW)
    assert len(session.scalars(select(LogEntry)).all()) == 1


def test_todays_undo_is_for_what_was_just_logged(session, couple, contract):
    alex, _ = couple
    lineage = contract.items[0].lineage_id
    entry = tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, lineage_id=lineage, now=NOW)
    with pytest.raises(Conflict, match="History"):
        disputes.undo_recent_log(session, alex, entry.id, NOW + timedelta(minutes=11))
    disputes.undo_recent_log(session, alex, entry.id, NOW + timedelta(minutes=3))
    assert session.get(LogEntry, entry.id) is None


def test_not_me_takes_a_voice_entry_out_of_every_figure_and_frees_the_day(session, couple, contract):
    alex, _sam = couple
    call = contract.items[0]
    for back in range(1, 4):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    claimed = tracking.log_entry(session, alex, LogKind.KEPT, source=Source.VOICE, lineage_id=call.lineage_id, now=NOW)
    assert disputes.last_voice_entry(session, alex, NOW) == claimed
    streak = {s.commitment.lineage_id: s.length for s in tracking.current_streaks(session, alex, NOW)}
    assert streak[call.lineage_id] == 4
    disputes.dispute(session, alex, claimed.id, NOW)
    assert claimed.disputed_at == NOW
    streak = {s.commitment.lineage_id: s.length for s in tracking.current_streaks(session, alex, NOW)}
    assert streak[call.lineage_id] == 3
    stats = {s.lineage_id: s for s in charts.commitment_stats(session, alex.couple_id, NOW)}
    assert stats[call.lineage_id].current_streak == 3
    assert tracking.week_summary(session, alex, NOW).counts[LogKind.KEPT] == 2  # Monday and Tuesday
    assert disputes.last_voice_entry(session, alex, NOW) is None  # disputed once is enough
    # The day is free again: Alex logs what really happened, once (kept or missed).
    tracking.log_entry(session, alex, LogKind.MISSED, source=Source.WEB, lineage_id=call.lineage_id, now=NOW)
    with pytest.raises(Conflict, match="already logged as missed today"):
        tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, lineage_id=call.lineage_id, now=NOW)


def test_not_me_is_for_voice_entries_in_ones_own_name(session, couple, contract):
    alex, sam = couple
    typed = make_entry(session, alex, LogKind.KEPT, TODAY, contract.items[0], source=Source.WEB)
    spoken = make_entry(session, sam, LogKind.BREACH, TODAY, source=Source.VOICE)
    with pytest.raises(Conflict, match="by voice"):
        disputes.dispute(session, alex, typed.id, NOW)
    with pytest.raises(NotAllowed):
        disputes.dispute(session, alex, spoken.id, NOW)
    kim, _lee = make_couple(session, "Kim", "Lee")
    with pytest.raises(NotFound):
        disputes.dispute(session, kim, spoken.id, NOW)
    session.refresh(typed)
    session.refresh(spoken)
    assert typed.disputed_at is None and spoken.disputed_at is None


def test_undo_that_reaches_back_ten_minutes_for_the_speakers_own_entry(session, couple, contract):
    alex, sam = couple
    mine = tracking.log_entry(session, alex, LogKind.SMALL_WIN, source=Source.VOICE, note="calm", now=NOW)
    tracking.log_entry(
        session, sam, LogKind.SMALL_WIN, source=Source.VOICE, note="hers", now=NOW + timedelta(minutes=1)
    )
    assert disputes.last_own_entry(session, alex, NOW + timedelta(minutes=5)) == mine
    assert disputes.last_own_entry(session, alex, NOW + timedelta(minutes=11)) is None
    kim, lee = make_couple(session, "Kim", "Lee")
    assert lee is not None
    agreed_contract(session, kim, lee)
    assert disputes.last_own_entry(session, kim, NOW) is None


def test_undo_reads_the_entry_it_removes_once(session, couple, contract, connection):
    """ "Undo that" then "yes": the entry the skill has loaded is not fetched again, and the
    last ten minutes are found through the (couple, local date) index, not the whole log."""
    from sqlalchemy import event

    alex, _ = couple
    lineage = contract.items[0].lineage_id
    for back in range(1, 40):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), contract.items[0])
    entry = tracking.log_entry(session, alex, LogKind.KEPT, source=Source.VOICE, lineage_id=lineage, now=NOW)
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement.upper())

    event.listen(connection, "after_cursor_execute", record)
    try:
        assert disputes.last_own_entry(session, alex, NOW + timedelta(minutes=2)) == entry
        disputes.undo_recent_log(session, alex, entry.id, NOW + timedelta(minutes=2))
    finally:
        event.remove(connection, "after_cursor_execute", record)
    [found] = [s for s in statements if s.startswith("SELECT") and "FROM LOG_ENTRY" in s]
    assert "LOG_ENTRY.LOCAL_DATE >=" in found
    assert session.get(LogEntry, entry.id) is None


def test_undo_and_not_me_reach_an_entry_just_logged_for_an_earlier_day(session, couple, contract):
    """The ten minutes (and the week of "not me") are of when it was logged, not of the day it is
    for: "I put the bins out on Thursday", said on Monday, is what "undo that" offers."""
    alex, sam = couple
    lineage = contract.items[0].lineage_id
    week_back = TODAY - timedelta(days=tracking.PAST_DAYS)
    make_entry(session, alex, LogKind.KEPT, week_back - timedelta(days=30), contract.items[0])
    said = tracking.log_entry(
        session, alex, LogKind.KEPT, source=Source.VOICE, lineage_id=lineage, now=NOW, day=week_back
    )
    assert disputes.last_own_entry(session, alex, NOW + timedelta(minutes=5)) == said
    assert disputes.last_own_entry(session, alex, NOW + timedelta(minutes=5), before=said) is None
    assert disputes.last_own_entry(session, alex, NOW + timedelta(minutes=11)) is None
    assert disputes.last_own_entry(session, sam, NOW + timedelta(minutes=5)) is None
    assert disputes.last_voice_entry(session, alex, NOW + timedelta(days=6)) == said
    assert disputes.last_voice_entry(session, alex, NOW + timedelta(days=8)) is None
    moved = disputes.amend_recent(session, alex, said.id, NOW + timedelta(minutes=5), day=TODAY - timedelta(days=2))
    assert disputes.last_own_entry(session, alex, NOW + timedelta(minutes=9)) == moved
