"""The journal pages: private by default, shared on purpose, never anyone else's."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import assert_accessible_form, count, csrf_token, log_in, text_of
from trust_tracker.models import journal
from trust_tracker.models.entities import JournalEntry
from trust_tracker.web import forms


def test_journal_needs_a_login(client, couple) -> None:
    for method, url in (
        ("get", "/journal/"),
        ("post", "/journal/"),
        ("get", "/journal/1"),
        ("post", "/journal/1/share"),
        ("post", "/journal/1/unshare"),
        ("post", "/journal/1/delete"),
        ("get", "/journal/1/delete"),
        ("post", "/journal/1/restore"),
    ):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/login" in response.location, url


def test_an_empty_journal(client, alex) -> None:
    response = client.get("/journal/")
    assert response.status_code == 200
    page = text_of(response)
    assert "No entries yet." in page and "Nothing shared yet." in page
    assert_accessible_form(response)


@pytest.mark.postgres_smoke
def test_writing_an_entry_keeps_it_private(client, alex, sam_client, session) -> None:
    response = client.post("/journal/", data={"body": "  Felt anxious.\r\n\r\nTalked it through.  "})
    assert response.status_code == 302
    entry = session.scalar(select(JournalEntry))
    assert (entry.author_id, entry.body, entry.shared_at) == (alex.id, "Felt anxious.\n\nTalked it through.", None)
    assert response.location.endswith(f"/journal/{entry.id}")
    page = text_of(client.get(response.location))
    assert "Saved to your journal. Only you can read it." in page and "Private: only you can read it." in page
    assert "Felt anxious." in text_of(client.get("/journal/"))
    # Sam sees nothing of it, on any page, even with its address.
    assert "Felt anxious" not in sam_client.get("/journal/").text
    assert sam_client.get(f"/journal/{entry.id}").status_code == 404
    for url in ("/history/", "/history/charts", "/account/", "/account/export.json", "/account/log.csv"):
        assert "Felt anxious" not in sam_client.get(url).text, url


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "Write something first."),
        ("   ", "Write something first."),
        ("x" * (journal.MAX_BODY + 1), f"At most {journal.MAX_BODY} characters, please."),
    ],
)
def test_bad_entries_are_refused_and_nothing_written(client, alex, session, body, message) -> None:
    response = client.post("/journal/", data={"body": body})
    assert response.status_code == 422
    assert message in text_of(response)
    assert count(session, JournalEntry) == 0
    assert_accessible_form(response)


def test_a_missing_body_field_is_refused(client, alex, session) -> None:
    assert client.post("/journal/", data={}).status_code == 422
    assert count(session, JournalEntry) == 0


def _share(client, entry_id: int, **data: str):
    """The two steps of sharing: the choice (answered by the confirmation page), then "Yes"."""
    preview = client.post(f"/journal/{entry_id}/share", data=data)
    assert preview.status_code == 200, text_of(preview)
    return preview, client.post(f"/journal/{entry_id}/share", data=data | {"confirmed": "yes"})


def test_sharing_an_excerpt_shows_exactly_what_will_be_read_first(client, alex, sam_client, session) -> None:
    entry = journal.write(session, alex, "Still hurt about March.\nBut tonight felt safe.", now=NOW)
    session.flush()

    preview, response = _share(client, entry.id, how="excerpt", excerpt="tonight felt safe.")
    assert "Share this with Sam?" in text_of(preview)
    assert re.search(r'id="share-preview">tonight felt safe\.</blockquote>', preview.text)
    assert "Still hurt" not in preview.text.split('id="share-preview"')[1]
    assert response.status_code == 302
    assert "Shared with your partner." in text_of(client.get(response.location))
    shared = text_of(sam_client.get("/journal/"))
    assert "Alex shared on" in shared and "tonight felt safe." in shared
    assert "Still hurt" not in sam_client.get("/journal/").text
    assert "You shared on" in text_of(client.get("/journal/"))

    assert client.post(f"/journal/{entry.id}/unshare").status_code == 302
    assert "tonight felt safe" not in sam_client.get("/journal/").text
    assert session.scalar(select(JournalEntry.shared_at)) is None


def test_the_confirmation_page_shares_nothing_until_yes(client, alex, sam_client, session) -> None:
    entry = journal.write(session, alex, "Thank you for tonight.", now=NOW)
    session.flush()
    preview = client.post(f"/journal/{entry.id}/share", data={"how": "whole"})
    assert preview.status_code == 200
    page = text_of(preview)
    assert "The whole entry" in page and "Thank you for tonight." in page
    assert "Yes, share this with Sam" in page and "No, keep it private" in page
    assert session.scalar(select(JournalEntry.shared_at)) is None
    assert "Thank you for tonight." not in sam_client.get("/journal/").text


def test_sharing_the_whole_entry(client, alex, sam_client, session) -> None:
    entry = journal.write(session, alex, "Thank you for tonight.", now=NOW)
    session.flush()
    _, response = _share(client, entry.id, how="whole", excerpt="")
    assert response.status_code == 302
    assert "Thank you for tonight." in text_of(sam_client.get("/journal/"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"excerpt": ""}, "Choose whether to share the whole entry or an excerpt of it."),
        ({"excerpt": "Only this."}, "Choose whether to share the whole entry or an excerpt of it."),
        ({"how": "everything", "excerpt": ""}, "Not a valid choice"),
        ({"how": "excerpt", "excerpt": ""}, "The excerpt cannot be empty."),
        ({"how": "excerpt", "excerpt": "   \r\n "}, "The excerpt cannot be empty."),
        (
            {"how": "excerpt", "excerpt": "words never written"},
            "The excerpt must be a part of the entry, word for word.",
        ),
        ({"how": "excerpt", "excerpt": "x" * (journal.MAX_BODY + 1)}, f"At most {journal.MAX_BODY} characters"),
        ({"how": "excerpt", "excerpt": "I can"}, "The excerpt must start and end with whole words"),
        ({"how": "excerpt", "excerpt": "Only\x07 this."}, forms.CONTROL_MESSAGE),
        # A forged "yes" without a valid choice shares nothing either.
        ({"how": "excerpt", "excerpt": "", "confirmed": "yes"}, "The excerpt cannot be empty."),
        ({"confirmed": "yes"}, "Choose whether to share the whole entry or an excerpt of it."),
    ],
)
def test_a_bad_choice_or_excerpt_is_refused_and_nothing_shared(
    client, alex, sam_client, session, data, message
) -> None:
    entry = journal.write(session, alex, "Only this. I cannot forgive you yet…", now=NOW)
    session.flush()
    response = client.post(f"/journal/{entry.id}/share", data=data)
    assert response.status_code == 422
    assert message in text_of(response)
    assert_accessible_form(response)
    assert session.scalar(select(JournalEntry.shared_at)) is None
    assert session.scalar(select(JournalEntry.shared_text)) is None
    assert "Only this." not in sam_client.get("/journal/").text
    assert "I can" not in sam_client.get("/journal/").text


@pytest.mark.postgres_smoke
def test_nobody_else_can_touch_an_entry(client, alex, sam_client, session) -> None:
    entry = journal.write(session, alex, "Alex's words", now=NOW)
    kim, _ = make_couple(session, "Kim", "Lee")
    kims = journal.write(session, kim, "Kim's words", now=NOW)
    session.flush()
    for url in (f"/journal/{entry.id}/share", f"/journal/{entry.id}/unshare", f"/journal/{entry.id}/delete"):
        for data in ({"how": "whole"}, {"how": "whole", "confirmed": "yes"}):
            assert sam_client.post(url, data=data).status_code == 404, url
    assert sam_client.get(f"/journal/{entry.id}/delete").status_code == 404
    for url in (f"/journal/{kims.id}", "/journal/99999999", "/journal/abc"):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/journal/{kims.id}/share", data={"how": "whole", "confirmed": "yes"}).status_code == 404
    assert client.post(f"/journal/{kims.id}/delete").status_code == 404
    assert session.scalars(select(JournalEntry.shared_at)).all() == [None, None]
    assert count(session, JournalEntry) == 2
    assert "Kim's words" not in client.get("/journal/").text


def test_deleting_asks_first_then_offers_undo_for_ten_minutes(make_app, couple, session) -> None:
    alex = couple[0]
    clock = {"now": NOW}
    app = make_app(CLOCK=lambda: clock["now"])
    client, sams = app.test_client(), app.test_client()
    log_in(client, "alex@example.com")
    log_in(sams, "sam@example.com")
    entry = journal.write(session, alex, "Gone soon, maybe", now=NOW)
    journal.share(session, alex, entry.id, now=NOW)
    session.flush()

    asked = client.get(f"/journal/{entry.id}/delete")
    assert asked.status_code == 200
    assert "Delete this entry?" in text_of(asked) and 'class="button-danger">Delete this entry' in asked.text
    assert count(session, JournalEntry) == 1 and entry.deleted_at is None  # asking deletes nothing

    response = client.post(f"/journal/{entry.id}/delete")
    assert response.status_code == 302
    page = client.get(response.location)
    assert "The entry is deleted." in text_of(page) and "Just deleted" in text_of(page)
    assert client.get(f"/journal/{entry.id}").status_code == 404
    assert "Gone soon" not in sams.get("/journal/").text  # no longer shared either
    assert sams.post(f"/journal/{entry.id}/restore").status_code == 404  # only its author restores it

    clock["now"] = NOW + timedelta(minutes=9, seconds=59)
    restored = client.post(f"/journal/{entry.id}/restore")
    assert restored.status_code == 302
    assert "The entry is back, exactly as it was." in text_of(client.get(restored.location))
    assert "Gone soon, maybe" in text_of(sams.get("/journal/"))  # shared again, as it was

    clock["now"] = NOW + timedelta(minutes=20)
    client.post(f"/journal/{entry.id}/delete")
    clock["now"] += journal.UNDO_WINDOW
    assert 'id="deleted-title"' not in client.get("/journal/").text
    assert client.post(f"/journal/{entry.id}/restore").status_code == 404
    assert count(session, JournalEntry) == 0  # gone for good


def test_journal_forms_need_the_csrf_token(make_app, couple, session) -> None:
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    client.post(
        "/login",
        data={"email": "alex@example.com", "password": PASSWORD, "csrf_token": csrf_token(client.get("/login"))},
    )
    entry = journal.write(session, couple[0], "Mine", now=NOW)
    session.flush()
    assert client.post("/journal/", data={"body": "no token"}).status_code == 400
    for action in ("share", "unshare", "delete", "restore"):
        assert client.post(f"/journal/{entry.id}/{action}").status_code == 400
    assert count(session, JournalEntry) == 1 and entry.shared_at is None
    token = csrf_token(client.get("/journal/"))
    assert client.post("/journal/", data={"body": "with a token", "csrf_token": token}).status_code == 302
