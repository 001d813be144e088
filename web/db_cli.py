"""`trust-tracker db ...`: the schema, backups and moving to another database; and the
helpers every command uses to open the configured database."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import click
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask import Flask
from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from trust_tracker.models import stats, transfer
from trust_tracker.models.db import alembic_config, make_engine, upgrade

from . import create_app
from .config import ConfigError
from .db import EXTENSION


@click.group()
def db() -> None:
    """The database: schema, backup, and moving to another database."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Apply the migrations up to the latest revision."""
    engine = app_engine(app_from_environment())
    if path := _sqlite_file(engine):
        path.parent.mkdir(parents=True, exist_ok=True)
    where = _where(engine)
    before = _current_revision(engine)
    try:
        upgrade(engine)
    except OperationalError as error:
        raise click.ClickException(f"Cannot upgrade {where}: {error.orig}") from error
    after = _current_revision(engine)
    if before == after:
        click.echo(f"{where} is already at the latest revision ({after}).")
    else:
        click.echo(f"Upgraded {where} from {before or 'an empty database'} to revision {after}.")


@db.command("rebuild-stats")
def db_rebuild_stats() -> None:
    """Recompute the log's daily and monthly figures from the entries (models/stats.py)."""
    with migrated_sessions(app_from_environment())() as session, session.begin():
        rows = stats.rebuild(session)
    click.echo(f"Rebuilt the figures: {rows} daily rows.")


@db.command("revision")
@click.option("-m", "--message", required=True, help="What the migration changes, in a few words.")
def db_revision(message: str) -> None:
    """Write the next migration from the difference between the models and the database."""
    engine = app_engine(app_from_environment())
    require_schema(engine)  # autogenerate compares against a database at the latest revision
    config = alembic_config(engine)
    head = ScriptDirectory.from_config(config).get_current_head()
    script = command.revision(config, message=message, autogenerate=True, rev_id=f"{int(head or 0) + 1:04d}")
    click.echo(
        f"Wrote {script.path if script and not isinstance(script, list) else 'nothing'}: review it, then `trust-tracker db upgrade`."
    )


@db.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def db_backup(file: Path) -> None:
    """Write a backup of the whole database to FILE (a new file).

    SQLite: a consistent copy made with SQLite's online backup API, safe while the site
    runs. PostgreSQL: runs pg_dump (custom format; restore with pg_restore), or prints
    the command when pg_dump is not installed here.
    """
    engine = app_engine(app_from_environment())
    try:
        require_schema(engine)
        if engine.dialect.name == "sqlite":
            _backup_sqlite(engine, file)
        else:
            _backup_postgresql(engine, file)
    finally:
        engine.dispose()


def _backup_sqlite(engine: Engine, file: Path) -> None:
    try:
        size = transfer.backup_sqlite(engine, file)
    except transfer.TransferError as error:
        raise click.ClickException(f"Cannot back up: {error}.") from error
    click.echo(f"Backed up {_where(engine)} to {file} ({size:,} bytes).")
    click.echo(
        "To restore: stop the servers, delete the database's -wal and -shm files if they are there, "
        "then copy the backup over the database file."
    )


def _backup_postgresql(engine: Engine, file: Path) -> None:
    if file.exists():
        raise click.ClickException(f"Cannot back up: {file} already exists: choose a new file name.")
    argv, environment = transfer.pg_dump_command(engine, file)
    try:
        done = subprocess.run(argv, env=os.environ | environment, check=False)
    except FileNotFoundError:
        click.echo("pg_dump is not installed here. Run it where it is (PostgreSQL's client programs):", err=True)
        click.echo(" ".join(argv) + ("   (with the password in PGPASSWORD)" if environment else ""))
        raise SystemExit(1) from None
    if done.returncode != 0:
        raise click.ClickException(f"pg_dump failed (exit status {done.returncode}); {file} is not a backup.")
    click.echo(f"Backed up {_where(engine)} to {file} with pg_dump.")
    click.echo(f"To restore into an empty database: pg_restore --no-owner --dbname=URL {file}")


@db.command("copy")
@click.option("--to", "to_url", required=True, metavar="URL", help="The empty database to copy every row into.")
def db_copy(to_url: str) -> None:
    """Copy every row of the configured database into the EMPTY database at URL.

    SQLite to PostgreSQL or back. The target is migrated first when it has no schema;
    one that holds any row is refused. Every table is then compared by row count and a
    checksum over every value. Stop the servers first: on SQLite the copy holds writers off.
    """
    source = app_engine(app_from_environment())
    try:
        require_schema(source)
        checks = _copy_to(source, to_url)
    finally:
        source.dispose()
    width = max(len(check.name) for check in checks)
    for check in checks:
        verdict = "same" if check.matches else f"DIFFERENT: {check.copied_rows} rows, {check.copied_checksum[:12]}"
        click.echo(f"{check.name:{width}}  {check.rows:>8} rows  checksum {check.checksum[:12]}  {verdict}")
    if not all(check.matches for check in checks):
        raise click.ClickException("The copy differs from the original (see above); keep using the original.")
    click.echo(f"Copied {sum(check.rows for check in checks):,} rows; every table matches.")
    click.echo("To use it: set DATABASE_URL to the new database and restart the servers.")


def _copy_to(source: Engine, to_url: str) -> list[transfer.TableCheck]:
    try:
        target = make_engine(to_url)
    except ArgumentError as error:
        raise click.ClickException(f"Not a database URL: {to_url!r}.") from error
    try:
        if _current_revision(target) is None:
            if path := _sqlite_file(target):
                path.parent.mkdir(parents=True, exist_ok=True)
            upgrade(target)
        return transfer.copy_rows(source, target)
    except transfer.TransferError as error:
        raise click.ClickException(f"Nothing copied: {error}.") from error
    except (OperationalError, OSError) as error:
        reason = error.orig if isinstance(error, OperationalError) else error
        raise click.ClickException(f"Cannot copy to {_where(target)}: {reason}") from error
    finally:
        target.dispose()


def _where(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def app_from_environment(**config: Any) -> Flask:
    try:
        return create_app(config or None)
    except ConfigError as error:
        raise click.ClickException(str(error)) from error


def migrated_sessions(app: Flask) -> sessionmaker[Session]:
    """The app's sessionmaker, once the schema is known to be current."""
    require_schema(app_engine(app))
    return app.extensions[EXTENSION]


def app_engine(app: Flask) -> Engine:
    """The engine create_app built from its configuration: configured once, in one place."""
    with app.extensions[EXTENSION]() as session:
        return session.get_bind().engine


def _current_revision(engine: Engine) -> str | None:
    if (path := _sqlite_file(engine)) and not path.exists():
        return None  # and opening it would leave an empty file behind
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except OperationalError as error:
        raise click.ClickException(f"Cannot open the database {_where(engine)}: {error.orig}") from error


def _sqlite_file(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or database in (None, "", ":memory:"):
        return None
    return Path(database)


def require_schema(engine: Engine) -> None:
    """Stop the command, saying what to run, unless the database is at the latest revision."""
    current = _current_revision(engine)
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    if current is None:
        raise click.ClickException("The database has no schema yet: run `trust-tracker db upgrade` first.")
    if current != head:
        raise click.ClickException(
            f"The database schema is at revision {current}, not the latest ({head}): run `trust-tracker db upgrade`."
        )
