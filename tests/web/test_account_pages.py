"""Your data: the exports, and deleting an account or a couple after confirming."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, agreed_contract, make_couple
from tests.web.helpers import assert_accessible_form, count, csrf_token, text_of
from trust_tracker.models import journal, tracking
from trust_tracker.models.entities import ContractItem, Couple, JournalEntry, LogEntry, LogKind, Partner, Source


def me(password: str = PASSWORD, confirm: str | None = "y") -> dict[str, str]:
    return {"me-password": password} | ({"me-confirm": confirm} if confirm else {})


def couple_form(password: str = PASSWORD, confirm: str | None = "y") -> dict[str, str]:
    return {"couple-password": password} | ({"couple-confirm": confirm} if confirm else {})


@pytest.fixture
def data(session, couple):
    alex, sam = couple
    tracking.log_entry(session, alex, LogKind.SMALL_WIN, source=Source.WEB, note="alex's win", now=NOW)
    tracking.log_entry(session, sam, LogKind.RELIABILITY, source=Source.VOICE, note='=HYPERLINK("x")', now=NOW)
    private = journal.write(session, alex, "Alex's private page", now=NOW)
    shared = journal.write(session, sam, "Sam's shared page", now=NOW)
    journal.share(session, sam, shared.id, now=NOW)
    journal.write(session, sam, "Sam's private page", now=NOW)
    kim, _ = make_couple(session, "Kim", "Lee")
    tracking.log_entry(session, kim, LogKind.SMALL_WIN, source=Source.WEB, note="kim's win", now=NOW)
    session.flush()
    return {"private": private.id}


def test_account_pages_need_a_login(client, couple) -> None:
    for method, url in (
        ("get", "/account/"),
        ("get", "/account/export.json"),
        ("get", "/account/log.csv"),
        ("post", "/account/delete"),
        ("post", "/account/delete-couple"),
    ):
        response = getattr(client, method)(url, data=me())
        assert response.status_code == 302 and "/login" in response.location, url


def test_the_page_offers_exports_and_both_deletions(client, alex) -> None:
    response = client.get("/account/")
    assert response.status_code == 200
    page = text_of(response)
    assert "Download everything (JSON)" in page and "Download the log (CSV, for a spreadsheet)" in page
    assert "Delete my account" in page and "Delete our couple" in page
    assert "Sam keeps their account, their journal and their own entries" in page
    assert "yours only as what happened when, by “your former partner”, without your name or your notes" in page
    # Destructive buttons look it and say what they do.
    assert '<button type="submit" class="button-danger">Delete my account and my journal</button>' in response.text
    assert '<button type="submit" class="button-danger">Ask Sam to delete our couple with me</button>' in response.text
    assert_accessible_form(response)
    assert "a partner who stays keeps in their copy" in page


def test_alone_the_tick_box_speaks_of_nobody_who_stays(client, alex, sam_client, session) -> None:
    """After the partner left (tester-web46), and for someone nobody joined yet: one couple, one person."""
    assert sam_client.post("/account/delete", data=me()).status_code == 302
    page = text_of(client.get("/account/"))
    assert "You are the only partner, so this deletes the whole couple." in page
    assert "I understand that my account and everything of our couple, my journal included, are deleted" in page
    assert "partner who stays" not in page and "Delete our couple" not in page
    refused = client.post("/account/delete", data=me(confirm=None))  # the box unticked: nothing goes
    assert refused.status_code == 422 and "Please tick the box to confirm." in text_of(refused)
    assert "partner who stays" not in text_of(refused)
    assert count(session, Partner) == 1


@pytest.mark.postgres_smoke
def test_json_export_is_a_download_of_this_partners_view(client, alex, data) -> None:
    response = client.get("/account/export.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert response.headers["Content-Disposition"] == 'attachment; filename="trust-tracker-2026-11-25.json"'
    exported = json.loads(response.text)
    assert exported["exported_by"] == alex.id
    assert [j["body"] for j in exported["journal"]["mine"]] == ["Alex's private page"]
    assert [j["text"] for j in exported["journal"]["shared_with_me"]] == ["Sam's shared page"]
    assert "Sam's private page" not in response.text
    assert "kim" not in response.text.lower() and "argon2" not in response.text


def test_csv_export_is_the_couples_log(client, alex, data) -> None:
    response = client.get("/account/log.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["note"] for r in rows) == ['\'=HYPERLINK("x")', "alex's win"]
    assert "kim's win" not in response.text


def test_deleting_my_account(client, alex, sam_client, data, session) -> None:
    couple_id = alex.couple_id
    response = client.post("/account/delete", data=me())
    assert response.status_code == 302 and response.location.endswith("/")
    assert "Your account and your own data are deleted." in text_of(client.get("/"))
    assert client.get("/history/").status_code == 302  # logged out
    session.expire_all()  # the site deleted rows this test session still holds
    assert session.scalar(select(Partner.name).where(Partner.couple_id == couple_id)) == "Sam"
    assert session.scalars(select(LogEntry.note).where(LogEntry.couple_id == couple_id)).all() == ['=HYPERLINK("x")']
    assert session.get(JournalEntry, data["private"]) is None
    # Sam carries on, with their own journal and the shared history.
    assert sam_client.get("/history/").status_code == 200
    assert "Delete our couple" not in text_of(sam_client.get("/account/"))
    assert "Sam's private page" in text_of(sam_client.get("/journal/"))


@pytest.mark.postgres_smoke
def test_deleting_the_couple_takes_both(client, alex, sam_client, data, session) -> None:
    couple_id = alex.couple_id
    response = client.post("/account/delete-couple", data=couple_form())
    assert response.status_code == 302
    assert "Asked. Nothing is deleted until Sam confirms it on this page." in text_of(client.get(response.location))
    session.expire_all()
    assert session.get(Couple, couple_id) is not None and count(session, Partner) == 4
    assert "Sam's private page" in text_of(sam_client.get("/journal/"))  # Alex alone never deletes it
    asked = sam_client.get("/account/")
    assert "Alex asked to delete your couple." in text_of(asked)
    assert '<button type="submit" class="button-danger">Delete our couple and both our journals</button>' in asked.text
    assert_accessible_form(asked)

    response = sam_client.post("/account/delete-couple", data=couple_form())
    assert response.status_code == 302
    assert "Your couple and all of its data are deleted." in text_of(sam_client.get("/"))
    session.expire_all()
    assert session.get(Couple, couple_id) is None
    assert count(session, Partner) == 2  # Kim and Lee
    assert client.get("/history/").status_code == 302  # Alex's login is gone too


@pytest.mark.parametrize("url", ["/account/delete", "/account/delete-couple"])
@pytest.mark.parametrize(
    ("fields", "status", "message"),
    [
        ({"password": "", "confirm": "y"}, 422, "Please enter your password to confirm."),
        ({"password": PASSWORD, "confirm": None}, 422, "Please tick the box to confirm."),
        ({"password": "wrong password", "confirm": "y"}, 403, "That password is not right, so nothing was deleted."),
        ({"password": "x" * 1000, "confirm": "y"}, 422, "At most 200 characters, please."),
    ],
)
def test_bad_confirmations_delete_nothing(client, alex, data, session, url, fields, status, message) -> None:
    prefix = "me" if url.endswith("/delete") else "couple"
    form = {f"{prefix}-password": fields["password"]} | (
        {f"{prefix}-confirm": fields["confirm"]} if fields["confirm"] else {}
    )
    before = (count(session, Partner), count(session, LogEntry), count(session, JournalEntry))
    response = client.post(url, data=form)
    assert response.status_code == status
    assert message in text_of(response)
    assert_accessible_form(response)
    assert (count(session, Partner), count(session, LogEntry), count(session, JournalEntry)) == before
    assert client.get("/history/").status_code == 200  # still logged in


def test_deletion_needs_the_csrf_token(make_app, couple, session) -> None:
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    client.post(
        "/login",
        data={"email": "alex@example.com", "password": PASSWORD, "csrf_token": csrf_token(client.get("/login"))},
    )
    assert client.post("/account/delete", data=me()).status_code == 400
    assert client.post("/account/delete-couple", data=couple_form()).status_code == 400
    assert count(session, Partner) == 2
    page = client.get("/account/")
    token = csrf_token(page)
    assert client.post("/account/delete", data=me() | {"me-csrf_token": token}).status_code == 302
    assert count(session, Partner) == 1


def test_exports_are_get_only_and_deletions_post_only(client, alex) -> None:
    assert client.post("/account/export.json").status_code == 405
    assert client.get("/account/delete").status_code == 405
    assert client.get("/account/delete-couple").status_code == 405


def test_my_commitments_leave_with_me_and_are_not_handed_to_my_partner(
    client, alex, couple, sam_client, session
) -> None:
    sam = couple[1]
    version = agreed_contract(session, alex, sam)  # its first commitment is Alex's own
    call = version.items[0].lineage_id
    assert "Call when running more than 15 minutes late" in text_of(sam_client.get("/contract/"))
    items_before = count(session, ContractItem)

    assert client.post("/account/delete", data=me()).status_code == 302

    contract = text_of(sam_client.get("/contract/"))
    assert "Call when running more than 15 minutes late" not in contract
    assert "Evening check-in talk Whose both of you" in contract  # the shared one stays shared
    assert "No deleting messages" in contract
    assert f'value="{call}"' not in sam_client.get("/history/").text  # not offered for logging
    response = sam_client.post("/history/log", data={"kind": "kept", "lineage_id": str(call), "note": ""})
    assert response.status_code in (404, 422)
    session.expire_all()
    assert count(session, ContractItem) == items_before - 1
    assert session.scalars(select(LogEntry).where(LogEntry.lineage_id == call)).all() == []
