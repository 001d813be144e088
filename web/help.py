"""/help, "Need help now?": emergency, crisis and abuse lines by country. No login, ever:
someone in danger must not have to sign in first (DESIGN.md, "Safety comes first")."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import current_user

from trust_tracker.models import safety

bp = Blueprint("help", __name__)


@bp.get("/help")
def index() -> str:
    """Every country's lines, the reader's likely own first: the couple's (from its time zone),
    then those of the browser's languages ("en-GB" is the United Kingdom), most preferred first."""
    couple = current_user.partner.couple if current_user.is_authenticated else None
    by_browser = (safety.for_language_tag(tag) for tag in request.accept_languages.values())
    countries = safety.every_country(safety.for_timezone(couple.timezone if couple else None), *by_browser)
    return render_template("help/index.html", countries=countries, not_a_substitute=safety.NOT_A_SUBSTITUTE)
