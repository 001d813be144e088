"""Setbacks as data: each miss or breach, what triggered it, what would have prevented it,
and the contract change it led to."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response
from wtforms import TextAreaField

from trust_tracker.models import contract_diff, contracts, setbacks
from trust_tracker.models.entities import Setback, VersionStatus
from trust_tracker.models.errors import DomainError, ValidationError

from .auth import current_partner
from .config import now
from .db import get_session
from .distress import DISTRESS_STATUS, held_back
from .errors import status_for
from .field_rules import is_id
from .forms import SiteForm, at_most

bp = Blueprint("setbacks", __name__, url_prefix="/setbacks")

LAPSES_SHOWN = 10  # recent misses and breaches shown, each partner's own and the other's


class ReflectionForm(SiteForm):
    trigger = TextAreaField(
        "What triggered it",
        validators=[at_most(setbacks.MAX_REFLECTION)],
        description="The situation, the feeling or the moment it started to slip.",
    )
    prevention = TextAreaField(
        "What would have prevented it",
        validators=[at_most(setbacks.MAX_REFLECTION)],
        description="The counter-measure: what would help next time.",
    )


def _change(setback: Setback) -> dict[str, Any] | None:
    """The contract change a setback led to, with its diff against what it changed."""
    if setback.version_id is None:
        return None
    session, partner = get_session(), current_partner()
    version = contracts.get_version(session, partner.couple_id, setback.version_id)
    if version.status is VersionStatus.WITHDRAWN:  # led to no change: the setback is free again
        return None
    baseline = contract_diff.baseline_of(session, version)
    return {"version": version, "baseline": baseline, "rows": contract_diff.diff_versions(baseline, version)}


@bp.get("/")
def index() -> str:
    session, partner = get_session(), current_partner()
    listed = setbacks.setbacks(session, partner.couple_id)
    return render_template(
        "setbacks/index.html",
        setbacks=[(s, _change(s)) for s in listed],
        lapses=setbacks.lapses_for(session, partner, limit=LAPSES_SHOWN),
        names=contracts.item_names(get_session(), partner.couple_id),
        viewer=partner,
    )


def _chosen_entry(to: str) -> int:
    """The entry a start or dismiss button names (`to`: what it is chosen for): ASCII digits only, never "٢", "+2" or "02",
    which int() would read as entry 2 (tester-security50 D4)."""
    entry = request.form.get("log_entry_id", "")
    if not is_id(entry):
        # Only a tampered form gets here: the page's buttons always carry an entry.
        raise ValidationError(f"Choose an entry to {to}.")
    return int(entry)


@bp.post("/start")
def start() -> Response:
    setback = setbacks.start_setback(get_session(), current_partner(), _chosen_entry("reflect on"), now=now())
    return redirect(url_for(".detail", setback_id=setback.id))


@bp.post("/dismiss")
def dismiss() -> Response:
    setbacks.dismiss(get_session(), current_partner(), _chosen_entry("dismiss"), now=now())
    flash("Put away: it no longer shows here for you. Nothing was deleted.", "success")
    return redirect(url_for(".index"))


def _detail_page(setback: Setback, form: ReflectionForm, status: int = 200) -> tuple[str, int]:
    partner = current_partner()
    return render_template(
        "setbacks/detail.html",
        setback=setback,
        change=_change(setback),
        form=form,
        names=contracts.item_names(get_session(), partner.couple_id),
        viewer=partner,
        proposal=contracts.open_proposal(get_session(), partner.couple_id),
        active=contracts.active_version(get_session(), partner.couple_id),
    ), status


@bp.route("/<id:setback_id>", methods=["GET", "POST"])
def detail(setback_id: int) -> tuple[str, int] | Response:
    session, partner = get_session(), current_partner()
    setback = setbacks.get_setback(session, partner.couple_id, setback_id)
    if request.method == "GET":
        # The form holds the viewer's own reflection only: the other partner's is shown, never editable.
        return _detail_page(setback, ReflectionForm(formdata=None, obj=setbacks.reflection_of(setback, partner.id)))
    form = ReflectionForm()
    if not form.validate():
        return _detail_page(setback, form, 422)
    trigger, prevention = (form.trigger.data or "").strip(), (form.prevention.data or "").strip()
    if not trigger and not prevention:
        form.form_errors.append("Write what triggered it, what would have prevented it, or both.")
        return _detail_page(setback, form, 422)
    if held_back(trigger, prevention):
        return _detail_page(setback, form, DISTRESS_STATUS)
    try:
        # An empty box leaves what was written before as it was.
        setbacks.reflect(
            session, partner, setback.id, trigger=trigger or None, prevention=prevention or None, now=now()
        )
    except DomainError as e:
        form.form_errors.append(str(e))
        return _detail_page(setback, form, status_for(e))
    flash("Thank you for looking at it honestly. Your reflection is saved.", "success")
    return redirect(url_for(".detail", setback_id=setback.id))
