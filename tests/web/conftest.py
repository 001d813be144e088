"""The site under test: built on the rolled-back `session_factory`, its clock fixed at NOW."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.factories import NOW
from tests.web.helpers import log_in
from trust_tracker.models.entities import Partner
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
