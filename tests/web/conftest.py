"""The site under test: built on the rolled-back `session_factory`, its clock fixed at NOW."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import NOW
from tests.web.helpers import log_in
from trust_tracker.models import contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, ContractVersion, ItemKind, Partner
from trust_tracker.web import create_app

SKILL_ID = "amzn1.ask.skill.test"


@pytest.fixture
def make_app(session_factory, tmp_path) -> Callable[..., Flask]:
    """create_app with test settings; keyword arguments override them."""

    def make(**overrides: Any) -> Flask:
        config = {
            "TESTING": True,
            "SESSION_FACTORY": session_factory,
            "SECRET_KEY": "test secret key, not for production",
            "WTF_CSRF_ENABLED": False,
            "ALEXA_SKILL_ID": SKILL_ID,
            "CLOCK": lambda: NOW,
            "INSTANCE_PATH": tmp_path / "instance",
        }
        return create_app(config | overrides)

    return make


@pytest.fixture
def app(make_app) -> Flask:
    return make_app()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def alex(couple, client: FlaskClient) -> Partner:
    """Alex, logged in on `client`; Sam has joined."""
    log_in(client, "alex@example.com")
    return couple[0]


@pytest.fixture
def sam_client(app: Flask, couple) -> FlaskClient:
    """A second browser, with Sam logged in."""
    other = app.test_client()
    log_in(other, "sam@example.com")
    return other


def agreed_contract(session, proposer: Partner, agreer: Partner) -> ContractVersion:
    """An active version: two commitments, a boundary and an example."""
    drafts = [
        ItemDraft(
            ItemKind.COMMITMENT,
            "Call when running more than 15 minutes late",
            short_name="call when late",
            owner_id=proposer.id,
            category="punctuality",
            hard_day_form="A one-line text is enough",
            consequence="We talk it through that evening",
        ),
        ItemDraft(
            ItemKind.COMMITMENT,
            "Evening check-in talk",
            short_name="evening talk",
            cadence=Cadence.WEEKDAYS,
            weekdays="024",
            category="communication",
        ),
        ItemDraft(ItemKind.BOUNDARY, "No deleting messages", consequence="A pause and a talk"),
        ItemDraft(ItemKind.EXAMPLE, "Sharing my location unprompted when travelling"),
    ]
    version = contracts.propose_version(session, proposer, drafts, note="Our first version", now=NOW)
    contracts.agree_version(session, agreer, version.id, now=NOW)
    session.flush()
    return version
