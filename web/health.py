"""/healthz: is the database reachable? For load balancers and uptime checks; no login."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.wrappers import Response

from .db import get_session

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    try:
        get_session().execute(text("SELECT 1"))
    except SQLAlchemyError:
        current_app.logger.exception("health check: the database did not answer")
        return jsonify(status="error"), 503
    return jsonify(status="ok"), 200


@bp.get("/favicon.ico")
def favicon() -> Response:
    """Browsers, feed readers and bookmarks ask here whatever the page says: the header's mark."""
    return current_app.send_static_file("favicon.svg")
