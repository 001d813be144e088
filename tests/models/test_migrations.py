from datetime import date

import sqlalchemy as sa
from alembic import command
from sqlalchemy import select
from sqlalchemy.orm import Session

from trust_tracker.models import accounts
from trust_tracker.models.db import alembic_config, make_engine, upgrade
from trust_tracker.models.entities import Milestone, Partner


def test_migrations_match_the_models(engine):
    # Fails when an entity changed without a migration to go with it.
    command.check(alembic_config(engine))


def test_downgrade_and_upgrade_again(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    upgrade(engine)
    command.downgrade(alembic_config(engine), "base")
    upgrade(engine)
    command.check(alembic_config(engine))
    engine.dispose()


# Milestones as 0002 stored them: sentences written by the code of that time.
OLD_MILESTONES = [
    (
        "streak:7:3",
        "3 days in a row of keeping “call when late”. That is what steady looks like.",
        date(2026, 11, 20),
        ("streak", {"lineage_id": 7, "name": "call when late", "count": 3, "unit": "day"}),
    ),
    (
        "streak:8:14",
        "14 weeks in a row of keeping “house jobs”. That is what steady looks like.",
        date(2026, 11, 21),
        ("streak", {"lineage_id": 8, "name": "house jobs", "count": 14, "unit": "week"}),
    ),
    (
        "kept:25",
        "25 promises kept. Each one was a small proof, and they add up.",
        date(2026, 11, 2),
        ("kept_count", {"count": 25}),
    ),
    (
        "clean-week:first",
        "Your first full week without a lapse: 2 promises kept and none missed, the week of November 16.",
        date(2026, 11, 22),
        ("first_clean_week", {"week_of": "2026-11-16", "kept": 2}),
    ),
    (
        "checkins:4",
        "4 weekly check-ins in a row. You keep showing up for each other.",
        date(2026, 11, 22),
        ("checkins_in_a_row", {"count": 4}),
    ),
    (
        "better-month:2026-10",
        "October was better than September: you kept 9 in 10 promises, up from 6 in 10.",
        date(2026, 10, 31),
        ("better_month", {"month": "2026-10", "now": 9, "then": 6, "out_of": 10}),
    ),
    (
        "better-month:2026-01",
        "January was better than December: you kept 84% of your promises, up from 80%.",
        date(2026, 1, 31),
        ("better_month", {"month": "2026-01", "now": 84, "then": 80, "out_of": 100}),
    ),
    # Sentences that do not read back (edited by hand, or not what the key says) keep their words.
    ("kept:1", "First kept promise", date(2026, 11, 1), ("other", {"text": "First kept promise"})),
    (
        "streak:9:7",
        "3 days in a row of keeping “x”. That is what steady looks like.",
        date(2026, 11, 1),
        ("other", {"text": "3 days in a row of keeping “x”. That is what steady looks like."}),
    ),
]
old_milestone = sa.table(
    "milestone",
    sa.column("couple_id", sa.Integer),
    sa.column("key", sa.String),
    sa.column("description", sa.String),
    sa.column("reached_on", sa.Date),
)


def test_0003_reads_old_milestone_sentences_back_as_kinds_and_numbers(own_engine):
    upgrade(own_engine, "0002")
    with Session(own_engine) as session, session.begin():
        couple_id = accounts.sign_up(
            session, name="Alex", email="alex@example.com", password="correct horse battery", timezone="UTC"
        ).couple_id
        session.execute(
            sa.insert(old_milestone),
            [{"couple_id": couple_id, "key": k, "description": d, "reached_on": r} for k, d, r, _ in OLD_MILESTONES],
        )

    upgrade(own_engine)

    with Session(own_engine) as session:
        converted = {m.key: (m.kind, m.params) for m in session.scalars(select(Milestone))}
    assert converted == {key: kind_and_params for key, _, _, kind_and_params in OLD_MILESTONES}
    command.check(alembic_config(own_engine))
    # And back: a downgrade writes the same sentences again.
    command.downgrade(alembic_config(own_engine), "0002")
    with own_engine.connect() as connection:
        sentences = dict(connection.execute(sa.select(old_milestone.c.key, old_milestone.c.description)).all())
    assert sentences == {key: description for key, description, _, _ in OLD_MILESTONES}


def test_0004_keeps_every_row_and_never_reuses_a_partner_id(own_engine):
    upgrade(own_engine, "0003")
    with Session(own_engine) as session, session.begin():
        alex = accounts.sign_up(
            session, name="Alex", email="alex@example.com", password="correct horse battery", timezone="UTC"
        )
        alex_id = alex.id
        session.execute(
            sa.text("INSERT INTO journal_entry (author_id, body, created_at) VALUES (:a, 'private', :at)"),
            {"a": alex_id, "at": "2026-11-25 12:00:00"},
        )
        session.execute(
            sa.text(
                "INSERT INTO pairing_code (partner_id, code, created_at, expires_at) VALUES (:a, '123456', :at, :at)"
            ),
            {"a": alex_id, "at": "2026-11-25 12:00:00"},
        )

    upgrade(own_engine, "0018")  # on SQLite this rebuilds `partner`: nothing pointing at it may go

    with own_engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM journal_entry")).scalar() == 1
        assert connection.execute(sa.text("SELECT count(*) FROM pairing_code")).scalar() == 1
        assert connection.execute(sa.text("SELECT count(*) FROM checkin_question")).scalar() > 0
        if own_engine.dialect.name == "sqlite":
            assert connection.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1  # on again
    upgrade(own_engine)
    command.check(alembic_config(own_engine))
    with Session(own_engine) as session, session.begin():
        session.execute(sa.delete(Partner).where(Partner.id == alex_id))
    with Session(own_engine) as session, session.begin():
        newcomer = accounts.sign_up(
            session, name="Sam", email="sam@example.com", password="correct horse battery", timezone="UTC"
        )
        assert newcomer.id > alex_id
    command.downgrade(alembic_config(own_engine), "0003")
    with own_engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM partner")).scalar() == 1
