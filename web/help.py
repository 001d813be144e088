"""/help, "Need help now?": emergency, crisis and abuse lines by country. No login, ever:
someone in danger must not have to sign in first (DESIGN.md, "Safety comes first")."""

from __future__ import annotations

from flask import Blueprint, render_template

from trust_tracker.models import safety

bp = Blueprint("help", __name__)


@bp.get("/help")
def index() -> str:
    return render_template(
        "help/index.html", countries=list(safety.RESOURCES.values()), not_a_substitute=safety.NOT_A_SUBSTITUTE
    )
