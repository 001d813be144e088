"""The engine and sessions every process makes: SQLite's settings, and a request's session
asking the database once for what it already loaded."""

from __future__ import annotations

import gc
from datetime import UTC, date, datetime

from sqlalchemy import Engine, bindparam, event, select, text

from tests.factories import agreed_contract, make_couple
from trust_tracker.models.db import make_engine, make_sessionmaker, read, upgrade
from trust_tracker.models.entities import Couple, ItemKind, LogEntry, LogKind, Partner, Source
from trust_tracker.models.stat_entities import DailyStat


def test_sqlite_writes_ahead_syncs_at_checkpoints_and_waits_its_turn(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'settings.db'}")
    with engine.connect() as connection:
        settings = [connection.exec_driver_sql(f"PRAGMA {name}").scalar() for name in ("journal_mode", "synchronous")]
        assert settings == ["wal", 1]  # 1: NORMAL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def statements(engine: Engine) -> list[str]:
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    return seen


def test_what_a_session_loaded_is_not_asked_for_again(own_engine):
    upgrade(own_engine)
    sessions = make_sessionmaker(own_engine)
    with sessions.begin() as session:
        alex, _ = make_couple(session)
        alex_id, couple_id = alex.id, alex.couple_id
    seen = statements(own_engine)
    with sessions() as session:
        session.get(Couple, couple_id)  # loaded, then let go of
        partner = session.scalars(select(Partner).where(Partner.id == alex_id)).one()
        gc.collect()
        before = len(seen)
        assert partner.couple.id == couple_id  # the lazy load finds the couple in the session
        assert len(seen) == before
    with sessions() as session:  # a new session (a new request) asks again
        session.get(Couple, couple_id)
        assert any("FROM couple" in statement for statement in seen[before:])
    assert session.info.get("trust_tracker.held", set()) == set()  # closed: nothing held


def test_a_session_can_still_forget_what_it_deleted(own_engine):
    upgrade(own_engine)
    sessions = make_sessionmaker(own_engine)
    with sessions.begin() as session:
        robin, _ = make_couple(session, "Robin", None)
        session.delete(robin)
        session.flush()
        assert robin not in session.info["trust_tracker.held"]
        assert session.execute(text("SELECT count(*) FROM partner")).scalar() == 0


def test_a_plain_read_sees_what_the_session_has_not_flushed_yet(session):
    """db.read runs on the session's connection, after the flush a query would do: the
    figures it reads include an entry only added, and nothing else is written."""
    alex, sam = make_couple(session)
    version = agreed_contract(session, alex, sam)
    item = version.items_of(ItemKind.COMMITMENT)[0]
    session.add(
        LogEntry(
            couple_id=alex.couple_id,
            partner_id=alex.id,
            kind=LogKind.KEPT,
            lineage_id=item.lineage_id,
            local_date=date(2026, 11, 24),
            created_at=datetime(2026, 11, 24, 20, tzinfo=UTC),
            source=Source.VOICE,
        )
    )
    figures = select(DailyStat.local_date, DailyStat.kept).where(DailyStat.lineage_id == item.lineage_id)
    assert read(session, figures).all() == [(date(2026, 11, 24), 1)]
    assert not session.new  # flushed, in the session's own transaction
    other = select(DailyStat.kept).where(DailyStat.couple_id == bindparam("couple_id"))
    assert read(session, other, {"couple_id": alex.couple_id + 1}).all() == []  # another couple's: none
