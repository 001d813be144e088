"""`trust-tracker db backup` and `db copy`, run as a person runs them (CliRunner, the environment)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.factories import make_couple, one_of_everything
from tests.test_cli import assert_clean_error, rows, run
from tests.test_cli import database as database
from tests.test_cli import migrated as migrated
from trust_tracker.models import transfer
from trust_tracker.models.db import make_engine
from trust_tracker.models.entities import LogEntry, Partner


@pytest.fixture
def filled(migrated: Path) -> Path:
    """The configured SQLite database, with a couple and one of everything."""
    engine = make_engine(f"sqlite:///{migrated}")
    with Session(engine) as session, session.begin():
        alex, sam = make_couple(session)
        assert sam is not None
        one_of_everything(session, alex, sam)
    engine.dispose()
    return migrated


def fingerprints(url: str) -> dict[str, tuple[int, str]]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {table.name: transfer.fingerprint(connection, table) for table in transfer.tables()}
    finally:
        engine.dispose()


def test_a_backup_restores_what_was_there_when_it_was_made(filled, tmp_path, monkeypatch):
    backup = tmp_path / "backup.db"
    result = run("db", "backup", str(backup))
    assert result.exit_code == 0, result.output
    assert f"to {backup}" in result.output and "To restore" in result.output
    before = fingerprints(f"sqlite:///{filled}")
    engine = make_engine(f"sqlite:///{filled}")
    with Session(engine) as session, session.begin():  # life goes on after the backup ...
        make_couple(session, "Robin", None)
    engine.dispose()
    restored = tmp_path / "restored" / "trust-tracker.db"  # ... the disk dies; a new machine:
    restored.parent.mkdir()
    shutil.copyfile(backup, restored)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{restored}")
    assert fingerprints(f"sqlite:///{restored}") == before
    assert rows(restored, select(func.count(Partner.id))) == [(2,)]
    assert run("pair-code", "alex@example.com").exit_code == 0  # a working database, at the latest revision


@pytest.mark.parametrize("name", ["backup.db", "missing/backup.db"])
def test_a_backup_never_overwrites_and_needs_its_folder(filled, tmp_path, name):
    target = tmp_path / name
    if name == "backup.db":
        target.write_text("precious")
    result = run("db", "backup", str(target))
    assert_clean_error(result, "Cannot back up:")
    if name == "backup.db":
        assert target.read_text() == "precious"


def test_backup_and_copy_before_db_upgrade_say_to_run_it(database, tmp_path):
    for args in (("db", "backup", str(tmp_path / "b.db")), ("db", "copy", "--to", f"sqlite:///{tmp_path / 'c.db'}")):
        assert_clean_error(run(*args), "run `trust-tracker db upgrade` first")
    assert not (tmp_path / "b.db").exists() and not (tmp_path / "c.db").exists()


def test_copy_to_a_new_sqlite_file_migrates_it_and_reports_every_table(filled, tmp_path):
    target = tmp_path / "moved" / "new.db"
    result = run("db", "copy", "--to", f"sqlite:///{target}")
    assert result.exit_code == 0, result.output
    assert "every table matches" in result.output and "set DATABASE_URL" in result.output
    for table in transfer.tables():
        assert table.name in result.output
    assert fingerprints(f"sqlite:///{target}") == fingerprints(f"sqlite:///{filled}")
    assert rows(target, select(func.count(LogEntry.id))) == [(4,)]


def test_copy_refuses_a_database_that_is_not_empty(filled, tmp_path):
    target = tmp_path / "new.db"
    assert run("db", "copy", "--to", f"sqlite:///{target}").exit_code == 0
    before = fingerprints(f"sqlite:///{target}")
    assert_clean_error(
        run("db", "copy", "--to", f"sqlite:///{target}"), "Nothing copied: the target database is not empty"
    )
    assert fingerprints(f"sqlite:///{target}") == before


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "Not a database URL"),
        ("", "Not a database URL"),
        ("sqlite:////dev/null/x.db", "Cannot copy to"),
        ("postgresql://nobody@127.0.0.1:1/none", "Cannot"),
        ("sqlite:///" + "x" * 5000, "Cannot"),
    ],
)
def test_copy_to_a_bad_url_is_a_clean_error(filled, url, message):
    assert_clean_error(run("db", "copy", "--to", url), message)


@pytest.mark.postgres_smoke
def test_on_postgresql_backup_runs_pg_dump_and_copy_comes_back(filled, tmp_path, own_engine, monkeypatch):
    if own_engine.dialect.name != "postgresql":
        pytest.skip("the PostgreSQL half")
    url = own_engine.url.render_as_string(hide_password=False)
    assert run("db", "copy", "--to", url).exit_code == 0
    monkeypatch.setenv("DATABASE_URL", url)
    dump = tmp_path / "trust-tracker.dump"
    result = run("db", "backup", str(dump))
    if "pg_dump is not installed" in result.output:
        assert result.exit_code == 1 and "--format=custom" in result.output
    else:
        assert result.exit_code == 0, result.output
        assert dump.stat().st_size > 0 and "pg_restore" in result.output
    back = tmp_path / "back.db"
    assert run("db", "copy", "--to", f"sqlite:///{back}").exit_code == 0
    assert fingerprints(f"sqlite:///{back}") == fingerprints(f"sqlite:///{filled}")
