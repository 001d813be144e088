"""The engine and sessions every process makes: SQLite's settings, and a request's session
asking the database once for what it already loaded."""

from __future__ import annotations

import gc

from sqlalchemy import Engine, event, select, text

from tests.factories import make_couple
from trust_tracker.models.db import make_engine, make_sessionmaker, upgrade
from trust_tracker.models.entities import Couple, Partner


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
