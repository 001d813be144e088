"""Engines, sessions and migrations."""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable, Hashable
from hashlib import sha256
from pathlib import Path
from typing import Any, TypeVar, cast
from weakref import WeakSet

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, Executable, Result, create_engine, event, exc, inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")


def make_engine(url: str, **kwargs) -> Engine:
    if url.startswith("postgres://"):  # the spelling some hosts hand out
        url = "postgresql://" + url.removeprefix("postgres://")
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    engine = create_engine(url, **kwargs)
    _ping_when_idle(engine)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        # IMMEDIATE: a transaction takes SQLite's write lock when it starts, so concurrent
        # requests wait their turn (busy_timeout) instead of failing with "database is
        # locked" when one that has read tries to write after another has written.
        event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


# A pooled connection given back this recently is taken as alive without a round trip to ask (as
# HikariCP's aliveBypassWindowMs, 500 ms by default): under load, most requests. Asking costs a round
# trip on PostgreSQL (0.11 ms of CPU and 0.12 of wall time a request, README, Speed, the thirtieth pass).
ALIVE_WITHOUT_ASKING = 0.5  # seconds
_GIVEN_BACK = "trust_tracker.given_back"


def _ping_when_idle(engine: Engine) -> None:
    """SQLAlchemy's `pool_pre_ping`, skipped for a connection used within `ALIVE_WITHOUT_ASKING`:
    one the server dropped while idle (a restart, an idle timeout) is replaced before a request
    meets it, and with it every connection pooled before (the server went away for them too)."""

    @event.listens_for(engine, "connect")
    @event.listens_for(engine, "checkin")
    def given_back(_dbapi_connection: Any, record: Any) -> None:
        record.info[_GIVEN_BACK] = time.monotonic()  # `info` lives as long as the DBAPI connection

    @event.listens_for(engine, "checkout")
    def ask_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if time.monotonic() - record.info.get(_GIVEN_BACK, 0.0) <= ALIVE_WITHOUT_ASKING:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            if not engine.dialect.is_disconnect(error, dbapi_connection, None):
                raise
            raise exc.InvalidatePoolError() from error  # the pool reconnects and checks out again


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # pysqlite's own transaction handling breaks savepoints: let SQLAlchemy issue BEGIN.
    dbapi_connection.isolation_level = None
    # SQLite ignores foreign keys unless asked; WAL lets the site read while the skill writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL syncs at checkpoints, not at every commit: a commit survives a
    # crash of the process, and only a power cut can lose the last moments (never corrupt).
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Under load a request waits this long for its turn to write before giving up.
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


# Where a session keeps the key pairing codes are stored under (models.voice): the app's
# secret, never in the database, so a copy of the database gives no live code.
PAIRING_KEY = "pairing_key"


def make_sessionmaker(engine: Engine, secret: str | bytes | None = None) -> sessionmaker[Session]:
    """Sessions on `engine`; with `secret` (the app's secret key) they can issue and use pairing codes."""
    sessions = sessionmaker(engine, expire_on_commit=False, info=keyed(secret) if secret else None)
    _hold_loaded_objects(sessions)
    return sessions


def keyed(secret: str | bytes) -> dict[str, bytes]:
    """A session's `info` holding the pairing key derived from `secret` (its own key, so the
    secret's other uses never meet it)."""
    raw = secret.encode() if isinstance(secret, str) else secret
    return {PAIRING_KEY: hmac.new(raw, b"trust-tracker pairing codes", sha256).digest()}


def _hold_loaded_objects(sessions: sessionmaker[Session]) -> None:
    """Keep every object a session loaded until the session ends (SQLAlchemy's
    "strong_reference_session" recipe).

    The identity map holds objects weakly: a partner or contract version that a request
    looked up, then let go of, is forgotten at once, and the next lazy load of it (a log
    entry's partner, a version's items) asks the database again. A session lives for
    one request, so holding what it loaded costs nothing and saves those round trips.
    """

    def hold(session: Session, instance: object) -> None:
        session.info.setdefault(_HELD, set()).add(instance)

    def release(session: Session, instance: object) -> None:
        session.info.get(_HELD, set()).discard(instance)

    for name in ("pending_to_persistent", "deleted_to_persistent", "detached_to_persistent", "loaded_as_persistent"):
        event.listen(sessions, name, hold)
    for name in ("persistent_to_detached", "persistent_to_deleted", "persistent_to_transient"):
        event.listen(sessions, name, release)


_HELD = "trust_tracker.held"

T = TypeVar("T")


def remembered(session: Session, key: Hashable, read: Callable[[], T], *, survives: tuple[type, ...] = ()) -> T:
    """`read()`, asked once while the session writes nothing that could change it: what it
    returned is kept until the session writes anything but `survives` (entities whose writes
    cannot change it), at a flush (or the autoflush a query would have done first) or by a
    statement other than a SELECT, or its transaction ends. For what a request reads several
    times (the active contract, the Alexa account's links) and only a write of its own could change."""
    if session.autoflush:
        session.flush()  # what a query would flush first: its writes forget what was remembered
    memo: dict[Hashable, tuple[object, tuple[type, ...]]] = session.info.setdefault(_REMEMBERED, {})
    if key not in memo:
        memo[key] = (read(), survives)
    return cast(T, memo[key][0])


_REMEMBERED = "trust_tracker.remembered"


def upsert_insert(dialect: str) -> Any:
    """The dialect's INSERT that has ON CONFLICT (PostgreSQL's or SQLite's: the two this runs on)."""
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


_migrated: dict[str, WeakSet[Engine]] = {}  # per table: the databases known to have it


def has_table(session: Session, name: str, column: str | None = None) -> bool:
    """Whether the session's database has this table (and this column of it): not before its
    migration ran, so an operation under an older schema (a migration's test, a server started
    before `db upgrade`) leaves it alone. Asked of the database once per engine, once it is there."""
    engine = session.get_bind().engine
    ready = _migrated.setdefault(f"{name}.{column}", WeakSet())
    if engine in ready:
        return True
    found = inspect(session.connection())
    if found.has_table(name) and (column is None or column in {c["name"] for c in found.get_columns(name)}):
        ready.add(engine)
        return True
    return False


def read(session: Session, statement: Executable, params: dict[str, object] | None = None) -> Result[*tuple[Any, ...]]:
    """Rows of a Core SELECT (on tables or columns, never entities) as plain tuples, straight on
    the session's connection: in its transaction, after the flush a query would have done,
    without the ORM's execution machinery (its events, options and result wrapping), which
    costs as much as a small statement itself. For the statements built once that every
    request runs (streak windows, figures, milestones); a write stays with the session.
    Take a long result with `.all()`: iterating it fetches row by row."""
    if session.autoflush:
        session.flush()  # what session.execute would flush first: the figures follow the entries
    return session.connection().execute(statement, params)


def forget_written(session: Session, written: set[type | None]) -> None:
    """Forget what was remembered, unless it survives writes of every one of these (None: unknown)."""
    memo = session.info.get(_REMEMBERED, {})
    for key, (_, survives) in list(memo.items()):
        if not all(kind is not None and issubclass(kind, survives) for kind in written):
            del memo[key]


@event.listens_for(Session, "after_flush")
def _forget_after_flush(session: Session, _context: object) -> None:
    forget_written(session, {type(obj) for obj in (*session.new, *session.dirty, *session.deleted)})


@event.listens_for(Session, "do_orm_execute")
def _forget_after_writes(state: ORMExecuteState) -> None:
    if not state.is_select:  # a bulk UPDATE or DELETE, or any statement that may write
        mapper = state.bind_mapper
        forget_written(state.session, {mapper.class_ if mapper is not None else None})


@event.listens_for(Session, "after_soft_rollback")  # a savepoint's too: its writes are undone
def _forget(session: Session, *_: object) -> None:
    session.info.pop(_REMEMBERED, None)


@event.listens_for(Session, "after_transaction_end")
def _forget_at_the_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the session's own transaction, not a savepoint released
        _forget(session)


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # A new migration is lint-fixed and formatted as the rest of the code (as alembic.ini does).
    for name, options in (("ruff_fix", "check --fix --quiet"), ("ruff_format", "format --quiet")):
        config.set_section_option("post_write_hooks", f"{name}.type", "module")
        config.set_section_option("post_write_hooks", f"{name}.module", "ruff")
        config.set_section_option("post_write_hooks", f"{name}.options", f"{options} REVISION_SCRIPT_FILENAME")
    config.set_section_option("post_write_hooks", "hooks", "ruff_fix, ruff_format")
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to `revision` (Alembic), creating the schema on a new database."""
    command.upgrade(alembic_config(engine), revision)
