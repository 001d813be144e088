"""POST /alexa through a Flask test app: verified requests answered, everything else 400, nothing written.

The full verification matrix is tested against the verifier itself (test_verification.py);
here, a few failures show the endpoint refuses and writes nothing whatever the reason.
"""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from typing import Any

import pytest
from flask import Flask
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.alexa_ca import SKILL_ID, TestCA
from tests.factories import NOW
from trust_tracker.models import voice
from trust_tracker.models.entities import LogEntry, LogKind, Source
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.endpoint import alexa_blueprint
from trust_tracker.skill.verification import RequestVerifier

USER = "amzn1.ask.account.TEST-HOUSEHOLD"
STRANGER = {"REMOTE_ADDR": "203.0.113.9"}
ALEX_VOICE = "amzn1.ask.person.ALEX"


@pytest.fixture(scope="module")
def ca() -> TestCA:
    return TestCA()


def make_app(session_factory, verifier: RequestVerifier | None) -> Flask:
    app = Flask(__name__)
    app.config.update(TESTING=True, SECRET_KEY="test-only")
    # As in the real app: CSRF protection on, the Alexa blueprint exempt (Alexa sends no token).
    csrf = CSRFProtect(app)
    bp = alexa_blueprint(build_skill(), session_factory, verifier)
    csrf.exempt(bp)
    app.register_blueprint(bp)
    return app


@pytest.fixture
def client(session_factory, ca):
    return make_app(session_factory, ca.verifier()).test_client()


@pytest.fixture
def dev_client(session_factory):
    """Development mode: no verification."""
    return make_app(session_factory, None).test_client()


@pytest.fixture
def linked(session, couple) -> None:
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    # Alex's voice: without a voice profile the skill asks who is speaking (issue 3).
    voice.link_device(session, code, alexa_user_id=USER, person_id=ALEX_VOICE, now=NOW)
    session.flush()


def log_kept(ca: TestCA, **kwargs: Any) -> dict[str, Any]:
    """A LogKeptIntent from the linked household, as Alexa would send it at `ca.now`."""
    return alexa.intent_request(
        "LogKeptIntent",
        user_id=USER,
        person_id=ALEX_VOICE,
        skill_id=kwargs.pop("skill_id", SKILL_ID),
        timestamp=ca.now + kwargs.pop("age", timedelta(0)),
        **kwargs,
    )


def encode(envelope: dict[str, Any]) -> bytes:
    return json.dumps(envelope).encode()


def entries(session: Session) -> int:
    return session.scalar(select(func.count(LogEntry.id)))


# --- accepted ------------------------------------------------------------------


def test_a_valid_signed_request_is_answered_and_its_effect_written(client, session, couple, linked, ca) -> None:
    body = encode(log_kept(ca))
    response = client.post("/alexa", data=body, headers=ca.headers(body), content_type="application/json")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    answer = response.get_json()
    assert answer["version"] == "1.0"
    assert answer["response"]["outputSpeech"]["ssml"].startswith("<speak>Logged: you kept a promise.")
    assert answer["response"]["shouldEndSession"] is True
    entry = session.scalars(select(LogEntry)).one()
    assert (entry.partner_id, entry.kind, entry.source) == (couple[0].id, LogKind.KEPT, Source.VOICE)


def test_an_unlinked_device_gets_an_answer_not_an_error(client, session, ca) -> None:
    body = encode(alexa.launch_request(user_id=USER, skill_id=SKILL_ID, timestamp=ca.now))
    response = client.post("/alexa", data=body, headers=ca.headers(body))
    assert response.status_code == 200
    assert "choose Link an Alexa device" in response.get_json()["response"]["outputSpeech"]["ssml"]


# --- refused by verification ----------------------------------------------------------


def tampered(ca: TestCA) -> tuple[bytes, dict[str, str]]:
    body = encode(log_kept(ca))
    return body.replace(b"LogKeptIntent", b"LogKeptIntenT"), ca.headers(body)


def signed(envelope: dict[str, Any], ca: TestCA) -> tuple[bytes, dict[str, str]]:
    body = encode(envelope)
    return body, ca.headers(body)


@pytest.mark.parametrize(
    "make, reason",
    [
        (tampered, "signature: does not match body"),
        (lambda ca: signed(log_kept(ca, skill_id="amzn1.ask.skill.someone-else"), ca), "skill ID"),
        (lambda ca: signed(log_kept(ca, age=-timedelta(seconds=151)), ca), "timestamp"),
        (lambda ca: signed(log_kept(ca, age=timedelta(seconds=151)), ca), "timestamp"),
        (lambda ca: (encode(log_kept(ca)), {}), "SignatureCertChainUrl header missing"),
        (lambda ca: (b := encode(log_kept(ca)), ca.headers(b, signature=ca.sign(b, wrong_key=True))), "signature"),
        (lambda ca: (b := encode(log_kept(ca)), ca.headers(b, url="http://s3.amazonaws.com/echo.api/x.pem")), "https"),
    ],
    ids=["tampered-body", "wrong-skill-id", "old-timestamp", "future-timestamp", "unsigned", "wrong-key", "http-url"],
)
def test_a_request_failing_verification_is_refused_and_nothing_written(
    client, session, linked, ca, caplog, make, reason
) -> None:
    body, headers = make(ca)
    with caplog.at_level(logging.WARNING, logger="trust_tracker.skill.endpoint"):
        response = client.post("/alexa", data=body, headers=headers)
    assert response.status_code == 400
    assert response.get_json() == {"error": "bad request"}  # the reason is logged, not told
    assert reason in caplog.text
    assert entries(session) == 0


def test_junk_certificate_urls_from_one_address_do_not_keep_alexa_out(client, session, linked, ca) -> None:
    """tester-web41 D8: each request's address has its own budget for fetching new chains."""
    body = encode(log_kept(ca))
    for i in range(40):
        url = f"https://s3.amazonaws.com/echo.api/bogus-{i}.pem"
        junk = client.post("/alexa", data=body, headers=ca.headers(body, url=url), environ_base=STRANGER)
        assert junk.status_code == 400
    response = client.post("/alexa", data=body, headers=ca.headers(body), environ_base={"REMOTE_ADDR": "54.239.28.85"})
    assert response.status_code == 200
    assert entries(session) == 1


def test_without_a_configured_skill_id_every_request_is_refused(session_factory, session, linked, ca) -> None:
    client = make_app(session_factory, ca.verifier(skill_id=None)).test_client()
    body, headers = signed(log_kept(ca), ca)
    assert client.post("/alexa", data=body, headers=headers).status_code == 400
    assert entries(session) == 0


def test_a_verified_but_malformed_envelope_is_refused(client, session, linked, ca, caplog) -> None:
    envelope = log_kept(ca)
    del envelope["context"]["System"]["user"]  # verification passes: the skill ID is also in the session
    body, headers = signed(envelope, ca)
    response = client.post("/alexa", data=body, headers=headers)
    assert response.status_code == 400
    assert "userId" in caplog.text
    assert entries(session) == 0


@pytest.mark.parametrize("depth", [100, 100_000], ids=["past-the-limit", "past-the-recursion-limit"])
def test_a_verified_but_absurdly_nested_envelope_is_refused(client, session, linked, ca, depth) -> None:
    envelope = log_kept(ca)
    body = encode(envelope).replace(b'"attributes": {}', b'"attributes": {"x": ' + b"[" * depth + b"]" * depth + b"}")
    assert len(body) > 2 * depth  # the nesting is in the signed body
    response = client.post("/alexa", data=body, headers=ca.headers(body))
    assert response.status_code == 400
    assert entries(session) == 0


# --- refused as malformed (development mode: no verification) ---------------------------


def without(envelope: dict[str, Any], *path: str) -> dict[str, Any]:
    node = envelope
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return envelope


def with_value(envelope: dict[str, Any], value: Any, *path: str) -> dict[str, Any]:
    node = envelope
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return envelope


def dev_log_kept() -> dict[str, Any]:
    return alexa.intent_request("LogKeptIntent", {"commitment": "call when late"}, user_id=USER, person_id=ALEX_VOICE)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b'{"version": "1.0",',
        b"\xff\xfe\x00garbage",
        b"[]",
        b'"a string"',
        b"null",
        b"[" * 100_000 + b"]" * 100_000,
        encode({"hello": "world"}),
        encode(without(dev_log_kept(), "request")),
        encode(without(dev_log_kept(), "request", "type")),
        encode(with_value(dev_log_kept(), "NoSuchRequest", "request", "type")),
        encode(with_value(dev_log_kept(), ["a", "list"], "request")),
        encode(without(dev_log_kept(), "request", "intent")),
        encode(with_value(dev_log_kept(), None, "request", "intent", "name")),
        encode(with_value(dev_log_kept(), ["commitment"], "request", "intent", "slots")),
        encode(with_value(dev_log_kept(), {"commitment": "call when late"}, "request", "intent", "slots")),
        encode(without(dev_log_kept(), "context")),
        encode(without(dev_log_kept(), "context", "System", "user")),
        encode(with_value(dev_log_kept(), 42, "context", "System", "user", "userId")),
        encode(with_value(dev_log_kept(), "", "context", "System", "user", "userId")),
        encode(with_value(dev_log_kept(), "x" * 513, "context", "System", "user", "userId")),
        encode(with_value(dev_log_kept(), "amzn1.ask.account.\x00", "context", "System", "user", "userId")),
        encode(with_value(dev_log_kept(), {"personId": "amzn1.ask.person.\x1b"}, "context", "System", "person")),
        encode(with_value(dev_log_kept(), {"name": "no id"}, "context", "System", "person")),
        encode(with_value(dev_log_kept(), {"personId": "x" * 513}, "context", "System", "person")),
        encode(without(dev_log_kept(), "session")),
        encode(with_value(dev_log_kept(), ["not", "an", "object"], "session", "attributes")),
        encode(with_value(dev_log_kept(), "yesterday-ish", "request", "timestamp")),
    ],
    ids=lambda body: body[:40].decode("utf-8", "replace"),
)
def test_malformed_requests_are_refused_with_400_never_500(dev_client, session, linked, body) -> None:
    response = dev_client.post("/alexa", data=body, content_type="application/json")
    assert response.status_code == 400
    assert entries(session) == 0


def test_development_mode_answers_an_unsigned_request(dev_client, session, linked) -> None:
    response = dev_client.post("/alexa", data=encode(dev_log_kept()))
    assert response.status_code == 200
    assert entries(session) == 1


@pytest.mark.parametrize("address", ["203.0.113.7", "192.168.1.20", "2001:db8::1"])
def test_without_verification_only_this_machine_is_answered(dev_client, session, linked, address) -> None:
    response = dev_client.post("/alexa", data=encode(dev_log_kept()), environ_base={"REMOTE_ADDR": address})
    assert response.status_code == 400
    assert entries(session) == 0


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_only_post_is_allowed(client, method) -> None:
    assert getattr(client, method)("/alexa").status_code == 405
