"""A local stand-in for Alexa's Reminders and Settings APIs: a small HTTP server on loopback.

It answers as Amazon documents, so the skill can be tried (`trust-tracker say`) and
tested without an Amazon account:

- POST/GET/PUT/DELETE /v1/alerts/reminders[/{alertToken}] (Reminders API),
- GET /v2/devices/{deviceId}/settings/System.timeZone (Settings API),

with the documented failures: 401 without a bearer token or with an unknown one, 403
when the token's customer has not granted the reminders permission, 400 for a malformed
reminder, 404 for an unknown alertToken. 429, 500 or a hang can be injected (after a few
requests answered as usual, if wanted). It records
every request it receives. Point a request's `context.System.apiEndpoint` at `url`.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit
from zoneinfo import available_timezones

REMINDERS = "/v1/alerts/reminders"
TIME_ZONE = re.compile(r"/v2/devices/(?P<device>[^/]+)/settings/System\.timeZone")
MAX_BODY = 64 * 1024
# The recurrence rules the Reminders API takes (RFC 5545 subset), one per string.
RULE = re.compile(
    r"FREQ=(DAILY|WEEKLY)"
    r"(;BYDAY=(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*)?"
    r"(;BYHOUR=([01]?[0-9]|2[0-3]))?(;BYMINUTE=[0-5]?[0-9])?(;BYSECOND=[0-5]?[0-9])?(;INTERVAL=[1-9][0-9]?)?;?"
)
# Local date-times without an offset, as scheduledTime, requestTime and startDateTime are written.
LOCAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?")
MAX_TEXT = 250


@dataclass(frozen=True)
class Received:
    """One request as the stand-in saw it."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any  # the JSON body, or None
    status: int  # what it answered


@dataclass
class AlexaStandIn:
    """The server and its state; `with AlexaStandIn() as apis:` starts and stops it.

    `tokens` maps each bearer token it accepts to whether its customer granted the
    reminders permission; `time_zones` maps device ids to their zone (an unknown device:
    204 No Content, as for a setting that is not set).
    """

    tokens: dict[str, bool] = field(default_factory=dict)
    time_zones: dict[str, str] = field(default_factory=dict)
    reminders: dict[str, dict[str, Any]] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    port: int = 0
    _failures: deque[tuple[int, float] | None] = field(default_factory=deque)  # None: answer as usual
    _slow: defaultdict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start the stand-in first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> AlexaStandIn:
        stand_in = self

        class Handler(_Handler):
            apis = stand_in

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, name="alexa-stand-in", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> AlexaStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def fail_next(self, status: int = 500, *, times: int = 1, delay: float = 0.0, after: int = 0) -> None:
        """After `after` requests answered as usual, the next `times` answer `status`, after
        `delay` seconds (a hang, for timeouts)."""
        with self._lock:
            self._failures.extend([None] * after + [(status, delay)] * times)

    def slow_next(self, method: str, delay: float) -> None:
        """The next `method` request does what it asks, then answers only after `delay` seconds:
        the caller times out although the change was made."""
        with self._lock:
            self._slow[method].append(delay)

    def calls(self, method: str | None = None) -> list[Received]:
        with self._lock:
            return [r for r in self.received if method is None or r.method == method]

    def drain(self) -> list[Received]:
        """The requests received since the last drain, oldest first."""
        with self._lock:
            taken, self.received[:] = list(self.received), []
            return taken

    def _take_failure(self) -> tuple[int, float] | None:
        with self._lock:
            return self._failures.popleft() if self._failures else None

    def _take_slow(self, method: str) -> float | None:
        with self._lock:
            return self._slow[method].popleft() if self._slow[method] else None

    def _record(self, received: Received) -> None:
        with self._lock:
            self.received.append(received)


class _Handler(BaseHTTPRequestHandler):
    apis: AlexaStandIn
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the record is `received`; the terminal stays the skill's

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        self._answer("POST")

    def do_PUT(self) -> None:
        self._answer("PUT")

    def do_DELETE(self) -> None:
        self._answer("DELETE")

    def _answer(self, method: str) -> None:
        path = urlsplit(self.path).path
        body, unreadable = self._body()
        result: tuple[int, Any]
        slow = self.apis._take_slow(method)
        failure = self.apis._take_failure() if slow is None else None
        if slow is not None:
            with self.apis._lock:
                result = self._route(method, path, body)
            time.sleep(slow)
        elif failure is not None:
            status, delay = failure
            time.sleep(delay)
            code = "TOO_MANY_REQUESTS" if status == 429 else "INTERNAL_SERVER_ERROR"
            result = (status, _error(code, "Injected by the test"))
        elif unreadable:
            result = 400, _error("INVALID_REQUEST", "The body is not JSON")
        else:
            with self.apis._lock:  # one request at a time changes the reminders
                result = self._route(method, path, body)
        status, payload = result
        self.apis._record(Received(method, path, dict(self.headers.items()), body, status))
        data = b"" if payload is None else json.dumps(payload).encode()
        try:
            self.send_response(status)
            if data:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the caller gave up waiting (a timeout under test): what it asked was done

    def _body(self) -> tuple[Any, bool]:
        length = int(self.headers.get("Content-Length") or 0)
        if length <= 0:
            return None, False
        if length > MAX_BODY:
            return None, True
        raw = self.rfile.read(length)
        try:
            return json.loads(raw), False
        except ValueError:
            return None, True

    def _route(self, method: str, path: str, body: Any) -> tuple[int, Any]:
        authorization = self.headers.get("Authorization") or ""
        scheme, _, token = authorization.partition(" ")
        granted = self.apis.tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        if granted is None:
            return 401, _error("UNAUTHORIZED", "The access token is missing or not valid")
        zone = TIME_ZONE.fullmatch(path)
        if zone is not None and method == "GET":
            found = self.apis.time_zones.get(unquote(zone["device"]))
            return (200, found) if found else (204, None)
        if path != REMINDERS and not path.startswith(REMINDERS + "/"):
            return 404, _error("NOT_FOUND", "No such resource")
        if not granted:
            return 403, _error("FORBIDDEN", "The customer has not granted the reminders permission")
        alert_token = unquote(path[len(REMINDERS) + 1 :]) if path != REMINDERS else None
        return self._reminders(method, alert_token, body)

    def _reminders(self, method: str, alert_token: str | None, body: Any) -> tuple[int, Any]:
        reminders = self.apis.reminders
        if alert_token is None:
            if method == "GET":
                alerts = list(reminders.values())
                return 200, {"totalCount": str(len(alerts)), "alerts": alerts, "links": None}
            if method != "POST":
                return 405, _error("METHOD_NOT_ALLOWED", "Not allowed here")
            problem = invalid_reminder(body)
            if problem:
                return 400, _error(*problem)
            alert_token = str(uuid.uuid4())
            reminders[alert_token] = _stored(alert_token, body, created=None)
            return 200, _summary(reminders[alert_token])
        if alert_token not in reminders:
            return 404, _error("NOT_FOUND", "No reminder has this alertToken")
        if method == "GET":
            return 200, reminders[alert_token]
        if method == "DELETE":
            del reminders[alert_token]
            return 200, None
        if method == "PUT":
            problem = invalid_reminder(body)
            if problem:
                return 400, _error(*problem)
            reminders[alert_token] = _stored(alert_token, body, created=reminders[alert_token]["createdTime"])
            return 200, _summary(reminders[alert_token])
        return 405, _error("METHOD_NOT_ALLOWED", "Not allowed here")


def invalid_reminder(body: Any) -> tuple[str, str] | None:
    """What is wrong with a reminder request, as the API's error code and message; None: nothing."""
    if not isinstance(body, dict):
        return "INVALID_REQUEST", "A reminder is a JSON object"
    if not isinstance(body.get("requestTime"), str) or not LOCAL_TIME.fullmatch(body["requestTime"]):
        return "INVALID_REQUEST_TIME", "requestTime must be a local ISO 8601 date-time"
    trigger = body.get("trigger")
    if not isinstance(trigger, dict):
        return "INVALID_TRIGGER", "A trigger is required"
    zone = trigger.get("timeZoneId")
    if zone is not None and zone not in available_timezones():
        return "INVALID_TIMEZONE", "timeZoneId is not a time zone"
    if trigger.get("type") == "SCHEDULED_RELATIVE":
        offset = trigger.get("offsetInSeconds")
        if isinstance(offset, bool) or not isinstance(offset, int) or offset <= 0:
            return "INVALID_TRIGGER", "offsetInSeconds must be a positive whole number"
    elif trigger.get("type") == "SCHEDULED_ABSOLUTE":
        scheduled, recurrence = trigger.get("scheduledTime"), trigger.get("recurrence")
        if scheduled is None and recurrence is None:
            return "INVALID_TRIGGER", "scheduledTime or recurrence is required"
        if scheduled is not None and not (isinstance(scheduled, str) and LOCAL_TIME.fullmatch(scheduled)):
            return "INVALID_TRIGGER_SCHEDULED_TIME_FORMAT", "scheduledTime must be local, without an offset"
        if recurrence is not None:
            rules = recurrence.get("recurrenceRules") if isinstance(recurrence, dict) else None
            if not (isinstance(rules, list) and rules and all(isinstance(r, str) and RULE.fullmatch(r) for r in rules)):
                return "INVALID_RECURRENCE", "recurrenceRules must be a list of supported rules"
    else:
        return "INVALID_TRIGGER", "trigger.type must be SCHEDULED_ABSOLUTE or SCHEDULED_RELATIVE"
    content = _dig(body, "alertInfo", "spokenInfo", "content")
    if not (isinstance(content, list) and content):
        return "INVALID_ALERT_INFO", "alertInfo.spokenInfo.content is required"
    for spoken in content:
        text = spoken.get("text") if isinstance(spoken, dict) else None
        if not isinstance(spoken.get("locale") if isinstance(spoken, dict) else None, str):
            return "INVALID_LOCALE", "Each spoken content needs a locale"
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
            return "INVALID_ALERT_INFO", f"Each spoken content needs a text of at most {MAX_TEXT} characters"
    status = _dig(body, "pushNotification", "status")
    if status is not None and status not in ("ENABLED", "DISABLED"):
        return "INVALID_PUSH_NOTIFICATION", "pushNotification.status is ENABLED or DISABLED"
    return None


def _dig(node: Any, *keys: str) -> Any:
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _stored(alert_token: str, body: dict[str, Any], created: str | None) -> dict[str, Any]:
    """The reminder as GET returns it: the request's parts plus the API's own fields."""
    now = _now()
    return {
        "alertToken": alert_token,
        "createdTime": created or now,
        "updatedTime": now,
        "status": "ON",
        "version": "1",
        "trigger": body["trigger"],
        "alertInfo": body["alertInfo"],
        "pushNotification": body.get("pushNotification") or {"status": "ENABLED"},
    }


def _summary(reminder: dict[str, Any]) -> dict[str, Any]:
    """What create and update answer."""
    return {
        "alertToken": reminder["alertToken"],
        "createdTime": reminder["createdTime"],
        "updatedTime": reminder["updatedTime"],
        "status": reminder["status"],
        "version": reminder["version"],
        "href": f"{REMINDERS}/{reminder['alertToken']}",
    }


def _error(code: str, message: str) -> dict[str, str]:
    return {"code": code, "message": message}
