"""Ids in URLs and hidden fields: a number too large for the database is simply not found,
never a 500 from an overflowing query."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.web.helpers import count, form_data, text_of
from trust_tracker.models.entities import ContractVersion, LogEntry, Setback

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", f"/contract/versions/{HUGE}"),
        ("post", f"/contract/versions/{HUGE}/agree"),
        ("post", f"/contract/versions/{HUGE}/withdraw"),
        ("post", f"/contract/versions/{HUGE}/comments"),
        ("post", f"/history/entries/{HUGE}/acknowledge"),
        ("get", f"/journal/{HUGE}"),
        ("post", f"/journal/{HUGE}/share"),
        ("post", f"/journal/{HUGE}/unshare"),
        ("post", f"/journal/{HUGE}/delete"),
        ("get", f"/setbacks/{HUGE}"),
        ("get", f"/contract/edit?setback={HUGE}"),
        ("get", "/contract/versions/0"),
        ("get", "/contract/versions/-1"),
    ],
)
def test_an_impossible_id_in_the_address_is_not_found(client, alex, method, path) -> None:
    assert getattr(client, method)(path).status_code == 404


def test_an_impossible_entry_to_reflect_on_is_refused(client, alex, session) -> None:
    response = client.post("/setbacks/start", data={"log_entry_id": HUGE})
    assert response.status_code in (400, 422)
    assert count(session, Setback) == 0


def test_an_impossible_item_id_in_the_editor_is_refused(client, alex, couple, session) -> None:
    agreed_contract(session, alex, couple[1])
    data = form_data(client.get("/contract/edit")) | {"items-0-lineage_id": [HUGE]}
    before = count(session, ContractVersion)
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 422
    assert "That item is not part of your contract." in text_of(response)
    assert count(session, ContractVersion) == before
    assert count(session, LogEntry) == 0
