"""Flask's signed-cookie session, with its signing serializer built once per key, not per request."""

from __future__ import annotations

from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer


class SigningSessionInterface(SecureCookieSessionInterface):
    """Flask builds an itsdangerous serializer at every request's start (it probes the JSON
    serializer each time): 0.04 ms of CPU, a third of Flask's part of a request to /alexa, which
    has no cookie to read. The serializer holds only its keys and settings, so one per key set
    serves every request and thread; a changed key (or fallback) builds a new one."""

    def __init__(self) -> None:
        self._built: tuple[tuple[object, ...], URLSafeTimedSerializer | None] | None = None

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        keys = (app.secret_key, *(app.config["SECRET_KEY_FALLBACKS"] or ()))
        built = self._built
        if built is None or built[0] != keys:
            built = self._built = (keys, super().get_signing_serializer(app))
        return built[1]
