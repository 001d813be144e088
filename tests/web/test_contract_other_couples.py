"""The contract pages and other couples: their owners, lineages and versions refused or not
found, their proposal never agreed by a stranger."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.factories import NOW, agreed_contract, make_couple
from tests.web.helpers import log_in, row, text_of, written
from trust_tracker.models import contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ContractVersion, ItemKind, Partner, VersionStatus


@pytest.fixture
def strangers(session) -> tuple[Partner, Partner, ContractVersion]:
    kim, lee = make_couple(session, "Kim", "Lee")
    return kim, lee, agreed_contract(session, kim, lee)


def test_another_couples_owner_is_refused(client, alex, strangers, session) -> None:
    kim = strangers[0]
    before = written(session)
    response = client.post("/contract/edit", data=row(0, owner=str(kim.id)))
    assert response.status_code == 422
    assert "Please choose whose commitment this is." in text_of(response)
    assert written(session) == before


def test_another_couples_lineage_is_refused(client, alex, couple, strangers, session) -> None:
    agreed_contract(session, alex, couple[1])
    theirs = strangers[2].items[0]
    before = written(session)
    response = client.post("/contract/edit", data=row(0, text="Borrowed", lineage_id=str(theirs.lineage_id)))
    assert response.status_code == 404
    assert "That item is not part of your contract." in text_of(response)
    assert written(session) == before


def test_another_couples_versions_are_not_found(client, alex, strangers, session) -> None:
    theirs = strangers[2]
    page = client.get(f"/contract/versions/{theirs.id}")
    assert page.status_code == 404
    assert "No such version of your contract." in text_of(page)
    assert "Call when running more than 15 minutes late" not in page.text
    assert "Kim" not in page.text and "Lee" not in page.text
    before = session.scalar(select(ContractVersion.agreed_by_id).where(ContractVersion.id == theirs.id))
    assert client.post(f"/contract/versions/{theirs.id}/agree").status_code == 404
    assert session.scalar(select(ContractVersion.agreed_by_id).where(ContractVersion.id == theirs.id)) == before
    assert client.get("/contract/versions/999999").status_code == 404
    listing = client.get("/contract/versions")
    assert f"/contract/versions/{theirs.id}" not in listing.text
    assert "No versions yet." in text_of(listing)


def test_their_proposal_cannot_be_agreed_by_a_stranger(app, strangers, session) -> None:
    kim, _lee, _ = strangers
    proposal = contracts.propose_version(session, kim, [ItemDraft(ItemKind.EXAMPLE, "Kim's idea")], now=NOW)
    make_couple(session, "Alex", "Sam")
    session.flush()
    intruder = app.test_client()
    log_in(intruder, "sam@example.com")
    assert intruder.post(f"/contract/versions/{proposal.id}/agree").status_code == 404
    assert (
        session.scalar(select(ContractVersion.status).where(ContractVersion.id == proposal.id))
        is VersionStatus.PROPOSED
    )
