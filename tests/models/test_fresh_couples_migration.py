"""Migration 0018: couples a partner left before it are found and marked dissolved (the next
partner to join starts afresh); on SQLite every integer-keyed table is rebuilt with
AUTOINCREMENT, so a deleted row's id is never handed to a new row, and every row, CHECK
constraint, partial index and foreign key survives the rebuild."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tests.factories import NOW, PASSWORD
from trust_tracker.models import accounts, leaving, tracking
from trust_tracker.models.db import alembic_config, upgrade
from trust_tracker.models.entities import Couple, JournalEntry, LogEntry, LogKind, Source

AT = "2026-11-25 12:00:00"


def _couple(session: Session, first: str, second: str | None) -> int:
    """A couple signed up under the schema of the moment (the second partner's row written
    as joining would, without reading the couple's newer columns)."""
    one = accounts.sign_up(session, name=first, email=f"{first.lower()}@example.com", password=PASSWORD)
    if second:
        session.execute(
            sa.text(
                "INSERT INTO partner (couple_id, name, email, password_hash, created_at) VALUES (:c, :n, :e, :h, :at)"
            ),
            {"c": one.couple_id, "n": second, "e": f"{second.lower()}@example.com", "h": one.password_hash, "at": AT},
        )
    return one.couple_id


def test_couples_left_before_the_migration_are_marked_dissolved(own_engine) -> None:
    upgrade(own_engine, "0017")
    with Session(own_engine) as session, session.begin():
        together = _couple(session, "Alex", "Sam")
        alone_from_start = _couple(session, "Kim", None)
        # What a departure left behind under the older code: a version whose proposer is gone,
        # or the shared history copied into the journal of the one who stayed.
        orphan_version = _couple(session, "Lee", None)
        copied_history = _couple(session, "Max", None)
        for couple_id, row in (
            (
                orphan_version,
                "contract_version (contract_id, number, revision, status, note, proposed_at) "
                "SELECT id, 1, 0, 'active', '', :at FROM contract",
            ),
            (
                copied_history,
                "journal_entry (author_id, body, created_at) SELECT id, "
                "'Our shared history, copied when Jo left (date, who): x', :at FROM partner",
            ),
        ):
            session.execute(sa.text(f"INSERT INTO {row} WHERE couple_id = :c"), {"at": AT, "c": couple_id})
    upgrade(own_engine)
    with own_engine.connect() as connection:
        dissolved = connection.execute(sa.text("SELECT id FROM couple WHERE dissolved_at IS NOT NULL")).scalars()
        assert set(dissolved) == {orphan_version, copied_history}
        assert together and alone_from_start
    command.check(alembic_config(own_engine))


@pytest.mark.postgres_smoke
def test_ids_are_never_reused_after_the_migration(own_engine) -> None:
    upgrade(own_engine, "0017")
    with Session(own_engine) as session, session.begin():
        couple_id = _couple(session, "Alex", "Sam")
        alex = accounts.partner_by_email(session, "alex@example.com")
        assert alex is not None
        entry = tracking.log_entry(session, alex, LogKind.SMALL_WIN, note="before", source=Source.WEB, now=NOW)
        entry_id = entry.id
        session.add(JournalEntry(author_id=alex.id, body="kept through the rebuild"))
    upgrade(own_engine)
    if own_engine.dialect.name == "sqlite":
        with own_engine.connect() as connection:
            plain = connection.execute(
                sa.text("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%AUTOINCREMENT%'")
            ).scalars()
            # Only tables keyed by something other than one integer id of their own (and SQLite's own):
            # email_link is keyed by a partner's, which the partner table never reuses.
            keyed_otherwise = {"alembic_version", "throttle", "milestone_look", "used_token", "email_link"}
            assert set(plain) <= keyed_otherwise | {"sqlite_sequence"}
            assert connection.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
    with Session(own_engine) as session, session.begin():
        assert session.scalar(sa.select(sa.func.count(JournalEntry.id))) == 1
        session.delete(session.get_one(LogEntry, entry_id))
        alex = accounts.partner_by_email(session, "alex@example.com")
        assert alex is not None
        again = tracking.log_entry(session, alex, LogKind.SMALL_WIN, note="after", source=Source.WEB, now=NOW)
        assert again.id > entry_id
    with Session(own_engine) as session, session.begin():
        session.delete(session.get_one(Couple, couple_id))
    with Session(own_engine) as session, session.begin():
        assert _couple(session, "Kim", "Lee") > couple_id
    # The rebuilt log still refuses what its CHECK constraint refuses, and a deleted partner's rows go.
    with Session(own_engine) as session, pytest.raises(IntegrityError), session.begin():
        kim = accounts.partner_by_email(session, "kim@example.com")
        assert kim is not None
        session.execute(
            sa.text(
                "INSERT INTO log_entry (couple_id, partner_id, kind, local_date, created_at, note, source) "
                "VALUES (:c, :p, 'nonsense', '2026-11-25', :at, '', 'web')"
            ),
            {"c": kim.couple_id, "p": kim.id, "at": AT},
        )
    with Session(own_engine) as session, session.begin():
        kim = accounts.partner_by_email(session, "kim@example.com")
        assert kim is not None
        leaving.delete_partner(session, kim, PASSWORD)
        assert session.scalar(sa.select(sa.func.count(LogEntry.id)).where(LogEntry.partner_id == kim.id)) == 0
