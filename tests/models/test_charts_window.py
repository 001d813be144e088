"""The charts page costs its window: the same statements for a new couple and an old one,
the daily figures read once, and calendar cells built as plain tuples."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from tests.factories import NOW, agreed_contract, make_entry
from trust_tracker.models import charts, text
from trust_tracker.models.cadence import DayTally
from trust_tracker.models.entities import LogKind

TODAY = date(2026, 11, 25)  # a Wednesday


def _statements(connection, action) -> list[str]:
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        seen.append(" ".join(statement.split()).upper())

    event.listen(connection, "after_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(connection, "after_cursor_execute", record)
    return seen


def _window(statements: list[str]) -> list[str]:
    """The statements' shapes, less the contract read again in a savepoint: the test is one
    transaction that wrote the contract, and such a transaction keeps nothing per process
    (models/revisions.py), so a read may repeat there that a request of its own would not."""
    kept_copy = ("SAVEPOINT", "ROLLBACK TO SAVEPOINT", "RELEASE SAVEPOINT", "SELECT CONTRACT_VERSION.ID")
    return [_shape(s) for s in statements if not s.startswith(kept_copy)]


def _shape(statement: str) -> str:
    """A statement without its parameters' count (an IN list grows with the commitments)."""
    return statement.split(" WHERE ")[0]


@pytest.mark.postgres_smoke
def test_an_old_couple_reads_what_a_new_one_reads(session, couple, connection) -> None:
    alex, sam = couple
    call, talk = agreed_contract(session, alex, sam).items[:2]
    charts.overview(session, alex.couple_id, 26, NOW)  # both measured at their second read, as the old one is
    fresh = _statements(connection, lambda: charts.overview(session, alex.couple_id, 26, NOW))
    # Two years of history, begun long before the contract was agreed.
    backs = range(1, 2 * 365, 3)
    for back in backs:
        make_entry(session, alex, LogKind.KEPT if back % 7 else LogKind.MISSED, TODAY - timedelta(days=back), call)
        make_entry(session, sam, LogKind.KEPT, TODAY - timedelta(days=back), talk)
    session.flush()
    charts.overview(session, alex.couple_id, 26, NOW)  # writes the streak records, once
    old = _statements(connection, lambda: charts.overview(session, alex.couple_id, 26, NOW))

    assert _window(old) == _window(fresh)
    # The commitments' figures and their calendars share one read of the daily figures.
    assert len([s for s in old if "SUM(DAILY_STAT.KEPT)" in s and "GROUP BY DAILY_STAT.LINEAGE_ID" in s]) == 1
    # The first day each counted is looked up by index (MIN of one commitment), not grouped over years.
    assert not [s for s in old if "GROUP BY DAILY_STAT.LINEAGE_ID" in s and "MIN(" in s]
    shown = charts.overview(session, alex.couple_id, 26, NOW)
    assert {s.since for s in shown.stats} == {TODAY - timedelta(days=backs[-1])}
    # 26 weeks of calendar, Monday to this Wednesday, whatever the couple's age.
    days = shown.heatmaps[0].days
    assert (days[0].day, days[-1].day, len(shown.heatmaps[0].weeks)) == (date(2026, 6, 1), TODAY, 26)


def test_the_daily_figures_are_read_by_index_the_tallies_from_the_index_alone(session, couple, connection) -> None:
    """What a chart reads of the daily figures: kept and missed from the covering index
    (migration 0014), the rare hard days from the partial index that holds only them."""
    if connection.dialect.name != "sqlite":
        pytest.skip("SQLite's plan: PostgreSQL reads these few test rows by scanning the table")
    alex, sam = couple
    call, talk = agreed_contract(session, alex, sam).items[:2]
    for back in range(1, 60):
        make_entry(
            session, alex, LogKind.HARD_DAY if back % 9 == 0 else LogKind.KEPT, TODAY - timedelta(days=back), call
        )
        make_entry(session, sam, LogKind.MISSED, TODAY - timedelta(days=back), talk)
    session.flush()
    read: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        if "FROM daily_stat" in statement:
            read.append((statement, parameters))

    event.listen(connection, "after_cursor_execute", record)
    try:
        charts.overview(session, alex.couple_id, 26, NOW)
    finally:
        event.remove(connection, "after_cursor_execute", record)
    plans = {
        statement: " ".join(
            str(row[-1]) for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        )
        for statement, parameters in read
    }
    tallies = [
        plan
        for statement, plan in plans.items()
        if "sum(daily_stat.missed)" in statement and "lineage_id IN" in statement
    ]
    hard = [plan for statement, plan in plans.items() if "daily_stat.hard_day > 0" in statement]
    assert tallies and all("USING COVERING INDEX ix_daily_stat_lineage_tallies" in plan for plan in tallies)
    assert hard and all("USING INDEX ix_daily_stat_hard_days" in plan for plan in hard)
    assert not [plan for plan in plans.values() if "SCAN daily_stat" in plan]  # nothing reads the whole table


def test_a_new_couples_calendar_starts_the_week_it_began(session, couple) -> None:
    alex, sam = couple
    agreed_contract(session, alex, sam)  # agreed today, a Wednesday
    [call, _talk] = charts.overview(session, alex.couple_id, 26, NOW).heatmaps
    assert [d.day for d in call.days] == [date(2026, 11, 23) + timedelta(days=i) for i in range(3)]
    [(monday, cells)] = call.weeks
    assert monday == date(2026, 11, 23)
    assert [c.state if c else None for c in cells] == ["none", "none", "unlogged", None, None, None, None]


@pytest.mark.parametrize(
    ("tally", "hard_day", "due", "state"),
    [
        (DayTally(1, 0), False, True, "kept"),
        (DayTally(0, 1), True, True, "missed"),
        (DayTally(2, 1), False, False, "mixed"),
        (None, True, True, "hard_day"),
        (None, False, True, "unlogged"),
        (DayTally(), False, True, "unlogged"),
        (None, False, False, "none"),
    ],
)
def test_a_cells_state(tally, hard_day, due, state) -> None:
    cell = charts.Day.of(TODAY, tally, hard_day, due)
    assert cell.state == state
    assert (cell.kept, cell.missed) == ((tally.kept, tally.missed) if tally else (0, 0))


def test_the_sites_day_and_month_names_are_strftimes() -> None:
    """The tables of names write what %a, %b and %B wrote, for every weekday and month."""
    for offset in range(0, 366, 5):
        day = date(2024, 1, 1) + timedelta(days=offset)
        assert text.day(day) == f"{day:%a} {day.day} {day:%b %Y}"
        assert text.month(day) == f"{day:%B %Y}"
