"""Migration 0022: at most one unused invitation a couple (tester-security50 D3). Couples with
several live ones keep the newest; the database then refuses a second live one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tests.factories import NOW, PASSWORD
from trust_tracker.models import accounts
from trust_tracker.models.base import digest
from trust_tracker.models.db import alembic_config, upgrade
from trust_tracker.models.entities import Invitation

HOUR = timedelta(hours=1)


def _invitation(couple_id: int, name: str, created_hours_ago: int, used: bool = False) -> Invitation:
    created = NOW - created_hours_ago * HOUR
    return Invitation(
        couple_id=couple_id,
        token_hash=digest(name),
        created_at=created,
        expires_at=created + accounts.INVITATION_LIFETIME,
        used_at=created + HOUR if used else None,
    )


def _live(session: Session) -> dict[int, list[str]]:
    rows = session.execute(select(Invitation.couple_id, Invitation.token_hash).where(Invitation.used_at.is_(None)))
    live: dict[int, list[str]] = {}
    for couple_id, token_hash in rows:
        live.setdefault(couple_id, []).append(token_hash)
    return live


def test_0022_keeps_each_couples_newest_live_invitation_and_refuses_a_second(own_engine) -> None:
    upgrade(own_engine, "0021")
    with Session(own_engine) as session, session.begin():
        alex = accounts.sign_up(session, name="Alex", email="alex@example.com", password=PASSWORD).couple_id
        kim = accounts.sign_up(session, name="Kim", email="kim@example.com", password=PASSWORD).couple_id
        session.add_all(
            [
                _invitation(alex, "raced-1", 3),
                _invitation(alex, "raced-2", 2),
                _invitation(alex, "newest", 1),
                _invitation(alex, "joined-with", 5, used=True),
                _invitation(kim, "kims", 2),
            ]
        )
    upgrade(own_engine)
    with Session(own_engine) as session, session.begin():
        assert _live(session) == {alex: [digest("newest")], kim: [digest("kims")]}
        used = session.scalars(select(Invitation).where(Invitation.token_hash == digest("joined-with"))).one()
        assert used.used_at == NOW - 4 * HOUR  # a spent link is left as it was
    with pytest.raises(IntegrityError), Session(own_engine) as session, session.begin():
        session.add(_invitation(kim, "second", 0))
    with Session(own_engine) as session, session.begin():
        session.add(_invitation(kim, "spent-second", 0, used=True))  # spent ones: any number

    command.downgrade(alembic_config(own_engine), "0021")
    with Session(own_engine) as session, session.begin():
        session.add(_invitation(kim, "second", 0))  # the rule goes with the migration
