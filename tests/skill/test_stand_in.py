"""The stand-in for Alexa's Reminders and Settings APIs answers as Amazon documents, over real HTTP."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.services import ApiConfiguration
from ask_sdk_model.services.reminder_management import ReminderManagementServiceClient
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.skill.stand_in import DEVICE, GRANTED, NOT_GRANTED, running_stand_in
from trust_tracker.skill.alexa_apis import AlexaApis, _HttpClient, allowed_endpoint
from trust_tracker.skill.stand_in import AlexaStandIn, invalid_reminder

REMINDER = {
    "requestTime": "2026-11-25T07:00:00",
    "trigger": {
        "type": "SCHEDULED_ABSOLUTE",
        "timeZoneId": "America/New_York",
        "recurrence": {
            "startDateTime": "2026-11-29T19:00:00",
            "recurrenceRules": ["FREQ=WEEKLY;BYDAY=SU;BYHOUR=19;BYMINUTE=0"],
        },
    },
    "alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": "Time for your weekly check-in."}]}},
    "pushNotification": {"status": "ENABLED"},
}


@pytest.fixture
def apis() -> Iterator[AlexaStandIn]:
    with running_stand_in(time_zones={DEVICE: "Europe/London"}) as stand_in:
        yield stand_in


def call(
    apis: AlexaStandIn, method: str, path: str, body: Any = None, token: str | None = GRANTED, raw: bytes | None = None
):
    """(status, JSON answer or None) for one request."""
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(apis.url + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token is not None:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            status, text = answer.status, answer.read()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read()
    return status, json.loads(text) if text else None


def test_a_reminder_is_created_read_updated_listed_and_deleted(apis) -> None:
    status, created = call(apis, "POST", "/v1/alerts/reminders", REMINDER)
    assert status == 200 and created["status"] == "ON"
    token = created["alertToken"]
    assert created["href"] == f"/v1/alerts/reminders/{token}"

    status, read = call(apis, "GET", f"/v1/alerts/reminders/{token}")
    assert status == 200 and read["trigger"] == REMINDER["trigger"] and read["alertInfo"] == REMINDER["alertInfo"]

    changed = json.loads(json.dumps(REMINDER))
    changed["trigger"]["recurrence"]["recurrenceRules"] = ["FREQ=WEEKLY;BYDAY=MO;BYHOUR=20;BYMINUTE=30"]
    assert call(apis, "PUT", f"/v1/alerts/reminders/{token}", changed)[0] == 200
    status, listed = call(apis, "GET", "/v1/alerts/reminders")
    assert status == 200 and listed["totalCount"] == "1"
    assert listed["alerts"][0]["trigger"]["recurrence"]["recurrenceRules"] == [
        "FREQ=WEEKLY;BYDAY=MO;BYHOUR=20;BYMINUTE=30"
    ]

    assert call(apis, "DELETE", f"/v1/alerts/reminders/{token}") == (200, None)
    assert call(apis, "GET", f"/v1/alerts/reminders/{token}")[0] == 404
    assert [(r.method, r.status) for r in apis.received] == [
        ("POST", 200),
        ("GET", 200),
        ("PUT", 200),
        ("GET", 200),
        ("DELETE", 200),
        ("GET", 404),
    ]


@pytest.mark.parametrize(
    ("token", "status", "code"),
    [(None, 401, "UNAUTHORIZED"), ("forged", 401, "UNAUTHORIZED"), (NOT_GRANTED, 403, "FORBIDDEN")],
)
def test_a_missing_or_bad_token_is_401_and_a_missing_permission_403(apis, token, status, code) -> None:
    answered, body = call(apis, "POST", "/v1/alerts/reminders", REMINDER, token=token)
    assert (answered, body["code"]) == (status, code)
    assert apis.reminders == {}


def broken(**changes: Any) -> dict[str, Any]:
    """REMINDER with parts replaced (a None value removes the part); "a.b" reaches inside."""
    body = json.loads(json.dumps(REMINDER))
    for path, value in changes.items():
        *parents, last = path.split("__")
        node = body
        for key in parents:
            node = node[key]
        if value is None:
            node.pop(last)
        else:
            node[last] = value
    return body


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ([1, 2], "INVALID_REQUEST"),
        (broken(requestTime=None), "INVALID_REQUEST_TIME"),
        (broken(requestTime="2026-11-25T07:00:00+01:00"), "INVALID_REQUEST_TIME"),
        (broken(trigger=None), "INVALID_TRIGGER"),
        (broken(trigger__type="SOMETIME"), "INVALID_TRIGGER"),
        (broken(trigger__timeZoneId="Mars/Olympus_Mons"), "INVALID_TIMEZONE"),
        (broken(trigger__recurrence=None), "INVALID_TRIGGER"),
        (broken(trigger__recurrence__recurrenceRules=["FREQ=HOURLY"]), "INVALID_RECURRENCE"),
        (broken(trigger__recurrence__recurrenceRules=[]), "INVALID_RECURRENCE"),
        (broken(trigger__recurrence__recurrenceRules=["FREQ=WEEKLY;BYHOUR=25"]), "INVALID_RECURRENCE"),
        (
            broken(trigger={"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-11-29T19:00:00Z"}),
            "INVALID_TRIGGER_SCHEDULED_TIME_FORMAT",
        ),
        (broken(trigger={"type": "SCHEDULED_RELATIVE", "offsetInSeconds": -5}), "INVALID_TRIGGER"),
        (broken(trigger={"type": "SCHEDULED_RELATIVE", "offsetInSeconds": True}), "INVALID_TRIGGER"),
        (broken(alertInfo=None), "INVALID_ALERT_INFO"),
        (broken(alertInfo__spokenInfo__content=[{"locale": "en-US", "text": "x" * 251}]), "INVALID_ALERT_INFO"),
        (broken(alertInfo__spokenInfo__content=[{"text": "no locale"}]), "INVALID_LOCALE"),
        (broken(pushNotification__status="LOUD"), "INVALID_PUSH_NOTIFICATION"),
    ],
)
def test_a_malformed_reminder_is_400_with_the_reason(apis, body, code) -> None:
    answered, error = call(apis, "POST", "/v1/alerts/reminders", body)
    assert (answered, error["code"]) == (400, code)
    assert apis.reminders == {}


@pytest.mark.parametrize("raw", [b"{not json", b"\xff\xfe", b"[" * 70_000])
def test_a_body_that_is_not_json_or_too_big_is_400(apis, raw) -> None:
    assert call(apis, "POST", "/v1/alerts/reminders", raw=raw)[0] == 400


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_an_unknown_alert_token_is_404(apis, method) -> None:
    status, error = call(apis, method, "/v1/alerts/reminders/no-such-token", REMINDER if method == "PUT" else None)
    assert (status, error["code"]) == (404, "NOT_FOUND")


def test_the_settings_api_gives_a_devices_zone_and_204_for_an_unknown_device(apis) -> None:
    assert call(apis, "GET", f"/v2/devices/{DEVICE}/settings/System.timeZone") == (200, "Europe/London")
    assert call(apis, "GET", "/v2/devices/another-device/settings/System.timeZone") == (204, None)
    assert call(apis, "GET", f"/v2/devices/{DEVICE}/settings/System.timeZone", token=None)[0] == 401
    assert call(apis, "GET", f"/v2/devices/{DEVICE}/settings/System.timeZone", token=NOT_GRANTED)[0] == 200


@pytest.mark.parametrize("status", [429, 500, 503])
def test_failures_are_injected_for_the_next_calls_only(apis, status) -> None:
    apis.fail_next(status)
    assert call(apis, "POST", "/v1/alerts/reminders", REMINDER)[0] == status
    assert call(apis, "POST", "/v1/alerts/reminders", REMINDER)[0] == 200


# --- the client side: ask-sdk's service clients over skill.alexa_apis ------------------


def client(apis: AlexaStandIn) -> ReminderManagementServiceClient:
    return ReminderManagementServiceClient(
        ApiConfiguration(
            serializer=DefaultSerializer(),
            api_client=_HttpClient(deadline=float("inf")),
            authorization_value=GRANTED,
            api_endpoint=apis.url,
        )
    )


def test_ask_sdks_model_cannot_read_a_reminder_back_so_the_skill_reads_the_json_itself(apis) -> None:
    _, created = call(apis, "POST", "/v1/alerts/reminders", REMINDER)
    # The bug skill.alexa_apis works around (alexa/alexa-apis-for-python#4, #30): should this
    # start passing, AlexaApis.reminder_is_on can go back to the service client.
    with pytest.raises(SerializationException):
        client(apis).get_reminder(created["alertToken"])
    reader = AlexaApis(endpoint=apis.url, token=GRANTED, device_id=DEVICE, deadline=float("inf"))
    assert reader.reminder_is_on(created["alertToken"]) is True


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://api.amazonalexa.com", True),
        ("https://api.eu.amazonalexa.com", True),
        ("https://api.fe.amazonalexa.com/", True),
        ("http://127.0.0.1:8150", True),
        ("http://localhost:8150", True),
        ("http://[::1]:8150", True),
        ("http://api.amazonalexa.com", False),
        ("https://amazonalexa.com.evil.example", False),
        ("https://evilamazonalexa.com", False),
        ("https://10.0.0.1", False),
        ("ftp://127.0.0.1", False),
        ("http://127.0.0.1:99999", False),
        ("", False),
    ],
)
def test_only_amazons_api_hosts_and_this_machine_are_called(url, allowed) -> None:
    assert allowed_endpoint(url) is allowed


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
PARTS = st.fixed_dictionaries(
    {},
    optional={
        "requestTime": JSON,
        "trigger": st.fixed_dictionaries({}, optional={"type": JSON, "timeZoneId": JSON, "recurrence": JSON}),
        "alertInfo": JSON,
        "pushNotification": JSON,
    },
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(JSON, PARTS))
def test_any_json_is_a_reminder_or_a_named_reason_never_a_crash(body) -> None:
    problem = invalid_reminder(body)
    assert problem is None or (isinstance(problem[0], str) and problem[0].isupper() and problem[1])
