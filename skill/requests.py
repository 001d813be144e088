"""Request envelopes shaped like the JSON Alexa sends: for the local simulator and the tests."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

DEFAULT_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
DEFAULT_USER_ID = "amzn1.ask.account.LOCAL-SIMULATOR"
DEFAULT_DEVICE_ID = "amzn1.ask.device.LOCAL-SIMULATOR"


def envelope(
    request: dict[str, Any],
    *,
    user_id: str = DEFAULT_USER_ID,
    person_id: str | None = None,
    skill_id: str = DEFAULT_SKILL_ID,
    session_id: str | None = None,
    new_session: bool = True,
    attributes: dict[str, Any] | None = None,
    locale: str = "en-US",
    timestamp: datetime | None = None,
    with_screen: bool = False,
    api_endpoint: str | None = None,
    api_access_token: str = "local-simulator",
    device_id: str = DEFAULT_DEVICE_ID,
) -> dict[str, Any]:
    """Wrap a `request` object in the session and context Alexa sends with it.

    Alexa also sends where its own APIs are (`api_endpoint`, e.g. https://api.amazonalexa.com)
    and a token for them; without an `api_endpoint` (the default) the skill calls none,
    with one (the local stand-in's, skill/stand_in.py) it sets reminders and asks the
    device's time zone there.
    """
    application = {"applicationId": skill_id}
    user = {"userId": user_id}
    system: dict[str, Any] = {
        "application": application,
        "user": user,
        "device": {
            "deviceId": device_id,
            "supportedInterfaces": {"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.3"}}}
            if with_screen
            else {},
        },
    }
    if api_endpoint:
        system |= {"apiEndpoint": api_endpoint, "apiAccessToken": api_access_token}
    if person_id:
        system["person"] = {"personId": person_id}
    request = {
        "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
        "timestamp": (timestamp or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "locale": locale,
        **request,
    }
    return {
        "version": "1.0",
        "session": {
            "new": new_session,
            "sessionId": session_id or f"amzn1.echo-api.session.{uuid.uuid4()}",
            "application": application,
            "attributes": attributes or {},
            "user": user,
        },
        "context": {"System": system},
        "request": request,
    }


def launch_request(**kwargs: Any) -> dict[str, Any]:
    return envelope({"type": "LaunchRequest"}, **kwargs)


def intent_request(name: str, slots: dict[str, str | None] | None = None, **kwargs: Any) -> dict[str, Any]:
    """An IntentRequest; a slot given as None is sent empty, as Alexa does for an unfilled slot."""
    slot_json = {
        slot: {"name": slot, "confirmationStatus": "NONE", **({"value": value} if value is not None else {})}
        for slot, value in (slots or {}).items()
    }
    return envelope(
        {
            "type": "IntentRequest",
            "dialogState": "STARTED",
            "intent": {"name": name, "confirmationStatus": "NONE", "slots": slot_json},
        },
        **kwargs,
    )


def session_ended_request(reason: str = "USER_INITIATED", **kwargs: Any) -> dict[str, Any]:
    return envelope({"type": "SessionEndedRequest", "reason": reason}, **kwargs)
