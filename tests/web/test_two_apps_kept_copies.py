"""Two app instances on one database, as two server processes are: each keeps its own copy of
the Alexa account's links and the couple's contract (models/revisions.py). A device unlinked,
or moved to another couple, through one is never served from the other's copy: not one entry
is logged for a couple the device has left. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.factories import agreed_contract, make_couple
from trust_tracker.models import contracts, speakers
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.db import make_engine, make_sessionmaker, upgrade
from trust_tracker.models.entities import ItemKind, LogEntry, Partner
from trust_tracker.skill.requests import intent_request
from trust_tracker.skill.speech import for_locale
from trust_tracker.web import create_app

ACCOUNT = "amzn1.ask.account.TWO-APPS"
VOICE = "amzn1.ask.person.TWO-APPS-ALEX"
NOW = datetime(2026, 3, 2, 12, tzinfo=UTC)
NOT_LINKED = for_locale("en-US").say("not_linked")
Send = Callable[[str, dict[str, str]], str]


def _app(engine: Engine, tmp_path, name: str) -> Send:
    app = create_app(
        {
            "SESSION_FACTORY": make_sessionmaker(engine),
            "DEV_MODE": True,
            "ALEXA_VERIFY": False,
            "SECRET_KEY": "two apps " + "x" * 40,
            "INSTANCE_PATH": str(tmp_path / name),
        }
    )
    client = app.test_client()

    def send(intent: str, slots: dict[str, str]) -> str:
        envelope: dict[str, Any] = intent_request(intent, slots, user_id=ACCOUNT, person_id=VOICE)
        response = client.post("/alexa", json=envelope, environ_base={"REMOTE_ADDR": "127.0.0.1"})
        assert response.status_code == 200
        return response.get_json()["response"]["outputSpeech"]["ssml"]

    return send


@pytest.fixture
def apps(own_engine: Engine, tmp_path) -> Iterator[tuple[Send, Send, sessionmaker[Session]]]:
    """App one and app two, each on an engine of its own; Alex's voice linked on the account."""
    upgrade(own_engine)
    second = make_engine(own_engine.url.render_as_string(hide_password=False))
    sessions = make_sessionmaker(second)
    with sessions.begin() as session:
        alex, sam = make_couple(session)
        assert sam is not None
        agreed_contract(session, alex, sam)
        speakers.bind(session, ACCOUNT, VOICE, alex, speakers.PAIRING, NOW)
    yield _app(own_engine, tmp_path, "one"), _app(second, tmp_path, "two"), sessions
    second.dispose()


def _entries(sessions: sessionmaker[Session], email: str) -> int:
    with sessions() as session:
        query = select(func.count(LogEntry.id)).join(Partner, Partner.id == LogEntry.partner_id)
        return session.scalar(query.where(Partner.email == email)) or 0


def _alex(session: Session) -> Partner:
    return session.scalars(select(Partner).where(Partner.email == "alex@example.com")).one()


@pytest.mark.postgres_smoke
def test_a_device_unlinked_through_one_app_logs_nothing_through_the_other(apps) -> None:
    one, two, sessions = apps
    assert "Noted" in one("LogReliabilityIntent", {"note": "Sam was on time"})  # app one keeps its copy
    assert _entries(sessions, "alex@example.com") == 1
    with sessions.begin() as session:  # unlinked on the site, served by app two's process
        alex = _alex(session)
        for link in speakers.links(session, alex.couple_id):
            speakers.unlink(session, alex, link.id, NOW)
    for send in (one, two):
        assert NOT_LINKED in send("LogReliabilityIntent", {"note": "Sam was on time again"})
    assert _entries(sessions, "alex@example.com") == 1


@pytest.mark.postgres_smoke
def test_a_device_moved_to_another_couple_through_one_app_logs_for_that_couple_through_the_other(apps) -> None:
    one, two, sessions = apps
    assert "Noted" in one("LogReliabilityIntent", {"note": "Sam was on time"})
    assert "Noted" in two("LogReliabilityIntent", {"note": "Sam was kind"})
    with sessions.begin() as session:
        jo, _ = make_couple(session, "Jo", None)
        speakers.bind(session, ACCOUNT, VOICE, jo, speakers.PAIRING, NOW, move=True)
    assert "Noted" in one("LogReliabilityIntent", {"note": "a new start"})
    assert (_entries(sessions, "alex@example.com"), _entries(sessions, "jo@example.com")) == (2, 1)


def _sam(session: Session) -> Partner:
    return session.scalars(select(Partner).where(Partner.email == "sam@example.com")).one()


@pytest.mark.postgres_smoke
def test_a_promise_agreed_through_one_app_is_heard_at_once_through_the_other(apps) -> None:
    """The promises' words a moment is told from are kept per process (skill/topics_heard.py, `agreed`):
    one process keeps them, another agrees a version with a new promise, and the first hears the
    new promise in its very next request, never its old copy."""
    one, _two, sessions = apps
    for _ in range(2):  # the first request writes the link's "last used", so the second is the one that keeps
        assert "moment of reliability" in one("LogReliabilityIntent", {"note": "I walked the dog"})  # no such promise
    with sessions.begin() as session:  # the site's process agrees a version that adds it
        alex, sam = _alex(session), _sam(session)
        drafts = [ItemDraft(ItemKind.COMMITMENT, "Walk the dog every evening", short_name="walk the dog")]
        version = contracts.propose_version(session, alex, drafts, note="the dog", now=NOW)
        contracts.agree_version(session, sam, version.id, now=NOW)
    said = one("LogReliabilityIntent", {"note": "I walked the dog"})
    assert "moment of reliability" not in said and "walk the dog" in said, said
