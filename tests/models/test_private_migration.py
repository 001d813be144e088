"""Migration 0010: a setback's reflection, written before reflections had authors, becomes
the reflection of the partner whose entry it is about; downgrading puts it back."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.factories import NOW, make_couple
from trust_tracker.models import tracking
from trust_tracker.models.base import UTCDateTime
from trust_tracker.models.db import alembic_config, upgrade
from trust_tracker.models.entities import LogKind, Source
from trust_tracker.models.private_entities import SetbackReflection

old_setback = sa.table(
    "setback",
    sa.column("id", sa.Integer),
    sa.column("couple_id", sa.Integer),
    sa.column("log_entry_id", sa.Integer),
    sa.column("trigger", sa.Text),
    sa.column("prevention", sa.Text),
    sa.column("created_at", UTCDateTime()),
)


def test_old_reflections_move_to_the_entrys_partner_and_back(own_engine) -> None:
    before = str(ScriptDirectory.from_config(alembic_config(own_engine)).get_revision("0010").down_revision)
    upgrade(own_engine, before)
    with Session(own_engine) as session, session.begin():
        alex, sam = make_couple(session)
        assert sam is not None
        rows = [
            (sam, LogKind.BREACH, "An old message", "Blocking the number"),
            (alex, LogKind.BREACH, "", ""),  # started, never reflected on
            (alex, LogKind.BREACH, "Tired", ""),
        ]
        for who, kind, trigger, prevention in rows:
            entry = tracking.log_entry(session, who, kind, source=Source.WEB, now=NOW)
            session.execute(
                sa.insert(old_setback).values(
                    couple_id=who.couple_id,
                    log_entry_id=entry.id,
                    trigger=trigger,
                    prevention=prevention,
                    created_at=NOW,
                )
            )
        ids = {"alex": alex.id, "sam": sam.id}

    upgrade(own_engine)

    with Session(own_engine) as session:
        moved = session.execute(
            select(SetbackReflection.author_id, SetbackReflection.trigger, SetbackReflection.prevention).order_by(
                SetbackReflection.setback_id
            )
        ).all()
    assert moved == [(ids["sam"], "An old message", "Blocking the number"), (ids["alex"], "Tired", "")]
    command.check(alembic_config(own_engine))

    command.downgrade(alembic_config(own_engine), before)
    with own_engine.connect() as connection:
        back = connection.execute(
            sa.select(old_setback.c.trigger, old_setback.c.prevention).order_by(old_setback.c.id)
        ).all()
    assert back == [("An old message", "Blocking the number"), ("", ""), ("Tired", "")]
