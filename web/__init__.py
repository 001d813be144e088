"""The companion site: an application factory that also hosts the Alexa skill's endpoint."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from flask import Blueprint, Flask, abort, current_app, request
from werkzeug.routing import IntegerConverter
from werkzeug.wrappers import Response

from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.endpoint import alexa_blueprint
from trust_tracker.skill.verification import RequestVerifier

from . import (
    account,
    auth,
    calendar,
    checkins,
    config,
    contract,
    cookie_session,
    db,
    errors,
    filters,
    health,
    help,
    history,
    journal,
    legal,
    mail,
    oauth,
    passwords,
    security,
    setbacks,
    settings,
    spoken_forms,
    throttle,
    today,
)
from .csrf import SameOriginCSRF
from .forms import MAX_ID
from .headers import SECURITY_HEADERS

csrf = SameOriginCSRF()


class IdConverter(IntegerConverter):
    """`<id:x>`: a row id. Anything else, including too large a number, is a 404, not a 500; and only
    ASCII digits: "/journal/١" or a full-width "１" is no id (tester-web45 F6), though int() reads them."""

    regex = r"[0-9]+"

    def __init__(self, map, *args, **kwargs) -> None:
        super().__init__(map, min=1, max=MAX_ID)


# Served for real, the site is HTTPS only (README): browsers must never try it in clear.
HSTS = "max-age=31536000; includeSubDomains"

# The request bodies a page may need beyond MAX_CONTENT_LENGTH (web/config.py): a contract
# of contracts.MAX_ITEMS long items, written in a script that takes several bytes a letter.
LARGER_BODIES = {"contract.edit": 512 * 1024}


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the site. `test_config` overrides any setting (see web/config.py and the README)."""
    instance = config.instance_path(test_config)
    app = Flask(__name__, instance_path=os.path.abspath(instance))
    app.url_map.converters["id"] = IdConverter
    app.session_interface = cookie_session.SigningSessionInterface()
    config.load(app, test_config)
    db.init_app(app)
    app.before_request(_body_limit)  # before CSRF protection reads the form
    app.before_request(_forms_only)
    csrf.init_app(app)
    filters.init_app(app)
    errors.init_app(app)
    throttle.init_app(app)
    mail.init_app(app)
    oauth.init_app(app)

    alexa = _skill_blueprint(app)
    csrf.exempt(alexa)  # Alexa signs its requests instead; there is no browser session to forge
    app.register_blueprint(alexa)
    csrf.exempt(oauth.token_bp)  # Alexa's servers authenticate with the client secret instead
    # Calendar apps cannot log in: the feed's secret address is its only key; nor can Alexa's
    # servers. The privacy and terms pages are public: Alexa's certification reads them.
    public = {alexa.name, calendar.feed_bp.name, oauth.token_bp.name, legal.bp.name}
    auth.init_app(app, public_blueprints=public)
    for blueprint in (
        auth.bp,
        passwords.bp,
        security.bp,
        today.bp,
        contract.bp,
        history.bp,
        checkins.bp,
        setbacks.bp,
        journal.bp,
        account.bp,
        settings.bp,
        spoken_forms.bp,
        calendar.bp,
        calendar.feed_bp,
        health.bp,
        help.bp,
        oauth.bp,
        oauth.token_bp,
        legal.bp,
    ):
        app.register_blueprint(blueprint)
    app.after_request(_headers)
    return app


def _skill_blueprint(app: Flask) -> Blueprint:
    verifier = None
    if app.config["ALEXA_VERIFY"]:
        # Without a skill ID this verifier refuses every request, and says why in the log.
        verifier = app.config["ALEXA_VERIFIER"] or RequestVerifier(app.config["ALEXA_SKILL_ID"])
    return alexa_blueprint(build_skill(), app.extensions[db.EXTENSION], verifier, config.now)


def alexa_warnings(app: Flask) -> list[str]:
    """What a server operator must hear at startup about the Alexa endpoint."""
    if not app.config["ALEXA_VERIFY"]:
        return [
            "ALEXA REQUEST VERIFICATION IS OFF: anyone who can reach /alexa can speak for any "
            "linked device. Use this only for local development."
        ]
    if not app.config["ALEXA_SKILL_ID"]:
        return ["NO ALEXA SKILL ID: set TRUST_TRACKER_ALEXA_SKILL_ID; until then /alexa refuses every request."]
    return []


def _body_limit() -> None:
    if request.endpoint in LARGER_BODIES:
        request.max_content_length = max(LARGER_BODIES[request.endpoint], current_app.config["MAX_CONTENT_LENGTH"])


# The site's pages post forms; these callers are no browsers and post bodies of their own.
NOT_FORMS = {"alexa", oauth.token_bp.name}
FORM_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}
NOT_A_FORM = "This page takes a form, as its own page sends it: no other kind of body and no files."


def _forms_only() -> None:
    """Flask-WTF would hand a JSON body's values, or uploaded files, to text fields, which
    fail on them with a 500: refuse anything but a form, before any form reads it."""
    if request.method != "POST" or request.blueprint in NOT_FORMS:
        return
    some_other_body = bool(request.mimetype or request.content_length) and request.mimetype not in FORM_TYPES
    if some_other_body or request.files:
        abort(415, description=NOT_A_FORM)


def _headers(response: Response) -> Response:
    # What the view set is looked at once: `setdefault` per header scanned them all each time.
    present = set(response.headers.keys(lower=True))
    wanted = [*SECURITY_HEADERS.items()]
    if not current_app.config["DEV_MODE"]:  # `make run` is plain HTTP on this machine
        wanted.append(("Strict-Transport-Security", HSTS))
    if request.endpoint != "static":
        # Pages show private data; a shared device's back button should not replay them.
        wanted.append(("Cache-Control", "no-store"))
    for name, value in wanted:
        if name.lower() not in present:
            response.headers.add(name, value)
    return response
