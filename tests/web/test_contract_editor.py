"""The contract editor: reordering, the side-by-side diff, every version with its changes kept in
the history, bad items named all at once, tampered ids, other couples and strangers. Comments,
revising a waiting proposal and withdrawing: tests/web/test_contract_comments.py. How the pages
fit a phone is measured in Chromium: tests/browser/test_contract_pages.py."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import (
    assert_accessible_form,
    count,
    csrf_token,
    form_data,
    log_in,
    propose_from_edit,
    status_of,
    text_of,
    version_id,
)
from trust_tracker.models import contract_comments, contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ContractItem, ContractVersion, ItemKind, VersionComment, VersionStatus


def test_moving_an_item_reorders_the_form_and_proposes_nothing(client, alex, contract, session) -> None:
    data = form_data(client.get("/contract/edit"))
    data["items-1-text"] = ["Evening talk, typed just now"]
    data["note"] = ["Half written"]
    before = count(session, ContractVersion)
    moved = client.post("/contract/edit", data=data | {"move": "1-up"})
    assert moved.status_code == 200
    assert count(session, ContractVersion) == before
    after = form_data(moved)
    assert after["items-0-text"] == ["Evening talk, typed just now"]  # what was typed moves with it
    assert after["items-1-text"] == ["Call when running more than 15 minutes late"]
    assert after["items-0-lineage_id"] == [str(contract.items[1].lineage_id)]
    assert after["items-0-weekdays"] == ["0", "2", "4"]
    assert after["note"] == ["Half written"]
    assert re.search(r'<button type="submit" name="move" value="0-down"[^>]*autofocus', moved.text)
    assert_accessible_form(moved)

    down = client.post("/contract/edit", data=after | {"move": "0-down"})
    assert form_data(down)["items-0-text"] == ["Call when running more than 15 minutes late"]


def test_a_moved_item_is_proposed_in_its_new_place_and_shown_as_moved(
    client, alex, contract, sam_client, session
) -> None:
    data = form_data(client.get("/contract/edit"))
    # The example (row 3) moves to the top, two places up.
    for move in ("3-up", "2-up", "1-up"):
        data = form_data(client.post("/contract/edit", data=data | {"move": move}))
    assert data["items-0-text"] == ["Sharing my location unprompted when travelling"]
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 302
    session.expire_all()
    proposal = contracts.open_proposal(session, alex.couple_id)
    assert [i.text for i in proposal.items] == [
        "Sharing my location unprompted when travelling",
        "Call when running more than 15 minutes late",
        "Evening check-in talk",
        "No deleting messages",
    ]
    text = text_of(sam_client.get(response.location))
    assert "0 added, 0 changed, 0 removed, 1 moved, compared with version 1." in text
    assert "Moved Sharing my location unprompted when travelling" in text


@pytest.mark.parametrize("move", ["0-up", "6-down", "99-up", "1-sideways", "x", ""])
def test_impossible_moves_are_refused(client, alex, contract, session, move) -> None:
    data = form_data(client.get("/contract/edit"))
    before = count(session, ContractVersion)
    response = client.post("/contract/edit", data=data | {"move": move})
    assert response.status_code == 422
    assert count(session, ContractVersion) == before


def test_the_edit_form_has_one_visible_propose_button_and_works_without_scripts(client, alex, contract) -> None:
    page = client.get("/contract/edit")
    assert "<script" not in page.text
    # Enter in a text box presses the first submit button: a hidden one that proposes.
    form = page.text[page.text.index('<form method="post" action="/contract/edit"') :]
    first = re.search(r"<button[^>]*>", form).group(0)
    assert 'name="propose"' in first and "hidden" in first
    assert "Move up item 2" in text_of(page) and "Move down item 1" in text_of(page)


def test_the_other_partner_sees_a_clear_diff(client, alex, contract, sam_client) -> None:
    response = propose_from_edit(
        client,
        **{
            "items-0-text": ["Call when running more than 10 minutes late"],
            "items-0-due_time": ["18:00"],
            "items-2-remove": ["y"],
            "items-4-text": ["Say goodnight"],
            "items-4-kind": ["example"],
            "note": ["Tighter"],
        },
    )
    page = sam_client.get(response.location)
    text = text_of(page)
    assert "What changes from version 1" in text
    assert "1 added, 1 changed, 1 removed, 0 moved, compared with version 1." in text
    # Each status in words and in colour (a class of its own), the changed values with what they were.
    assert (
        "Changed: wording, due time Call when running more than 10 minutes late "
        "Was: Call when running more than 15 minutes late" in text
    )
    assert (
        '<dd><strong class="changed-value">18:00</strong> <span class="was">(was: <del>no set time</del>)</span></dd>'
        in page.text
    )
    assert "Removed No deleting messages" in text
    assert "Added Say goodnight" in text
    for status in ("changed", "removed", "added"):
        assert f'<li class="diff-row diff-{status}">' in page.text
        assert f'class="badge badge-{status}"' in page.text
    # Added text is not underlined like a link: no <ins> at all; what went is struck through.
    assert "<ins" not in page.text
    assert "<del>Call when running more than 15 minutes late</del>" in page.text
    # Unchanged items are folded away.
    assert re.search(r"<details class=\"unchanged\">\s*<summary>1 unchanged item", page.text)
    # The diff first; Agree and Ask for changes together at the end.
    html = page.text
    assert html.index("What changes from version 1") < html.index("Agree to version 2")
    assert 0 < html.index("Ask for changes") - html.index("Agree to version 2") < 2000
    assert "Once you agree, it replaces version 1, the contract now in force." in text


def test_a_first_proposal_does_not_claim_to_replace_a_contract(client, alex, sam_client, session) -> None:
    response = propose_from_edit(client, **{"items-0-text": ["Call when late"]})
    text = text_of(sam_client.get(response.location))
    assert "What it holds" in text and "Added Call when late" in text
    assert "Once you agree, it is your first contract." in text
    assert "now in force" not in text


def test_every_version_and_its_diff_stays_in_the_history(client, alex, couple, contract, sam_client, session) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    sam_client.post(f"/contract/versions/{v2}/agree")
    v3 = version_id(propose_from_edit(sam_client, **{"items-3-remove": ["y"]}))
    sam_client.post(f"/contract/versions/{v3}/withdraw")
    listing = text_of(client.get("/contract/versions"))
    assert (
        "Version 3 Withdrawn. Proposed by Sam on Wed 25 Nov 2026, 07:00. 0 added, 0 changed, 1 removed, 0 moved"
    ) in listing
    assert "Version 2 In force" in listing and "0 added, 1 changed, 0 removed, 0 moved in version 2" in listing
    assert "Version 1 Replaced" in listing and "4 added, 0 changed, 0 removed, 0 moved in version 1" in listing
    old = text_of(client.get(f"/contract/versions/{v2}"))
    assert "In force: proposed by Alex, agreed by Sam" in old and "What changes from version 1" in old
    assert "Changed: wording" in old
    withdrawn = text_of(client.get(f"/contract/versions/{v3}"))
    assert "Withdrawn." in withdrawn and "What changes from version 2" in withdrawn
    assert "Agree to version 3" not in withdrawn and "Add a comment" not in withdrawn
    first = text_of(client.get(f"/contract/versions/{contract.id}"))
    assert "What it holds" in first and "4 added" in first


@pytest.mark.parametrize("revising", ["abc", "-1", "1" * 20])
def test_a_tampered_revision_id_is_refused(client, alex, contract, session, revising) -> None:
    data = form_data(client.get("/contract/edit")) | {"revising": revising}
    before = count(session, ContractVersion)
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 422
    assert count(session, ContractVersion) == before


def test_another_couples_proposal_cannot_be_revised_withdrawn_or_commented(client, alex, contract, session) -> None:
    kim, lee = make_couple(session, "Kim", "Lee")
    theirs = contracts.propose_version(session, kim, [ItemDraft(ItemKind.EXAMPLE, "Kim's idea")], now=NOW)
    session.flush()
    before = (count(session, ContractVersion), count(session, VersionComment))
    assert client.post(f"/contract/versions/{theirs.id}/withdraw").status_code == 404
    assert client.post(f"/contract/versions/{theirs.id}/comments", data={"body": "Hello"}).status_code == 404
    data = form_data(client.get("/contract/edit")) | {"revising": str(theirs.id)}
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 404
    assert "Kim's idea" not in response.text
    assert (count(session, ContractVersion), count(session, VersionComment)) == before
    assert status_of(session, theirs.id) is VersionStatus.PROPOSED
    # And their comments never show on our pages.
    contract_comments.comment_on(session, lee, theirs.id, "Lee's private comment", now=NOW)
    session.flush()
    for path in ("/contract/", "/contract/versions", f"/contract/versions/{contract.id}"):
        assert "private comment" not in client.get(path).text


def test_comment_and_withdraw_need_the_csrf_token(make_app, couple, session) -> None:
    alex = couple[0]
    proposal = contracts.propose_version(session, alex, [ItemDraft(ItemKind.EXAMPLE, "An idea")], now=NOW)
    session.flush()
    app = make_app(WTF_CSRF_ENABLED=True)
    browser = app.test_client()
    browser.post(
        "/login",
        data={"email": "alex@example.com", "password": PASSWORD, "csrf_token": csrf_token(browser.get("/login"))},
    )
    assert browser.post(f"/contract/versions/{proposal.id}/comments", data={"body": "No token"}).status_code == 400
    assert browser.post(f"/contract/versions/{proposal.id}/withdraw").status_code == 400
    assert count(session, VersionComment) == 0
    assert status_of(session, proposal.id) is VersionStatus.PROPOSED
    token = csrf_token(browser.get(f"/contract/versions/{proposal.id}"))
    ok = browser.post(f"/contract/versions/{proposal.id}/comments", data={"body": "With one", "csrf_token": token})
    assert ok.status_code == 302
    assert session.scalar(select(VersionComment.body)) == "With one"


def test_a_stranger_logged_in_sees_nothing_of_ours(app, alex, contract, session) -> None:
    make_couple(session, "Kim", "Lee")
    session.flush()
    kim = app.test_client()
    log_in(kim, "kim@example.com")
    assert kim.get(f"/contract/versions/{contract.id}").status_code == 404
    assert kim.post(f"/contract/versions/{contract.id}/comments", data={"body": "hi"}).status_code == 404
    assert "Call when running more than 15 minutes late" not in kim.get("/contract/edit").text


def test_changing_an_items_kind_is_a_clear_422_with_nothing_written(client, alex, contract, session) -> None:
    before = (count(session, ContractVersion), count(session, ContractItem))
    data = form_data(client.get("/contract/edit")) | {"items-0-kind": ["boundary"]}
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 422
    text = text_of(response)
    assert (
        "Item 1 (“Call when running more than 15 minutes…”): An item cannot change kind: remove it and add a new one."
    ) in text
    assert "not part of your contract" not in text
    assert form_data(response)["items-0-kind"] == ["boundary"]  # as typed
    assert (count(session, ContractVersion), count(session, ContractItem)) == before
    assert_accessible_form(response)


def test_every_items_problems_are_named_at_once(client, alex, contract, session) -> None:
    before = (count(session, ContractVersion), count(session, ContractItem))
    data = form_data(client.get("/contract/edit"))
    data["items-1-weekdays"] = []  # "Evening check-in talk", on chosen days: none chosen
    data["items-2-text"] = [""]  # the boundary, emptied
    data["items-4-short_name"] = ["a spare row named but not written"]
    data["items-5-due_time"] = ["25:00"]  # caught by the form itself, not the domain
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 422
    text = text_of(response)
    summary = text[text.index("Item 2 (“Evening") : text.index("The items One line each")]
    assert summary == (
        "Item 2 (“Evening check-in talk”): Choose at least one day of the week for this commitment. "
        "Item 3: Boundary text cannot be empty. "
        "Item 5: Commitment text cannot be empty. "
        "Item 6: Please enter a time like 21:00. "
    )
    assert response.text.count('class="item-row has-problems"') == 4
    # Each message is also beside its field.
    assert re.search(r'id="items-1-weekdays-error">Choose at least one day', response.text)
    assert re.search(r'id="items-2-text-error">Boundary text cannot be empty', response.text)
    assert (count(session, ContractVersion), count(session, ContractItem)) == before
    assert_accessible_form(response)


def test_fixing_every_named_problem_proposes(client, alex, contract, session) -> None:
    data = form_data(client.get("/contract/edit")) | {"items-1-weekdays": [], "items-2-text": [""]}
    assert client.post("/contract/edit", data=data).status_code == 422
    data |= {"items-1-weekdays": ["0", "2"], "items-2-text": ["No deleting messages, ever"]}
    assert client.post("/contract/edit", data=data).status_code == 302
