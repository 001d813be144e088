"""Bounded input (issue 9): request sizes, the contract's rows and items, field lengths, and
control characters refused in every text field, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import time
from urllib.parse import urlencode

import pytest
from flask import Flask
from wtforms import Form, StringField

from tests.conftest import NOW, PASSWORD
from tests.factories import agreed_contract
from tests.web.helpers import count, log_in, text_of
from trust_tracker.models import accounts, contracts, setbacks, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import (
    CheckInAnswer,
    CheckInQuestion,
    ContractVersion,
    ItemKind,
    JournalEntry,
    LogEntry,
    LogKind,
    Partner,
    Setback,
    Source,
    VersionComment,
)
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.web import forms

NUL = "\x00"


def _row(index: int, text: str) -> dict[str, str]:
    return {f"items-{index}-kind": "commitment", f"items-{index}-text": text, f"items-{index}-cadence": "daily"}


def _items(n: int) -> dict[str, str]:
    rows: dict[str, str] = {}
    for i in range(n):
        rows |= _row(i, f"Promise number {i + 1}")
    return rows


# --- request size and the contract editor ----------------------------------------------------


def test_an_837_kb_contract_is_refused_at_once_and_nothing_proposed(client, alex, session) -> None:
    body = urlencode(_items(10_000)).encode()
    assert len(body) > 837_000
    started = time.perf_counter()
    response = client.post("/contract/edit", data=body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 413
    assert time.perf_counter() - started < 2
    assert "Too much at once" in text_of(response)
    assert count(session, ContractVersion) == 0


def test_a_body_under_the_limit_with_thousands_of_rows_costs_only_the_rows_a_page_can_have(
    client, alex, session
) -> None:
    rows: dict[str, str] = {}
    for i in range(6_000):  # blank rows, as "more rows" adds them, but far more than a page has
        rows |= {f"items-{i}-kind": "commitment", f"items-{i}-cadence": "daily"}
    body = urlencode(rows).encode()
    assert 256 * 1024 < len(body) < 512 * 1024  # the contract editor's own, larger limit
    started = time.perf_counter()
    response = client.post("/contract/edit", data=body, content_type="application/x-www-form-urlencoded")
    assert time.perf_counter() - started < 15  # unbounded, it took over a minute
    assert response.status_code == 422
    # The rows past the most a page can have were not read, and the page is bounded too.
    assert f'name="items-{forms.MAX_ROWS - 1}-text"' in response.text
    assert f'name="items-{forms.MAX_ROWS}-text"' not in response.text
    assert count(session, ContractVersion) == 0


def test_other_pages_keep_the_smaller_limit(client, alex) -> None:
    body = urlencode({"body": "x" * (300 * 1024)}).encode()
    assert client.post("/journal/", data=body, content_type="application/x-www-form-urlencoded").status_code == 413


def test_61_items_are_a_clear_form_error_and_60_are_a_contract(client, alex, session) -> None:
    response = client.post("/contract/edit", data=_items(contracts.MAX_ITEMS + 1))
    assert response.status_code == 422
    assert "A contract can hold at most 60 items, and this one has 61." in text_of(response)
    assert count(session, ContractVersion) == 0
    assert client.post("/contract/edit", data=_items(contracts.MAX_ITEMS)).status_code == 302
    assert session.query(ContractVersion).one().items[-1].text == "Promise number 60"


def test_add_an_item_stops_at_the_most_a_page_can_have(client, alex) -> None:
    data = {f"items-{i}-kind": "commitment" for i in range(forms.MAX_ROWS - 1)} | {"add_item": "1"}
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 200
    assert f'name="items-{forms.MAX_ROWS - 1}-text"' in response.text
    assert f'name="items-{forms.MAX_ROWS}-text"' not in response.text


# --- every form: control characters and length ----------------------------------------------


def _site_forms() -> list[type[Form]]:
    found, todo = [], [Form]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("trust_tracker.web."):
            found.append(cls)
    return found


def test_every_form_of_the_site_applies_the_text_rules() -> None:
    found = _site_forms()
    assert {"LoginForm", "ItemForm", "WriteForm", "ReflectionForm", "AnswersForm", "CommentForm"} <= {
        cls.__name__ for cls in found
    }
    for cls in found:
        assert issubclass(cls.Meta, forms.TextRules), f"{cls.__module__}.{cls.__name__} misses SiteForm"


@pytest.mark.parametrize("form_class", _site_forms(), ids=lambda cls: cls.__name__)
def test_every_text_field_refuses_control_characters_and_is_capped(app: Flask, form_class) -> None:
    with app.test_request_context(method="POST"):
        form = form_class(meta={"csrf": False})
        for field in (f for f in form if isinstance(f, StringField)):
            assert any(getattr(v, "max", -1) > 0 for v in field.validators), field.name
            field.data = f"fine{NUL}"
            assert not field.validate(form), field.name
            assert field.errors == [forms.CONTROL_MESSAGE], field.name


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\t", "\n"])
def test_a_one_line_field_refuses_every_control_character(client, couple, char) -> None:
    response = client.post("/login", data={"email": f"alex@example.com{char}", "password": PASSWORD})
    assert response.status_code == 422
    assert forms.CONTROL_MESSAGE in text_of(response)


def test_long_text_keeps_its_line_breaks_and_tabs(client, alex, session) -> None:
    assert client.post("/journal/", data={"body": "First line\r\n\tindented"}).status_code == 302
    assert session.query(JournalEntry).one().body == "First line\n\tindented"


@pytest.fixture
def contract(session, couple):
    return agreed_contract(session, *couple)


@pytest.fixture
def missed(session, couple, contract):
    return tracking.log_entry(
        session, couple[0], LogKind.MISSED, source=Source.WEB, lineage_id=contract.items[0].lineage_id, now=NOW
    )


def _join(session, client) -> tuple[str, dict[str, str], type]:
    robin = accounts.sign_up(session, name="Robin", email="robin@example.com", password=PASSWORD)
    token = accounts.create_invitation(session, robin, now=NOW)
    return f"/join/{token}", {"name": "Jo", "email": "jo@example.com", "password": PASSWORD}, Partner


def _proposal(session, context) -> ContractVersion:
    """A proposal of Sam's waiting for Alex: what comments are about."""
    sam = session.get(Partner, context["version"].agreed_by_id)
    return contracts.propose_version(session, sam, [ItemDraft(ItemKind.COMMITMENT, "Text back")], now=NOW)


SIGN_UP = {"name": "Robin", "email": "robin@example.com", "password": PASSWORD, "timezone": "Europe/Berlin"}

# (what is posted, by whom, where, its fields, the field to spoil, the rows it would write)
PAGES = {
    "signup-name": (None, lambda s, c: ("/signup", SIGN_UP, Partner), "name"),
    "signup-email": (None, lambda s, c: ("/signup", SIGN_UP, Partner), "email"),
    "signup-password": (None, lambda s, c: ("/signup", SIGN_UP, Partner), "password"),
    "join-name": (None, _join, "name"),
    "contract-text": (
        "alex",
        lambda s, c: ("/contract/edit", _row(0, "Call when late"), ContractVersion),
        "items-0-text",
    ),
    "contract-short-name": (
        "alex",
        lambda s, c: ("/contract/edit", _row(0, "Call") | {"items-0-short_name": "call"}, ContractVersion),
        "items-0-short_name",
    ),
    "contract-note": (
        "alex",
        lambda s, c: ("/contract/edit", _row(0, "Call") | {"note": "why"}, ContractVersion),
        "note",
    ),
    "comment": (
        "alex",
        lambda s, c: (f"/contract/versions/{_proposal(s, c).id}/comments", {"body": "Why?"}, VersionComment),
        "body",
    ),
    "log-note": (
        "alex",
        lambda s, c: ("/history/log", {"log-kind": "small_win", "log-lineage_id": "", "log-note": "ok"}, LogEntry),
        "log-note",
    ),
    "journal": ("alex", lambda s, c: ("/journal/", {"body": "Felt calm"}, JournalEntry), "body"),
    "check-in-answer": ("alex", lambda s, c: ("/checkins/", {"answer_0": "The calls"}, CheckInAnswer), "answer_0"),
    "check-in-question": (
        "alex",
        lambda s, c: ("/checkins/questions", {f"question_{i}": f"Question {i}?" for i in range(3)}, CheckInQuestion),
        "question_1",
    ),
    "reflection": (
        "alex",
        lambda s, c: (f"/setbacks/{c['setback'].id}", {"trigger": "Tired", "prevention": "Sleep"}, Setback),
        "trigger",
    ),
}


def _snapshot(session, entity) -> list:
    if entity is Setback:
        return [(r.trigger, r.prevention) for r in session.query(SetbackReflection)]
    if entity is CheckInQuestion:
        return [q.text for q in session.query(CheckInQuestion).order_by(CheckInQuestion.position)]
    return [count(session, entity)]


@pytest.mark.parametrize("page", PAGES, ids=list(PAGES))
def test_nul_in_any_text_field_is_a_form_error_and_nothing_is_stored(
    client, session, couple, contract, missed, page
) -> None:
    who, make, field = PAGES[page]
    setback = setbacks.start_setback(session, couple[0], missed.id, now=NOW)
    session.flush()
    if who:
        log_in(client, f"{who}@example.com")
    url, data, entity = make(session, {"version": contract, "setback": setback})
    session.flush()
    before = _snapshot(session, entity)
    response = client.post(url, data=data | {field: f"{data[field][:2]}{NUL}{data[field][2:]}"})
    assert response.status_code == 422, text_of(response)
    assert forms.CONTROL_MESSAGE in text_of(response)
    assert _snapshot(session, entity) == before


def test_nul_in_the_log_in_form_is_a_form_error_not_a_server_error(client, couple) -> None:
    for data in ({"email": f"alex{NUL}@example.com", "password": PASSWORD}, {"email": "a@b.c", "password": NUL}):
        response = client.post("/login", data=data)
        assert response.status_code == 422
        assert forms.CONTROL_MESSAGE in text_of(response)


# --- security headers -------------------------------------------------------------------------


def test_https_is_required_of_browsers_outside_development_mode(make_app) -> None:
    for url in ("/", "/no/such/page", "/static/site.css"):
        with make_app().test_client().get(url) as response:
            assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains", url
            assert response.headers["X-Content-Type-Options"] == "nosniff", url
    too_large = make_app().test_client().post("/login", data={"email": "x" * 300_000})
    assert too_large.status_code == 413
    assert too_large.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert too_large.headers["X-Frame-Options"] == "DENY"
    # `make run` serves plain HTTP on this machine: HSTS there would stick to localhost.
    assert "Strict-Transport-Security" not in make_app(DEV_MODE=True, ALEXA_VERIFY=False).test_client().get("/").headers
