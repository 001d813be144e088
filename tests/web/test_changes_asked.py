"""The proposer sees that their partner asked for changes, and what they asked: on Today, on
the contract page and beside their proposal, in the partner's own words, until a revision
answers it or the proposal is settled. Nobody else's asks, and never their own comments."""

from __future__ import annotations

import pytest

from tests.factories import NOW, make_couple
from tests.web.helpers import form_data, propose_from_edit, text_of, version_id
from trust_tracker.models import contract_comments, contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ItemKind

ASK = "Can we say 15 minutes?\nTen is tight on the bus."


def _ask(sam_client, version: int, body: str = ASK):
    response = sam_client.post(f"/contract/versions/{version}/comments", data={"body": body})
    assert response.status_code == 302, text_of(response)
    return response


def test_the_proposer_reads_what_was_asked_everywhere_they_look(client, sam_client, alex, contract) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    assert "asked for changes" not in text_of(client.get("/today/"))
    _ask(sam_client, v2)

    today = client.get("/today/")
    page = text_of(today)
    assert "Waiting for you" in page
    assert (
        "Sam asked for changes to your proposal: revise it or reply Can we say 15 minutes? Ten is tight on the bus."
        in page
    )
    assert f'href="/contract/versions/{v2}"' in today.text

    contract_page = text_of(client.get("/contract/"))
    assert (
        "You proposed version 2. Sam asked for changes: Can we say 15 minutes? Ten is tight on the bus."
        in contract_page
    )
    assert "Revise it to answer, or reply beside your proposal. It stays waiting until Sam agrees." in contract_page
    assert "Waiting for Sam to agree." not in contract_page

    version_page = text_of(client.get(f"/contract/versions/{v2}"))
    assert "Your proposal Sam asked for changes: Can we say 15 minutes? Ten is tight on the bus." in version_page
    assert "Sam may also ask for changes" not in version_page

    # Sam, who asked, is not told about their own words as something waiting.
    assert "asked for changes to your proposal" not in text_of(sam_client.get("/today/"))
    assert "Sam asked for changes" not in text_of(sam_client.get("/contract/"))


def test_the_proposers_own_comment_is_not_an_ask(client, sam_client, alex, contract) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    assert client.post(f"/contract/versions/{v2}/comments", data={"body": "Ten feels right to me"}).status_code == 302
    assert "asked for changes" not in text_of(client.get("/today/"))
    assert "Waiting for Sam to agree." in text_of(client.get("/contract/"))


def test_a_revision_answers_the_ask_and_settling_ends_it(client, sam_client, alex, contract) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    _ask(sam_client, v2)
    data = form_data(client.get("/contract/edit")) | {"items-0-text": ["Call when 15 minutes late"]}
    revised = client.post("/contract/edit", data=data)
    assert revised.status_code == 302
    v3 = version_id(revised)
    assert "asked for changes" not in text_of(client.get("/today/"))
    assert "Waiting for Sam to agree." in text_of(client.get("/contract/"))
    # The ask stays readable beside the revision that answered it.
    assert "on an earlier draft Can we say 15 minutes?" in text_of(client.get(f"/contract/versions/{v3}"))

    _ask(sam_client, v3, "Better. One more: weekends too?")
    assert "Sam asked for changes" in text_of(client.get("/today/"))
    assert sam_client.post(f"/contract/versions/{v3}/agree").status_code == 302
    assert "asked for changes" not in text_of(client.get("/today/"))
    assert "asked for changes" not in text_of(client.get("/contract/"))


def test_a_withdrawn_proposal_has_nothing_waiting(client, sam_client, alex, contract) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    _ask(sam_client, v2)
    assert client.post(f"/contract/versions/{v2}/withdraw").status_code == 302
    assert "asked for changes" not in text_of(client.get("/today/"))


def test_many_and_long_asks_on_today_stay_short(client, sam_client, alex, contract) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    for n in range(1, 5):
        _ask(sam_client, v2, f"Ask number {n}")
    _ask(sam_client, v2, "word " * 390 + "THE END")
    today = text_of(client.get("/today/"))
    assert "Ask number 1" not in today and "Ask number 2" not in today  # the newest three
    assert "Ask number 3" in today and "Ask number 4" in today and "And 2 earlier." in today
    assert "THE END" not in today and "word word..." in today
    contract_page = text_of(client.get("/contract/"))
    assert all(f"Ask number {n}" in contract_page for n in range(1, 5)) and "THE END" in contract_page


@pytest.mark.parametrize(
    ("body", "status"),
    [("", 422), ("   \n  ", 422), ("x" * (contract_comments.MAX_COMMENT + 1), 422), ("a\x00b", 422)],
)
def test_a_refused_ask_shows_nothing_to_the_proposer(client, sam_client, alex, contract, body, status) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    assert sam_client.post(f"/contract/versions/{v2}/comments", data={"body": body}).status_code == status
    assert "asked for changes" not in text_of(client.get("/today/"))
    assert "Waiting for Sam to agree." in text_of(client.get("/contract/"))


def test_markup_in_an_ask_is_shown_as_typed(client, sam_client, alex, contract) -> None:
    v2 = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    _ask(sam_client, v2, '<script>alert(1)</script><a href="https://evil.example">click</a>')
    for path in ("/today/", "/contract/", f"/contract/versions/{v2}"):
        html = client.get(path).text
        assert "<script>alert(1)" not in html and 'href="https://evil.example"' not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_another_couples_asks_never_show(client, alex, contract, session) -> None:
    version = version_id(propose_from_edit(client, **{"items-0-text": ["Call when 10 minutes late"]}))
    kim, lee = make_couple(session, "Kim", "Lee")
    assert lee is not None
    theirs = contracts.propose_version(session, kim, [ItemDraft(ItemKind.COMMITMENT, "Walk the dog")], now=NOW)
    contract_comments.comment_on(session, lee, theirs.id, "Lee's private ask", now=NOW)
    session.flush()
    assert contract_comments.changes_asked(session, alex) == []
    assert [c.body for c in contract_comments.changes_asked(session, kim)] == ["Lee's private ask"]
    assert contract_comments.changes_asked(session, lee) == []  # Lee asked; Kim proposed
    for path in ("/today/", "/contract/", f"/contract/versions/{version}"):
        assert "Lee's private ask" not in text_of(client.get(path))
