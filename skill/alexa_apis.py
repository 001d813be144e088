"""Alexa's own APIs, called while answering: the device's time zone (Settings API) and
reminders (Reminders API), at the `apiEndpoint` the request carries, with its `apiAccessToken`.

ask-sdk's service clients build the calls; they go out through `_HttpClient`, which
replaces the SDK's DefaultApiClient because that one has no timeout (a slow API would
hold the answer past Alexa's limit) and speaks HTTPS only (the local stand-in,
skill/stand_in.py, is plain HTTP on loopback). All the calls of one request share a
budget, so the skill answers within 3 s whatever the API does.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPException
from typing import Any
from urllib.parse import quote, urlsplit

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse, ApiConfiguration, ServiceException
from ask_sdk_model.services.reminder_management import ReminderManagementServiceClient, ReminderRequest
from ask_sdk_model.services.ups import UpsServiceClient

from trust_tracker.models import devices
from trust_tracker.models.entities import Couple

from .dialog import skill_context

log = logging.getLogger(__name__)

# Seconds all of one request's calls may take together, and one call at most.
BUDGET = 2.0
CALL_TIMEOUT = 1.0
MAX_RESPONSE = 256 * 1024
# Amazon's API hosts (api.amazonalexa.com, api.eu.amazonalexa.com, api.fe.amazonalexa.com).
AMAZON_API_DOMAIN = "amazonalexa.com"
_APIS = "alexa_apis"  # request attribute: this request's AlexaApis
_ZONE = "device_zone"  # request attribute: the device's zone, once looked up


class ApiUnavailable(Exception):
    """The API could not be asked or did not answer in time (5xx, 429, a timeout, no endpoint)."""


class PermissionMissing(Exception):
    """401 or 403: the customer has not granted the skill this permission (or the token is bad)."""


class ReminderGone(Exception):
    """404: no such reminder any more (deleted in the Alexa app, or on another stand-in)."""


def allowed_endpoint(url: str) -> bool:
    """Amazon's API hosts over HTTPS, or this machine (the stand-in): never anywhere else,
    whatever a request says its apiEndpoint is."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 (raises ValueError on a malformed port)
    except ValueError:
        return False
    if parts.scheme == "https" and (host == AMAZON_API_DOMAIN or host.endswith("." + AMAZON_API_DOMAIN)):
        return True
    return parts.scheme in ("http", "https") and _loopback(host)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # an API that redirects answers with the redirect itself


class _HttpClient(ApiClient):
    """ask-sdk's ApiClient over urllib, within the request's deadline (time.monotonic())."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        url = str(request.url or "")
        if not allowed_endpoint(url):
            raise ApiUnavailable("not an Alexa API endpoint")
        remaining = self.deadline - time.monotonic()
        if remaining <= 0.05:
            raise ApiUnavailable("no time left for another call")
        body = json.dumps(request.body).encode() if request.body is not None else None
        outgoing = urllib.request.Request(url, data=body, method=request.method, headers=dict(request.headers or []))
        handlers: list[urllib.request.BaseHandler] = [_NoRedirects()]
        if _loopback(urlsplit(url).hostname or ""):
            handlers.append(urllib.request.ProxyHandler({}))  # the stand-in is here, never behind a proxy
        opener = urllib.request.build_opener(*handlers)
        try:
            with opener.open(outgoing, timeout=min(CALL_TIMEOUT, remaining)) as answer:
                status, headers, text = answer.status, answer.headers, answer.read(MAX_RESPONSE).decode()
        except urllib.error.HTTPError as error:
            status, headers, text = error.code, error.headers, error.read(MAX_RESPONSE).decode(errors="replace")
        return ApiClientResponse(headers=list(headers.items()), status_code=status, body=text)


@dataclass
class AlexaApis:
    """The APIs as this request may call them: its endpoint, token and device, and one deadline."""

    endpoint: str | None
    token: str | None
    device_id: str | None
    deadline: float

    @classmethod
    def of(cls, handler_input: HandlerInput) -> AlexaApis:
        attributes = handler_input.attributes_manager.request_attributes
        apis = attributes.get(_APIS)
        if not isinstance(apis, AlexaApis):
            context = handler_input.request_envelope.context
            system = context.system if context is not None else None
            device = system.device if system is not None else None
            apis = attributes[_APIS] = cls(
                endpoint=system.api_endpoint if system is not None else None,
                token=system.api_access_token if system is not None else None,
                device_id=device.device_id if device is not None else None,
                deadline=time.monotonic() + BUDGET,
            )
        return apis

    @property
    def usable(self) -> bool:
        return bool(self.endpoint and self.token and allowed_endpoint(self.endpoint))

    def _configuration(self) -> ApiConfiguration:
        if not self.usable:
            raise ApiUnavailable("this request carries no usable apiEndpoint and apiAccessToken")
        return ApiConfiguration(
            serializer=DefaultSerializer(),
            api_client=_HttpClient(self.deadline),
            authorization_value=self.token or "",
            api_endpoint=(self.endpoint or "").rstrip("/"),
        )

    def time_zone(self) -> str | None:
        """The device's time zone ("Europe/London"); None when the API cannot say."""
        if not self.device_id:
            return None
        try:
            zone = UpsServiceClient(self._configuration()).get_system_time_zone(self.device_id)
        except (ServiceException, SerializationException, ApiUnavailable, ValueError) as error:
            log.info("no time zone from the Settings API: %s", error)
            return None
        return zone if isinstance(zone, str) else None

    def create_reminder(self, reminder: ReminderRequest) -> str:
        """Set a reminder; its alertToken."""
        answer = self._reminders(lambda client: client.create_reminder(reminder))
        return _alert_token(answer)

    def update_reminder(self, alert_token: str, reminder: ReminderRequest) -> str:
        answer = self._reminders(lambda client: client.update_reminder(alert_token, reminder))
        return _alert_token(answer) or alert_token

    def delete_reminder(self, alert_token: str) -> None:
        self._reminders(lambda client: client.delete_reminder(alert_token))

    def reminder_is_on(self, alert_token: str) -> bool:
        """Whether the reminder is still set (status ON) on the customer's account."""
        answer = self._read(f"/v1/alerts/reminders/{quote(alert_token, safe='')}")
        return isinstance(answer, dict) and answer.get("status") == "ON"

    def reminders_set(self) -> list[dict[str, Any]]:
        """Every reminder this skill has set on the customer's account (GET /v1/alerts/reminders)."""
        answer = self._read("/v1/alerts/reminders")
        alerts = answer.get("alerts") if isinstance(answer, dict) else None
        return [alert for alert in alerts or [] if isinstance(alert, dict)]

    def _read(self, path: str) -> Any:
        """A Reminders API GET, its JSON read here rather than through ask-sdk-model:
        GetReminderResponse cannot be read back (its AlertInfo names a module,
        alert_info_spoken_info, that the package does not ship, so deserializing any real
        reminder raises SerializationException: alexa/alexa-apis-for-python#4 and #30)."""
        request = ApiClientRequest(
            url=f"{(self.endpoint or '').rstrip('/')}{path}",
            method="GET",
            headers=[("Authorization", f"Bearer {self.token}"), ("Accept", "application/json")],
        )
        if not self.usable:
            raise ApiUnavailable("this request carries no usable apiEndpoint and apiAccessToken")
        try:
            answer = _HttpClient(self.deadline).invoke(request)
        except (OSError, HTTPException, ValueError) as error:  # unreachable, cut off, or not text
            raise ApiUnavailable(str(error)) from None
        _raise_for(answer.status_code or 500)
        try:
            return json.loads(answer.body or "{}")
        except ValueError:
            raise ApiUnavailable("an unreadable answer") from None

    def _reminders(self, call: Any) -> Any:
        try:
            return call(ReminderManagementServiceClient(self._configuration()))
        except ServiceException as error:
            _raise_for(error.status_code)
            raise  # not reached: _raise_for raises for every failure status
        except SerializationException:  # an answer that is not the documented JSON (a proxy's error page)
            raise ApiUnavailable("an unreadable answer") from None


def _raise_for(status: int) -> None:
    if 200 <= status < 300:
        return
    if status in (401, 403):
        raise PermissionMissing(f"HTTP {status}")
    if status == 404:
        raise ReminderGone("HTTP 404")
    raise ApiUnavailable(f"HTTP {status}")


def _alert_token(answer: Any) -> str:
    token = getattr(answer, "alert_token", None)
    if not isinstance(token, str) or not token:
        raise ApiUnavailable("the Reminders API answered without an alertToken")
    return token


def device_zone(handler_input: HandlerInput, couple: Couple) -> str | None:
    """The speaking device's time zone: cached per device for a day, else asked of the
    Settings API (None: unknown, so the couple's zone applies)."""
    attributes = handler_input.attributes_manager.request_attributes
    if _ZONE in attributes:
        cached = attributes[_ZONE]
        return cached if isinstance(cached, str) else None
    context = skill_context(handler_input)
    apis = AlexaApis.of(handler_input)
    zone = None
    if apis.device_id:
        known = devices.cached_zone(context.session, couple, apis.device_id, context.now)
        zone = known.zone
        if known.stale and apis.usable:
            zone = devices.remember_zone(context.session, couple, apis.device_id, apis.time_zone(), context.now)
    attributes[_ZONE] = zone
    return zone
