"""The contract editor and revisions: reordering, the diff, comments, withdrawing, revising a
waiting proposal (it keeps its number and its comments), and every version with its changes.
How the pages fit a phone is measured in Chromium: tests/browser/test_contract_pages.py."""

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
    text_of,
)
from trust_tracker.models import contract_comments, contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ContractItem, ContractVersion, ItemKind, VersionComment, VersionStatus


def version_id(response) -> int:
    return int(response.location.rsplit("/", 1)[1])


def status_of(session, version_id: int) -> VersionStatus:
    session.expire_all()
    return session.get(ContractVersion, version_id).status


def propose_from_edit(client, **changes: list[str]):
    data = form_data(client.get("/contract/edit")) | changes
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 302, text_of(response)
    return response


# --- reordering -------------------------------------------------------------------------


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


# --- the side-by-side diff ------------------------------------------------------------------


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


# --- comments ------------------------------------------------------------------------------


def test_comment_instead_of_agreeing_then_the_proposer_revises(
    client, alex, couple, contract, sam_client, session
) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"], "note": ["Shorter"]}))
    page = sam_client.get(f"/contract/versions/{v2}")
    assert_accessible_form(page)
    response = sam_client.post(f"/contract/versions/{v2}/comments", data={"body": "Can we say 15?\nTen is tight."})
    assert response.status_code == 302 and response.location.endswith(f"/contract/versions/{v2}#comments-title")
    text = text_of(client.get(f"/contract/versions/{v2}"))
    assert "Comments Sam, Wed 25 Nov 2026, 07:00 Can we say 15? Ten is tight." in text
    assert "Your comment is added." not in text  # the flash went to Sam

    # Alex revises: the edit form starts from the proposal, and saving revises it.
    edit = client.get("/contract/edit")
    assert "Revise version 2" in text_of(edit)
    data = form_data(edit)
    assert data["items-0-text"] == ["Call when 10 minutes late"] and data["note"] == ["Shorter"]
    assert data["revising"] == [str(v2)]
    data["items-0-text"] = ["Call when 15 minutes late"]
    revised = client.post("/contract/edit", data=data)
    assert revised.status_code == 302
    assert "You revised version 2: it keeps its number, and its comments." in text_of(client.get(revised.location))
    v3 = version_id(revised)
    assert status_of(session, v2) is VersionStatus.REVISED
    assert status_of(session, v3) is VersionStatus.PROPOSED
    # "Version 2, revised": diffed first against the draft Sam commented on, the comment kept.
    page = text_of(sam_client.get(f"/contract/versions/{v3}"))
    assert page.startswith("Version 2, revised ·")
    assert "What this revision changes Compared with the draft you commented on (version 2, proposed by Alex)." in page
    assert "Changed: wording Call when 15 minutes late Was: Call when 10 minutes late" in page
    assert "You, Wed 25 Nov 2026, 07:00, on an earlier draft Can we say 15? Ten is tight." in page
    assert "What changes from version 1" in page
    earlier = text_of(sam_client.get(f"/contract/versions/{v2}"))
    assert (
        "An earlier draft, replaced by a revision." in earlier
        and "This draft was revised: read version 2, revised." in earlier
    )
    assert "Can we say 15?" in earlier  # comments stay with it too
    listing = text_of(client.get("/contract/versions"))
    assert listing.index("Version 2, revised Proposed by Alex") < listing.index("Version 2 An earlier draft")
    # Sam, reading the old draft in another tab, cannot agree to it: the page says why.
    stale = sam_client.post(f"/contract/versions/{v2}/agree")
    assert stale.status_code == 409
    assert "This proposal was revised meanwhile: please read the newest revision first." in text_of(stale)
    sam_client.post(f"/contract/versions/{v3}/agree")
    session.expire_all()
    assert contracts.active_version(session, alex.couple_id).items[0].text == "Call when 15 minutes late"
    assert contracts.active_version(session, alex.couple_id).number == 2


def test_the_other_partner_revises_instead_of_agreeing(client, alex, contract, sam_client, session) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    edit = sam_client.get("/contract/edit")
    assert "Alex's proposal, version 2, is waiting for you." in text_of(edit)
    data = form_data(edit)
    assert data["revising"] == [str(v2)] and data["note"] == [""]
    data["items-0-text"] = ["Call when 12 minutes late"]
    revised = sam_client.post("/contract/edit", data=data)
    assert revised.status_code == 302
    page = text_of(client.get(revised.location))
    assert "Version 2, revised" in page and "Agree to version 2, revised" in page
    client.post(f"/contract/versions/{version_id(revised)}/agree")
    session.expire_all()
    assert contracts.active_version(session, alex.couple_id).items[0].text == "Call when 12 minutes late"


def test_a_stale_revision_comes_back_as_typed(client, alex, contract, sam_client, session) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    mine = form_data(client.get("/contract/edit"))
    # Meanwhile Sam revises it.
    theirs = form_data(sam_client.get("/contract/edit"))
    theirs["items-0-text"] = ["Sam's wording"]
    assert sam_client.post("/contract/edit", data=theirs).status_code == 302
    mine["items-0-text"] = ["My wording"]
    response = client.post("/contract/edit", data=mine)
    assert response.status_code == 409
    assert "This proposal was revised meanwhile: please read the newest revision first." in text_of(response)
    assert form_data(response)["items-0-text"] == ["My wording"]
    newest = contracts.open_proposal(session, alex.couple_id)
    assert form_data(response)["revising"] == [str(newest.id)] and newest.id != v2
    assert newest.items[0].text == "Sam's wording"


def test_a_comment_on_a_stale_draft_is_shown_to_copy(client, alex, contract, sam_client, session) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    data = form_data(client.get("/contract/edit"))
    data["items-0-text"] = ["Call when 12 minutes late"]
    client.post("/contract/edit", data=data)
    response = sam_client.post(f"/contract/versions/{v2}/comments", data={"body": "Twelve is odd"})
    assert response.status_code == 409
    text = text_of(response)
    assert "revised meanwhile" in text and "Your comment was not saved. Here it is, to copy: Twelve is odd" in text
    assert count(session, VersionComment) == 0


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "Your comment cannot be empty."),
        ("   \n  ", "Your comment cannot be empty."),
        ("x" * 2001, "At most 2000 characters, please."),
    ],
)
def test_bad_comments_are_refused_and_keep_the_text(client, alex, couple, session, body, message) -> None:
    proposal = contracts.propose_version(session, couple[1], [ItemDraft(ItemKind.EXAMPLE, "Sam's idea")], now=NOW)
    session.flush()
    response = client.post(f"/contract/versions/{proposal.id}/comments", data={"body": body})
    assert response.status_code == 422
    assert message in text_of(response)
    assert 'aria-describedby="body-hint body-error"' in response.text
    if body.strip():
        assert form_data(response)["body"] == [body]
    assert count(session, VersionComment) == 0


def test_an_agreed_version_takes_no_comments(client, alex, contract, session) -> None:
    response = client.post(f"/contract/versions/{contract.id}/comments", data={"body": "Too late"})
    assert response.status_code == 409
    assert "no longer waiting for agreement" in text_of(response)
    assert count(session, VersionComment) == 0


# --- withdrawing ------------------------------------------------------------------------------


def test_the_proposer_withdraws_and_the_other_cannot(client, alex, contract, sam_client, session) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Changed"]}))
    assert "Withdraw version 2" not in text_of(sam_client.get(f"/contract/versions/{v2}"))
    refused = sam_client.post(f"/contract/versions/{v2}/withdraw")
    assert refused.status_code == 403
    assert "Only the partner who proposed this version can withdraw it." in text_of(refused)
    assert status_of(session, v2) is VersionStatus.PROPOSED

    assert "Withdraw version 2" in text_of(client.get(f"/contract/versions/{v2}"))
    response = client.post(f"/contract/versions/{v2}/withdraw")
    assert response.status_code == 302
    assert "You withdrew version 2. It stays in the history." in text_of(client.get("/contract/"))
    assert status_of(session, v2) is VersionStatus.WITHDRAWN
    # Now Sam can propose: nothing is waiting.
    assert "Propose changes to version 1" in text_of(sam_client.get("/contract/edit"))
    again = client.post(f"/contract/versions/{v2}/withdraw")
    assert again.status_code == 409


def test_a_conflicting_proposal_keeps_every_field_typed(client, alex, couple, contract, sam_client, session) -> None:
    data = form_data(client.get("/contract/edit"))
    version_id(propose_from_edit(sam_client, **{"items-1-text": ["Sam got there first"]}))
    data["items-0-text"] = ["My careful rewording"]
    data["items-0-due_time"] = ["07:45"]
    data["note"] = ["Why I changed it"]
    before = count(session, ContractVersion)
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 409
    assert "There is already a proposal waiting to be agreed." in text_of(response)
    kept = form_data(response)
    assert kept["items-0-text"] == ["My careful rewording"] and kept["items-0-due_time"] == ["07:45"]
    assert kept["note"] == ["Why I changed it"]
    assert count(session, ContractVersion) == before


# --- bad input and other couples --------------------------------------------------------------


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


# --- bad items: which one, and every problem at once --------------------------------------


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
