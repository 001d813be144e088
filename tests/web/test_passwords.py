"""Forgetting, resetting and changing a password; the password rule (issue 9, findings 2 and 15)."""

from __future__ import annotations

import re
from datetime import timedelta
from email.message import EmailMessage

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from tests.factories import NOW, PASSWORD
from tests.web.helpers import assert_accessible_form, count, log_in, text_of
from trust_tracker.models import passwords
from trust_tracker.models.entities import Partner
from trust_tracker.models.errors import ValidationError
from trust_tracker.models.login_entities import LoginSession, PasswordReset
from trust_tracker.web import throttle
from trust_tracker.web.forms import CONTROL_MESSAGE

NEW = "a brand new passphrase"


@pytest.fixture
def outbox() -> list[EmailMessage]:
    return []


@pytest.fixture
def mailing_app(make_app, outbox) -> Flask:
    return make_app(MAILER=outbox.append)


def reset_path(message: EmailMessage) -> str:
    return re.search(r"http://localhost(/reset/\S+)", message.get_content()).group(1)


def test_forgot_gives_the_same_reply_for_unknown_emails_and_mails_only_real_ones(mailing_app, couple, outbox) -> None:
    browser = mailing_app.test_client()
    page = browser.get("/login")
    assert 'href="/forgot"' in page.text
    assert_accessible_form(browser.get("/forgot"))
    unknown = browser.post("/forgot", data={"email": "nobody@example.com"})
    known = browser.post("/forgot", data={"email": "Alex@Example.com "})
    assert unknown.status_code == known.status_code == 200
    assert text_of(unknown).replace("nobody@", "alex@") == text_of(known)
    assert "If alex@example.com has an account here, we have sent it a link" in text_of(known)
    [message] = outbox
    assert message["To"] == "alex@example.com"
    assert "within 15 minutes" in message.get_content()


def test_a_reset_link_works_once_and_ends_every_login(mailing_app, couple, outbox, session) -> None:
    laptop = mailing_app.test_client()
    log_in(laptop, "alex@example.com")
    stranger = mailing_app.test_client()
    stranger.post("/forgot", data={"email": "alex@example.com"})
    path = reset_path(outbox[0])
    assert stranger.get(path).status_code == 200
    assert_accessible_form(stranger.get(path))
    response = stranger.post(path, data={"new": NEW, "repeat": NEW})
    assert response.status_code == 302 and response.location == "/login"
    assert "Your new password is set" in text_of(stranger.get("/login"))
    assert laptop.get("/history/").status_code == 302  # ended with the old password
    assert count(session, LoginSession) == 0
    again = stranger.post(path, data={"new": "yet another passphrase", "repeat": "yet another passphrase"})
    assert again.status_code == 404
    assert "not valid any more" in text_of(again)
    log_in(stranger, "alex@example.com", NEW)


def test_a_completed_reset_lets_its_owner_log_in_after_the_failed_log_ins_before_it(
    mailing_app, couple, outbox
) -> None:
    """tester-web51: reset done, the owner was still told "Too many attempts ... 15 minutes"."""
    browser = mailing_app.test_client()
    for _ in range(throttle.LOGIN_ACCOUNT.attempts + 1):
        browser.post("/login", data={"email": "alex@example.com", "password": "not the password"})
    assert browser.post("/login", data={"email": "alex@example.com", "password": PASSWORD}).status_code == 429
    browser.post("/forgot", data={"email": "Alex@Example.com"})
    assert browser.post(reset_path(outbox[0]), data={"new": NEW, "repeat": NEW}).status_code == 302
    log_in(browser, "alex@example.com", NEW)
    assert browser.post("/login", data={"email": "alex@example.com", "password": PASSWORD}).status_code == 401


def test_a_reset_link_expires_after_fifteen_minutes(make_app, couple, outbox, session) -> None:
    clock = {"now": NOW}
    app = make_app(MAILER=outbox.append, CLOCK=lambda: clock["now"])
    browser = app.test_client()
    browser.post("/forgot", data={"email": "alex@example.com"})
    path = reset_path(outbox[0])
    clock["now"] = NOW + timedelta(minutes=14, seconds=59)
    assert browser.get(path).status_code == 200
    clock["now"] = NOW + timedelta(minutes=15)
    assert browser.get(path).status_code == 404
    assert browser.post(path, data={"new": NEW, "repeat": NEW}).status_code == 404
    log_in(browser, "alex@example.com")  # the old password still works


def test_a_new_reset_link_stops_the_old_one(mailing_app, couple, outbox) -> None:
    browser = mailing_app.test_client()
    browser.post("/forgot", data={"email": "alex@example.com"})
    browser.post("/forgot", data={"email": "alex@example.com"})
    first, second = map(reset_path, outbox)
    assert browser.get(first).status_code == 404
    assert browser.get(second).status_code == 200


def test_without_mail_the_reply_says_to_ask_the_host_and_no_link_is_made(client, couple, session) -> None:
    response = client.post("/forgot", data={"email": "alex@example.com"})
    assert response.status_code == 200
    assert "This site does not send email. Ask the person who hosts it" in text_of(response)
    assert count(session, PasswordReset) == 0


def test_sign_up_with_a_taken_email_tells_its_owner_by_mail(mailing_app, couple, outbox) -> None:
    data = {"name": "Alexis", "email": "alex@example.com", "password": PASSWORD, "timezone": "UTC"}
    response = mailing_app.test_client().post("/signup", data=data)
    assert response.status_code == 200
    [notice] = outbox
    assert notice["To"] == "alex@example.com" and "Nothing was changed" in notice.get_content()
    mailing_app.test_client().post("/signup", data=data | {"email": "new@example.com"})
    assert len(outbox) == 1  # a new account gets no notice


@pytest.mark.parametrize(
    ("password", "message"),
    [
        (" " * 10, "Repeats like “aaa” are easy to guess."),
        ("aaaaaaaaaaaa", "Repeats like “aaa” are easy to guess."),
        ("Password123", "one of the most common ones"),
        ("qwerty uiop", "one of the most common ones"),
        ("1234567890", "one of the most common ones"),
    ],
)
def test_sign_up_refuses_blank_and_common_passwords(client, session, password, message) -> None:
    """Finding 15: ten spaces passed the password rule."""
    data = {"name": "Kim", "email": "kim@example.com", "password": password, "timezone": "UTC"}
    response = client.post("/signup", data=data)
    assert response.status_code == 422
    assert message in text_of(response)
    assert session.scalar(select(Partner).where(Partner.email == "kim@example.com")) is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Please enter your email address."),
        ({"email": ""}, "Please enter your email address."),
        ({"email": "alex\x00@example.com"}, CONTROL_MESSAGE),
        ({"email": "alex\n@example.com"}, CONTROL_MESSAGE),
        ({"email": "x" * 5000 + "@example.com"}, "Please enter a valid email address."),
        ({"email": "not an email"}, "Please enter a valid email address."),
    ],
)
def test_forgot_refuses_bad_input(mailing_app, couple, outbox, data, message) -> None:
    response = mailing_app.test_client().post("/forgot", data=data)
    assert response.status_code == 422
    assert message in text_of(response)
    assert outbox == []


NEW_PASSWORD_CASES = [
    ({}, "Please choose a new password."),
    ({"new": NEW}, "Please type the new password again."),
    ({"new": NEW, "repeat": NEW + "!"}, "The two new passwords differ."),
    ({"new": "short", "repeat": "short"}, "Passwords need 10 to 200 characters."),
    ({"new": "x" * 100_000, "repeat": "x" * 100_000}, "Passwords need 10 to 200 characters."),
    ({"new": "tab\tin the middle", "repeat": "tab\tin the middle"}, CONTROL_MESSAGE),
    ({"new": "nul\x00in the middle", "repeat": "nul\x00in the middle"}, CONTROL_MESSAGE),
    ({"new": "          ", "repeat": "          "}, "Repeats like “aaa” are easy to guess."),
    ({"new": "iloveyou123", "repeat": "iloveyou123"}, "one of the most common ones"),
    ({"new": "sam-alex-sam-alex", "repeat": "sam-alex-sam-alex"}, "made of names"),  # tester-web49: a 500
]


@pytest.mark.parametrize(("data", "message"), NEW_PASSWORD_CASES)
def test_reset_refuses_bad_input_and_keeps_the_link(mailing_app, couple, outbox, data, message) -> None:
    browser = mailing_app.test_client()
    browser.post("/forgot", data={"email": "alex@example.com"})
    path = reset_path(outbox[0])
    response = browser.post(path, data=data)
    assert response.status_code == 422
    assert message in text_of(response)
    assert browser.get(path).status_code == 200
    log_in(browser, "alex@example.com")


@pytest.mark.parametrize("token", ["nonsense", "x" * 3000, "%00%01", "..%2f..%2fetc"])
def test_a_bad_reset_token_is_a_404(client, couple, token) -> None:
    assert client.get(f"/reset/{token}").status_code == 404
    assert client.post(f"/reset/{token}", data={"new": NEW, "repeat": NEW}).status_code == 404


@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        ({"new": NEW, "repeat": NEW}, 422, "Please enter your current password."),
        ({"current": "x" * 300, "new": NEW, "repeat": NEW}, 422, "That is longer than any password here."),
        ({"current": "wrong password", "new": NEW, "repeat": NEW}, 403, "Your current password is not right"),
        *[({"current": PASSWORD, **data}, 422, message) for data, message in NEW_PASSWORD_CASES],
    ],
)
def test_changing_the_password_refuses_bad_input_and_changes_nothing(
    app, client: FlaskClient, alex, session, data, status, message
) -> None:
    before = session.scalar(select(Partner.password_hash).where(Partner.id == alex.id))
    response = client.post("/settings/security/password", data=data)
    assert response.status_code == status
    assert message in text_of(response)
    session.expire_all()
    assert session.scalar(select(Partner.password_hash).where(Partner.id == alex.id)) == before
    assert client.get("/history/").status_code == 200


def test_the_security_page_is_accessible_and_needs_a_login(app, client, alex) -> None:
    page = client.get("/settings/security/")
    assert page.status_code == 200
    assert_accessible_form(page)
    assert "Log out everywhere" in text_of(page) and "End this session" in text_of(page)
    client.post("/logout")
    assert client.get("/settings/security/").status_code == 302


def test_password_rule_in_the_domain(session) -> None:
    passwords.check_password("correct horse battery")
    for bad in ("", " " * 12, "x" * 201, "PASSWORD123", "trust tracker"):
        with pytest.raises(ValidationError):
            passwords.check_password(bad)


def test_the_forgot_page_tells_the_truth_without_mail(client, couple) -> None:
    page = client.get("/forgot")
    text = text_of(page)
    assert "This site does not send email. Ask the person who hosts it" in text
    assert "on its way" not in text and "we send it a link" not in text and 'name="email"' not in page.text
    after = text_of(client.post("/forgot", data={"email": "alex@example.com"}))
    assert "Check your email" not in after and "Ask for a new password" in after


def test_the_forgot_page_promises_a_link_only_with_mail(mailing_app, couple, outbox) -> None:
    browser = mailing_app.test_client()
    text = text_of(browser.get("/forgot"))
    assert "we send it a link" in text and "does not send email" not in text
    after = text_of(browser.post("/forgot", data={"email": "alex@example.com"}))
    assert "Check your email" in after and "does not send email" not in after
