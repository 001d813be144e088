"""Error pages, security headers and the page frame every page shares."""

from __future__ import annotations

import pytest

from tests.web.helpers import text_of


@pytest.mark.parametrize(
    ("method", "url", "status", "title"),
    [
        ("GET", "/no/such/page", 404, "Nothing here"),
        ("GET", "/logout", 405, "Not allowed here"),
        ("PUT", "/signup", 405, "Not allowed here"),
    ],
)
def test_error_pages_use_the_site_frame(client, method, url, status, title) -> None:
    response = client.open(url, method=method)
    assert response.status_code == status
    page = text_of(response)
    assert page.startswith(f"{title} · Trust Tracker Skip to main content")
    assert f"If you tell someone about this, the code is {status}." in page
    assert "Need help now?" in page
    assert '<link rel="stylesheet" href="/static/site.css">' in response.text


def test_too_large_a_request_is_refused(client) -> None:
    response = client.post("/login", data={"email": "x" * (2 * 1024 * 1024), "password": "p"})
    assert response.status_code == 413
    assert "Too much at once" in text_of(response)


def test_security_headers(client) -> None:
    response = client.get("/")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"  # see test_csrf: never to another site
    assert response.headers["Cache-Control"] == "no-store"
    with client.get("/static/site.css") as css:
        assert css.headers.get("Cache-Control") != "no-store"
        assert css.mimetype == "text/css"


def test_pages_have_one_main_landmark_and_labelled_navigation(client, alex) -> None:
    for url in ("/history/", "/contract/", "/contract/versions", "/contract/edit", "/settings/", "/invite"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.text.count("<main ") == 1
        assert '<nav aria-label="Main">' in response.text
        assert '<a class="skip-link" href="#content">' in response.text
        assert "<h1>" in response.text or "<h1 " in response.text
        # No scripts and no third-party assets: the site works without JavaScript.
        assert "<script" not in response.text and "http://" not in response.text.replace("http://localhost", "")


def test_the_current_section_is_marked_in_the_navigation(client, alex) -> None:
    assert '<a href="/contract/" aria-current="page">Contract</a>' in client.get("/contract/versions").text
