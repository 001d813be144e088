"""Milestones stay cheap to find: a handful of reads whatever the history, one query for the kept
counts, and a look that found nothing, or a streak that cannot reach its next threshold yet, read
nothing again."""

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import event

from tests.factories import NOW, make_entry
from tests.models.milestone_contract import TODAY
from tests.models.milestone_contract import items as items
from trust_tracker.models import milestone_reads, milestones, tracking
from trust_tracker.models.entities import LogEntry, LogKind, Source


def test_detection_stays_cheap_with_years_of_history(session, couple, items, connection):
    alex, _sam = couple
    call = items["call when late"]
    rows = [
        LogEntry(
            couple_id=alex.couple_id,
            partner_id=alex.id,
            kind=LogKind.KEPT if d % 5 != 4 else LogKind.MISSED,
            lineage_id=call.lineage_id,
            local_date=TODAY - timedelta(days=d),
            created_at=NOW - timedelta(days=d),
            source=Source.WEB,
        )
        for d in range(3 * 365)
    ]
    session.add_all(rows)
    session.flush()
    fetched = []

    def count(conn, cursor, statement, parameters, context, executemany):
        fetched.append(statement)

    event.listen(connection, "after_cursor_execute", count)
    try:
        milestones.record_milestones(session, alex, NOW)
    finally:
        event.remove(connection, "after_cursor_execute", count)
    # A handful of reads, whatever the history; writes only for what is new.
    assert len([s for s in fetched if s.lstrip().upper().startswith("SELECT")]) <= 10
    [streak, _] = tracking.current_streaks(session, alex, NOW)
    assert streak.length == 4  # every fifth day was missed


def test_kept_count_milestones_take_one_query_with_the_known_keys(session, couple, connection):
    alex, sam = couple
    for _ in range(12):
        make_entry(session, sam, LogKind.KEPT, TODAY)
    session.flush()
    seen = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(connection, "after_cursor_execute", record)
    try:
        found = milestone_reads.read_now(session, alex.couple_id, kept=True)
    finally:
        event.remove(connection, "after_cursor_execute", record)
    assert len(seen) == 1 and "OFFSET" in seen[0].upper() and "milestone_look" in seen[0]
    assert found.kept_days == (TODAY, None, None, None)
    assert [c.key for c in milestones.kept_counts(found.known, found.kept_days)] == ["kept:10"]


# A Wednesday in mid-month, later than any clock this runs on: its entries are all "today".
LATER = datetime(2099, 1, 14, 12, tzinfo=UTC)


def test_a_look_that_found_nothing_is_not_made_again_that_week(session, couple, items, connection):
    """After an entry, the first clean week and a better month were looked for again every time
    (two reads); a look that found nothing is stored, and stands while no earlier day changes."""
    alex, sam = couple
    first = tracking.log_entry(session, sam, LogKind.RELIABILITY, source=Source.VOICE, now=LATER, note="on time")
    assert milestones.record_milestones(session, sam, LATER, logged=first) == []
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(connection, "after_cursor_execute", record)
    try:
        kept = tracking.log_entry(
            session, alex, LogKind.KEPT, source=Source.VOICE, now=LATER, lineage_id=items["house jobs"].lineage_id
        )
        moment = tracking.log_entry(session, alex, LogKind.RELIABILITY, source=Source.VOICE, now=LATER, note="kind")
        seen.clear()
        assert milestones.record_milestones(session, alex, LATER, logged=moment) == []
    finally:
        event.remove(connection, "after_cursor_execute", record)
    assert seen == []  # the known keys and the looks came back with the moment's figures: nothing read
    assert {look.split(":", 1)[1] for look in milestone_reads.read_now(session, alex.couple_id, False).known} >= {
        "clean-week:2099-01-12",
        "better-month:2098-12",
    }
    assert kept.local_date >= date(2099, 1, 13)  # today's keep left the looks standing


def test_an_earlier_day_changed_makes_the_look_again(session, couple, items):
    alex, sam = couple
    call = items["call when late"]
    assert milestones.record_milestones(session, alex, LATER) == []
    last_week = date(2099, 1, 6)
    entry = make_entry(session, sam, LogKind.MISSED, last_week, call)
    assert milestones.record_milestones(session, alex, LATER) == []  # a lapse: still no clean week
    entry.kind = LogKind.KEPT  # corrected on the site: that week is clean after all
    session.flush()
    [clean] = milestones.record_milestones(session, alex, LATER)
    assert clean.key == "clean-week:first" and clean.params == {"week_of": "2099-01-05", "kept": 1}


def test_a_keep_before_its_next_streak_threshold_can_be_reached_reads_nothing(
    session, couple, items, connection, monkeypatch
):
    """A keep a day reads its commitment's streak only on the days a threshold can be reached (a
    stored wait: a streak of N needs N days); every streak milestone still fires once, that day.
    Before: every keep read the streak (two statements of daily_stat)."""
    alex, _sam = couple
    call = items["call when late"]
    first = TODAY - timedelta(days=40)
    reads: list[str] = []
    event.listen(connection, "after_cursor_execute", lambda *a: reads.append(a[2]))
    fired: dict[str, date] = {}
    read_on = []
    for n in range(31):
        day = first + timedelta(days=n)
        now = datetime.combine(day, time(12), tzinfo=UTC)
        monkeypatch.setattr("trust_tracker.models.stats.utcnow", lambda now=now: now)  # the clock of that day
        entry = tracking.log_entry(
            session, alex, LogKind.KEPT, source=Source.VOICE, lineage_id=call.lineage_id, now=now
        )
        reads.clear()
        for m in milestones.celebrate(session, alex, now, logged=entry):
            assert m.key not in fired, m.key
            fired[m.key] = day
        if any("daily_stat.lineage_id" in s for s in reads):
            read_on.append(n + 1)
    streaks = {k: d for k, d in fired.items() if k.startswith("streak")}
    assert streaks == {f"streak:{call.lineage_id}:{n}": first + timedelta(days=n - 1) for n in (3, 7, 14, 30)}
    assert read_on == [1, 3, 7, 14, 30]


def test_a_keep_dated_before_a_stored_wait_joins_two_runs_and_fires(session, couple, items):
    alex, _sam = couple
    call = items["call when late"]
    first = TODAY - timedelta(days=10)
    for n in (0, 1, 3, 4):  # a day left out between two runs of two
        entry = make_entry(session, alex, LogKind.KEPT, first + timedelta(days=n), call)
        now = datetime.combine(first + timedelta(days=n), time(21), tzinfo=UTC)
        assert _streak_keys(milestones.celebrate(session, alex, now, logged=entry)) == []
    late = make_entry(session, alex, LogKind.KEPT, first + timedelta(days=2), call)  # logged late, for that day
    assert _streak_keys(milestones.celebrate(session, alex, now, logged=late)) == [f"streak:{call.lineage_id}:3"]


def _streak_keys(found):
    return [m.key for m in found if m.key.startswith("streak")]
