"""tester-web41 D2: /alexa and /oauth/token answered a too-large body (413) or a wrong method
(405) with the site's HTML page, where every other refusal of theirs is JSON that Alexa's
clients parse. Now the same JSON, and the page's help lines stay for people."""

from __future__ import annotations

import pytest

from tests.web.helpers import text_of
from tests.web.test_oauth import OAUTH

TOO_LARGE = b"x" * (5 * 1024 * 1024)


@pytest.fixture
def app(make_app):
    return make_app(ALEXA_VERIFY=False, **OAUTH)


def test_a_too_large_alexa_request_is_refused_in_json(client) -> None:
    response = client.post("/alexa", data=TOO_LARGE, content_type="application/json")
    assert response.status_code == 413
    assert response.get_json() == {"error": "request entity too large"}


def test_a_get_of_alexa_is_refused_in_json_with_its_allowed_method(client) -> None:
    response = client.get("/alexa")
    assert response.status_code == 405
    assert response.get_json() == {"error": "method not allowed"}
    assert "POST" in response.headers["Allow"]


@pytest.mark.parametrize("method", ["post", "get"])
def test_the_token_endpoint_answers_too_large_and_wrong_method_in_oauth_json(client, method) -> None:
    if method == "post":
        response = client.post("/oauth/token", data={"code": "x" * (300 * 1024)})
    else:
        response = client.get("/oauth/token")
    assert response.status_code == (413 if method == "post" else 405)
    assert response.mimetype == "application/json"
    assert response.get_json()["error"] == "invalid_request"


def test_a_too_large_form_on_a_page_is_still_the_page_for_people(client) -> None:
    response = client.post("/login", data={"email": "x" * (300 * 1024)})
    assert response.status_code == 413
    assert response.mimetype == "text/html"
    assert "Need help now?" in text_of(response)
