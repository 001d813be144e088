"""The milestone look after a new entry reads what it needs with the entry's own figures
(models/milestone_reads.py): no statement of its own, the same milestones found, and what was
read never used once something it says may have changed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event, insert, select, text

from tests.factories import NOW, make_entry
from trust_tracker.models import contracts, milestone_reads, milestones, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind, Milestone, Source
from trust_tracker.models.errors import Conflict
from trust_tracker.models.stat_entities import DailyStat, MonthlyStat

TODAY = NOW.date()


@pytest.fixture
def call(session, couple):
    alex, sam = couple
    version = contracts.propose_version(
        session, alex, [ItemDraft(ItemKind.COMMITMENT, "Call when I'm running late", short_name="call when late")]
    )
    contracts.agree_version(session, sam, version.id)
    return version.items[0]


@pytest.fixture
def statements(connection):
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(connection, "after_cursor_execute", record)
    yield seen
    event.remove(connection, "after_cursor_execute", record)


def _keep(session, partner, call):
    return tracking.log_entry(session, partner, LogKind.KEPT, source=Source.VOICE, lineage_id=call.lineage_id, now=NOW)


def test_the_tenth_keep_is_celebrated_with_no_read_of_its_own(session, couple, call, statements):
    alex, sam = couple
    for n in range(1, 10):  # nine kept on earlier days, not by the contract's commitment
        make_entry(session, sam, LogKind.KEPT, TODAY - timedelta(days=n))
    session.flush()
    entry = _keep(session, alex, call)
    statements.clear()
    found = milestones.record_milestones(session, alex, NOW, logged=entry)
    reached = {m.key: m.reached_on for m in found}
    assert reached["kept:10"] == entry.local_date  # the tenth kept entry's day, read with its figures
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert not any("milestone_look" in s or "OFFSET" in s.upper() for s in reads)


def test_the_keeps_figures_and_the_reads_are_written_as_before(session, couple, call, statements):
    alex, _sam = couple
    statements.clear()
    entry = _keep(session, alex, call)
    writes = [s for s in statements if "_stat" in s and s.lstrip().upper().startswith(("INSERT", "WITH"))]
    if session.get_bind().dialect.name == "postgresql":  # the daily upsert rides in the monthly one's WITH
        assert len(writes) == 1 and "daily_stat" in writes[0] and "monthly_stat" in writes[0]
    else:
        assert len(writes) == 2
    day = session.scalars(select(DailyStat).where(DailyStat.lineage_id == call.lineage_id)).one()
    month = session.scalars(select(MonthlyStat).where(MonthlyStat.partner_id == alex.id)).one()
    assert (day.kept, day.local_date, month.kept, month.month) == (
        1,
        entry.local_date,
        1,
        entry.local_date.replace(day=1),
    )
    read = milestone_reads.take(session, alex.couple_id, entry)
    assert read is not None and read.kept_days == (None, None, None, None)
    assert read.known == {}


def test_a_second_keep_the_same_day_moves_the_row_and_reads_afresh(session, couple, call):
    alex, sam = couple
    _keep(session, alex, call)
    entry = tracking.log_entry(session, sam, LogKind.KEPT, source=Source.VOICE, lineage_id=call.lineage_id, now=NOW)
    month = session.scalars(select(MonthlyStat).where(MonthlyStat.partner_id == sam.id)).one()
    assert month.kept == 1
    read = milestone_reads.take(session, sam.couple_id, entry)
    assert read is not None and read.kept_days == (None, None, None, None)


@pytest.mark.parametrize("change", ["flush", "celebrated", "look", "other entry", "taken"])
def test_what_was_read_is_never_used_once_it_may_be_stale(session, couple, call, change):
    alex, sam = couple
    entry = _keep(session, alex, call)
    if change == "flush":
        session.add(
            Milestone(
                couple_id=alex.couple_id, key="kept:10", kind="kept_count", params={"count": 10}, reached_on=TODAY
            )
        )
        session.flush()
    elif change == "celebrated":
        milestones.mark_celebrated(session, alex.couple_id, [0])
    elif change == "look":
        milestones.better_month(session, alex.couple_id, date(2026, 12, 2), set())  # stores "looked": nothing found
    elif change == "other entry":  # read with the moment's figures, not the keep's
        tracking.log_entry(session, sam, LogKind.RELIABILITY, source=Source.WEB, note="on time", now=NOW)
    else:
        assert milestone_reads.take(session, alex.couple_id, entry) is not None
    assert milestone_reads.take(session, alex.couple_id, entry) is None


def test_a_look_stored_after_the_write_is_among_the_known_keys_read_afresh(session, couple, call, statements):
    alex, _sam = couple
    entry = _keep(session, alex, call)
    milestones.better_month(session, alex.couple_id, TODAY, set())  # nothing to compare: "looked" stored
    statements.clear()
    assert "better-month:2026-10" not in {m.key for m in milestones.record_milestones(session, alex, NOW, logged=entry)}
    # Read afresh, the look is known: the months are not read again (a stale read would).
    assert not [s for s in statements if s.lstrip().upper().startswith("SELECT") and "FROM monthly_stat" in s]
    assert "looked:better-month:2026-10" in milestone_reads.read_now(session, alex.couple_id, False).known


def test_a_refused_second_keep_writes_no_figures_and_leaves_nothing_to_read(session, couple, call):
    alex, _sam = couple
    _keep(session, alex, call)
    with pytest.raises(Conflict):
        _keep(session, alex, call)
    day = session.scalars(select(DailyStat).where(DailyStat.lineage_id == call.lineage_id)).one()
    assert day.kept == 1


def test_a_stored_kept_milestone_is_not_looked_up_again_and_the_next_still_is(session, couple, call):
    alex, sam = couple
    _twenty_four_kept_the_tenth_stored(session, alex, sam)
    entry = _keep(session, alex, call)
    read = milestone_reads.take(session, alex.couple_id, entry)
    assert read is not None and read.kept_days == (None, entry.local_date, None, None)
    assert read.known == {"kept:10": False}
    # Read afresh, the same: the tenth's day (seen unstored below) is left out once it is stored.
    assert milestone_reads.read_now(session, alex.couple_id, True).kept_days == (None, entry.local_date, None, None)
    session.delete(session.scalars(select(Milestone)).one())
    session.flush()
    tenth = TODAY - timedelta(days=15)
    assert milestone_reads.read_now(session, alex.couple_id, True).kept_days == (tenth, entry.local_date, None, None)


def test_the_twenty_fifth_keep_is_celebrated_when_the_tenth_is_stored(session, couple, call):
    alex, sam = couple
    _twenty_four_kept_the_tenth_stored(session, alex, sam)
    entry = _keep(session, alex, call)
    found = {m.key: m.reached_on for m in milestones.record_milestones(session, alex, NOW, logged=entry)}
    assert found.get("kept:25") == entry.local_date and "kept:10" not in found


def _twenty_four_kept_the_tenth_stored(session, alex, sam):
    """24 kept before today (a keep today is the 25th), the tenth's milestone stored."""
    for n in range(1, 25):
        make_entry(session, sam, LogKind.KEPT, TODAY - timedelta(days=n))
    session.add(
        Milestone(couple_id=alex.couple_id, key="kept:10", kind="kept_count", params={"count": 10}, reached_on=TODAY)
    )
    session.flush()


def test_the_nth_kept_days_keep_one_plan_with_years_of_keeps(session, connection, couple):
    """PostgreSQL plans a prepared statement afresh on every run while its generic plan looks dearer
    than the plans made for its values, and it costs a bound OFFSET as reading a tenth of the rows:
    with years of keeps the milestone read was planned on every keep and "how are we doing" (README,
    Speed). Its offsets are written into it; the days read are the same."""
    if connection.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's plan cache")
    alex, sam = couple
    first = TODAY - timedelta(days=999)
    keeps = [
        {
            "couple_id": alex.couple_id,
            "partner_id": partner.id,
            "kind": LogKind.KEPT,
            "local_date": first + timedelta(days=n),
            "created_at": NOW - timedelta(days=999 - n),
            "note": "",
            "source": Source.VOICE,
        }
        for n in range(1000)
        for partner in (alex, sam)
    ]
    connection.execute(insert(LogEntry.__table__), keeps)  # two a day: the 10th is on the fifth day
    nth_days = milestone_reads.read_now(session, alex.couple_id, kept=True).kept_days
    assert nth_days == tuple(first + timedelta(days=d) for d in (4, 12, 24, 49))
    for n in milestone_reads.KEPT_THRESHOLDS:
        session.add(
            Milestone(
                couple_id=alex.couple_id, key=milestone_reads.kept_key(n), kind="kept", params={}, reached_on=first
            )
        )
    session.flush()
    connection.execute(text("ANALYZE log_entry, milestone"))
    # What earlier tests prepared on this connection goes (psycopg forgets it too).
    connection.exec_driver_sql("DEALLOCATE ALL")
    # psycopg prepares a statement after its fifth run on a connection; PostgreSQL makes five
    # custom plans of it before it weighs the generic one.
    for _ in range(14):
        assert milestone_reads.read_now(session, alex.couple_id, kept=True).kept_days == (None,) * 4
    plans = connection.execute(
        text("SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%AS kept_100'")
    ).one()
    assert plans.generic_plans >= 2, plans  # not planned afresh on every run
