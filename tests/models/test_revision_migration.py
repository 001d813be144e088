"""Migration 0009: a revision keeps its proposal's number; a downgrade gives every
version a number of its own again, and nothing is lost either way."""

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.orm import Session

from tests.factories import NOW, make_couple
from trust_tracker.models import contract_comments, contract_starters, contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.db import alembic_config, upgrade
from trust_tracker.models.entities import ItemKind
from trust_tracker.models.errors import ValidationError

C = ItemKind.COMMITMENT


def test_0009_round_trip_keeps_items_and_comments(own_engine):
    upgrade(own_engine)
    with Session(own_engine) as session, session.begin():
        alex, sam = make_couple(session)
        assert sam is not None
        v1 = contracts.propose_version(session, alex, [ItemDraft(C, "Call when late")], now=NOW)
        contracts.agree_version(session, sam, v1.id, now=NOW)
        draft = contracts.propose_version(session, alex, [ItemDraft(C, "Call or text when late")], now=NOW)
        contract_comments.comment_on(session, sam, draft.id, "Say how late", now=NOW)
        contracts.revise_proposal(session, alex, draft.id, [ItemDraft(C, "Call when 15 min late")], now=NOW)

    command.downgrade(alembic_config(own_engine), "0005")
    with own_engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT number, status FROM contract_version ORDER BY number")).all()
        assert [tuple(r) for r in rows] == [(1, "active"), (2, "withdrawn"), (3, "proposed")]
        assert connection.execute(sa.text("SELECT count(*) FROM contract_item")).scalar() == 3
        assert connection.execute(sa.text("SELECT count(*) FROM version_comment")).scalar() == 1

    upgrade(own_engine)
    command.check(alembic_config(own_engine))
    with own_engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT number, revision FROM contract_version ORDER BY number")).all()
        assert [tuple(r) for r in rows] == [(1, 0), (2, 0), (3, 0)]
        with pytest.raises(sa.exc.IntegrityError):  # the status check holds after the rebuild
            connection.execute(sa.text("UPDATE contract_version SET status = 'bogus'"))


def test_starters_are_valid_items_and_unknown_ones_are_refused(session, couple):
    alex, _ = couple
    drafts = contract_starters.starter_drafts([s.key for s in contract_starters.STARTERS])
    assert {d.kind for d in drafts} == {ItemKind.COMMITMENT, ItemKind.BOUNDARY}
    assert any(d.hard_day_form for d in drafts)
    assert contracts.check_items(session, alex, drafts) == []
    version = contracts.propose_version(session, alex, drafts, now=NOW)
    assert len(version.items) == len(contract_starters.STARTERS)
    with pytest.raises(ValidationError, match="from the list"):
        contract_starters.starter_drafts(["punctuality", "../etc"])
