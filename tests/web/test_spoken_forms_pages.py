"""The contract page's "how you'd say it": each commitment's phrasings, edited by either partner."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.factories import PASSWORD, agreed_contract, make_couple
from tests.web.helpers import assert_accessible_form, csrf_token, form_data, text_of
from trust_tracker.models.entities import ContractVersion, ItemKind, ItemLineage


def lineage(contract: ContractVersion, n: int = 0) -> int:
    return [i for i in contract.items if i.kind is ItemKind.COMMITMENT][n].lineage_id


def saved(session, lineage_id: int) -> list[str]:
    session.expire_all()
    return session.scalar(select(ItemLineage.spoken_forms).where(ItemLineage.id == lineage_id))


def test_the_contract_shows_each_commitments_phrasings_and_a_way_to_edit(client, alex, contract) -> None:
    page = client.get("/contract/")
    text = text_of(page)
    assert "How you'd say it Not written yet" in text
    assert "It is not part of the agreement: either of you can change it" in text
    assert f'href="/contract/said/{lineage(contract)}"' in page.text


def test_the_form_is_prefilled_with_suggestions_until_saved(client, alex, contract, session) -> None:
    page = client.get(f"/contract/said/{lineage(contract)}")
    assert page.status_code == 200
    assert_accessible_form(page)
    assert form_data(page)["phrasings"] == ["i called when running late\ni called when late"]
    assert "not terms of your contract" in text_of(page) and "Suggested from the commitment" in text_of(page)
    assert saved(session, lineage(contract)) == []  # a suggestion is not saved until saved


def test_either_partner_saves_them_and_the_contract_shows_them(client, alex, sam_client, contract, session) -> None:
    one = lineage(contract)
    response = sam_client.post(
        f"/contract/said/{one}", data={"phrasings": "I called when I was running late\r\n\r\nI texted\r\ni texted"}
    )
    assert response.status_code == 302 and response.headers["Location"] == "/contract/"
    assert saved(session, one) == ["I called when I was running late", "I texted"]
    assert "“I called when I was running late”, “I texted”" in text_of(client.get("/contract/"))
    page = client.get(f"/contract/said/{one}")  # what is saved, not the suggestions
    assert form_data(page)["phrasings"] == ["I called when I was running late\nI texted"]
    assert client.post(f"/contract/said/{one}", data={"phrasings": ""}).status_code == 302
    assert saved(session, one) == []


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("I called\x00", "control character"),
        ("I called\tlate", "control characters"),
        ("x" * 121, "at most 120 characters"),
        ("\n".join(f"I called {n}" for n in "abcdefghi"), "At most 8 phrasings"),
        ("x" * 5000, "At most 8 lines of 120 characters each, please."),
        ("12:30", "needs words"),
    ],
)
def test_bad_phrasings_are_refused_clearly_and_nothing_is_saved(
    client, alex, contract, session, typed, message
) -> None:
    one = lineage(contract)
    client.post(f"/contract/said/{one}", data={"phrasings": "I rang"})
    response = client.post(f"/contract/said/{one}", data={"phrasings": "I texted\n" + typed})
    assert response.status_code == 422
    assert message in text_of(response)
    assert saved(session, one) == ["I rang"]


def test_distress_is_not_saved_and_the_help_lines_show(client, alex, contract, session) -> None:
    one = lineage(contract)
    response = client.post(f"/contract/said/{one}", data={"phrasings": "I called\nI am scared of my partner"})
    assert response.status_code == 422
    assert "I am scared of my partner" in response.text  # the form as typed
    assert "988" in text_of(response)
    assert saved(session, one) == []


def test_another_couples_commitment_a_boundary_or_no_id_is_not_found(client, alex, contract, session) -> None:
    jo, kim = make_couple(session, "Jo", "Kim")
    theirs = agreed_contract(session, jo, kim)
    boundary = next(i.lineage_id for i in contract.items if i.kind is ItemKind.BOUNDARY)
    for url in (f"/contract/said/{lineage(theirs)}", f"/contract/said/{boundary}", "/contract/said/99999999999"):
        assert client.get(url).status_code == 404
        assert client.post(url, data={"phrasings": "I rang"}).status_code == 404
    assert saved(session, lineage(theirs)) == []
    assert client.get("/contract/said/abc").status_code == 404


def test_it_needs_a_login_and_the_csrf_token(make_app, couple, contract, session) -> None:
    app = make_app(WTF_CSRF_ENABLED=True, ALEXA_VERIFY=False)
    browser = app.test_client()
    url = f"/contract/said/{lineage(contract)}"
    assert browser.get(url).status_code == 302  # to the log-in page
    token = csrf_token(browser.get("/login"))
    data = {"email": "alex@example.com", "password": PASSWORD, "csrf_token": token}
    assert browser.post("/login", data=data).status_code == 302
    assert browser.post(url, data={"phrasings": "I rang"}).status_code == 400
    token = csrf_token(browser.get(url))
    assert browser.post(url, data={"phrasings": "I rang", "csrf_token": token}).status_code == 302
    assert saved(session, lineage(contract)) == ["I rang"]
