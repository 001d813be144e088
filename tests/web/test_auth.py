"""Landing, sign-up, log-in and -out, invitation and joining; what needs a login."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import available_timezones

import pytest
from flask import Flask
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import assert_accessible_form, count, fields, log_in, text_of
from trust_tracker.models import accounts
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


# --- invitation and joining ----------------------------------------------------------


@pytest.mark.postgres_smoke
def test_invite_join_flow(app: Flask, client, session) -> None:
    client.post("/signup", data=SIGN_UP)
    log_in(client, SIGN_UP["email"])
    page = client.get("/invite")
    assert "Make an invitation link" in text_of(page)
    assert count(session, Invitation) == 0  # looking at the page creates nothing

    response = client.post("/invite")
    assert response.status_code == 200
    link = re.search(r'value="(http://localhost/join/[^"]+)"', response.text).group(1)
    assert "It works once, for seven days." in text_of(response)

    partner_browser = app.test_client()
    join_page = partner_browser.get(link)
    assert join_page.status_code == 200
    assert "Robin invited you to Trust Tracker" in text_of(join_page)
    assert_accessible_form(join_page)
    response = partner_browser.post(link, data={"name": "Jo", "email": "jo@example.com", "password": PASSWORD})
    # Joining does not log in: the reply is the one a taken email gets (tester-web45 F2).
    assert response.status_code == 200
    assert "If jo@example.com is new here, you have joined Robin: log in with it" in text_of(response)
    log_in(partner_browser, "jo@example.com")

    jo = session.scalar(select(Partner).where(Partner.email == "jo@example.com"))
    robin = session.scalar(select(Partner).where(Partner.email == "robin@example.com"))
    assert jo.couple_id == robin.couple_id
    # The link is used up, and the inviter now sees that the partner has joined.
    assert partner_browser.get(link).status_code == 404
    assert "Jo has joined." in text_of(client.get("/invite"))
    assert "Invite your partner" not in text_of(client.get("/contract/"))


def test_a_new_link_stops_the_old_one(client, app: Flask) -> None:
    client.post("/signup", data=SIGN_UP)
    log_in(client, SIGN_UP["email"])
    first = re.search(r'value="http://localhost(/join/[^"]+)"', client.post("/invite").text).group(1)
    second_page = client.post("/invite")
    assert "Make a new link" in text_of(second_page)
    second = re.search(r'value="http://localhost(/join/[^"]+)"', second_page.text).group(1)
    stranger = app.test_client()
    response = stranger.get(first)
    assert response.status_code == 404
    assert "This invitation link is not valid any more. Ask your partner for a new one." in text_of(response)
    assert stranger.get(second).status_code == 200


@pytest.mark.parametrize("token", ["nonsense", "x" * 200, "%00"])
def test_join_with_a_bad_token_is_a_clear_404(client, token) -> None:
    for response in (client.get(f"/join/{token}"), client.post(f"/join/{token}", data={"name": "Jo"})):
        assert response.status_code == 404
        assert "This invitation link is not valid any more" in text_of(response)


def test_join_with_an_expired_token_is_a_404(session, make_app) -> None:
    robin = accounts.sign_up(session, name="Robin", email="robin@example.com", password=PASSWORD)
    token = accounts.create_invitation(session, robin, now=NOW - timedelta(days=8))
    session.flush()
    assert make_app().test_client().get(f"/join/{token}").status_code == 404


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Please enter your name."),
        ("email", "jo@", "Please enter a valid email address."),
        ("password", "123", "Passwords need 10 to 200 characters."),
    ],
)
def test_join_rejects_bad_input_and_keeps_the_link_usable(client, session, field, value, message) -> None:
    make_couple(session, "Alex", None)
    robin = accounts.sign_up(session, name="Robin", email="robin@example.com", password=PASSWORD)
    token = accounts.create_invitation(session, robin, now=NOW)
    session.flush()
    before = count(session, Partner)
    data = {"name": "Jo", "email": "jo@example.com", "password": PASSWORD} | {field: value}
    response = client.post(f"/join/{token}", data=data)
    assert response.status_code == 422
    assert message in text_of(response)
    assert count(session, Partner) == before
    assert client.get(f"/join/{token}").status_code == 200


@pytest.mark.parametrize(
    "taken", ["alex@example.com", "ALEX@example.com.", "\uff41lex@example.com", " Alex@EXAMPLE.com "]
)
def test_joining_with_a_taken_email_answers_as_a_join_does_and_keeps_the_link(make_app, session, taken: str) -> None:
    """Who has an account is no one's to learn from a reply (tester-web45 F2): the answer is the
    same, nothing is written, the taken address's owner gets a note and the link still works."""
    sent: list = []
    app = make_app(MAILER=sent.append)
    make_couple(session, "Alex", None)
    robin = accounts.sign_up(session, name="Robin", email="robin@example.com", password=PASSWORD)
    token = accounts.create_invitation(session, robin, now=NOW)
    session.flush()
    before = count(session, Partner)
    replies = {}
    for email in (taken, "kim@example.com"):
        client = app.test_client()
        response = client.post(f"/join/{token}", data={"name": "Kim", "email": email, "password": PASSWORD})
        assert response.status_code == 200
        shown = accounts.normalise_email(email)
        replies[email] = text_of(response).replace(shown, "EMAIL")
        if email == taken:
            assert count(session, Partner) == before  # nothing written, the link unspent
            assert client.get(f"/join/{token}").status_code == 200
            assert [m["To"] for m in sent] == ["alex@example.com"]
            assert "join a couple" in sent[0].get_content() and "Robin" not in sent[0].get_content()
            assert "already exists" not in text_of(response)
    assert replies[taken] == replies["kim@example.com"]
    assert count(session, Partner) == before + 1 and len(sent) == 1


def test_inviting_when_both_have_joined_is_a_conflict(client, alex, session) -> None:
    page = client.get("/invite")
    assert "Sam has joined." in text_of(page)
    assert "Make an invitation link" not in text_of(page)
    before = count(session, Invitation)
    response = client.post("/invite")
    assert response.status_code == 409
    assert "Both partners have already joined." in text_of(response)
    assert count(session, Invitation) == before


def test_a_join_link_offers_no_separate_sign_up_and_asks_a_logged_in_visitor_to_log_out(
    app: Flask, client, session
) -> None:
    client.post("/signup", data=SIGN_UP)
    log_in(client, SIGN_UP["email"])
    path = re.search(r'value="http://localhost(/join/[^"]+)"', client.post("/invite").text).group(1)
    stranger = app.test_client()
    page = stranger.get(path)
    assert 'href="/signup"' not in page.text and "Sign up" not in text_of(page)
    # Robin, still logged in, opens the link: told who they are, offered to log out, no form.
    mine = client.get(path)
    assert mine.status_code == 200
    assert "This is your own couple’s invitation link, Robin: send it to the person you invite." in text_of(mine)
    assert "log out and join here" not in text_of(mine)
    assert 'name="password"' not in mine.text and f'name="next" value="{path}"' in mine.text
    before = count(session, Partner)
    posted = client.post(path, data={"name": "Jo", "email": "jo@example.com", "password": PASSWORD})
    assert posted.status_code == 409 and count(session, Partner) == before
    token = re.search(r'name="csrf_token" value="([^"]+)"', mine.text).group(1)
    out = client.post("/logout", data={"next": path, "csrf_token": token})
    assert out.status_code == 302 and out.location.endswith(path)
    assert 'name="password"' in client.get(path).text
    # Somewhere else after logging out: only the site's own pages.
    log_in(client, SIGN_UP["email"])
    away = client.post("/logout", data={"next": "//evil.example/", "csrf_token": token})
    assert away.location.endswith("/")


def test_a_logged_in_partner_of_another_couple_is_told_plainly_what_would_do(app: Flask, client, session) -> None:
    """Before, "log out first: this link then opens again", though an account never joins another couple
    (tester-web46): the page says so and what to do instead, and the account stays where it is."""
    make_couple(session, "Kim", "Lee")
    robin = accounts.sign_up(session, name="Robin", email="robin@example.com", password=PASSWORD)
    token = accounts.create_invitation(session, robin, now=NOW)
    session.flush()
    browser = app.test_client()
    log_in(browser, "kim@example.com")
    page = browser.get(f"/join/{token}")
    said = text_of(page)
    assert page.status_code == 200 and "You are logged in as Kim." in said
    assert "cannot move into another" in said and "To join as a new account, log out first" in said
    assert 'href="/account/"' in page.text and 'name="password"' not in page.text
    assert "own couple’s invitation link" not in said
    posted = browser.post(f"/join/{token}", data={"name": "Kim", "email": "kim2@example.com", "password": PASSWORD})
    assert posted.status_code == 409
    session.expire_all()
    kim = accounts.partner_by_email(session, "kim@example.com")
    assert len(kim.couple.partners) == 2 and len(session.get(Partner, robin.id).couple.partners) == 1
    assert browser.get(f"/join/{token}").status_code == 200  # the link is not spent
