"""Shared fixtures: a migrated database per backend, and a rolled-back session per test.

The domain's tests (tests/models/) run against SQLite and, when
TRUST_TRACKER_TEST_POSTGRES_URL names a server (`make test` starts one), PostgreSQL.
The interfaces' tests (tests/web/, tests/skill/, tests/test_cli.py) run on SQLite, and
a smoke set of them, marked `postgres_smoke` or listed in POSTGRES_SMOKE, on PostgreSQL too:
the queries are the domain's, so running every page twice would test nothing new.

The test data builders live in tests/factories.py; the common ones are fixtures here.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session, sessionmaker

from tests.factories import NOW as NOW
from tests.factories import PASSWORD as PASSWORD
from tests.factories import agreed_contract
from tests.factories import make_couple as make_couple
from trust_tracker.models import accounts
from trust_tracker.models.db import keyed, make_engine, upgrade
from trust_tracker.models.entities import ContractVersion, Partner

# The pairing key of the tests' sessions (models.db.keyed): an app handed them keeps it.
TEST_SECRET = "test secret key, not for production"
POSTGRES_URL = os.environ.get("TRUST_TRACKER_TEST_POSTGRES_URL")
TESTS = Path(__file__).parent
# Where every database test runs on both backends.
BOTH_BACKENDS = (TESTS / "models",)
# Skill tests in the PostgreSQL smoke set, by node id (tests/skill is kept by the skill's
# owners; a marker there would do the same).
POSTGRES_SMOKE = {
    "tests/skill/test_handlers_logging.py::test_without_a_name_which_one_is_asked_and_the_answer_logs_it",
    "tests/skill/test_conversations_checkin.py::test_a_full_checkin_together_asks_each_partner_by_name",
}


def pytest_configure(config: pytest.Config) -> None:
    for name in POSTGRES_SMOKE:  # a renamed test would silently leave the smoke set
        path, test = name.split("::")
        if f"def {test}(" not in (config.rootpath / path).read_text():
            raise pytest.UsageError(f"PostgreSQL smoke test {name} not found (renamed?): see tests/conftest.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Outside tests/models, keep the PostgreSQL variant only of the smoke set."""
    kept, dropped = [], []
    for item in items:
        params = item.callspec.params if isinstance(item, pytest.Function) and hasattr(item, "callspec") else {}
        on_postgres = "postgresql" in (params.get("engine"), params.get("own_engine"))
        both = any(item.path.is_relative_to(folder) for folder in BOTH_BACKENDS)
        smoke = item.get_closest_marker("postgres_smoke") or item.nodeid.split("[")[0] in POSTGRES_SMOKE
        (dropped if on_postgres and not both and not smoke else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(autouse=True, scope="session")
def own_cache_folder(tmp_path_factory):
    """`trust-tracker say` keeps a session left open in the user's cache: the suite's, not yours."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


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


@pytest.fixture
def fresh_engine(own_engine: Engine) -> Engine:
    """A migrated database of the test's own: what the code under test commits stays."""
    upgrade(own_engine)
    return own_engine


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
    return sessionmaker(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False, info=keyed(TEST_SECRET)
    )


@pytest.fixture
def session(session_factory) -> Iterator[Session]:
    with session_factory() as session:
        yield session


@pytest.fixture
def couple(session) -> tuple[Partner, Partner]:
    one, two = make_couple(session)
    assert two is not None
    return one, two


@pytest.fixture
def contract(session, couple) -> ContractVersion:
    """An agreed contract for `couple`, proposed by Alex (see factories.agreed_contract)."""
    return agreed_contract(session, *couple)
