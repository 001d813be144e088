"""Account linking, after the consent: every live grant in Settings with Unlink, a password change
or reset ends the partner's grants, a reused refresh token ends its grant, and the token endpoint
answers odd credentials and throttling in OAuth's JSON."""

# ruff: noqa: F811 (pytest fixtures imported from test_oauth.py, named as arguments)
from __future__ import annotations

import base64
from datetime import timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import log_in, text_of

# app and clock: test_oauth.py's fixtures (account linking configured, a clock the test moves).
from tests.web.test_oauth import REDIRECT, _basic, allow, app, authorize_url, clock, code_of, exchange  # noqa: F401
from trust_tracker.models import accounts
from trust_tracker.models.oauth_entities import OAuthToken
from trust_tracker.models.throttle import Limit
from trust_tracker.web import oauth as web_oauth

NEW = "a brand new long password"


def linked(client: FlaskClient) -> dict[str, Any]:
    """The logged-in partner allows Alexa; Alexa exchanges the code: its tokens, not used on /alexa yet."""
    answer = exchange(client, code_of(allow(client, authorize_url())))
    assert answer.status_code == 200, answer.text
    return answer.json


def refresh(client: FlaskClient, refresh_token: str) -> Any:
    return client.post(
        "/oauth/token", data={"grant_type": "refresh_token", "refresh_token": refresh_token}, headers=_basic()
    )


def test_a_grant_not_used_yet_is_listed_in_settings_and_unlink_revokes_it(client, alex, session) -> None:
    tokens = linked(client)
    page = text_of(client.get("/settings/"))
    assert "Account links made in the Alexa app" in page
    assert "Alexa, as Alex, allowed" in page and "not used yet" in page
    [row] = session.scalars(select(OAuthToken)).all()
    response = client.post(f"/settings/alexa-grants/{row.id}/unlink")
    assert response.status_code == 302
    assert "That account link is ended" in text_of(client.get(response.location))
    assert (refresh(client, tokens["refresh_token"]).json["error"]) == "invalid_grant"
    assert "No account link was made in the Alexa app." in text_of(client.get("/settings/"))
    assert client.post(f"/settings/alexa-grants/{row.id}/unlink").status_code == 404  # already ended


@pytest.mark.postgres_smoke
def test_the_other_partners_grant_is_listed_too_and_another_couples_is_not(app, client, alex, session) -> None:
    sam = app.test_client()
    log_in(sam, "sam@example.com")
    linked(sam)
    kim, _ = make_couple(session, first="Kim", second="Lee")
    session.commit()
    kims = app.test_client()
    log_in(kims, kim.email)
    linked(kims)
    page = text_of(client.get("/settings/"))
    assert "Alexa, as Sam" in page and "Kim" not in page
    theirs = session.scalars(select(OAuthToken).where(OAuthToken.partner_id == kim.id)).one()
    for token_id in (theirs.id, 999_999, 10**30):
        assert client.post(f"/settings/alexa-grants/{token_id}/unlink").status_code == 404
    for odd in ("abc", "-1", "0"):
        assert client.post(f"/settings/alexa-grants/{odd}/unlink").status_code == 404
    assert client.get(f"/settings/alexa-grants/{theirs.id}/unlink").status_code == 405
    session.expire_all()
    assert theirs.revoked_at is None


def test_a_password_change_ends_the_partners_grants(app, client, alex, session) -> None:
    mine = linked(client)
    sam = app.test_client()
    log_in(sam, "sam@example.com")
    sams = linked(sam)
    response = client.post("/settings/security/password", data={"current": PASSWORD, "new": NEW, "repeat": NEW})
    assert response.status_code == 302
    assert "Alexa's account links made with your log-in were ended too" in text_of(client.get(response.location))
    refused = refresh(client, mine["refresh_token"])
    assert (refused.status_code, refused.json["error"]) == (400, "invalid_grant")
    assert refresh(client, sams["refresh_token"]).status_code == 200  # Sam's own link stays


def test_a_wrong_current_password_ends_nothing(client, alex) -> None:
    tokens = linked(client)
    wrong = client.post("/settings/security/password", data={"current": "not it", "new": NEW, "repeat": NEW})
    assert 400 <= wrong.status_code < 500
    assert refresh(client, tokens["refresh_token"]).status_code == 200


def test_a_password_reset_ends_the_partners_grants(app, client, alex, session) -> None:
    tokens = linked(client)
    reset = accounts.create_reset(session, alex, now=NOW)
    session.commit()
    stranger = app.test_client()
    response = stranger.post(f"/reset/{reset}", data={"new": NEW, "repeat": NEW})
    assert response.status_code == 302
    assert "Alexa's account links made with your log-in were ended" in text_of(stranger.get("/login"))
    assert refresh(client, tokens["refresh_token"]).json["error"] == "invalid_grant"


@pytest.mark.postgres_smoke
def test_a_reused_refresh_token_ends_its_whole_grant(app, client, alex, clock) -> None:
    first = linked(client)
    other = linked(client)  # a second link of the same partner: not the stolen one
    clock.now = NOW + timedelta(hours=1)
    second = refresh(client, first["refresh_token"]).json
    third = refresh(client, second["refresh_token"]).json
    again = refresh(client, first["refresh_token"])  # the thief, or Alexa, with a spent one
    assert (again.status_code, again.json["error"]) == (400, "invalid_grant")
    assert refresh(client, third["refresh_token"]).json["error"] == "invalid_grant"  # the successor too
    assert refresh(client, other["refresh_token"]).status_code == 200


def test_a_reused_refresh_token_of_another_client_or_unknown_ends_nothing(client, alex) -> None:
    first = linked(client)
    fresh = refresh(client, first["refresh_token"]).json
    for odd in ("never-issued", "x" * 100_000, fresh["access_token"]):
        assert refresh(client, odd).json["error"] == "invalid_grant"
    assert refresh(client, fresh["refresh_token"]).status_code == 200


def _basic_of(raw: bytes) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


@pytest.mark.parametrize(
    "headers",
    [
        _basic_of(b"alexa-skill:\xff"),
        _basic_of(b"\xff\xfe:secret"),
        _basic_of(b"\x00:\x00"),
        _basic_of(b"alexa-skill"),
        _basic_of(b":"),
        _basic_of(b"%zz:%ff"),
        _basic_of("alexa-skill:s\u00e9cret".encode()),
        {"Authorization": "Basic"},
        {"Authorization": "Basic !!!not-base64!!!"},
        {"Authorization": "Basic YWxleGE"},
        {"Authorization": "Basic \u00e9\u00e9\u00e9\u00e9"},
        {"Authorization": "basic " + "A" * 20_000},
        {"Authorization": "Bearer whatever"},
        {"Authorization": "Basic\tYWxleGE6eA=="},
        {"Authorization": "   "},
    ],
)
def test_odd_client_credentials_are_401_or_400_json_and_store_nothing(client, alex, session, headers) -> None:
    code = code_of(allow(client, authorize_url()))
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    response = client.post("/oauth/token", data=data, headers=headers)
    assert response.status_code in (400, 401), response.text
    assert response.json["error"] == "invalid_client"
    assert session.scalars(select(OAuthToken)).all() == []
    assert exchange(client, code).status_code == 200  # the code was not spent by the odd request


def test_the_token_endpoints_429_is_oauth_json(client, alex, monkeypatch) -> None:
    monkeypatch.setattr(web_oauth, "TOKEN_ADDRESS", Limit("oauth-token-address", 1, timedelta(minutes=15)))
    assert client.post("/oauth/token", data={"grant_type": "x"}, headers=_basic()).status_code == 400
    throttled = client.post("/oauth/token", data={"grant_type": "x"}, headers=_basic())
    assert throttled.status_code == 429 and throttled.mimetype == "application/json"
    assert throttled.json["error"] == "slow_down" and int(throttled.headers["Retry-After"]) > 0
    assert "<html" not in throttled.text


def test_authorize_errors_end_with_one_full_stop_and_consent_says_what_alexa_reads(client, alex) -> None:
    page = text_of(client.get(authorize_url(client_id="someone-else")))
    assert "This account-linking request cannot be used" in page and ".." not in page
    consent = client.get(authorize_url())
    assert "entries and notes" in text_of(consent)
    policy = consent.headers["Content-Security-Policy"]
    assert "form-action 'self' https://pitangui.amazon.com https://layla.amazon.com https://alexa.amazon.co.jp" in (
        policy
    )
    assert "amazon" not in client.get("/settings/").headers["Content-Security-Policy"]  # the consent page only
