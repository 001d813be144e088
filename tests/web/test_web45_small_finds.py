"""tester-web45's smaller finds: an Allow header on a 405, a 415 titled for what it is, a favicon,
ids in ASCII digits only, undo of an entry about no item, the log form's default, check-in
questions that wrap, and the phrasings' limit said in lines."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW
from tests.web.helpers import count, fields, text_of
from trust_tracker.models.entities import ItemKind, JournalEntry, LogEntry, LogKind, Source
from trust_tracker.web.history import NOTHING_TO_CHOOSE


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("post", "/help", {"GET", "HEAD", "OPTIONS"}),
        ("put", "/history/", {"GET", "HEAD", "OPTIONS"}),
        ("delete", "/today/undo", {"POST", "OPTIONS"}),
        ("get", "/logout", {"POST", "OPTIONS"}),
    ],
)
def test_a_wrong_method_says_which_are_allowed(client, alex, method: str, path: str, allowed: set[str]) -> None:
    response = getattr(client, method)(path)
    assert response.status_code == 405
    assert {m.strip() for m in response.headers["Allow"].split(",")} == allowed
    assert "Not allowed here" in text_of(response) and response.mimetype == "text/html"


@pytest.mark.parametrize(
    ("body", "mimetype"),
    [('{"body": "hi"}', "application/json"), ("<x/>", "text/xml"), ("plain", "text/plain")],
)
def test_a_body_that_is_no_form_is_a_415_titled_for_what_it_is(client, alex, session, body, mimetype) -> None:
    response = client.post("/journal/", data=body, content_type=mimetype)
    assert response.status_code == 415
    page = text_of(response)
    assert "That kind of content is not taken here" in page and "Something went wrong" not in page
    assert count(session, JournalEntry) == 0


def test_every_page_names_a_favicon_that_is_served(client, alex) -> None:
    for path in ("/today/", "/help", "/history/", "/no-such-page"):
        page = client.get(path)
        found = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', page.text)
        assert found, path
    icon = client.get(found.group(1))
    assert icon.status_code == 200 and icon.mimetype == "image/svg+xml" and b"<svg" in icon.data
    icon.close()


@pytest.mark.parametrize("digits", ["١", "１", "٣٤", "۱", "१", "1١", "²", "𝟏"])
def test_an_id_in_other_digits_is_no_id(client, alex, session, digits: str) -> None:
    entry = JournalEntry(author_id=alex.id, body="mine")
    session.add(entry)
    session.flush()
    assert client.get(f"/journal/{entry.id}").status_code == 200  # the ordinary id works
    for path in (f"/journal/{digits}", f"/contract/versions/{digits}", f"/contract/said/{digits}"):
        assert client.get(path).status_code == 404, path
    for form, field in (("/today/undo", "entry_id"), ("/today/log", "lineage_id")):
        response = client.post(form, data={field: digits, "kind": "kept"})
        assert response.status_code == 400, form
    assert count(session, LogEntry) == 0


@pytest.mark.parametrize("kind", [LogKind.SMALL_WIN, LogKind.RELIABILITY, LogKind.HARD_DAY])
def test_undoing_an_entry_about_no_item_goes_back_to_the_top_of_today(client, alex, session, kind) -> None:
    entry = LogEntry(
        couple_id=alex.couple_id,
        partner_id=alex.id,
        kind=kind,
        local_date=NOW.date(),
        created_at=NOW - timedelta(minutes=2),
        source=Source.WEB,
        note="dinner together",
    )
    session.add(entry)
    session.flush()
    response = client.post("/today/undo", data={"entry_id": str(entry.id)})
    assert response.status_code == 302
    assert response.location == "/today/" and "None" not in response.location
    assert session.scalar(select(LogEntry).where(LogEntry.id == entry.id)) is None


def test_undoing_a_kept_promise_still_goes_back_to_its_item(client, alex, contract, session) -> None:
    item = contract.items[0]
    entry = LogEntry(
        couple_id=alex.couple_id,
        partner_id=alex.id,
        kind=LogKind.KEPT,
        lineage_id=item.lineage_id,
        local_date=NOW.date(),
        created_at=NOW - timedelta(minutes=1),
        source=Source.WEB,
    )
    session.add(entry)
    session.flush()
    response = client.post("/today/undo", data={"entry_id": str(entry.id)})
    assert response.status_code == 302 and response.location == f"/today/#item-{item.lineage_id}"


@pytest.mark.parametrize("with_contract", [False, True])
def test_the_log_form_as_offered_can_be_saved(client, alex, session, request, with_contract: bool) -> None:
    """It offered "Kept" and "Nothing in particular", which always came back 422."""
    if with_contract:
        request.getfixturevalue("contract")
    page = client.get("/history/")
    offered = {name: values[0] for name, values in fields(page).values.items() if name.startswith("log-") and values}
    assert offered["log-kind"] == "reliability" and offered["log-lineage_id"] == ""
    response = client.post("/history/log", data=offered | {"log-note": "Picked me up on time"})
    assert response.status_code == 302
    [entry] = session.scalars(select(LogEntry)).all()
    assert entry.kind is LogKind.RELIABILITY and entry.note == "Picked me up on time"
    # Kept with nothing chosen still says what to choose.
    refused = client.post("/history/log", data={"log-kind": "kept", "log-lineage_id": "", "log-note": ""})
    said = "Choose which commitment you kept." if with_contract else NOTHING_TO_CHOOSE[ItemKind.COMMITMENT]
    assert refused.status_code == 422 and said in text_of(refused)


def test_checkin_questions_are_boxes_that_wrap_and_a_line_break_is_a_space(client, alex, sam_client) -> None:
    page = client.get("/checkins/questions")
    assert page.status_code == 200
    boxes = re.findall(r'<textarea[^>]*name="(question_\d+)"', page.text)
    assert boxes[:1] == ["question_0"] and not re.search(r'<input[^>]*name="question_\d+"', page.text)


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("Walked\u200b together", "Walked together"),
        ("Walked \ufffetogether\uffff", "Walked together"),
        ("\ufeffDinner\u2060out", "Dinnerout"),
        ("x\U0001fffey\ufdd0z", "xyz"),
        ("می\u200cخواهم and 👩\u200d👩\u200d👧", "می\u200cخواهم and 👩\u200d👩\u200d👧"),  # joiners writing needs
    ],
)
def test_a_journal_entry_keeps_what_shows_and_drops_what_only_hides(client, alex, session, typed, saved) -> None:
    """One rule for what shows nothing: a zero-width space or a non-character was saved while other
    invisible characters were refused (tester-web45 F6); now none reaches the database."""
    response = client.post("/journal/", data={"body": typed})
    assert response.status_code == 302
    [entry] = session.scalars(select(JournalEntry)).all()
    assert entry.body == saved


@pytest.mark.parametrize("typed", ["\u200b", "\ufffe\ufeff", " \u2060 "])
def test_a_journal_entry_of_hidden_characters_alone_is_empty(client, alex, session, typed) -> None:
    response = client.post("/journal/", data={"body": typed})
    assert response.status_code == 422 and count(session, JournalEntry) == 0


def test_a_name_loses_a_hidden_space_and_an_email_with_one_is_still_refused(client, alex, session) -> None:
    assert client.post("/account/name", data={"name-name": "Al\u200bex Smith"}).status_code == 302
    session.expire_all()
    assert session.get(type(alex), alex.id).name == "Alex Smith"
    refused = client.post(
        "/account/email", data={"email-email": "al\u200bex@example.org", "email-password": "whatever it is"}
    )
    assert refused.status_code == 422 and "Please enter a valid email address." in text_of(refused)


def test_a_post_without_the_kind_is_refused_not_filed_under_the_default(client, alex, session) -> None:
    response = client.post("/history/log", data={"log-lineage_id": "", "log-note": "no kind sent"})
    assert response.status_code == 422 and "Choose what happened from the list." in text_of(response)
    assert count(session, LogEntry) == 0
