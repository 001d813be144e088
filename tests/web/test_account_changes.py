"""Your account: changing your name and email, asking and answering to delete the couple,
and the one-time notice a partner gets when the other leaves."""

from __future__ import annotations

import re
import time
from types import SimpleNamespace

import itsdangerous.timed
import pytest
from sqlalchemy import select

from tests.factories import PASSWORD, make_couple
from tests.web.helpers import assert_accessible_form, count, form_data, log_in, text_of
from trust_tracker.models import accounts
from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.private_entities import CoupleDeletionRequest, PartnerNotice
from trust_tracker.web import forms


def test_account_forms_need_a_login(client, couple) -> None:
    for url in ("/account/name", "/account/email", "/account/keep-couple"):
        response = client.post(url, data={"name-name": "Mallory"})
        assert response.status_code == 302 and "/login" in response.location, url
    assert [p.name for p in couple] == ["Alex", "Sam"]


def test_changing_my_name(client, alex, sam_client, session) -> None:
    page = client.get("/account/")
    assert form_data(page)["name-name"] == ["Alex"] and form_data(page)["email-email"] == ["alex@example.com"]
    response = client.post("/account/name", data={"name-name": "  Alexandra   Lee "})
    assert response.status_code == 302
    assert "Saved: you are Alexandra Lee here now." in text_of(client.get(response.location))
    session.expire_all()
    assert session.get(Partner, alex.id).name == "Alexandra Lee"
    assert "Logged in as Alexandra Lee" in text_of(client.get("/today/"))
    assert "Alexandra Lee" in text_of(sam_client.get("/account/"))  # what Sam sees too


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Please enter your name."),
        ("   ", "Please enter your name."),
        ("x" * 61, "Names can be at most 60 characters."),
        ("Al\x00ex", forms.CONTROL_MESSAGE),
        ("Al\nex", forms.CONTROL_MESSAGE),
    ],
)
def test_a_bad_name_is_refused_and_nothing_changed(client, alex, session, name, message) -> None:
    response = client.post("/account/name", data={"name-name": name})
    assert response.status_code == 422
    assert message in text_of(response)
    assert_accessible_form(response)
    session.expire_all()
    assert session.get(Partner, alex.id).name == "Alex"


@pytest.mark.postgres_smoke
def test_changing_my_email_needs_my_password_and_then_i_log_in_with_it(client, alex, app, session) -> None:
    response = client.post("/account/email", data={"email-email": " Alex.New@Example.com ", "email-password": PASSWORD})
    assert response.status_code == 302
    assert "If no other account uses alex.new@example.com, you log in with it from now on" in text_of(
        client.get(response.location)
    )
    fresh = app.test_client()
    assert fresh.post("/login", data={"email": "alex@example.com", "password": PASSWORD}).status_code == 401
    log_in(fresh, "alex.new@example.com")


@pytest.mark.parametrize(
    ("email", "password", "status", "message"),
    [
        ("", PASSWORD, 422, "Please enter your email address."),
        ("not an email", PASSWORD, 422, "Please enter a valid email address."),
        ("a@b.c" + "x" * 300, PASSWORD, 422, "Please enter a valid email address."),
        ("new\x00@example.com", PASSWORD, 422, forms.CONTROL_MESSAGE),
        ("new@example.com", "", 422, "Please enter your current password."),
        (
            "new@example.com",
            "wrong password",
            403,
            "Your current password is not right, so your email was not changed.",
        ),
        ("ALEX@example.com", PASSWORD, 422, "That is already your email."),
    ],
)
def test_a_bad_email_change_is_refused_and_nothing_changed(
    client, alex, session, email, password, status, message
) -> None:
    make_couple(session, "Kim", "Lee")
    session.flush()
    response = client.post("/account/email", data={"email-email": email, "email-password": password})
    assert response.status_code == status
    assert message in text_of(response)
    assert_accessible_form(response)
    session.expire_all()
    assert session.get(Partner, alex.id).email == "alex@example.com"
    assert session.scalar(select(Partner.email).where(Partner.name == "Kim")) == "kim@example.com"


@pytest.mark.parametrize("taken", ["sam@example.com", "KIM@example.com.", "\uff4bim@example.com"])
def test_without_mail_a_taken_email_is_answered_as_a_free_one(client, alex, session, taken: str) -> None:
    """No one learns from the reply that another account uses an email (tester-web45 F2)."""
    make_couple(session, "Kim", "Lee")
    session.flush()
    replies = []
    for email in (taken, "new@example.com"):
        response = client.post("/account/email", data={"email-email": email, "email-password": PASSWORD})
        assert response.status_code == 302
        page = text_of(client.get(response.location)).replace(accounts.normalise_email(email), "X")
        replies.append(page.split("Done.")[1].split("This page")[0])
        session.expire_all()
        if email == taken:
            assert session.get(Partner, alex.id).email == "alex@example.com"
    assert replies[0] == replies[1] and "Another account" not in replies[0]
    assert session.get(Partner, alex.id).email == "new@example.com"
    assert session.scalar(select(Partner.email).where(Partner.name == "Kim")) == "kim@example.com"


@pytest.mark.parametrize("taken", ["sam@example.com", "KIM@example.com.", "\uff4bim@example.com"])
def test_with_mail_the_new_address_confirms_and_a_taken_one_is_never_told(
    make_app, couple, session, taken: str
) -> None:
    """With mail, the page is the same before and after, taken or free: the new address gets a link
    (its owner a note when taken), and only opening the link changes the email, once."""
    make_couple(session, "Kim", "Lee")
    session.flush()
    sent: list = []
    client = make_app(MAILER=sent.append).test_client()
    log_in(client, "alex@example.com")
    pages = []
    for email in (taken, "new@example.com"):
        response = client.post("/account/email", data={"email-email": email, "email-password": PASSWORD})
        assert response.status_code == 302
        pages.append(text_of(client.get(response.location)).replace(accounts.normalise_email(email), "X"))
        session.expire_all()
        assert session.get(Partner, couple[0].id).email == "alex@example.com"
    assert pages[0] == pages[1] and "Almost done: we sent a link to X." in pages[0]
    note, link_mail = sent
    assert note["To"] == accounts.normalise_email(taken) and "/account/email/" not in note.get_content()
    assert link_mail["To"] == "new@example.com"
    path = re.search(r"http://localhost(/account/email/\S+)", link_mail.get_content()).group(1)
    # Sam, the wrong partner, a tampered or cut link: a 404 that changes nothing.
    sam = make_app(MAILER=sent.append).test_client()
    log_in(sam, "sam@example.com")
    for browser, tried in ((sam, path), (client, path[:-3]), (client, path + "x"), (client, "/account/email/１")):
        assert browser.get(tried).status_code == 404, tried
    session.expire_all()
    assert session.get(Partner, couple[0].id).email == "alex@example.com"
    opened = client.get(path)
    assert opened.status_code == 302
    assert "Saved: you log in with new@example.com from now on." in text_of(client.get(opened.location))
    session.expire_all()
    assert session.get(Partner, couple[0].id).email == "new@example.com"
    assert client.get(path).status_code == 404  # once


def test_an_email_link_older_than_an_hour_changes_nothing(make_app, couple, session, monkeypatch) -> None:
    sent: list = []
    client = make_app(MAILER=sent.append).test_client()
    log_in(client, "alex@example.com")
    client.post("/account/email", data={"email-email": "later@example.com", "email-password": PASSWORD})
    path = re.search(r"http://localhost(/account/email/\S+)", sent[0].get_content()).group(1)
    later = time.time() + 61 * 60
    monkeypatch.setattr(itsdangerous.timed, "time", SimpleNamespace(time=lambda: later))  # the link's clock
    assert client.get(path).status_code == 404
    session.expire_all()
    assert session.get(Partner, couple[0].id).email == "alex@example.com"


def test_a_request_to_delete_the_couple_can_be_withdrawn_or_declined(client, alex, sam_client, session) -> None:
    couple_form = {"couple-password": PASSWORD, "couple-confirm": "y"}
    assert client.post("/account/delete-couple", data=couple_form).status_code == 302
    assert client.post("/account/delete-couple", data=couple_form).status_code == 302  # asking twice is once
    waiting = text_of(client.get("/account/"))
    assert "You asked to delete your couple. Nothing is deleted until Sam confirms it here." in waiting
    assert client.post("/account/keep-couple").status_code == 302
    assert count(session, CoupleDeletionRequest) == 0
    assert "Sam asked" not in text_of(client.get("/account/"))

    # Sam asks; Alex declines, and Sam hears of it at their next log-in.
    assert sam_client.post("/account/delete-couple", data=couple_form).status_code == 302
    response = client.post("/account/keep-couple")
    assert "Your couple stays as it is: nothing was deleted." in text_of(client.get(response.location))
    assert count(session, CoupleDeletionRequest) == 0 and count(session, Couple) == 1
    sam_client.post("/logout")
    after = sam_client.post("/login", data={"email": "sam@example.com", "password": PASSWORD}, follow_redirects=True)
    assert "Alex chose to keep your couple, so nothing was deleted." in text_of(after)
    # Nothing to keep any more: a clear refusal, nothing changed.
    refused = client.post("/account/keep-couple")
    assert refused.status_code == 409
    assert "Nobody has asked to delete your couple." in text_of(refused)


def test_leaving_dissolves_the_couple_and_the_other_is_told_once(client, alex, app, session) -> None:
    assert client.post("/account/delete", data={"me-password": PASSWORD, "me-confirm": "y"}).status_code == 302
    sam = app.test_client()
    first = sam.post("/login", data={"email": "sam@example.com", "password": PASSWORD}, follow_redirects=True)
    notice = "Alex deleted their account, so your couple is dissolved. You keep your account, your journal"
    assert notice in text_of(first)
    assert count(session, PartnerNotice) == 0
    sam.post("/logout")
    again = sam.post("/login", data={"email": "sam@example.com", "password": PASSWORD}, follow_redirects=True)
    assert "dissolved" not in text_of(again)  # once
    assert accounts.partner_by_email(session, "sam@example.com") is not None


def test_a_partner_alone_deletes_the_couple_at_once(client, session) -> None:
    make_couple(session, "Solo", None)
    session.flush()
    log_in(client, "solo@example.com")
    page = client.get("/account/")
    assert "Delete our couple" not in text_of(page)
    response = client.post("/account/delete-couple", data={"couple-password": PASSWORD, "couple-confirm": "y"})
    assert response.status_code == 302
    assert count(session, Couple) == 0


def test_a_partner_logged_in_when_the_other_leaves_is_told_on_their_next_page(
    client, alex, sam_client, session
) -> None:
    assert "dissolved" not in text_of(sam_client.get("/today/"))
    assert client.post("/account/delete", data={"me-password": PASSWORD, "me-confirm": "y"}).status_code == 302
    page = sam_client.get("/history/")  # still logged in: no new log-in needed
    assert "Alex deleted their account, so your couple is dissolved." in text_of(page)
    assert count(session, PartnerNotice) == 0
    assert "dissolved" not in text_of(sam_client.get("/history/"))  # once


def test_only_the_newest_email_link_works_and_only_once(make_app, couple, session) -> None:
    """An older link stayed good beside a newer one, and a used one worked again once the email
    was changed back (tester-web46): now the newest only, once, as reset links."""
    sent: list = []
    client = make_app(MAILER=sent.append).test_client()
    log_in(client, "alex@example.com")

    def ask(email: str) -> str:
        client.post("/account/email", data={"email-email": email, "email-password": PASSWORD})
        return re.search(r"http://localhost(/account/email/\S+)", sent[-1].get_content()).group(1)

    def email() -> str:
        session.expire_all()
        return session.get(Partner, couple[0].id).email

    first, second = ask("first.new@example.com"), ask("second.new@example.com")
    assert client.get(first).status_code == 404 and email() == "alex@example.com"  # replaced by the newer
    assert client.get(second).status_code == 302 and email() == "second.new@example.com"
    assert client.get(second).status_code == 404  # once
    back = ask("alex@example.com")
    assert client.get(back).status_code == 302 and email() == "alex@example.com"
    for old in (first, second, back):  # the email is what it was when each was sent: still spent
        assert client.get(old).status_code == 404
    assert email() == "alex@example.com"


def test_asking_for_a_taken_address_ends_the_earlier_link_as_a_free_one_does(make_app, couple, session) -> None:
    """tester-web49 (PRIVACY): a taken address left the earlier link working and a free one ended it, so the
    earlier link told whether any address has an account here; now both end it, and the taken one gets no link."""
    sent: list = []
    client = make_app(MAILER=sent.append).test_client()
    log_in(client, "alex@example.com")

    def ask(email: str) -> None:
        response = client.post("/account/email", data={"email-email": email, "email-password": PASSWORD})
        assert response.status_code == 302

    def link() -> str:
        return re.search(r"http://localhost(/account/email/\S+)", sent[-1].get_content()).group(1)

    ask("mine.one@example.com")
    earlier = link()
    ask("sam@example.com")  # Sam's: Sam is told, no link is sent
    assert "/account/email/" not in sent[-1].get_content()
    assert client.get(earlier).status_code == 404
    ask("mine.two@example.com")
    later = link()
    ask("nobody.here@example.com")  # free: a new link is sent, and the earlier one ends all the same
    assert client.get(later).status_code == 404
    session.expire_all()
    assert session.get(Partner, couple[0].id).email == "alex@example.com"
