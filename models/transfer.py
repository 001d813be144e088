"""Backing up a database, and moving every row of it to another (SQLite <-> PostgreSQL).

`copy_rows` fills an EMPTY database, migrated to the same revision, table by table in
foreign-key order, in one transaction: the target either ends with every row or with
none. Both sides are then read back and compared per table, by row count and by a
checksum over every value (rows in primary-key order, values written the same way
whichever database they came from), so a couple that outgrows SQLite keeps everything.
Ids are kept, and so is each table's id counter, so an id is never handed out twice
after the move either.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, func, insert, inspect, select, text

from . import entities  # noqa: F401  (every table is on Base.metadata once the entities are imported)
from .base import Base

BATCH = 1000


class TransferError(Exception):
    """The move or backup cannot go ahead; the message says why, for the person running it."""


@dataclass(frozen=True)
class TableCheck:
    """One table after a copy: its rows on each side and whether every value matched."""

    name: str
    rows: int
    checksum: str
    copied_rows: int
    copied_checksum: str

    @property
    def matches(self) -> bool:
        return (self.rows, self.checksum) == (self.copied_rows, self.copied_checksum)


def tables() -> list[Table]:
    """Every table, parents before children."""
    return list(Base.metadata.sorted_tables)


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {table.name: connection.scalar(select(func.count()).select_from(table)) or 0 for table in tables()}


def backup_sqlite(engine: Engine, target: Path) -> int:
    """Copy a live SQLite database into the new file `target` with SQLite's online
    backup API (a consistent copy even while the site writes); returns its size in bytes."""
    if engine.dialect.name != "sqlite":
        raise TransferError("backup_sqlite backs up SQLite databases only")
    if target.exists():
        raise TransferError(f"{target} already exists: choose a new file name, a backup never overwrites")
    if not target.parent.is_dir():
        raise TransferError(f"there is no folder {target.parent}")
    source = engine.raw_connection()
    try:
        copy = sqlite3.connect(target)
        try:
            source.driver_connection.backup(copy)  # type: ignore[union-attr]
        finally:
            copy.close()
    finally:
        source.close()
    return target.stat().st_size


def pg_dump_command(engine: Engine, target: Path) -> tuple[list[str], dict[str, str]]:
    """PostgreSQL's own backup: the pg_dump command line (in custom format, restored with
    pg_restore) and the environment it needs; the password travels in PGPASSWORD, never
    on the command line."""
    url = engine.url
    program = shutil.which("pg_dump") or next(
        (str(p) for p in sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), reverse=True)), "pg_dump"
    )
    plain = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    environment = {"PGPASSWORD": url.password} if url.password else {}
    return [program, "--format=custom", "--no-owner", f"--file={target}", f"--dbname={plain}"], environment


def copy_rows(source: Engine, target: Engine) -> list[TableCheck]:
    """Copy every row of `source` into the empty, migrated `target`, then compare both.

    Raises TransferError, with nothing written, when the target already holds rows or is
    at another schema revision than the source.
    """
    revisions = (_revision(source), _revision(target))
    if revisions[0] != revisions[1]:
        raise TransferError(
            f"the source is at schema revision {revisions[0]} and the target at {revisions[1]}: "
            "migrate both to the latest revision first"
        )
    occupied = {name: rows for name, rows in row_counts(target).items() if rows}
    if occupied:
        listed = ", ".join(f"{name} ({rows})" for name, rows in sorted(occupied.items()))
        raise TransferError(f"the target database is not empty: {listed}. Copy only into an empty database.")
    with _snapshot(source) as reading, target.begin() as writing:
        for table in tables():
            for batch in _batches(reading, table):
                writing.execute(insert(table), batch)
        _set_id_counters(writing, _id_counters(reading))
    with _snapshot(source) as before, target.connect() as after:
        return [TableCheck(table.name, *fingerprint(before, table), *fingerprint(after, table)) for table in tables()]


def _revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.scalar(text("SELECT version_num FROM alembic_version"))


def _snapshot(engine: Engine) -> Connection:
    """A connection that reads everything as of one moment, even if someone writes meanwhile:
    PostgreSQL's repeatable read; on SQLite, one transaction (which also holds writers off)."""
    connection = engine.connect()
    if engine.dialect.name == "postgresql":
        connection = connection.execution_options(isolation_level="REPEATABLE READ")
    connection.begin()
    return connection


def _ordered(table: Table):
    return select(table).order_by(*table.primary_key.columns)


def _batches(connection: Connection, table: Table) -> Iterator[list[dict]]:
    result = connection.execution_options(yield_per=BATCH).execute(_ordered(table))
    for partition in result.mappings().partitions():
        yield [dict(row) for row in partition]


def fingerprint(connection: Connection, table: Table) -> tuple[int, str]:
    """(rows, sha256 over every value in primary-key order), the same for the same rows on either database."""
    digest, rows = hashlib.sha256(), 0
    result = connection.execution_options(yield_per=BATCH).execute(_ordered(table))
    for row in result:
        digest.update(json.dumps([_plain(value) for value in row], ensure_ascii=False).encode())
        digest.update(b"\n")
        rows += 1
    return rows, digest.hexdigest()


def _plain(value: object) -> object:
    """A value as JSON writes it the same way from SQLite and from PostgreSQL."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True)
    return value


def _serial_tables(dialect: str) -> list[Table]:
    """Tables whose single integer primary key has an id counter of its own: every such
    table on PostgreSQL (a sequence), those declared AUTOINCREMENT on SQLite (elsewhere
    SQLite hands out the highest id plus one, as it would have in the original)."""
    found = []
    for table in tables():
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or columns[0].autoincrement is False or columns[0].type.python_type is not int:
            continue
        if dialect == "postgresql" or table.kwargs.get("sqlite_autoincrement"):
            found.append(table)
    return found


def _id_counters(connection: Connection) -> dict[str, int]:
    """The last id each table handed out: never reused, even for rows since deleted."""
    counters = {}
    for table in tables():
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or columns[0].type.python_type is not int:
            continue
        column = columns[0]
        highest = connection.scalar(select(func.max(column))) or 0
        handed_out = None
        if table in _serial_tables(connection.dialect.name):
            if connection.dialect.name == "sqlite":
                query, values = "SELECT seq FROM sqlite_sequence WHERE name = :t", {"t": table.name}
            else:
                query = "SELECT last_value FROM pg_sequences WHERE schemaname || '.' || sequencename = "
                query += "pg_get_serial_sequence(:t, :c)"
                values = {"t": table.name, "c": column.name}
            handed_out = connection.scalar(text(query), values)
        counters[table.name] = max(highest, handed_out or 0)
    return counters


def _set_id_counters(connection: Connection, counters: dict[str, int]) -> None:
    for table in _serial_tables(connection.dialect.name):
        last = counters.get(table.name, 0)
        if last == 0:
            continue
        if connection.dialect.name == "sqlite":
            connection.execute(text("DELETE FROM sqlite_sequence WHERE name = :t"), {"t": table.name})
            connection.execute(
                text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :n)"), {"t": table.name, "n": last}
            )
        else:
            column = next(iter(table.primary_key.columns))
            connection.execute(
                text("SELECT setval(pg_get_serial_sequence(:t, :c), :n)"),
                {"t": table.name, "c": column.name, "n": last},
            )
