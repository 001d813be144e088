"""One transaction per request: committed on success, rolled back on a 4xx/5xx or an exception."""

from __future__ import annotations

import sqlite3

import pytest
from flask import Blueprint, abort
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from tests.web.helpers import log_in
from trust_tracker.models.entities import Couple, Partner
from trust_tracker.web.db import get_session

probe = Blueprint("probe", __name__)


def _write(zone: str) -> None:
    session = get_session()
    session.add(Couple(timezone=zone))
    session.flush()  # written to the database inside the request's transaction


@probe.post("/probe/<int:status>")
def answer(status: int) -> tuple[str, int]:
    _write(f"Etc/GMT-{status % 12}")
    return "written", status


@probe.post("/probe/abort")
def aborts() -> str:
    _write("Etc/GMT-1")
    abort(409)


@probe.post("/probe/raise")
def raises() -> str:
    _write("Etc/GMT-2")
    raise RuntimeError("boom")


@probe.post("/probe/clash")
def clashes() -> str:
    _write("Etc/GMT-3")
    session = get_session()
    taken = session.scalar(select(Partner))
    session.add(Partner(couple_id=taken.couple_id, name="Twin", email=taken.email, password_hash="x"))
    session.flush()  # the unique email: as if another request had just signed up with it
    return "never"


@probe.post("/probe/<any(locked, broken):failure>")
def fails(failure: str) -> str:
    _write("Etc/GMT-4")
    message = "database is locked" if failure == "locked" else "disk I/O error"
    raise OperationalError("INSERT ...", {}, sqlite3.OperationalError(message))


@pytest.fixture
def probe_client(make_app, couple):
    app = make_app(PROPAGATE_EXCEPTIONS=False)  # as in production: an exception becomes the 500 page
    app.register_blueprint(probe)
    client = app.test_client()
    log_in(client, "alex@example.com")
    return client


def couples(session) -> int:
    return len(session.scalars(select(Couple.id)).all())


@pytest.mark.parametrize(
    ("status", "kept"), [(200, True), (302, True), (399, True), (400, False), (422, False), (500, False)]
)
def test_commit_only_below_400(probe_client, session, status, kept) -> None:
    before = couples(session)
    assert probe_client.post(f"/probe/{status}").status_code == status
    assert couples(session) == before + kept


def test_an_http_error_rolls_back(probe_client, session) -> None:
    before = couples(session)
    assert probe_client.post("/probe/abort").status_code == 409
    assert couples(session) == before


def test_an_exception_rolls_back_and_shows_the_500_page(probe_client, session) -> None:
    before = couples(session)
    response = probe_client.post("/probe/raise")
    assert response.status_code == 500
    assert "Something went wrong on our side. Nothing was saved." in response.text
    assert couples(session) == before


@pytest.mark.postgres_smoke
def test_a_clash_with_a_simultaneous_change_is_a_409_and_nothing_is_kept(probe_client, session) -> None:
    before = couples(session)
    response = probe_client.post("/probe/clash")
    assert response.status_code == 409
    assert "clashed with a change made at the same moment, so nothing was saved" in response.text
    assert couples(session) == before


def test_a_database_too_busy_to_write_is_a_503_to_retry_and_nothing_is_kept(probe_client, session) -> None:
    before = couples(session)
    response = probe_client.post("/probe/locked")
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    assert "very busy just now, so nothing was saved" in response.text
    assert couples(session) == before


def test_any_other_database_failure_is_the_500_page(probe_client, session) -> None:
    before = couples(session)
    response = probe_client.post("/probe/broken")
    assert response.status_code == 500
    assert "Something went wrong on our side. Nothing was saved." in response.text
    assert couples(session) == before
