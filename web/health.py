"""/healthz: is the database reachable? For load balancers and uptime checks; no login."""

from __future__ import annotations

from pathlib import Path

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
    mark = Path(current_app.static_folder or "", "favicon.svg").read_bytes()  # read whole: no file left open
    return Response(mark, mimetype="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})
