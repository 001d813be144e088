"""Today: the home after log-in. What is due (one tap to log it), what is waiting, the long arc."""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from trust_tracker.models import contracts, disputes, today, tracking
from trust_tracker.models.entities import LogKind, Source
from trust_tracker.models.kept_together import PartnerLoggedOtherwise
from trust_tracker.models.logbook_chosen import NoLongerSo, log_chosen
from trust_tracker.models.progress import Arc

from .auth import current_partner
from .config import now
from .db import get_session
from .field_rules import is_id
from .filters import milestone_words
from .logged_otherwise import ask, confirmed_on, no_longer_words

bp = Blueprint("today", __name__, url_prefix="/today")

# What the one-tap buttons may log: a commitment kept or missed.
TAPS = {"kept": LogKind.KEPT, "missed": LogKind.MISSED}


@bp.get("/")
def index() -> str:
    clock = now()
    shown = today.overview(get_session(), current_partner(), clock)
    return render_template(
        "today/index.html",
        today=shown,
        arc=arc_sentence(shown.arc),
        viewer=current_partner(),
        names=contracts.item_names(get_session(), current_partner().couple_id),
        # What this partner logged after this instant still has its undo button.
        undo_since=clock - timedelta(minutes=disputes.UNDO_MINUTES),
    )


@bp.post("/log")
def log() -> Response | tuple[str, int]:
    kind = TAPS.get(request.form.get("kind", ""))
    lineage = request.form.get("lineage_id", "")
    if kind is None or not is_id(lineage):
        abort(400, description="That button sent something we cannot log. Go back to Today and try again.")
    # A DomainError (someone else's commitment, another couple's, already logged) becomes
    # its 4xx page through web/errors.py, and the request's transaction is rolled back.
    logged = log_chosen(
        get_session(), current_partner(), kind, lineage_id=int(lineage), confirmed_on=confirmed_on(), now=now()
    )
    back = url_for(".index", _anchor=f"item-{lineage}")
    if isinstance(logged, PartnerLoggedOtherwise):  # the partner logged it the other way today: asked first
        return ask(logged, url_for(".log"), ("csrf_token", "kind", "lineage_id"), back)
    if isinstance(logged, NoLongerSo):
        flash(no_longer_words(logged), "info")
        return redirect(back)
    for milestone in logged.milestones:
        flash(f"Worth celebrating: {milestone_words(milestone)}", "success")
    return redirect(back)


@bp.post("/undo")
def undo() -> Response:
    entry = request.form.get("entry_id", "")
    if not is_id(entry):
        abort(400, description="That button sent something we cannot undo. Go back to Today and try again.")
    # Another couple's entry is a 404, the partner's a 403, older than ten minutes a 409: nothing changed.
    removed = disputes.undo_recent_log(get_session(), current_partner(), int(entry), now())
    flash("Undone: that entry is removed.", "success")
    lineage = removed.entry["lineage_id"]  # None for a moment or a win: the page's top, where the flash is
    return redirect(url_for(".index", _anchor=f"item-{lineage}" if lineage else None))


@bp.post("/hard-day")
def hard_day() -> Response:
    declared = tracking.hard_day(get_session(), current_partner(), now(), source=Source.WEB)
    if declared.already_logged:
        flash("Your hard day was already logged today. The simpler forms below are what counts.", "info")
    else:
        flash("Logged: a hard day. Be gentle with yourself: the simpler forms below are what counts.", "success")
    return redirect(url_for(".index", _anchor="due-title"))


def arc_sentence(arc: Arc | None) -> str | None:
    """ "Over 12 weeks: 86% of promises kept in the last four weeks, up from 71% in the first four."

    The percentages compared are the ones shown, so the words never contradict the figures."""
    if arc is None:
        return None
    then, recent = arc.then.percent, arc.now.percent
    if recent > then:
        change = f"up from {then}% in the first four"
    elif recent < then:
        change = f"down from {then}% in the first four"
    else:
        change = "the same as in the first four"
    return f"Over {arc.weeks} weeks: {recent}% of promises kept in the last four weeks, {change}."
