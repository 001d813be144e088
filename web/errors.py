"""Error pages, and how domain errors map to HTTP statuses."""

from __future__ import annotations

import json

from flask import Flask, Response, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import IntegrityError, OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError, SecurityError

from trust_tracker.models.errors import Conflict, DomainError, InvalidCode, NotAllowed, NotFound, ValidationError

from .csrf import REFERRER_FOREIGN, REFERRER_MISSING
from .db import get_session

STATUS: dict[type[DomainError], int] = {
    ValidationError: 422,
    NotFound: 404,
    InvalidCode: 404,
    Conflict: 409,
    NotAllowed: 403,
}

TITLES = {
    400: "That request did not make sense",
    401: "Please log in",
    403: "That is not open to you",
    404: "Nothing here",
    405: "Not allowed here",
    409: "That clashes with something",
    413: "Too much at once",
    415: "That kind of content is not taken here",
    422: "Please check what you entered",
    429: "Too many attempts",
    500: "Something went wrong",
    503: "Too busy just now",
}

# Werkzeug's default descriptions are written for developers; these are for the couple.
MESSAGES = {
    400: "Something in that request was missing or malformed. Go back and try again.",
    403: "That is not yours to open or change.",
    404: "We could not find that page. It may have been removed, or the link may be mistyped.",
    405: "That page cannot be used this way. Go back and use the page's own buttons.",
    413: "That was more text than we can take at once.",
    500: "Something went wrong on our side. Nothing was saved. Please try again in a moment.",
}

# SQLite's write lock was not free within its busy timeout: nothing was saved, and trying
# again shortly works, so it is an honest 503 rather than an error.
BUSY_MESSAGE = "The site is very busy just now, so nothing was saved. Please try again in a few seconds."
BUSY_RETRY_SECONDS = 5

# Two requests wrote the same unique thing at once (say, two sign-ups with one email).
CLASH_MESSAGE = "That clashed with a change made at the same moment, so nothing was saved. Go back and try again."

CSRF_MESSAGE = (
    "This form was sent without its security token, or the token expired. Go back, reload the page and try again."
)
# The token was right, but the browser did not say, or said otherwise, which page sent the form.
CSRF_ORIGIN_MESSAGES = {
    REFERRER_MISSING: "Your browser did not say which page sent this form, so Trust Tracker cannot tell it came "
    "from this site, and nothing was done. Allow your browser to send the page address (the Referer) to this "
    "site, then go back and try again.",
    REFERRER_FOREIGN: "This form was sent from a page of another site, so nothing was done. "
    "Open Trust Tracker itself and try again there.",
}


UNTRUSTED_HOST_MESSAGE = "This site does not answer to that address."


def status_for(error: DomainError) -> int:
    return next((code for cls, code in STATUS.items() if isinstance(error, cls)), 400)


def init_app(app: Flask) -> None:
    app.register_error_handler(DomainError, _domain_error)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(IntegrityError, _clash)
    app.register_error_handler(OperationalError, _busy)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(SecurityError, _untrusted_host)
    app.register_error_handler(InternalServerError, _server_error)


def render_error(code: int, message: str, *, nav: bool = True) -> tuple[str, int]:
    # Any other 4xx is the request's doing, never "something went wrong" on our side (tester-web45 F6).
    title = TITLES.get(code) or ("That request could not be used" if code < 500 else "Something went wrong")
    return render_template("errors/error.html", code=code, title=title, message=message, nav=nav), code


def _domain_error(error: DomainError) -> tuple[str, int]:
    return render_error(status_for(error), str(error))


def _clash(error: IntegrityError) -> tuple[str, int]:
    get_session().rollback()  # the page itself reads the database (who is logged in)
    return render_error(409, CLASH_MESSAGE)


def _busy(error: OperationalError) -> tuple[str, int, dict[str, str]]:
    if "database is locked" not in str(error.orig):
        raise error  # any other database failure: logged by Flask, and the 500 page
    get_session().rollback()
    page, status = render_error(503, BUSY_MESSAGE)
    return page, status, {"Retry-After": str(BUSY_RETRY_SECONDS)}


def _csrf_error(error: CSRFError) -> tuple[str, int]:
    return render_error(400, CSRF_ORIGIN_MESSAGES.get(error.description or "", CSRF_MESSAGE))


# Machines post here and parse JSON: Alexa at /alexa ({"error": ...}, as skill/endpoint.py
# answers), Alexa's token client at /oauth/token (OAuth's error JSON, RFC 6749 §5.2).
ALEXA_PATH, TOKEN_PATH = "/alexa", "/oauth/token"


def _own_words(error: HTTPException) -> str | None:
    """The description the site gave when it raised the error, if not werkzeug's stock one."""
    return error.description if error.description != type(error).description else None


def _as_json(error: HTTPException, code: int) -> Response | None:
    """A 4xx (too large, wrong method) on a machine's endpoint, in the JSON of its other errors."""
    path = request.path.rstrip("/")
    if path == ALEXA_PATH:
        body = {"error": (error.name or "bad request").lower()}
    elif path == TOKEN_PATH:
        body = {"error": "invalid_request", "error_description": _own_words(error) or error.name or ""}
    else:
        return None
    headers = [(name, value) for name, value in error.get_headers() if name.lower() != "content-type"]
    return Response(json.dumps(body), code, headers=headers, mimetype="application/json")


def _http_error(error: HTTPException) -> tuple[str, int, list[tuple[str, str]]] | HTTPException | Response:
    if error.code is None or error.code < 400:
        return error
    if (machine := _as_json(error, error.code)) is not None:
        return machine
    message = _own_words(error) or MESSAGES.get(error.code, error.description)
    page, code = render_error(error.code, message or "")
    # The error's own headers (a 405's Allow, a 429's Retry-After), the page's content type kept.
    return page, code, [(name, value) for name, value in error.get_headers() if name.lower() != "content-type"]


def _untrusted_host(error: SecurityError) -> Response:
    """A Host not in TRUSTED_HOSTS: refused before routing, so no page of the site (which links
    to others) can be built for it; and its name is the stranger's, never to be echoed back."""
    return Response(UNTRUSTED_HOST_MESSAGE, 400, mimetype="text/plain")


def _server_error(error: InternalServerError) -> tuple[str, int]:
    # The database may be what failed: render without the navigation, which needs the user.
    return render_error(500, MESSAGES[500], nav=False)
