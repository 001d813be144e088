"""/privacy and /terms: what Trust Tracker keeps, who sees it, and what it is not. Public
pages (Alexa's certification reads them from the skill manifest, infra/skill.json)."""

from __future__ import annotations

from flask import Blueprint, render_template

from trust_tracker.models import safety

bp = Blueprint("legal", __name__)


@bp.get("/privacy")
def privacy() -> str:
    return render_template("legal/privacy.html")


@bp.get("/terms")
def terms() -> str:
    return render_template("legal/terms.html", not_a_substitute=safety.NOT_A_SUBSTITUTE)
