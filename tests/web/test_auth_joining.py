"""Invitation and joining: a link that works once and expires, bad input beside the field, a taken email
answered as a join, an existing account told plainly what it can do (tests/web/test_auth.py: the rest)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import assert_accessible_form, count, log_in, text_of
from tests.web.test_auth import SIGN_UP
from trust_tracker.models import accounts
from trust_tracker.models.entities import Invitation, Partner

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
    assert "This is your own invitation link" in text_of(mine) and "invited you" not in text_of(mine)  # tester-web51
    assert "You are joining" not in text_of(mine)
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
