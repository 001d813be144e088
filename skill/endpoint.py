"""Hosting the skill: `invoke` (one transaction per request) and the `POST /alexa` blueprint.

flask-ask-sdk cannot be imported on current OpenSSL (docs/ARCHITECTURE.md, "Hosting the skill"),
so this does what its web-service handler does: verify, deserialize, invoke, serialize.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import RequestEnvelope
from flask import Blueprint, Response, jsonify, request
from sqlalchemy.orm import Session, sessionmaker

from trust_tracker.models import devices

from .boundary import unreadable
from .context import SkillContext
from .serializer import EnvelopeSerializer
from .verification import RequestVerifier, VerificationError

log = logging.getLogger(__name__)


_serializer = EnvelopeSerializer()
# Alexa's user and person ids are a few hundred characters; the voice_link columns hold 512.
MAX_ID_LENGTH = 512
# Alexa's envelopes nest about ten deep; far deeper is an attack on the parsers' recursion.
MAX_DEPTH = 64


class InvalidEnvelope(ValueError):
    """The JSON is not a request envelope the skill can answer; the message says why (for logs)."""


def _dig(node: Any, *keys: str) -> Any:
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def _deeper_than(node: Any, limit: int) -> bool:
    """Whether JSON objects and arrays nest more than `limit` deep (without recursing)."""
    stack = [(node, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def parse_envelope(envelope: Any) -> RequestEnvelope:
    """Check the parts every handler relies on, then deserialize; raise InvalidEnvelope if unusable.

    The SDK's deserializer accepts almost anything (missing parts become None), so
    without these checks a malformed request would fail inside a handler, as a
    spoken apology, instead of as the client error it is.
    """
    if not isinstance(envelope, dict):
        raise InvalidEnvelope("not a JSON object")
    if _deeper_than(envelope, MAX_DEPTH):
        raise InvalidEnvelope(f"nested more than {MAX_DEPTH} deep")
    request_json = envelope.get("request")
    if not isinstance(request_json, dict) or not isinstance(request_json.get("type"), str):
        raise InvalidEnvelope("no request, or a request without a type")
    user_id = _dig(envelope, "context", "System", "user", "userId")
    if not isinstance(user_id, str) or not 0 < len(user_id) <= MAX_ID_LENGTH or unreadable(user_id):
        raise InvalidEnvelope("no context.System.user.userId, or an absurdly long or unreadable one")
    session_json = envelope.get("session")
    if not isinstance(session_json, dict) or not isinstance(session_json.get("attributes", {}), dict | None):
        raise InvalidEnvelope("no session, or session attributes that are not an object")
    if request_json["type"] == "IntentRequest":
        if not isinstance(_dig(request_json, "intent", "name"), str):
            raise InvalidEnvelope("an IntentRequest without an intent name")
        slots = _dig(request_json, "intent", "slots")
        if slots is not None and not (isinstance(slots, dict) and all(isinstance(s, dict) for s in slots.values())):
            raise InvalidEnvelope("intent slots are not objects")
        if slots:
            intent = {**request_json["intent"], "slots": {name: _words_only(slot) for name, slot in slots.items()}}
            envelope = {**envelope, "request": {**request_json, "intent": intent}}
    person = _dig(envelope, "context", "System", "person")
    person_id = _dig(person, "personId")
    if person is not None and not (
        isinstance(person_id, str) and len(person_id) <= MAX_ID_LENGTH and not unreadable(person_id)
    ):
        raise InvalidEnvelope("context.System.person without a usable personId")
    try:
        return _serializer.from_json(envelope)
    # SerializationException: e.g. an unknown request type, a bad timestamp; anything else
    # the SDK's deserializer trips on is as much the request's fault.
    except Exception as e:
        raise InvalidEnvelope(f"not a request envelope: {e!r}") from None


def _words_only(slot: dict[str, Any]) -> dict[str, Any]:
    """The slot, with no value unless its value is a string (or null), as Alexa always sends:
    the SDK would turn a list, an object or a number into its Python repr, read and saved as if
    it had been said. No value: the handler asks again. (Resolved ids are read only when they
    match a name the skill sent, which no repr does.)"""
    if isinstance(slot.get("value"), str | None):
        return slot
    log.warning("slot %r: a value that is not a string, taken as none", slot.get("name"))
    return {key: part for key, part in slot.items() if key != "value"}


def invoke(
    skill: CustomSkill,
    sessions: sessionmaker[Session],
    envelope: dict[str, Any],
    now: datetime | None = None,
) -> dict[str, Any]:
    """Answer one request envelope (the JSON Alexa sends) in one transaction; return the response JSON.

    Commits when the skill answered normally; rolls back when the exception handler
    reported a failure (or anything escaped it). Raises InvalidEnvelope for a request
    that cannot be answered, before touching the database.
    """
    request_envelope = parse_envelope(envelope)
    with sessions() as session:
        devices.answering(session, _dig(envelope, "context", "System", "device", "deviceId"))
        context = SkillContext(session=session, now=now or datetime.now(UTC))
        try:
            response = skill.invoke(request_envelope=request_envelope, context=context)
        except BaseException:
            session.rollback()
            raise
        if context.failed:
            session.rollback()
        else:
            session.commit()
    return cast(dict[str, Any], _serializer.serialize(response))


def alexa_blueprint(
    skill: CustomSkill,
    sessions: sessionmaker[Session],
    verifier: RequestVerifier | None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Blueprint:
    """`POST /alexa`, verified by `verifier`; None (development) answers loopback clients only.
    The skill reads the time from `clock` (the site passes its own: the pages and the skill agree).

    Alexa cannot send a CSRF token: the app must exempt this blueprint from CSRF
    protection, `csrf.exempt(bp)`. Request verification is what protects it.
    """
    bp = Blueprint("alexa", __name__)

    @bp.post("/alexa")
    def alexa() -> Response | tuple[Response, int]:
        body = request.get_data()  # the raw bytes: the signature covers exactly these
        if verifier is not None:
            try:
                envelope = verifier.verify(dict(request.headers.items()), body, request.remote_addr)
            except VerificationError as e:
                log.warning("refused an Alexa request: %s", e)
                return _bad_request()
        else:
            if not _loopback(request.remote_addr):
                log.warning("refused an Alexa request from %s: verification is off", request.remote_addr)
                return _bad_request()
            try:
                envelope = json.loads(body)
            except (ValueError, RecursionError) as e:  # RecursionError: absurdly deep nesting
                log.warning("refused an Alexa request: malformed JSON: %s", e)
                return _bad_request()
        try:
            return jsonify(invoke(skill, sessions, envelope, clock()))
        except InvalidEnvelope as e:
            log.warning("refused an Alexa request: %s", e)
            return _bad_request()

    return bp


def _loopback(address: str | None) -> bool:
    try:
        return ipaddress.ip_address(address or "").is_loopback
    except ValueError:
        return False


def _bad_request() -> tuple[Response, int]:
    # The reason stays in the log: a caller probing the endpoint learns nothing.
    return jsonify(error="bad request"), 400
