"""The contract pages: the whole way through the site, editing and proposing, versions and
agreeing, a first contract's starters; bad input. Other couples: tests/web/test_contract_other_couples.py."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, agreed_contract, make_couple
from tests.web.helpers import assert_accessible_form, edit_page_data, form_data, log_in, row, text_of, written
from trust_tracker.models import contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ContractVersion, ItemKind, Partner, VersionStatus


@pytest.mark.postgres_smoke
def test_sign_up_invite_join_propose_agree(app, session) -> None:
    robin = app.test_client()
    robin.post(
        "/signup",
        data={"name": "Robin", "email": "robin@example.com", "password": PASSWORD, "timezone": "Europe/London"},
    )
    log_in(robin, "robin@example.com")  # signing up does not log in (it must not tell whether the email was taken)
    link = re.search(r'value="http://localhost(/join/[^"]+)"', robin.post("/invite").text).group(1)
    jo = app.test_client()
    assert jo.post(link, data={"name": "Jo", "email": "jo@example.com", "password": PASSWORD}).status_code == 200
    log_in(jo, "jo@example.com")  # joining does not log in (tester-web45 F2)
    assert "You have no agreed contract yet" in text_of(robin.get("/contract/"))

    robin_id = session.scalar(select(Partner.id).where(Partner.email == "robin@example.com"))
    data = (
        row(
            0,
            text="Call when running late",
            short_name="call when late",
            owner=str(robin_id),
            cadence="weekdays",
            weekdays=["0", "2"],
            due_time="21:00",
            category="punctuality",
            hard_day_form="A text is enough",
            consequence="We talk it through",
        )
        | row(1, kind="boundary", text="No reading each other's phones", consequence="A pause and a talk")
        | row(2, kind="example", text="Sharing plans before being asked")
        | {"note": "Our first try"}
    )
    response = robin.post("/contract/edit", data=data)
    assert response.status_code == 302
    proposal_page = robin.get(response.location)
    text = text_of(proposal_page)
    assert "You proposed version 1" in text
    assert "Waiting for Jo to agree." in text
    assert "Agree to version 1" not in text
    version_id = int(response.location.rsplit("/", 1)[1])

    # The proposer cannot agree to their own proposal.
    refused = robin.post(f"/contract/versions/{version_id}/agree")
    assert refused.status_code == 403
    assert "Your partner needs to agree to your proposal." in text_of(refused)

    assert "Robin proposed version 1." in text_of(jo.get("/contract/"))
    jo_view = jo.get(f"/contract/versions/{version_id}")
    assert "Agree to version 1" in text_of(jo_view)
    assert "Note from Robin: Our first try" in text_of(jo_view)
    response = jo.post(f"/contract/versions/{version_id}/agree")
    assert response.status_code == 302
    active = text_of(jo.get("/contract/"))
    assert "Version 1 is now your contract." in active
    assert "In force: proposed by Robin, agreed by Jo" in active
    assert "Call when running late" in active
    assert "Whose your partner" in active  # Robin's commitment, seen by Jo
    assert "How often every Monday and Wednesday, by 21:00" in active
    assert "On a hard day A text is enough" in active
    assert "If it lapses We talk it through" in active
    assert "No reading each other's phones" in active and "If it is crossed A pause and a talk" in active
    assert "Sharing plans before being asked" in active
    assert "Whose you" in text_of(robin.get("/contract/"))
    assert contracts.active_version(session, session.get(Partner, robin_id).couple_id).number == 1


@pytest.mark.postgres_smoke
def test_edit_starts_from_the_active_version_and_proposes_changes(client, alex, couple, sam_client, session) -> None:
    _, sam = couple
    v1 = agreed_contract(session, alex, sam)
    call, _talk, _boundary, example = v1.items
    data = edit_page_data(client)
    assert data["items-0-text"] == ["Call when running more than 15 minutes late"]
    assert data["items-0-lineage_id"] == [str(call.lineage_id)]
    assert data["items-0-owner"] == [str(alex.id)]
    assert data["items-1-weekdays"] == ["0", "2", "4"]
    assert data["items-1-owner"] == [""]
    assert data["items-4-text"] == [""]  # spare rows follow the items

    data["items-0-text"] = ["Call when running more than 10 minutes late"]
    data["items-2-remove"] = ["y"]
    data |= row(4, text="Say goodnight", short_name="goodnight", owner=str(sam.id))
    data["note"] = ["Tighter, and one more"]
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 302

    page = text_of(sam_client.get(response.location))
    assert "What changes from version 1" in page
    assert "Once you agree, it replaces version 1, the contract now in force." in page
    assert (
        "Changed: wording Call when running more than 10 minutes late Was: Call when running more than 15 minutes late"
        in page
    )
    assert "Added Say goodnight" in page
    assert "Removed No deleting messages" in page
    assert (
        "1 unchanged item among the commitments Unchanged Evening check-in talk" in page
    )  # folded away in a <details>

    version_id = int(response.location.rsplit("/", 1)[1])
    sam_client.post(f"/contract/versions/{version_id}/agree")
    session.expire_all()  # the site changed rows this session had loaded
    v2 = contracts.active_version(session, alex.couple_id)
    assert v2.number == 2
    assert [item.text for item in v2.items] == [
        "Call when running more than 10 minutes late",
        "Evening check-in talk",
        "Sharing my location unprompted when travelling",
        "Say goodnight",
    ]
    # Lineage carries over, so history and streaks survive the edit.
    assert v2.items[0].lineage_id == call.lineage_id and v2.items[2].lineage_id == example.lineage_id
    assert v2.items[3].owner_id == sam.id
    assert session.get(ContractVersion, v1.id).status is VersionStatus.SUPERSEDED


def test_add_an_item_lands_on_the_new_row_and_proposes_nothing(client, alex, session) -> None:
    before = written(session)
    data = row(0, text="Typed before adding an item") | {"add_item": "1", "note": "half done"}
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 200
    assert 'name="items-1-text"' in response.text and 'name="items-2-text"' not in response.text
    new_row = re.search(r'<textarea[^>]*name="items-1-text"[^>]*>', response.text).group(0)
    assert "autofocus" in new_row
    assert 'id="item-2"' in response.text
    assert "Typed before adding an item" in response.text and "half done" in response.text
    assert written(session) == before


def test_add_an_item_stops_at_the_most_rows_a_page_can_hold(client, alex, session) -> None:
    data = {f"items-{i}-text": f"Item {i}" for i in range(120)} | {"add_item": "1"}
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 422
    assert "There is no room for more rows: a contract holds at most 60 items." in text_of(response)
    assert 'name="items-119-text"' in response.text and 'name="items-120-text"' not in response.text


def test_the_edit_form_is_accessible(client, alex, couple, session) -> None:
    agreed_contract(session, alex, couple[1])
    page = client.get("/contract/edit")
    assert_accessible_form(page)
    assert "<legend>Days of the week</legend>" in page.text


def test_a_second_proposal_is_a_conflict_that_keeps_what_was_typed(client, alex, couple, session) -> None:
    contracts.propose_version(session, couple[1], [ItemDraft(ItemKind.EXAMPLE, "Sam's idea")], now=NOW)
    session.flush()
    # While Sam's proposal waits, the editor offers to revise it rather than to fail.
    offer = text_of(client.get("/contract/edit"))
    assert "Revise version 1" in offer and "Sam's proposal, version 1, is waiting for you." in offer
    assert "Sam's idea" in offer
    before = written(session)
    # A page opened before Sam proposed: it comes back as typed, now revising Sam's proposal.
    response = client.post("/contract/edit", data=row(0, text="My carefully chosen words") | {"note": "Please read"})
    assert response.status_code == 409
    assert "There is already a proposal waiting to be agreed." in text_of(response)
    assert "My carefully chosen words" in response.text and "Please read" in response.text
    assert written(session) == before
    again = form_data(response)
    assert again["revising"] == [str(session.scalar(select(ContractVersion.id)))]
    response = client.post("/contract/edit", data=again)
    assert response.status_code == 302
    session.expire_all()
    revision = contracts.open_proposal(session, alex.couple_id)
    assert (revision.number, revision.revision, revision.proposed_by_id) == (1, 1, alex.id)
    assert [i.text for i in revision.items] == ["My carefully chosen words"]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"text": "", "short_name": "", "due_time": ""},
            "A contract needs at least one commitment, boundary or example.",
        ),
        ({"text": "", "short_name": "", "due_time": "08:00"}, "Commitment text cannot be empty."),
        ({"text": "", "short_name": "named but empty"}, "Commitment text cannot be empty."),
        ({"text": "x" * 501}, "At most 500 characters, please."),
        ({"short_name": "x" * 61}, "At most 60 characters, please."),
        ({"consequence": "x" * 501}, "At most 500 characters, please."),
        ({"kind": "promise"}, "Please choose a kind of item."),
        ({"category": "misc"}, "Please choose a category."),
        ({"cadence": "hourly"}, "Please choose how often."),
        ({"cadence": "weekdays"}, "Choose at least one day of the week for this commitment."),
        ({"cadence": "weekdays", "weekdays": ["1", "9"]}, "Please choose days from the list."),
        ({"cadence": "weekly"}, "A weekly commitment happens between 1 and 7 times a week."),
        ({"cadence": "weekly", "times_per_week": "8"}, "Between 1 and 7 times a week."),
        ({"cadence": "weekly", "times_per_week": "often"}, "Not a valid integer value."),
        ({"due_time": "25:00"}, "Please enter a time like 21:00."),
        ({"due_time": "soon"}, "Please enter a time like 21:00."),
        ({"lineage_id": "abc"}, "That item is not part of your contract."),
    ],
)
def test_bad_items_are_refused_with_a_message_and_nothing_written(client, alex, session, values, message) -> None:
    before = written(session)
    response = client.post("/contract/edit", data=row(0, **values))
    assert response.status_code == 422
    assert message in text_of(response)
    assert written(session) == before
    assert_accessible_form(response)


def test_a_too_long_note_is_refused(client, alex, session) -> None:
    before = written(session)
    response = client.post("/contract/edit", data=row(0) | {"note": "x" * 1001})
    assert response.status_code == 422
    assert "At most 1000 characters, please." in text_of(response)
    assert written(session) == before


def test_versions_list_and_each_version(client, alex, couple, session) -> None:
    v1 = agreed_contract(session, alex, couple[1])
    v2 = contracts.propose_version(session, couple[1], [ItemDraft(ItemKind.EXAMPLE, "Only this")], now=NOW)
    session.flush()
    listing = client.get("/contract/versions")
    text = text_of(listing)
    assert "Version 2 Proposed by Sam on Wed 25 Nov 2026, 07:00; not agreed yet. 1 added, 0 changed, 4 removed" in text
    assert "Version 1 In force: proposed by Alex, agreed by Sam on Wed 25 Nov 2026, 07:00. 4 added" in text
    assert text.index("Version 2") < text.index("Version 1")
    old = text_of(client.get(f"/contract/versions/{v1.id}"))
    assert "In force: proposed by Alex, agreed by Sam" in old
    new = client.get(f"/contract/versions/{v2.id}")
    assert "Agree to version 2" in text_of(new)
    assert "Sam proposed version 2." in text_of(client.get("/contract/"))


def test_agreeing_twice_is_a_conflict(client, alex, couple, session) -> None:
    proposal = contracts.propose_version(session, couple[1], [ItemDraft(ItemKind.EXAMPLE, "Once")], now=NOW)
    session.flush()
    assert client.post(f"/contract/versions/{proposal.id}/agree").status_code == 302
    again = client.post(f"/contract/versions/{proposal.id}/agree")
    assert again.status_code == 409
    assert "This version is not waiting for agreement." in text_of(again)


def test_a_proposal_waits_for_a_partner_who_has_not_joined(app, session) -> None:
    make_couple(session, "Robin", None)
    session.flush()
    robin = app.test_client()
    log_in(robin, "robin@example.com")
    response = robin.post("/contract/edit", data=row(0))
    assert response.status_code == 302
    assert "Waiting for your partner to join and agree." in text_of(robin.get(response.location))


def test_a_first_contract_offers_starters_with_guidance(client, alex, session) -> None:
    page = client.get("/contract/edit")
    text = text_of(page)
    assert "Write your first contract" in text and "A few things that help" in text
    assert "crossing it is noted as a breach" in text  # a boundary is not kept or missed
    for title in (
        "Being on time for our talks",
        "Following through on chores",
        "Honouring agreed privacy limits",
        "A weekly check-in",
        "An evening talk, with a hard-day form",
    ):
        assert title in text
    assert_accessible_form(page)
    data = form_data(page) | {"items-0-text": ["Typed first"], "starter": ["chores", "privacy"], "add_starters": ["1"]}
    before = written(session)
    added = client.post("/contract/edit", data=data)
    assert added.status_code == 200 and written(session) == before
    rows = form_data(added)
    assert [rows[f"items-{i}-text"][0] for i in range(4)] == [
        "Typed first",
        "Do the house jobs I said I'd do, without being reminded",
        "No reading each other's private journal or messages",
        "",
    ]
    assert rows["items-1-times_per_week"] == ["3"] and rows["items-2-kind"] == ["boundary"]
    assert rows["items-1-lineage_id"] == [""]
    assert "starter" not in rows  # unticked once added
    assert re.search(r'<textarea[^>]*name="items-0-text"[^>]*rows="3"', added.text)
    # Pressed again with the same ticks (a double press, or ticked anew): nothing is added twice.
    again = form_data(
        client.post("/contract/edit", data=rows | {"starter": ["chores", "privacy"], "add_starters": ["1"]})
    )
    texts = [v[0] for k, v in again.items() if k.endswith("-text") and v[0]]
    assert texts == ["Typed first", rows["items-1-text"][0], rows["items-2-text"][0]]
    proposed = client.post("/contract/edit", data=rows)
    assert proposed.status_code == 302
    session.expire_all()
    proposal = contracts.open_proposal(session, alex.couple_id)
    assert [i.kind for i in proposal.items] == [ItemKind.COMMITMENT, ItemKind.COMMITMENT, ItemKind.BOUNDARY]


@pytest.mark.parametrize(
    ("starters", "message"),
    [([], "Tick one or more of the starting points first."), (["chores", "no-such"], "from the list")],
)
def test_bad_starters_add_nothing_and_keep_what_was_typed(client, alex, session, starters, message) -> None:
    data = row(0, text="Mine, typed") | {"starter": starters, "add_starters": "1"}
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 422
    assert message in text_of(response)
    assert form_data(response)["items-0-text"] == ["Mine, typed"]
    assert "house jobs" not in response.text.split("The items")[1]


def test_a_contract_in_force_offers_no_starters(client, alex, couple, session) -> None:
    agreed_contract(session, alex, couple[1])
    assert "Start from these" not in text_of(client.get("/contract/edit"))
