"""Moving every row to another database, and backing one up: nothing lost, nothing changed.

`own_engine` is SQLite or PostgreSQL: with PostgreSQL this is the round trip SQLite ->
PostgreSQL -> SQLite a couple makes when they outgrow SQLite (and back).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from tests.factories import make_couple, make_entry, one_of_everything
from trust_tracker.models import email_links, transfer
from trust_tracker.models.db import make_engine, upgrade
from trust_tracker.models.entities import LogKind, Partner
from trust_tracker.models.transfer import TransferError


def sqlite_engine(path: Path) -> Engine:
    return make_engine(f"sqlite:///{path}")


def populated(engine: Engine) -> int:
    """Migrate `engine` and fill it with one of everything, and a partner who left again
    (a partner's id never comes back). Returns that partner's id."""
    upgrade(engine)
    with Session(engine) as session, session.begin():
        alex, sam = make_couple(session)
        assert sam is not None
        everything = one_of_everything(session, alex, sam)
        email_links.keep_newest(session, alex.id, "waiting-link", datetime(2026, 11, 25, 13, 0, tzinfo=UTC))
        item = everything["version"].items[0]
        for day in range(1, 15):
            make_entry(session, alex, LogKind.KEPT, date(2026, 11, day), item, note=f'day {day}: café ☕ "quoted"')
        gone, _ = make_couple(session, "Robin", None)
        session.execute(delete(Partner).where(Partner.id == gone.id))
        return gone.id


def contents(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order, as the database gives it back."""
    with engine.connect() as connection:
        return {
            table.name: [tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key))]
            for table in transfer.tables()
        }


def test_a_round_trip_keeps_every_row_and_value(tmp_path, own_engine):
    original = sqlite_engine(tmp_path / "original.db")
    gone = populated(original)
    upgrade(own_engine)
    there = transfer.copy_rows(original, own_engine)
    back_engine = sqlite_engine(tmp_path / "back.db")
    upgrade(back_engine)
    back = transfer.copy_rows(own_engine, back_engine)

    assert all(check.matches for check in there + back)
    assert [(c.name, c.rows, c.checksum) for c in there] == [(c.name, c.rows, c.checksum) for c in back]
    assert {c.name: c.rows for c in there}["log_entry"] == 18  # one of everything's 4, and 14 days
    assert {c.name: c.rows for c in there}["email_link"] == 1  # a new email's link, waiting
    assert contents(back_engine) == contents(original)
    # A partner's id is never handed out twice, not even one who left, on either side of the move.
    for engine in (own_engine, back_engine):
        with Session(engine) as session, session.begin():
            assert make_couple(session, "Kim", None)[0].id == gone + 1
    original.dispose()
    back_engine.dispose()


def test_a_target_with_any_row_is_refused_and_left_as_it_was(tmp_path, own_engine):
    source = sqlite_engine(tmp_path / "source.db")
    populated(source)
    upgrade(own_engine)
    with Session(own_engine) as session, session.begin():
        make_couple(session, "Robin", None)
    before = contents(own_engine)
    with pytest.raises(TransferError, match=r"not empty: .*couple \(1\), couple_revision \(1\), partner \(1\)"):
        transfer.copy_rows(source, own_engine)
    assert contents(own_engine) == before
    source.dispose()


def test_a_target_at_another_revision_is_refused(tmp_path, own_engine):
    source = sqlite_engine(tmp_path / "source.db")
    populated(source)
    upgrade(own_engine, "0004")
    with pytest.raises(TransferError, match="target at 0004"):
        transfer.copy_rows(source, own_engine)
    with pytest.raises(TransferError, match="target at None"):
        transfer.copy_rows(source, sqlite_engine(tmp_path / "nothing.db"))
    source.dispose()


def test_an_empty_database_copies_as_empty(tmp_path, own_engine):
    source = sqlite_engine(tmp_path / "source.db")
    upgrade(source)
    upgrade(own_engine)
    checks = transfer.copy_rows(source, own_engine)
    assert checks and all(check.matches and check.rows == 0 for check in checks)
    source.dispose()


def test_a_sqlite_backup_holds_everything_and_never_overwrites(tmp_path):
    engine = sqlite_engine(tmp_path / "live.db")
    populated(engine)
    target = tmp_path / "backup.db"
    assert transfer.backup_sqlite(engine, target) == target.stat().st_size > 0
    copy = sqlite_engine(target)
    assert contents(copy) == contents(engine)
    with Session(copy) as session:  # a working database, not only the same rows
        assert session.scalar(select(func.count(Partner.id))) == 2
    copy.dispose()
    with pytest.raises(TransferError, match="already exists"):
        transfer.backup_sqlite(engine, target)
    with pytest.raises(TransferError, match="there is no folder"):
        transfer.backup_sqlite(engine, tmp_path / "missing" / "backup.db")
    engine.dispose()
