"""A "Save my answer anyway" token saves its words once, on every server process: two
submits of one token racing each other, each on its own app (as two processes would be),
save exactly one answer (web/distress.py, models/used_tokens.py)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from tests.factories import agreed_contract, make_couple
from tests.web.helpers import log_in
from tests.web.test_site_distress import DISTRESS
from trust_tracker.models.db import make_sessionmaker
from trust_tracker.models.entities import CheckInAnswer
from trust_tracker.models.used_tokens import UsedToken
from trust_tracker.web import create_app

HELD_BACK = {"answer_0": DISTRESS}
PAUSE = 1.0  # how long the first waits, its token used, for the second to try the same


def _app(engine: Engine, tmp_path, name: str) -> Flask:
    return create_app(
        {
            "TESTING": True,
            "SESSION_FACTORY": make_sessionmaker(engine),
            "SECRET_KEY": "save anyway race key, not for production",  # one site, two processes
            "WTF_CSRF_ENABLED": False,
            "INSTANCE_PATH": tmp_path / name,
        }
    )


@pytest.fixture
def two_processes(fresh_engine: Engine, tmp_path) -> Iterator[tuple[FlaskClient, FlaskClient]]:
    """Alex logged in on two apps sharing one committed database."""
    with Session(fresh_engine) as session, session.begin():
        agreed_contract(session, *make_couple(session))
    clients = tuple(_app(fresh_engine, tmp_path, name).test_client() for name in ("one", "two"))
    for client in clients:
        log_in(client, "alex@example.com")
    yield clients


def _token(response) -> str:
    found = re.findall(r'name="save_anyway" value="([^"]+)"', response.text)
    assert response.status_code == 422 and len(found) == 1
    return found[0]


def _answers(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return list(session.scalars(select(CheckInAnswer.answer)))


@pytest.mark.postgres_smoke
def test_two_submits_of_one_token_racing_save_one_answer(two_processes, fresh_engine) -> None:
    one, two = two_processes
    token = _token(one.post("/checkins/", data=HELD_BACK))
    first_used, second_trying = threading.Event(), threading.Event()
    statuses: dict[str, int] = {}

    def pause(_conn, _cursor, statement, _parameters, _context, _executemany) -> None:
        # The first holds its transaction open, its token just used, until the second tries it
        # too (PostgreSQL: the second then waits on the first's row; SQLite: on its write lock).
        if "INSERT INTO used_token" not in statement:
            return
        if threading.current_thread().name == "first":
            first_used.set()
            second_trying.wait(PAUSE)

    def mark_trying(_conn, _cursor, statement, *_args) -> None:
        if threading.current_thread().name == "second" and "used_token" in statement:
            second_trying.set()

    def submit(client: FlaskClient, name: str) -> None:
        if name == "second":
            first_used.wait(10)
        statuses[name] = client.post("/checkins/", data=HELD_BACK | {"save_anyway": token}).status_code

    event.listen(fresh_engine, "after_cursor_execute", pause)
    event.listen(fresh_engine, "before_cursor_execute", mark_trying)
    try:
        threads = [threading.Thread(target=submit, args=(c, n), name=n) for c, n in ((one, "first"), (two, "second"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        event.remove(fresh_engine, "after_cursor_execute", pause)
        event.remove(fresh_engine, "before_cursor_execute", mark_trying)
    assert first_used.is_set()
    assert sorted(statuses.values()) == [302, 422], statuses
    assert _answers(fresh_engine) == [DISTRESS]


@pytest.mark.postgres_smoke
def test_a_token_used_on_one_process_is_used_on_the_other(two_processes, fresh_engine) -> None:
    one, two = two_processes
    token = _token(one.post("/checkins/", data=HELD_BACK))
    assert two.post("/checkins/", data=HELD_BACK | {"save_anyway": token}).status_code == 302
    assert one.post("/checkins/", data=HELD_BACK | {"save_anyway": token}).status_code == 422
    assert _answers(fresh_engine) == [DISTRESS]
    with Session(fresh_engine) as session:
        assert session.scalar(select(func.count()).select_from(UsedToken)) == 1  # no token, no words: an id
