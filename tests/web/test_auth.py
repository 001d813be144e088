"""Landing, sign-up, log-in and -out, invitation and joining; what needs a login."""

from __future__ import annotations

import re
from zoneinfo import available_timezones

import pytest
from flask import Flask
from sqlalchemy import select

from tests.factories import PASSWORD
from tests.web.helpers import assert_accessible_form, count, fields, log_in, text_of
from trust_tracker.models.entities import Couple, Invitation, Partner

SIGN_UP = {"name": "Robin", "email": "robin@example.com", "password": PASSWORD, "timezone": "Europe/Berlin"}


# --- landing ------------------------------------------------------------------


def test_landing_explains_and_links_to_sign_up_and_log_in(client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = text_of(response)
    assert "Rebuild trust in small, verifiable steps" in page
    assert 'href="/signup"' in response.text and 'href="/login"' in response.text
    assert 'class="skip-link" href="#content"' in response.text
    assert '<main id="content"' in response.text


def test_landing_sends_a_logged_in_partner_to_today(client, alex) -> None:
    response = client.get("/")
    assert response.status_code == 302
    assert response.location.endswith("/today/")


# --- sign up ------------------------------------------------------------------


def test_sign_up_form_lists_every_place_once_with_its_utc_offset(client) -> None:
    response = client.get("/signup")
    assert response.status_code == 200
    options = set(re.findall(r'<option[^>]*value="([^"]+)"', response.text))
    # Places, one each, never an alias or an Etc/ zone signed backwards (tester-web45 F5).
    assert options <= available_timezones() and {"Europe/London", "Asia/Kolkata", "UTC"} <= options
    assert not options & {"Asia/Calcutta", "US/Eastern", "GB", "Zulu", "Etc/GMT+1", "Europe/Kiev", "Factory"}
    assert 350 < len(options) < 450
    labels = dict(re.findall(r'<option[^>]*value="([^"]+)"[^>]*>([^<]+)</option>', response.text))
    assert labels["Asia/Kolkata"] == "Kolkata (UTC+5:30)"
    assert labels["America/Argentina/Buenos_Aires"] == "Argentina, Buenos Aires (UTC−3)"
    assert labels["America/New_York"] == "New York (UTC−5)"  # NOW is in November: standard time
    assert labels["Europe/London"] == "London (UTC+0)" and labels["UTC"] == "UTC"
    # The browser's own zone is chosen by a script of the site's own (no inline script: the CSP).
    assert re.search(
        r'<select[^>]*data-browser-zone[^>]*name="timezone"|<select[^>]*name="timezone"[^>]*data-browser-zone',
        response.text,
    )
    assert '<script src="/static/timezone.js" defer></script>' in response.text
    assert re.search(
        r'value="Asia/Kolkata"[^>]*data-also="Asia/Calcutta"|data-also="Asia/Calcutta"[^>]*value="Asia/Kolkata"',
        response.text,
    )
    assert re.search(r'<option selected value="[^"]+">|<option value="[^"]+" selected>', response.text)
    assert_accessible_form(response)


@pytest.mark.postgres_smoke
def test_sign_up_creates_the_couple_then_logging_in_offers_the_invitation(client, session) -> None:
    response = client.post("/signup", data=SIGN_UP)
    assert response.status_code == 200
    assert "If robin@example.com is new here, your account is ready" in text_of(response)
    robin = session.scalar(select(Partner).where(Partner.email == "robin@example.com"))
    assert robin.name == "Robin" and robin.couple.timezone == "Europe/Berlin"
    assert robin.password_hash.startswith("$argon2")
    assert client.get("/invite").status_code == 302  # signing up does not log in: see the next test
    log_in(client, "robin@example.com")
    assert "Invite your partner" in text_of(client.get("/invite"))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Please enter your name."),
        ("name", "   ", "Please enter your name."),
        ("name", "x" * 61, "Names can be at most 60 characters."),
        ("email", "", "Please enter your email address."),
        ("email", "robin-at-example.com", "Please enter a valid email address."),
        ("email", "robin@example", "Please enter a valid email address."),
        ("password", "", "Please choose a password."),
        ("password", "short", "Passwords need 10 to 200 characters."),
        ("password", "x" * 201, "Passwords need 10 to 200 characters."),
        ("timezone", "", "Please choose a time zone from the list."),
        ("timezone", "Mars/Olympus_Mons", "Please choose a time zone from the list."),
    ],
)
def test_sign_up_rejects_bad_input_beside_the_field(client, session, field, value, message) -> None:
    before = count(session, Partner), count(session, Couple)
    response = client.post("/signup", data=SIGN_UP | {field: value})
    assert response.status_code == 422
    assert message in text_of(response)
    # The message is tied to its field for screen readers.
    assert f'aria-describedby="{field}-error"' in response.text or f'{field}-error"' in response.text
    assert f'id="{field}-error"' in response.text
    assert (count(session, Partner), count(session, Couple)) == before
    assert_accessible_form(response)


def test_sign_up_with_a_taken_email_answers_exactly_as_a_new_one(client, couple, session) -> None:
    """Finding 15: sign-up told anyone whether an email had an account."""
    before = count(session, Partner), count(session, Couple)
    taken = client.post("/signup", data=SIGN_UP | {"email": "alex@example.com", "name": "Alexis"})
    assert (count(session, Partner), count(session, Couple)) == before
    new = client.post("/signup", data=SIGN_UP | {"email": "robin@example.com"})
    assert count(session, Partner) == before[0] + 1
    assert taken.status_code == new.status_code == 200
    assert text_of(taken) == text_of(new).replace("robin@example.com", "alex@example.com")
    assert taken.headers.get("Set-Cookie") is None and new.headers.get("Set-Cookie") is None
    # The existing account is untouched: its own password still works, the stranger's does not.
    assert client.post("/login", data={"email": "alex@example.com", "password": PASSWORD}).status_code == 302


# --- log in and out ---------------------------------------------------------------


@pytest.mark.postgres_smoke
def test_log_in_and_out(client, couple) -> None:
    response = client.post("/login", data={"email": "alex@example.com", "password": PASSWORD})
    assert response.status_code == 302 and response.location.endswith("/today/")
    assert client.get("/history/").status_code == 200
    response = client.post("/logout")
    assert response.status_code == 302
    assert "You are logged out." in text_of(client.get(response.location))
    assert client.get("/history/").status_code == 302


def test_log_out_needs_a_post(client, alex) -> None:
    response = client.get("/logout")
    assert response.status_code == 405
    assert "Not allowed here" in text_of(response)
    assert client.get("/history/").status_code == 200  # still logged in


@pytest.mark.parametrize(
    ("email", "password", "status", "message"),
    [
        ("alex@example.com", "wrong password", 401, "That email and password do not match an account."),
        ("nobody@example.com", PASSWORD, 401, "That email and password do not match an account."),
        ("", PASSWORD, 422, "Please enter your email address."),
        ("alex@example.com", "", 422, "Please enter your password."),
    ],
)
def test_log_in_refuses_bad_credentials(client, couple, email, password, status, message) -> None:
    response = client.post("/login", data={"email": email, "password": password})
    assert response.status_code == status
    assert message in text_of(response)
    assert client.get("/history/").status_code == 302


@pytest.mark.parametrize(
    ("next_url", "lands_on"),
    [
        ("/contract/versions", "/contract/versions"),
        ("/history/?kind=kept", "/history/?kind=kept"),
        ("https://evil.example/", "/today/"),
        ("//evil.example/", "/today/"),
        ("/\\evil.example", "/today/"),
        ("javascript:alert(1)", "/today/"),
        ("", "/today/"),
        # A form's address, posted after the login ended: a GET of it is a 405 (tester-web49).
        ("/settings/security/logout-everywhere", "/today/"),
        ("/no/such/page", "/today/"),
        ("/history", "/history"),
    ],
)
def test_log_in_returns_only_to_same_site_paths(client, couple, next_url, lands_on) -> None:
    page = client.get("/login", query_string={"next": next_url})
    hidden = fields(page).values.get("next", [""])[0]
    response = client.post("/login", data={"email": "alex@example.com", "password": PASSWORD, "next": next_url})
    assert response.status_code == 302
    assert response.location == lands_on
    assert hidden in (next_url, "")


def test_a_page_behind_login_comes_back_after_logging_in(client, couple) -> None:
    response = client.get("/contract/versions")
    assert response.status_code == 302
    assert response.location.startswith("/login?next=")
    login_page = client.get(response.location)
    assert "Please log in to see that page." in text_of(login_page)
    next_url = fields(login_page).values["next"][0]
    response = client.post("/login", data={"email": "alex@example.com", "password": PASSWORD, "next": next_url})
    assert response.location == "/contract/versions"


# --- login required --------------------------------------------------------------

PUBLIC = {
    "auth.landing",
    "auth.signup",
    "auth.login",
    "auth.join",
    "passwords.forgot",
    "passwords.reset",
    "health.healthz",
    "health.favicon",  # the header's mark, which browsers ask for at /favicon.ico (tester-web46)
    "help.index",  # "Need help now?": never behind a login
    "legal.privacy",  # the privacy policy and terms: Alexa's certification reads them
    "legal.terms",
    "static",
    "alexa.alexa",
    "calendar_feed.feed",
    "oauth_token.token",
}  # calendar apps and Alexa's servers cannot log in: the secret token, the client secret, is the key


def test_every_page_but_the_public_ones_needs_a_login(app: Flask, client, couple, session) -> None:
    before = count(session, Invitation)
    checked = 0
    for rule in app.url_map.iter_rules():
        if rule.endpoint in PUBLIC:
            continue
        url = rule.build({name: 1 for name in rule.arguments})[1]
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(url, method=method)
            assert response.status_code == 302, (method, url)
            assert response.location.startswith("/login?next="), (method, url)
            checked += 1
    assert checked >= 12
    assert count(session, Invitation) == before


def test_the_public_pages_need_no_login(client) -> None:
    for url in ("/", "/signup", "/login", "/forgot", "/healthz", "/help", "/privacy", "/terms", "/static/site.css"):
        with client.get(url) as response:
            assert response.status_code == 200, url
    with client.get("/favicon.ico") as icon, client.get("/static/favicon.svg") as mark:
        assert icon.status_code == 200 and icon.mimetype == "image/svg+xml" and icon.data == mark.data
