"""The account-linking pages, request by request: consent, log-in first, CSRF, and every odd
request Alexa (or anyone pretending) could send. The whole flow with a real OAuth client is in
test_oauth_flow.py."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from tests.factories import NOW
from tests.web.helpers import assert_accessible_form, csrf_token, log_in, text_of
from trust_tracker.models.oauth_entities import OAuthCode, OAuthToken
from trust_tracker.models.throttle import Limit
from trust_tracker.web import oauth as web_oauth

CLIENT_ID, SECRET, VENDOR = "alexa-skill", "console-secret-" + "y" * 24, "M2BBBBBBBBBBB"
REDIRECT = f"https://alexa.amazon.co.jp/api/skill/link/{VENDOR}"
OAUTH = {"OAUTH_CLIENT_ID": CLIENT_ID, "OAUTH_CLIENT_SECRET": SECRET, "ALEXA_VENDOR_ID": VENDOR}
VERIFIER = "v" * 43 + "-verifier"


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self):
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(make_app, clock) -> Flask:
    return make_app(CLOCK=clock, **OAUTH)


def authorize_url(**params: str | None) -> str:
    query = {"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": REDIRECT, "state": "st4te"} | params
    return "/oauth/authorize?" + urlencode({k: v for k, v in query.items() if v is not None})


def allow(client: FlaskClient, url: str, **extra: str) -> Any:
    return client.post(url, data={"allow": "Allow", **extra})


def code_of(response: Any) -> str:
    assert response.status_code == 302, response.text
    location = response.headers["Location"]
    assert location.startswith(REDIRECT + "?")
    return parse_qs(urlsplit(location).query)["code"][0]


def exchange(client: FlaskClient, code: str, **extra: str) -> Any:
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT} | extra
    return client.post("/oauth/token", data=data, headers=_basic())


def _basic(secret: str = SECRET) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{CLIENT_ID}:{secret}".encode()).decode()}


def count(session, entity) -> int:
    return session.scalar(select(func.count(entity.id)))


def test_without_the_settings_account_linking_is_not_configured(make_app, couple) -> None:
    client = make_app().test_client()
    log_in(client, "alex@example.com")
    for response in (client.get(authorize_url()), client.post("/oauth/token", data={"grant_type": "x"})):
        assert response.status_code == 404
        assert "Account linking is not configured on this site." in response.text
    half = make_app(OAUTH_CLIENT_ID=CLIENT_ID, OAUTH_CLIENT_SECRET="  ").test_client()
    assert half.post("/oauth/token").status_code == 404


def test_log_in_first_then_back_to_the_consent_page(client, couple) -> None:
    response = client.get(authorize_url(state="A" * 1500))  # Alexa's states are long
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    page = client.get(response.headers["Location"])
    match = re.search(r'name="next" type="hidden" value="([^"]+)"', page.text)
    assert match and match.group(1).startswith("/oauth/authorize?")
    back_to = html.unescape(match.group(1))
    form = {"email": "sam@example.com", "password": "correct horse battery", "next": back_to}
    back = client.post("/login", data=form)
    assert (back.status_code, back.headers["Location"]) == (302, back_to)
    consent = client.get(back_to)
    assert consent.status_code == 200
    assert "Alexa asks to use Trust Tracker as you, Sam" in consent.text


def test_allow_gives_alexa_a_code_and_deny_an_error(client, session, alex) -> None:
    code = code_of(allow(client, authorize_url()))
    stored = session.scalars(select(OAuthCode)).one()
    assert stored.code_hash != code and stored.partner_id == alex.id and stored.scope == "trust_tracker"
    denied = client.post(authorize_url(), data={"deny": "Don't allow"})
    assert denied.status_code == 302
    query = parse_qs(urlsplit(denied.headers["Location"]).query)
    assert (query["error"], query["state"]) == (["access_denied"], ["st4te"]) and "code" not in query
    assert count(session, OAuthCode) == 1


def test_the_consent_form_needs_its_csrf_token(make_app, session, couple) -> None:
    client = make_app(WTF_CSRF_ENABLED=True, **OAUTH).test_client()
    form = {"email": "alex@example.com", "password": "correct horse battery"}
    assert client.post("/login", data=form | {"csrf_token": csrf_token(client.get("/login"))}).status_code == 302
    page = client.get(authorize_url())
    refused = allow(client, authorize_url())
    assert refused.status_code == 400 and "Location" not in refused.headers
    assert count(session, OAuthCode) == 0
    assert allow(client, authorize_url(), csrf_token=csrf_token(page)).status_code == 302


@pytest.mark.parametrize(
    "params",
    [
        {"client_id": None},
        {"client_id": "someone-else"},
        {"redirect_uri": None},
        {"redirect_uri": "https://evil.example/cb"},
        {"redirect_uri": "http://layla.amazon.com/api/skill/link/" + VENDOR},
        {"redirect_uri": "https://layla.amazon.com/api/skill/link/SOMEONE"},
        {"redirect_uri": REDIRECT + "/../../evil"},
        {"redirect_uri": REDIRECT + "\x00"},
        {"client_id": CLIENT_ID + "\x07"},
        {"client_id": "x" * 5000},
    ],
    ids=[
        "no-client",
        "other-client",
        "no-redirect",
        "foreign",
        "http",
        "other-vendor",
        "dots",
        "nul",
        "bell",
        "huge",
    ],
)
def test_a_request_not_from_alexa_is_refused_with_no_redirect(client, session, alex, params) -> None:
    for response in (client.get(authorize_url(**params)), allow(client, authorize_url(**params))):
        assert response.status_code == 400
        assert "Location" not in response.headers
        assert "This account-linking request cannot be used" in response.text
    assert count(session, OAuthCode) == 0


def test_repeated_parameters_are_refused(client, session, alex) -> None:
    url = authorize_url() + "&" + urlencode({"redirect_uri": REDIRECT})
    assert client.get(url).status_code == 400
    code = code_of(allow(client, authorize_url()))
    twice = client.post(
        "/oauth/token",
        data=MultiDict(
            [("grant_type", "authorization_code"), ("code", code), ("code", code), ("redirect_uri", REDIRECT)]
        ),
        headers=_basic(),
    )
    assert (twice.status_code, twice.json["error"]) == (400, "invalid_request")
    assert count(session, OAuthToken) == 0


@pytest.mark.parametrize(
    "params, error",
    [
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"response_type": None}, "unsupported_response_type"),
        ({"scope": "admin"}, "invalid_scope"),
        ({"code_challenge": "short", "code_challenge_method": "S256"}, "invalid_request"),
        ({"code_challenge": "c" * 43, "code_challenge_method": "MD5"}, "invalid_request"),
    ],
)
def test_an_odd_request_from_alexas_own_uri_goes_back_to_alexa_as_an_error(client, session, alex, params, error):
    response = client.get(authorize_url(**params))
    assert response.status_code == 302
    query = parse_qs(urlsplit(response.headers["Location"]).query)
    assert query["error"][0] in (error, "unauthorized_client") and query["state"] == ["st4te"]
    assert count(session, OAuthCode) == 0


def test_unknown_parameters_are_ignored(client, alex) -> None:
    code = code_of(allow(client, authorize_url(prompt="login", foo="bar")))
    token = exchange(client, code, foo="bar", audience="x")
    assert token.status_code == 200 and token.json["token_type"] == "Bearer"


def test_a_code_lasts_five_minutes(client, clock, alex) -> None:
    first, second = code_of(allow(client, authorize_url())), code_of(allow(client, authorize_url()))
    clock.now = NOW + timedelta(minutes=4, seconds=59)
    assert exchange(client, first).status_code == 200
    clock.now = NOW + timedelta(minutes=5)
    assert (exchange(client, second).status_code, exchange(client, second).json["error"]) == (400, "invalid_grant")


def _s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def test_pkce_is_optional_and_checked_when_used(client, alex) -> None:
    with_pkce = authorize_url(code_challenge=_s256(VERIFIER), code_challenge_method="S256")
    assert exchange(client, code_of(allow(client, with_pkce)), code_verifier=VERIFIER).status_code == 200
    # Without PKCE (as Alexa links by default), a verifier out of nowhere is refused.
    plain = code_of(allow(client, authorize_url()))
    assert exchange(client, plain, code_verifier=VERIFIER).json["error"] == "invalid_request"
    assert exchange(client, code_of(allow(client, authorize_url()))).status_code == 200


@pytest.mark.parametrize(
    "failed",
    [{"code_verifier": "w" * 43}, {}, {"redirect_uri": REDIRECT.replace("pitangui", "layla")}],
    ids=["wrong-verifier", "no-verifier", "other-redirect-uri"],
)
def test_a_code_is_spent_by_a_failed_exchange(client, session, alex, failed) -> None:
    """tester-web41 D4: after a wrong verifier or redirect URI the same code still got tokens;
    a failed check is the one sign that someone else holds the code."""
    code = code_of(allow(client, authorize_url(code_challenge=_s256(VERIFIER), code_challenge_method="S256")))
    assert exchange(client, code, **failed).status_code == 400
    right = exchange(client, code, code_verifier=VERIFIER)
    assert (right.status_code, right.json["error"]) == (400, "invalid_grant")
    assert count(session, OAuthToken) == 0


def test_pkce_plain_is_refused(client, session, alex) -> None:
    response = client.get(authorize_url(code_challenge=VERIFIER, code_challenge_method="plain"))
    assert response.status_code == 302
    assert parse_qs(urlsplit(response.headers["Location"]).query)["error"] == ["invalid_request"]
    assert count(session, OAuthCode) == 0


def test_a_state_past_its_bound_is_refused_with_no_redirect(client, session, alex) -> None:
    response = client.get(authorize_url(state="A" * 5000))
    assert response.status_code == 400 and "Location" not in response.headers
    assert "its state is over 4,096 characters" in text_of(response)
    assert allow(client, authorize_url(state="A" * 5000)).status_code == 400
    assert count(session, OAuthCode) == 0


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"grant_type": "authorization_code"},
        {"grant_type": "authorization_code", "code": ""},
        {"grant_type": "authorization_code", "code": "x" * 100_000},
        {"grant_type": "authorization_code", "code": "nul\x00"},
        {"grant_type": "refresh_token"},
        {"grant_type": "refresh_token", "refresh_token": "never-issued"},
        {"grant_type": "password", "username": "alex@example.com", "password": "correct horse battery"},
    ],
    ids=["empty", "no-code", "blank-code", "huge-code", "nul-code", "no-refresh", "unknown-refresh", "password"],
)
def test_malformed_token_requests_are_4xx_and_store_nothing(client, session, alex, data) -> None:
    response = client.post("/oauth/token", data=data, headers=_basic())
    assert 400 <= response.status_code < 500
    assert response.json["error"] in ("invalid_request", "invalid_grant", "unsupported_grant_type")
    assert count(session, OAuthToken) == 0
    assert client.get("/oauth/token").status_code == 405


def test_the_token_endpoint_is_throttled_before_any_secret_is_checked(client, alex, monkeypatch) -> None:
    monkeypatch.setattr(web_oauth, "TOKEN_ADDRESS", Limit("oauth-token-address", 3, timedelta(minutes=15)))
    guess = {"grant_type": "authorization_code", "code": "guess", "redirect_uri": REDIRECT}
    for _ in range(3):
        assert client.post("/oauth/token", data=guess, headers=_basic("wrong")).status_code == 401
    throttled = client.post("/oauth/token", data=guess, headers=_basic())
    assert throttled.status_code == 429 and int(throttled.headers["Retry-After"]) > 0


def test_the_console_settings_in_infra_name_this_server(app) -> None:
    settings = json.loads((Path(__file__).parents[2] / "infra" / "account-linking.json").read_text())
    request = settings["accountLinkingRequest"]
    assert (request["type"], request["accessTokenScheme"]) == ("AUTH_CODE", "HTTP_BASIC")
    assert "client_secret_basic" in web_oauth.CodeGrant.TOKEN_ENDPOINT_AUTH_METHODS
    assert request["scopes"] == [web_oauth.SCOPE]
    assert request["defaultTokenExpirationInSeconds"] == 3600
    routes = {rule.rule: rule.methods for rule in app.url_map.iter_rules()}
    assert urlsplit(request["authorizationUrl"]).path == "/oauth/authorize" and "GET" in routes["/oauth/authorize"]
    assert urlsplit(request["accessTokenUrl"]).path == "/oauth/token" and "POST" in routes["/oauth/token"]


def test_the_consent_page_is_accessible(client, alex) -> None:
    page = client.get(authorize_url())
    assert_accessible_form(page)
    assert "never reads your private journal" in text_of(page)
