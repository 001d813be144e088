"""The private calendar feed: its public address, and turning it on, renewing or off."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, url_for
from werkzeug.wrappers import Response

from trust_tracker.models import calendar_feed

from .auth import current_partner
from .config import now
from .db import get_session

# Calendar apps fetch the feed without logging in: the secret in its address is the key.
feed_bp = Blueprint("calendar_feed", __name__)
bp = Blueprint("calendar", __name__, url_prefix="/calendar")


@feed_bp.get("/calendar/<token>.ics")
def feed(token: str) -> Response:
    couple = calendar_feed.couple_for_feed(get_session(), token)  # NotFound: 404
    return Response(
        calendar_feed.ics(couple, now()),
        mimetype="text/calendar",
        headers={"Content-Disposition": 'inline; filename="trust-tracker-check-in.ics"'},
    )


@bp.post("/enable")
def enable() -> Response:
    had_one = current_partner().couple.calendar_token is not None
    calendar_feed.enable_feed(get_session(), current_partner())
    flash(
        "Your calendar has a new private address. The old one no longer works."
        if had_one
        else "Your calendar feed is on. Add its address to your phone's calendar.",
        "success",
    )
    return redirect(url_for("settings.index", _anchor="calendar-title"))


@bp.post("/disable")
def disable() -> Response:
    calendar_feed.disable_feed(get_session(), current_partner())
    flash("Your calendar feed is off. Its address no longer works.", "success")
    return redirect(url_for("settings.index", _anchor="calendar-title"))
