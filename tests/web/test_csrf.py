"""With CSRF protection on, as in production: a form without its token is refused with 400."""

from __future__ import annotations

import re

import pytest

from tests.factories import PASSWORD
from tests.web.helpers import count, csrf_token, text_of
from trust_tracker.models.entities import ContractVersion, LogEntry, Partner
from trust_tracker.skill.requests import launch_request

CSRF_MESSAGE = "This form was sent without its security token, or the token expired."


@pytest.fixture
def app(make_app):
    return make_app(WTF_CSRF_ENABLED=True, ALEXA_VERIFY=False)


def logged_in(client) -> None:
    token = csrf_token(client.get("/login"))
    response = client.post("/login", data={"email": "alex@example.com", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302


def test_logging_in_without_the_token_is_refused(client, couple) -> None:
    response = client.post("/login", data={"email": "alex@example.com", "password": PASSWORD})
    assert response.status_code == 400
    assert CSRF_MESSAGE in text_of(response)
    assert client.get("/history/").status_code == 302


def test_signing_up_without_the_token_writes_nothing(client, session) -> None:
    before = count(session, Partner)
    response = client.post(
        "/signup", data={"name": "Robin", "email": "robin@example.com", "password": PASSWORD, "timezone": "UTC"}
    )
    assert response.status_code == 400
    assert count(session, Partner) == before


def test_a_forged_token_is_refused(client, couple) -> None:
    response = client.post("/login", data={"email": "alex@example.com", "password": PASSWORD, "csrf_token": "forged"})
    assert response.status_code == 400


def test_the_token_from_the_page_works(client, couple) -> None:
    logged_in(client)
    assert client.get("/history/").status_code == 200


def test_every_form_carries_the_token(client, couple) -> None:
    logged_in(client)
    for url in ("/history/", "/contract/edit", "/settings/"):
        page = client.get(url)
        forms = page.text.count('method="post"')
        assert forms >= 2, url  # the page's own form(s) and the log-out button
        assert len(re.findall(r'name="(?:\w+-)?csrf_token"', page.text)) == forms, url


def test_logging_out_and_proposing_need_the_token(client, couple, session) -> None:
    logged_in(client)
    assert client.post("/logout").status_code == 400
    assert client.get("/history/").status_code == 200  # still logged in
    before = count(session, ContractVersion)
    assert client.post("/contract/edit", data={"items-0-text": "Forged", "items-0-kind": "example"}).status_code == 400
    assert count(session, ContractVersion) == before
    token = csrf_token(client.get("/history/"))
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert client.get("/history/").status_code == 302


def test_the_alexa_endpoint_is_exempt(client) -> None:
    response = client.post("/alexa", json=launch_request())
    assert response.status_code == 200
    assert "outputSpeech" in response.get_json()["response"]


def test_the_log_forms_prefixed_token_works(client, couple, session) -> None:
    logged_in(client)
    page = client.get("/history/")
    token = re.search(r'name="log-csrf_token" type="hidden" value="([^"]+)"', page.text).group(1)
    data = {"log-kind": "small_win", "log-lineage_id": "", "log-note": "with its token"}
    assert client.post("/history/log", data=data).status_code == 400
    assert count(session, LogEntry) == 0
    assert client.post("/history/log", data=data | {"log-csrf_token": token}).status_code == 302
    assert count(session, LogEntry) == 1


HTTPS = "https://trust.example.org"
# What a browser sends as Referer with a form posted to the page's own origin, under each
# Referrer-Policy (the Fetch and Referrer Policy standards), and whether a link to another
# site would carry the page's address (a join link's or a reset link's secret) along.
SAME_ORIGIN_REFERER = {
    "no-referrer": None,
    "same-origin": "page",
    "origin": "origin",
    "strict-origin": "origin",
    "strict-origin-when-cross-origin": "page",
    "origin-when-cross-origin": "page",
    "no-referrer-when-downgrade": "page",
    "unsafe-url": "page",
}
ADDRESS_LEAVES_THE_SITE = {"no-referrer-when-downgrade", "unsafe-url"}


def _as_a_browser_posts(client, page, data: dict[str, str], action: str | None = None):
    """Post `data` from `page` (to `action`, else to itself) over HTTPS with the Referer its
    Referrer-Policy lets a browser send."""
    sent = SAME_ORIGIN_REFERER[page.headers["Referrer-Policy"]]
    headers = {"Referer": {"page": page.request.url, "origin": HTTPS}[sent]} if sent else {}
    return client.post(
        action or page.request.path, data=data | {"csrf_token": csrf_token(page)}, headers=headers, base_url=HTTPS
    )


def test_forms_work_over_https_as_browsers_send_them(client, couple) -> None:
    """Behind the TLS proxy every request is HTTPS, where the CSRF check also wants a Referer of
    this site: the site's own Referrer-Policy must let browsers send it to the site itself."""
    page = client.get("/login", base_url=HTTPS)
    response = _as_a_browser_posts(client, page, {"email": "alex@example.com", "password": PASSWORD})
    assert response.status_code == 302, text_of(response)
    page = client.get("/history/", base_url=HTTPS)
    logged = _as_a_browser_posts(
        client, page, {"log-kind": "small_win", "log-lineage_id": "", "log-note": "Dinner"}, "/history/log"
    )
    assert logged.status_code == 302, text_of(logged)


def test_a_page_address_never_leaves_the_site_as_a_referer(client) -> None:
    policy = client.get("/", base_url=HTTPS).headers["Referrer-Policy"]
    assert policy in SAME_ORIGIN_REFERER and policy not in ADDRESS_LEAVES_THE_SITE
    assert policy != "origin-when-cross-origin" and policy != "strict-origin-when-cross-origin"  # the path stays home


def test_a_post_from_another_site_over_https_is_refused(client, couple) -> None:
    page = client.get("/login", base_url=HTTPS)
    data = {"email": "alex@example.com", "password": PASSWORD, "csrf_token": csrf_token(page)}
    response = client.post("/login", data=data, headers={"Referer": "https://evil.example/"}, base_url=HTTPS)
    assert response.status_code == 400


def _log_in_over_https(client, headers: dict[str, str]):
    page = client.get("/login", base_url=HTTPS)
    data = {"email": "alex@example.com", "password": PASSWORD, "csrf_token": csrf_token(page)}
    return client.post("/login", data=data, headers=headers, base_url=HTTPS)


def test_without_a_referer_a_same_site_origin_is_enough_over_https(client, couple) -> None:
    """tester-web41 D5: a browser that sends no Referer (referrers turned off) could never log
    in over HTTPS; current browsers send Origin with a form's POST, and it says the same."""
    response = _log_in_over_https(client, {"Origin": HTTPS})
    assert response.status_code == 302, text_of(response)
    assert client.get("/history/", base_url=HTTPS).status_code == 200


@pytest.mark.parametrize("origin", ["https://evil.example", "http://trust.example.org", "null"])
def test_without_a_referer_another_origin_is_refused_over_https(client, couple, origin) -> None:
    response = _log_in_over_https(client, {"Origin": origin})
    assert response.status_code == 400
    assert client.get("/history/", base_url=HTTPS).status_code == 302  # not logged in


def test_a_referer_of_another_site_wins_over_a_same_site_origin(client, couple) -> None:
    response = _log_in_over_https(client, {"Referer": "https://evil.example/", "Origin": HTTPS})
    assert response.status_code == 400
    assert "sent from a page of another site" in text_of(response)


def test_neither_referer_nor_origin_is_refused_with_the_true_reason(client, couple) -> None:
    response = _log_in_over_https(client, {})
    assert response.status_code == 400
    assert "Your browser did not say which page sent this form" in text_of(response)
    assert CSRF_MESSAGE not in text_of(response)  # the token was right: reloading would not help
    assert client.get("/history/", base_url=HTTPS).status_code == 302


def test_the_csrf_secret_is_new_after_logging_in(client, couple, session) -> None:
    """tester-web41 D9: a token from before the log-in (a secret someone may have planted in
    the browser) no longer signs a form after it."""
    before = csrf_token(client.get("/login"))
    with client.session_transaction() as cookie:
        secret = cookie["csrf_token"]
    response = client.post("/login", data={"email": "alex@example.com", "password": PASSWORD, "csrf_token": before})
    assert response.status_code == 302
    with client.session_transaction() as cookie:
        assert cookie.get("csrf_token") != secret
    data = {"log-kind": "small_win", "log-lineage_id": "", "log-note": "forged"}
    assert client.post("/history/log", data=data | {"log-csrf_token": before}).status_code == 400
    assert count(session, LogEntry) == 0
    after = csrf_token(client.get("/history/"))
    assert client.post("/history/log", data=data | {"log-csrf_token": after}).status_code == 302
    assert count(session, LogEntry) == 1
