"""A hostile client's bodies on every form of the site: JSON instead of a form, files where
text belongs, numbers too large for any field. A clear 4xx each time, nothing written, never
a 500 (DESIGN.md, "Privacy and security": bad input anywhere is a 4xx)."""

from __future__ import annotations

import io
import re

import pytest
from flask import Flask

from tests.web.helpers import count
from trust_tracker.models.entities import LogEntry, Setback
from trust_tracker.web import create_app

# Callers that are not browsers, with bodies of their own (Alexa's JSON, OAuth's token form).
NOT_FORMS = {"alexa.alexa", "oauth_token.token"}
HUGE = "9" * 400  # an integer Python reads, too large for a float
FIELDS = (
    "name-name",
    "email-email",
    "log-kind",
    "log-note",
    "body",
    "answer_0",
    "items-0-text",
    "log_entry_id",
    "email",
)


def _form_routes() -> list[str]:
    app = create_app({"TESTING": True, "SECRET_KEY": "route list", "SESSION_FACTORY": object()})
    return sorted(
        {re.sub(r"<[^>]+>", "1", rule.rule) for rule in app.url_map.iter_rules() if "POST" in (rule.methods or ())}
        - {re.sub(r"<[^>]+>", "1", rule.rule) for rule in app.url_map.iter_rules() if rule.endpoint in NOT_FORMS}
    )


FORM_ROUTES = _form_routes()


@pytest.fixture
def logged_in(client, alex, contract):
    return client


@pytest.mark.parametrize("path", FORM_ROUTES)
def test_a_json_body_is_refused_on_every_form(logged_in, session, path) -> None:
    response = logged_in.post(path, json={name: [1, {"a": None}] for name in FIELDS})
    assert response.status_code == 415, response.status_code
    assert "form" in response.text.lower()
    assert count(session, LogEntry) == 0


@pytest.mark.parametrize("path", FORM_ROUTES)
def test_files_are_refused_on_every_form(logged_in, session, path) -> None:
    files = {name: (io.BytesIO(b"not text"), "x.txt") for name in FIELDS}
    response = logged_in.post(path, data=files, content_type="multipart/form-data")
    assert response.status_code == 415
    assert count(session, LogEntry) == 0


def test_an_ordinary_form_still_goes_through(logged_in, session) -> None:
    response = logged_in.post("/history/log", data={"log-kind": "small_win", "log-lineage_id": "", "log-note": "Tea"})
    assert response.status_code == 302 and count(session, LogEntry) == 1


@pytest.mark.parametrize("path", ["/setbacks/start", "/setbacks/dismiss"])
def test_a_huge_entry_number_is_a_form_error(logged_in, session, path) -> None:
    response = logged_in.post(path, data={"log_entry_id": HUGE})
    assert 400 <= response.status_code < 500
    assert count(session, Setback) == 0


def test_a_huge_page_number_is_a_form_error(logged_in) -> None:
    response = logged_in.get(f"/history/?page={HUGE}")
    assert response.status_code == 400 and "Pages go from 1 to" in response.text


def test_a_huge_times_a_week_is_a_form_error(logged_in, session, app: Flask) -> None:
    from tests.web.helpers import form_data

    data = form_data(logged_in.get("/contract/edit")) | {"items-0-times_per_week": [HUGE], "propose": [""]}
    response = logged_in.post("/contract/edit", data=data)
    assert response.status_code == 422 and "Between 1 and 7 times a week." in response.text
