"""Account linking end to end, as Alexa runs it: a real OAuth 2.0 client (Authlib's) against the
site served on loopback, then signed /alexa requests carrying the tokens it got (issue 10)."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from authlib.integrations.requests_client import OAuth2Session
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from werkzeug.serving import make_server

from tests.alexa_ca import SKILL_ID, TestCA
from tests.conftest import PASSWORD, make_couple
from tests.web.helpers import served_port
from trust_tracker.models.base import digest
from trust_tracker.models.db import make_sessionmaker
from trust_tracker.models.entities import LogEntry, VoiceLink
from trust_tracker.models.oauth_entities import OAuthToken
from trust_tracker.skill import requests as alexa
from trust_tracker.web import create_app

CLIENT_ID, CLIENT_SECRET, VENDOR = "alexa-skill", "s3cret-of-the-console-" + "x" * 20, "M2AAAAAAAAAAA"
REDIRECT = f"https://layla.amazon.com/api/skill/link/{VENDOR}"
HOUSEHOLD = "amzn1.ask.account.HOME"
SAM_VOICE = "amzn1.ask.person.SAM"
CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


@dataclass
class Site:
    url: str
    engine: Engine
    ca: TestCA

    def browser(self, email: str) -> requests.Session:
        """A browser logged in as `email`."""
        browser = requests.Session()
        page = browser.get(f"{self.url}/login")
        form = {"csrf_token": _csrf(page.text), "email": email, "password": PASSWORD}
        assert browser.post(f"{self.url}/login", data=form, allow_redirects=False).status_code == 302
        return browser

    def say(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """POST /alexa, signed as Alexa signs it; the skill's JSON answer."""
        body = json.dumps(envelope).encode()
        response = requests.post(f"{self.url}/alexa", data=body, headers=self.ca.headers(body), timeout=10)
        assert response.status_code == 200, response.text
        return response.json()


def _csrf(page: str) -> str:
    match = CSRF.search(page)
    assert match, "no CSRF token on the page"
    return match.group(1)


@pytest.fixture
def site(fresh_engine: Engine, tmp_path) -> Iterator[Site]:
    with Session(fresh_engine) as session, session.begin():
        make_couple(session)
    ca = TestCA(now=datetime.now(UTC).replace(microsecond=0))
    app = create_app(
        {
            "SESSION_FACTORY": make_sessionmaker(fresh_engine),
            "SECRET_KEY": "oauth flow test key, not for production",
            "INSTANCE_PATH": tmp_path / "instance",
            "SESSION_COOKIE_SECURE": False,  # plain HTTP on loopback
            "REMEMBER_COOKIE_SECURE": False,
            "ALEXA_SKILL_ID": SKILL_ID,
            "ALEXA_VERIFIER": ca.verifier(),
            "OAUTH_CLIENT_ID": CLIENT_ID,
            "OAUTH_CLIENT_SECRET": CLIENT_SECRET,
            "ALEXA_VENDOR_ID": VENDOR,
        }
    )
    port = served_port()
    server = make_server("127.0.0.1", port, app)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(f"http://127.0.0.1:{port}", fresh_engine, ca)
    finally:
        server.shutdown()
        thread.join()


def _client(**kwargs: Any) -> OAuth2Session:
    return OAuth2Session(CLIENT_ID, CLIENT_SECRET, redirect_uri=REDIRECT, scope="trust_tracker", **kwargs)


def _authorize(site: Site, browser: requests.Session, client: OAuth2Session) -> str:
    """The partner allows Alexa on the consent page: Alexa's redirect URI with the code, as Alexa gets it."""
    url, state = client.create_authorization_url(f"{site.url}/oauth/authorize")
    page = browser.get(url)
    assert page.status_code == 200 and "Alexa asks to use Trust Tracker as you" in page.text
    answer = browser.post(url, data={"csrf_token": _csrf(page.text), "allow": "Allow"}, allow_redirects=False)
    assert answer.status_code == 302
    location = answer.headers["Location"]
    assert location.startswith(REDIRECT + "?")
    assert parse_qs(urlsplit(location).query)["state"] == [state]
    return location


def _speech(answer: dict[str, Any]) -> str:
    return answer["response"]["outputSpeech"]["ssml"].removeprefix("<speak>").removesuffix("</speak>")


def _kept(site: Site, **tokens: str) -> dict[str, Any]:
    envelope = alexa.intent_request(
        "LogKeptIntent", user_id=HOUSEHOLD, person_id=SAM_VOICE, skill_id=SKILL_ID, timestamp=site.ca.now
    )
    system = envelope["context"]["System"]
    if "person" in tokens:
        system["person"]["accessToken"] = tokens["person"]
    if "user" in tokens:
        system["user"]["accessToken"] = tokens["user"]
    return site.say(envelope)


@pytest.mark.postgres_smoke
def test_linking_with_a_real_oauth_client_then_speaking_with_the_tokens(site: Site) -> None:
    sam = site.browser("sam@example.com")
    # Log-in first: an anonymous browser is sent to log in, and comes back to the consent page.
    url, _ = _client().create_authorization_url(f"{site.url}/oauth/authorize")
    anonymous = requests.get(url)
    assert "/login" in anonymous.url and "Alex asks" not in anonymous.text
    client = _client(token_endpoint_auth_method="client_secret_basic")
    redirected = _authorize(site, sam, client)

    started = time.monotonic()
    token = client.fetch_token(f"{site.url}/oauth/token", authorization_response=redirected)
    assert time.monotonic() - started < 1.0  # Alexa gives up after 4.5 s
    assert token["token_type"].lower() == "bearer" and token["expires_in"] == 3600
    assert token["refresh_token"] and token["scope"] == "trust_tracker"
    with Session(site.engine) as session:
        [row] = session.scalars(select(OAuthToken)).all()
        assert (row.access_hash, row.refresh_hash) == (digest(token["access_token"]), digest(token["refresh_token"]))

    # Refreshing, with the secret in the form this time (Alexa may use either): the old pair stops.
    form_client = _client(token_endpoint_auth_method="client_secret_post")
    fresh = form_client.refresh_token(f"{site.url}/oauth/token", refresh_token=token["refresh_token"])
    assert fresh["access_token"] != token["access_token"] and fresh["refresh_token"] != token["refresh_token"]

    # Sam's own voice, linked with Sam's own log-in: logged as Sam, nobody asked who is speaking.
    answer = _kept(site, person=fresh["access_token"])
    assert _speech(answer) == "Logged: you kept a promise."
    with Session(site.engine) as session:
        [entry] = session.scalars(select(LogEntry)).all()
        assert entry.partner.name == "Sam"
        [link] = session.scalars(select(VoiceLink)).all()
        assert (link.person_id, link.partner.name, link.linked_by) == (SAM_VOICE, "Sam", "login")
    # The old access token, replaced by the refresh: the LinkAccount card.
    answer = _kept(site, person=token["access_token"])
    assert answer["response"]["card"]["type"] == "LinkAccount"
    assert "link your account again" in _speech(answer)

    # The same code a second time: refused, and every token it led to is revoked (RFC 6749, 4.1.2).
    code = parse_qs(urlsplit(redirected).query)["code"][0]
    replay = requests.post(
        f"{site.url}/oauth/token",
        data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT},
        auth=(CLIENT_ID, CLIENT_SECRET),
    )
    assert (replay.status_code, replay.json()["error"]) == (400, "invalid_grant")
    answer = _kept(site, person=fresh["access_token"])
    assert answer["response"]["card"]["type"] == "LinkAccount"
    assert answer["response"]["shouldEndSession"] is True
    with Session(site.engine) as session:
        assert len(session.scalars(select(LogEntry)).all()) == 1  # nothing logged with a dead token
    # The spent refresh token again: refused (and, test_oauth_grants.py, its whole grant is revoked).
    again = requests.post(
        f"{site.url}/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": token["refresh_token"]},
        auth=(CLIENT_ID, CLIENT_SECRET),
    )
    assert (again.status_code, again.json()["error"]) == (400, "invalid_grant")


def test_a_household_token_knows_the_couple_and_asks_who_speaks(site: Site) -> None:
    alex = site.browser("alex@example.com")
    client = _client()
    token = client.fetch_token(f"{site.url}/oauth/token", authorization_response=_authorize(site, alex, client))
    answer = _kept(site, user=token["access_token"])
    assert _speech(answer) == "Before I do that: is this Alex or Sam?"
    assert answer["response"]["shouldEndSession"] is False
    for bad in ("", "not-a-token", "x" * 5000):
        assert _kept(site, user=bad)["response"]["card"]["type"] == "LinkAccount"


def test_the_token_endpoint_refuses_wrong_secrets_grants_and_redirects(site: Site) -> None:
    alex = site.browser("alex@example.com")
    client = _client()
    redirected = _authorize(site, alex, client)
    code = parse_qs(urlsplit(redirected).query)["code"][0]
    token_url = f"{site.url}/oauth/token"
    exchange = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    wrong_secret = requests.post(token_url, data=exchange, auth=(CLIENT_ID, "guess"))
    assert (wrong_secret.status_code, wrong_secret.json()["error"]) == (401, "invalid_client")
    in_form = requests.post(token_url, data=exchange | {"client_id": CLIENT_ID, "client_secret": "guess"})
    assert (in_form.status_code, in_form.json()["error"]) == (401, "invalid_client")
    no_auth = requests.post(token_url, data=exchange)
    assert no_auth.status_code == 401
    for grant in ("password", "client_credentials", "implicit", ""):
        wrong_grant = requests.post(token_url, data=exchange | {"grant_type": grant}, auth=(CLIENT_ID, CLIENT_SECRET))
        assert wrong_grant.status_code == 400, grant
        assert wrong_grant.json()["error"] in ("unsupported_grant_type", "invalid_request")
    # None of those spent the code (no secret, or no code grant): the right request still works.
    assert requests.post(token_url, data=exchange, auth=(CLIENT_ID, CLIENT_SECRET)).status_code == 200
    # Another of Alexa's redirect URIs, with the secret: refused, and that code is spent.
    code = parse_qs(urlsplit(_authorize(site, alex, client)).query)["code"][0]
    exchange = exchange | {"code": code}
    other_redirect = exchange | {"redirect_uri": f"https://pitangui.amazon.com/api/skill/link/{VENDOR}"}
    mismatch = requests.post(token_url, data=other_redirect, auth=(CLIENT_ID, CLIENT_SECRET))
    assert (mismatch.status_code, mismatch.json()["error"]) == (400, "invalid_grant")
    spent = requests.post(token_url, data=exchange, auth=(CLIENT_ID, CLIENT_SECRET))
    assert (spent.status_code, spent.json()["error"]) == (400, "invalid_grant")

    # A redirect URI that is not Alexa's: 400, and nobody is sent anywhere.
    foreign = OAuth2Session(CLIENT_ID, CLIENT_SECRET, redirect_uri="https://evil.example/api/skill/link/" + VENDOR)
    url, _ = foreign.create_authorization_url(f"{site.url}/oauth/authorize")
    for method in (alex.get, alex.post):
        refused = method(url, allow_redirects=False)
        assert refused.status_code == 400 and "Location" not in refused.headers
