"""A pooled connection is asked whether it is still alive only when it has been idle (models/db.py):
one given back within `ALIVE_WITHOUT_ASKING` is used at once, saving a round trip under load; one
the server dropped while idle is replaced before a request meets it."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from trust_tracker.models import db

only_postgresql = pytest.mark.parametrize("own_engine", ["postgresql"], indirect=True)
_PID = text("SELECT pg_backend_pid()")


def _pings(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    asked: list[object] = []
    ping = engine.dialect.do_ping
    monkeypatch.setattr(engine.dialect, "do_ping", lambda connection: asked.append(connection) or ping(connection))
    return asked


def test_a_connection_given_back_just_now_is_used_without_asking(own_engine, monkeypatch) -> None:
    asked = _pings(own_engine, monkeypatch)
    for n in range(3):
        with own_engine.connect() as connection:
            assert connection.execute(text("SELECT :n"), {"n": n}).scalar() == n
    assert asked == []


def test_a_connection_idle_for_longer_is_asked_once_before_it_is_used(own_engine, monkeypatch) -> None:
    with own_engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    asked = _pings(own_engine, monkeypatch)
    monkeypatch.setattr(db, "ALIVE_WITHOUT_ASKING", -1.0)  # every connection has been idle too long
    with own_engine.connect() as connection:
        assert connection.execute(text("SELECT 2")).scalar() == 2
    assert len(asked) == 1


def _drop_on_the_server(engine: Engine) -> int:
    """The pooled connection's backend ended by the server (as a restart or an idle timeout would); its pid."""
    with engine.connect() as connection:
        pid = connection.execute(_PID).scalar()
    admin = create_engine(engine.url, poolclass=NullPool)
    with admin.connect() as connection:
        assert connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    admin.dispose()
    return int(pid)


@only_postgresql
def test_a_connection_the_server_dropped_while_idle_is_replaced_before_a_request_meets_it(
    own_engine, monkeypatch
) -> None:
    dropped = _drop_on_the_server(own_engine)
    monkeypatch.setattr(db, "ALIVE_WITHOUT_ASKING", -1.0)
    with own_engine.connect() as connection:
        assert connection.execute(_PID).scalar() not in (None, dropped)


@only_postgresql
def test_within_the_window_a_dropped_connection_fails_its_one_request_then_the_pool_is_renewed(
    own_engine, monkeypatch
) -> None:
    """What the window trades: the server gone within half a second of a connection's last use, the
    request that meets it fails (as one in flight would); the next has a new connection."""
    monkeypatch.setattr(db, "ALIVE_WITHOUT_ASKING", 60.0)  # however slow the machine, still within it
    dropped = _drop_on_the_server(own_engine)
    with pytest.raises(OperationalError), own_engine.connect() as connection:
        connection.execute(_PID)
    with own_engine.connect() as connection:
        assert connection.execute(_PID).scalar() not in (None, dropped)
