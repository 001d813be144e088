"""Talking about a waiting contract proposal on the site: a comment instead of agreeing, the
proposer or the other partner revising it (it keeps its number and its comments), stale drafts
and revisions coming back as typed, bad comments refused, withdrawing, a conflicting proposal
keeping every field typed."""

from __future__ import annotations

import pytest

from tests.factories import NOW
from tests.web.helpers import (
    assert_accessible_form,
    count,
    form_data,
    propose_from_edit,
    status_of,
    text_of,
    version_id,
)
from trust_tracker.models import contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ContractVersion, ItemKind, VersionComment, VersionStatus


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
    # Alex never commented: told whose comments the revision answers (tester-web45 F6).
    mine = text_of(client.get(f"/contract/versions/{v3}"))
    assert "Compared with the draft Sam commented on (version 2, proposed by Alex)." in mine
    assert "you commented on" not in mine
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


def test_a_revision_nobody_commented_on_is_compared_with_the_draft_it_replaces(
    client, alex, contract, sam_client
) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    data = form_data(client.get("/contract/edit"))
    data["items-0-text"] = ["Call when 20 minutes late"]
    v3 = version_id(client.post("/contract/edit", data=data))
    for browser in (client, sam_client):
        page = text_of(browser.get(f"/contract/versions/{v3}"))
        assert "Compared with the draft it replaces (version 2, proposed by Alex)." in page
        assert "commented on" not in page
    assert v2 != v3
