"""Logins live on the server (issue 9, findings 1 and 2): each retried the way it was found."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import count, log_in, text_of
from trust_tracker.models import journal, logins
from trust_tracker.models.entities import Partner
from trust_tracker.models.login_entities import LoginSession

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
SIGN_UP = {"name": "Kim", "email": "kim@example.com", "password": PASSWORD, "timezone": "UTC"}
IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Version/18.1 Mobile/15E148 Safari/604.1"


def copy_of(browser: FlaskClient, app: Flask) -> FlaskClient:
    """Another browser holding a copy of `browser`'s login cookie."""
    thief, name = app.test_client(), app.config["SESSION_COOKIE_NAME"]
    cookie = browser.get_cookie(name)
    assert cookie is not None
    thief.set_cookie(name, cookie.value)
    return thief


def logged_in(browser: FlaskClient) -> bool:
    return browser.get("/history/").status_code == 200


def test_the_cookie_holds_a_random_token_not_the_partner_id(app, client, alex, session) -> None:
    [login] = session.scalars(select(LoginSession).where(LoginSession.partner_id == alex.id))
    assert len(login.token_hash) == 64 and login.created_at == NOW
    assert logged_in(client)


def test_a_deleted_partners_old_cookie_does_not_log_in_as_the_next_sign_up(make_app, session) -> None:
    """Finding 1: on SQLite the next sign-up got the deleted id, and the cookie held only that id."""
    app = make_app()
    laptop, phone = app.test_client(), app.test_client()
    assert app.test_client().post("/signup", data=SIGN_UP).status_code == 200
    log_in(laptop, "kim@example.com")
    log_in(phone, "kim@example.com")
    kim = session.scalar(select(Partner).where(Partner.email == "kim@example.com"))
    kim_id = kim.id
    response = laptop.post("/account/delete", data={"me-password": PASSWORD, "me-confirm": "y"})
    assert response.status_code == 302
    assert count(session, LoginSession) == 0  # deletion ends every login of theirs

    assert app.test_client().post("/signup", data=SIGN_UP | {"email": "newcomer@example.com"}).status_code == 200
    newcomer = session.scalar(select(Partner).where(Partner.email == "newcomer@example.com"))
    assert newcomer.id > kim_id  # never reused, SQLite included (AUTOINCREMENT)
    journal.write(session, newcomer, "Private thoughts of the newcomer", now=NOW)
    session.flush()

    # The phone Kim left logged in is nobody now.
    response = phone.get("/journal/")
    assert response.status_code == 302 and response.location.startswith("/login")
    assert "Private thoughts" not in phone.get("/journal/", follow_redirects=True).text


def test_a_copied_cookie_is_refused_after_logging_out(app, client, alex) -> None:
    """Finding 2: logging out left a copied cookie working for up to 31 days."""
    thief = copy_of(client, app)
    assert logged_in(thief)
    client.post("/logout")
    assert not logged_in(client)
    assert not logged_in(thief)


def test_log_out_everywhere_ends_every_login_of_mine_only(app, client, alex, sam_client, session) -> None:
    phone = app.test_client()
    log_in(phone, "alex@example.com")
    thief = copy_of(client, app)
    response = client.post("/settings/security/logout-everywhere")
    assert response.status_code == 302 and response.location == "/"
    assert "You are logged out everywhere" in text_of(client.get("/"))
    assert not any(logged_in(browser) for browser in (client, phone, thief))
    assert session.scalars(select(LoginSession.partner_id)).all() == [sam_id(session)]
    assert logged_in(sam_client)


def sam_id(session) -> int:
    return session.scalar(select(Partner.id).where(Partner.email == "sam@example.com"))


def test_changing_the_password_ends_other_logins_and_reissues_this_one(app, client, alex, session) -> None:
    phone = app.test_client()
    log_in(phone, "alex@example.com")
    old_copy = copy_of(client, app)
    new = "a different long passphrase"
    response = client.post("/settings/security/password", data={"current": PASSWORD, "new": new, "repeat": new})
    assert response.status_code == 302
    assert "Your password is changed. Every other device was logged out." in text_of(client.get(response.location))
    assert logged_in(client)
    assert not logged_in(phone)
    assert not logged_in(old_copy)  # this browser's old token ended too: it was re-issued
    assert count(session, LoginSession) == 1
    client.post("/logout")
    assert client.post("/login", data={"email": "alex@example.com", "password": PASSWORD}).status_code == 401
    log_in(client, "alex@example.com", new)


def test_settings_lists_my_logins_and_ends_one(make_app, couple, session) -> None:
    app = make_app()
    laptop, phone = app.test_client(), app.test_client()
    laptop.environ_base["HTTP_USER_AGENT"] = FIREFOX
    phone.environ_base["HTTP_USER_AGENT"] = IPHONE
    log_in(laptop, "alex@example.com")
    log_in(phone, "alex@example.com")
    page = laptop.get("/settings/security/")
    assert page.status_code == 200
    text = text_of(page)
    assert "Firefox on Linux (this device)" in text and "Safari on iPhone" in text
    assert FIREFOX not in page.text  # a summary, not the whole header
    assert 'href="/settings/security/"' in laptop.get("/settings/").text
    phone_login = session.scalar(select(LoginSession).where(LoginSession.user_agent == "Safari on iPhone"))
    response = laptop.post(f"/settings/security/logins/{phone_login.id}/end")
    assert response.status_code == 302 and response.location == "/settings/security/"
    assert not logged_in(phone)
    after = text_of(laptop.get(response.location))
    assert "That login has ended: that device is logged out." in after  # said once (web/replies.py) ...
    assert "Safari on iPhone" not in after
    assert "That login has ended" not in text_of(laptop.get("/settings/security/"))  # ... and not again
    assert logged_in(laptop)


def test_ending_this_devices_own_login_logs_it_out(client, alex, session) -> None:
    mine = session.scalar(select(LoginSession.id).where(LoginSession.partner_id == alex.id))
    response = client.post(f"/settings/security/logins/{mine}/end")
    assert response.status_code == 302 and response.location == "/"
    assert "You are logged out." in text_of(client.get("/"))
    assert not logged_in(client)


@pytest.mark.parametrize("which", ["sams", "other couples", "missing", "huge"])
def test_ending_a_login_that_is_not_mine_is_a_404_and_ends_nothing(
    make_app, client, alex, sam_client, session, which
) -> None:
    robin, _ = make_couple(session, "Robin", None)
    robin_browser = make_app().test_client()
    log_in(robin_browser, "robin@example.com")
    ids = {
        "sams": session.scalar(select(LoginSession.id).where(LoginSession.partner_id == sam_id(session))),
        "other couples": session.scalar(select(LoginSession.id).where(LoginSession.partner_id == robin.id)),
        "missing": 999_999,
        "huge": 2**40,
    }
    before = count(session, LoginSession)
    response = client.post(f"/settings/security/logins/{ids[which]}/end")
    assert response.status_code == 404
    assert count(session, LoginSession) == before
    assert logged_in(sam_client) and logged_in(robin_browser) and logged_in(client)


def test_a_login_unused_for_two_weeks_has_ended(make_app, couple) -> None:
    clock = {"now": NOW}
    app = make_app(CLOCK=lambda: clock["now"])
    browser = app.test_client()
    log_in(browser, "alex@example.com")
    clock["now"] = NOW + logins.IDLE_LIFETIME - timedelta(minutes=1)
    assert logged_in(browser)  # and that visit counts as using it
    clock["now"] += logins.IDLE_LIFETIME - timedelta(minutes=1)
    assert logged_in(browser)
    clock["now"] += logins.IDLE_LIFETIME
    assert not logged_in(browser)


@pytest.mark.parametrize("cookie_token", ["", "x" * 5000, "\x00\x01", "1", "../../etc"])
def test_a_forged_login_token_is_nobody(app, couple, cookie_token) -> None:
    browser = app.test_client()
    with browser.session_transaction() as flask_session:
        flask_session["_user_id"] = cookie_token
        flask_session["_fresh"] = True
    response = browser.get("/history/")
    assert response.status_code == 302 and response.location.startswith("/login")
