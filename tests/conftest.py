"""Shared fixtures: a migrated database per backend, and a rolled-back session per test.

Every test that uses `session` (or the app built on it) runs against SQLite and, when
TRUST_TRACKER_TEST_POSTGRES_URL names a server (`make test` starts one), PostgreSQL.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session, sessionmaker

from trust_tracker.models import accounts
from trust_tracker.models.db import make_engine, upgrade
from trust_tracker.models.entities import Partner

POSTGRES_URL = os.environ.get("TRUST_TRACKER_TEST_POSTGRES_URL")
# A fixed instant so tests about days and weeks are repeatable: Wednesday 2026-11-25, noon UTC.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True, scope="session")
def cheap_password_hashing():
    """Argon2 with its real costs takes most of the suite's time; the rules under test are the same."""
    real = accounts._hasher
    accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    accounts._hasher = real


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def engine(request, tmp_path_factory, worker_id) -> Iterator[Engine]:
    """The suite's migrated database; each pytest-xdist worker has its own."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}")
    else:
        if not POSTGRES_URL:
            pytest.skip("no PostgreSQL server (set TRUST_TRACKER_TEST_POSTGRES_URL, or use `make test`)")
        engine = make_engine(_fresh_database(f"tt_worker_{worker_id}"))
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def own_engine(request, tmp_path) -> Iterator[Engine]:
    """An empty database of the test's own, not migrated: for tests that commit (threads
    racing each other) or migrate step by step, which the shared database cannot host."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'own.db'}")
        yield engine
        engine.dispose()
        return
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set TRUST_TRACKER_TEST_POSTGRES_URL, or use `make test`)")
    name = f"tt_own_{uuid.uuid4().hex[:12]}"
    engine = make_engine(_fresh_database(name))
    yield engine
    engine.dispose()
    with _admin() as admin, admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE {name}"))


@contextmanager
def _admin() -> Iterator[Engine]:
    assert POSTGRES_URL
    admin = make_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    try:
        yield admin
    finally:
        admin.dispose()


def _fresh_database(name: str) -> str:
    """An empty PostgreSQL database called `name` on the test server; its URL."""
    assert POSTGRES_URL
    with _admin() as admin, admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    return POSTGRES_URL.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    """A connection inside a transaction that is rolled back after the test."""
    with engine.connect() as connection:
        outer = connection.begin()
        yield connection
        outer.rollback()


@pytest.fixture
def session_factory(connection: Connection) -> sessionmaker[Session]:
    # Commits inside the code under test become savepoints of the outer transaction.
    return sessionmaker(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)


@pytest.fixture
def session(session_factory) -> Iterator[Session]:
    with session_factory() as session:
        yield session


def make_couple(
    session: Session, first: str = "Alex", second: str | None = "Sam", timezone: str = "America/New_York"
) -> tuple[Partner, Partner | None]:
    """Sign up `first`, and have `second` join by invitation when given."""
    one = accounts.sign_up(
        session, name=first, email=f"{first.lower()}@example.com", password=PASSWORD, timezone=timezone
    )
    two = None
    if second:
        token = accounts.create_invitation(session, one, now=NOW)
        two = accounts.join(
            session, token=token, name=second, email=f"{second.lower()}@example.com", password=PASSWORD, now=NOW
        )
    session.flush()
    return one, two


@pytest.fixture
def couple(session) -> tuple[Partner, Partner]:
    one, two = make_couple(session)
    assert two is not None
    return one, two
