"""A milestone look or a streak record made while another transaction changes an earlier day
(PostgreSQL, read committed: these tests commit, on a database of their own). The look reads
the figures, the other transaction corrects a day it read and commits, then the look is
stored: before models/figure_lock.py it stood on figures that no longer held, and a better
month (or the first clean week, or the best streak) was missed until `db rebuild-stats`.
SQLite takes its write lock as each transaction begins (models/db.py): no interleaving to force.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, delete, event, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from tests.factories import NOW, make_couple, make_entry
from tests.models.milestone_contract import AGREED
from trust_tracker.models import charts, contracts, milestones, tracking, voice
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.db import make_sessionmaker
from trust_tracker.models.entities import Cadence, ItemKind, LogEntry, LogKind, Partner, Source
from trust_tracker.models.figure_lock import hold_figures
from trust_tracker.models.stat_entities import StreakRecord

TODAY = date(2026, 11, 25)  # NOW's local day: a Wednesday
only_postgresql = pytest.mark.parametrize("own_engine", ["postgresql"], indirect=True)


def _race(engine: Engine, make: Callable[[Session], Any], pause: str, change: Callable[[Session], None]) -> None:
    """`make` runs in one transaction until just before its statement holding `pause`; `change`
    runs in another meanwhile, to its commit or until it waits for a lock; then both go on."""
    sessions = make_sessionmaker(engine)
    paused, go, changed = threading.Event(), threading.Event(), threading.Event()
    errors: list[BaseException] = []
    changer_pid: list[int] = []

    def hold(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if pause in f"{statement} {parameters}" and not paused.is_set():
            paused.set()
            go.wait(30)

    def making() -> None:
        try:
            with sessions.begin() as session:
                event.listen(session.connection(), "before_cursor_execute", hold)
                make(session)
        except BaseException as error:  # reported by the test below
            errors.append(error)
        finally:
            paused.set()

    def changing() -> None:
        try:
            with sessions.begin() as session:
                changer_pid.append(session.scalar(select(func.pg_backend_pid())))
                change(session)
        except BaseException as error:
            errors.append(error)
        finally:
            changed.set()

    maker = threading.Thread(target=making)
    maker.start()
    assert paused.wait(30)
    changer = threading.Thread(target=changing)
    changer.start()
    try:
        _until_committed_or_waiting(engine, changed, changer_pid)
    finally:
        go.set()
    maker.join(30)
    changer.join(30)
    assert not errors, errors


def _until_committed_or_waiting(engine: Engine, changed: threading.Event, pid: list[int]) -> None:
    """Until the change commits, or waits for a lock the maker holds (at most 30 s)."""
    deadline = time.monotonic() + 30
    with engine.connect() as watch:
        while not changed.is_set() and time.monotonic() < deadline:
            if pid and watch.execute(_WAITING, {"pid": pid[0]}).scalar() == "Lock":
                return
            watch.rollback()
            time.sleep(0.01)


_WAITING = text("SELECT wait_event_type FROM pg_stat_activity WHERE pid = :pid")


def _couple(engine: Engine) -> tuple[int, int]:
    with make_sessionmaker(engine).begin() as session:
        alex, sam = make_couple(session)
        return alex.id, sam.id


def _entry(session: Session, partner_id: int, day: date) -> LogEntry:
    return session.scalars(select(LogEntry).where(LogEntry.partner_id == partner_id, LogEntry.local_date == day)).one()


def _look_raced(engine: Engine, partner_id: int, look: str, change: Callable[[Session], None]) -> set[str]:
    """The milestones found afresh after `look` was made while `change` corrected a day it read."""
    _race(engine, lambda s: milestones.record_milestones(s, s.get_one(Partner, partner_id), NOW), look, change)
    with make_sessionmaker(engine).begin() as session:
        return {m.key for m in milestones.record_milestones(session, session.get_one(Partner, partner_id), NOW)}


@only_postgresql
def test_a_better_month_is_found_when_its_month_was_corrected_during_the_look(fresh_engine) -> None:
    alex_id, _ = _couple(fresh_engine)
    with make_sessionmaker(fresh_engine).begin() as session:
        alex = session.get_one(Partner, alex_id)
        for first in (date(2026, 9, 1), date(2026, 10, 1)):  # 6 kept in 10, both months: not better
            for n in range(10):
                make_entry(session, alex, LogKind.KEPT if n < 6 else LogKind.MISSED, first + timedelta(days=n))

    def correct_october(session: Session) -> None:
        _entry(session, alex_id, date(2026, 10, 8)).kind = LogKind.KEPT  # 7 in 10: better after all
        session.flush()

    assert "better-month:2026-10" in _look_raced(fresh_engine, alex_id, "looked:better-month:2026-10", correct_october)


@only_postgresql
def test_the_first_clean_week_is_found_when_its_week_was_corrected_during_the_look(fresh_engine) -> None:
    alex_id, sam_id = _couple(fresh_engine)
    with make_sessionmaker(fresh_engine).begin() as session:
        alex = session.get_one(Partner, alex_id)
        version = contracts.propose_version(session, alex, [ItemDraft(ItemKind.COMMITMENT, "Call")], now=AGREED)
        contracts.agree_version(session, session.get_one(Partner, sam_id), version.id, now=AGREED)  # weeks before
        make_entry(session, alex, LogKind.KEPT, date(2026, 11, 17))
        make_entry(session, alex, LogKind.MISSED, date(2026, 11, 18))  # last week: not clean

    def correct_last_week(session: Session) -> None:
        session.delete(_entry(session, alex_id, date(2026, 11, 18)))  # logged by mistake: removed
        session.flush()

    assert "clean-week:first" in _look_raced(fresh_engine, alex_id, "looked:clean-week:2026-11-23", correct_last_week)


@only_postgresql
def test_a_streak_record_made_while_an_older_day_is_corrected_does_not_stand(fresh_engine) -> None:
    alex_id, sam_id = _couple(fresh_engine)
    agreed = NOW - timedelta(days=200)
    with make_sessionmaker(fresh_engine).begin() as session:
        alex, sam = session.get_one(Partner, alex_id), session.get_one(Partner, sam_id)
        version = contracts.propose_version(
            session, alex, [ItemDraft(ItemKind.COMMITMENT, "Call when late", cadence=Cadence.DAILY)], now=agreed
        )
        contracts.agree_version(session, sam, version.id, now=agreed)
        [call] = version.items
        for back in range(1, 200):
            make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
        couple_id = alex.couple_id

    def miss_long_ago(session: Session) -> None:
        _entry(session, alex_id, TODAY - timedelta(days=150)).kind = LogKind.MISSED  # before the record's Sunday
        session.flush()

    _race(
        fresh_engine,
        lambda session: charts.commitment_stats(session, couple_id, NOW),
        "INSERT INTO streak_record",
        miss_long_ago,
    )
    sessions = make_sessionmaker(fresh_engine)
    with sessions.begin() as session:
        [shown] = charts.commitment_stats(session, couple_id, NOW)
    with sessions.begin() as session:
        session.execute(delete(StreakRecord))  # what the figures say, summed up afresh
        [truth] = charts.commitment_stats(session, couple_id, NOW)
    assert truth.best_streak == 149
    assert (shown.best_streak, shown.strength) == (truth.best_streak, truth.strength)


@only_postgresql
def test_the_pairing_lock_and_the_figures_lock_never_meet(fresh_engine) -> None:
    """A pairing attempt holds its lock to the end of its transaction; a couple logging meanwhile
    does not wait for it (another key space), and the pairing lock is always taken first."""
    alex_id, _ = _couple(fresh_engine)
    sessions = make_sessionmaker(fresh_engine)
    with sessions.begin() as pairing, sessions.begin() as logging:
        voice._one_guess_at_a_time(pairing, "amzn1.ask.account.ALEX")
        logging.execute(text("SET LOCAL lock_timeout = '2s'"))
        tracking.log_entry(
            logging, logging.get_one(Partner, alex_id), LogKind.RELIABILITY, source=Source.VOICE, now=NOW, note="hi"
        )


def test_a_write_of_an_entry_takes_the_figures_lock_once(fresh_engine) -> None:
    """One statement on PostgreSQL for a transaction's writes and looks (none on SQLite)."""
    alex_id, _ = _couple(fresh_engine)
    seen: list[str] = []
    with make_sessionmaker(fresh_engine).begin() as session:
        event.listen(session.connection(), "before_cursor_execute", lambda *args: seen.append(args[2]))
        alex = session.get_one(Partner, alex_id)
        for note in ("on time", "kind words"):
            entry = tracking.log_entry(session, alex, LogKind.RELIABILITY, source=Source.VOICE, now=NOW, note=note)
            milestones.record_milestones(session, alex, NOW, logged=entry)  # the looks are made, then known
        locks = [s for s in seen if "pg_advisory_xact_lock" in s]
        assert len(locks) == (1 if fresh_engine.dialect.name == "postgresql" else 0)


@only_postgresql
@pytest.mark.parametrize("kind", [LogKind.KEPT, LogKind.MISSED, LogKind.RELIABILITY, LogKind.HARD_DAY])
def test_a_new_entry_is_not_written_while_another_transaction_holds_the_figures(fresh_engine, kind) -> None:
    """A new entry's insert takes the figures lock in its own statement (models/entry_writes.py):
    while a look or another write holds it, the insert waits and writes nothing; once it is let go,
    the same entry is written, and the lock is taken once in all."""
    alex_id, sam_id = _couple(fresh_engine)
    sessions = make_sessionmaker(fresh_engine)
    with sessions.begin() as session:
        alex, sam = session.get_one(Partner, alex_id), session.get_one(Partner, sam_id)
        drafts = [ItemDraft(ItemKind.COMMITMENT, "Walk the dog", cadence=Cadence.DAILY)]
        version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=3))
        contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=3))
        lineage_id = version.items[0].lineage_id if kind in (LogKind.KEPT, LogKind.MISSED) else None
        couple_id = alex.couple_id

    def write(session: Session) -> LogEntry:
        alex = session.get_one(Partner, alex_id)
        return tracking.log_entry(session, alex, kind, source=Source.VOICE, lineage_id=lineage_id, now=NOW, note="ok")

    with sessions.begin() as holder:
        hold_figures(holder, [couple_id])
        with pytest.raises(OperationalError, match="lock timeout"), sessions.begin() as writer:
            writer.execute(text("SET LOCAL lock_timeout = '300ms'"))
            write(writer)
    seen: list[str] = []
    with sessions.begin() as writer:
        event.listen(writer.connection(), "before_cursor_execute", lambda *args: seen.append(args[2]))
        written = write(writer)
        hold_figures(writer, [couple_id])  # held already: no second statement
    with sessions.begin() as session:
        assert session.scalars(select(LogEntry.id).where(LogEntry.partner_id == alex_id)).all() == [written.id]
    assert sum("pg_advisory_xact_lock" in statement for statement in seen) == 1
