"""The joint log: this week, current streaks, entries newest first, and a form to log one."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from models import contracts, tracking
from models.entities import ItemKind, LogKind, Source
from models.errors import DomainError

from .auth import current_partner
from .config import now
from .db import get_session
from .errors import status_for
from .filters import KIND_WORDS
from .forms import HistoryFilter, LogForm

bp = Blueprint("history", __name__, url_prefix="/history")

NO_ITEM = ""
# The log form shares the page with the filter: its fields are "log-kind" and so on.
LOG_PREFIX = "log"


def _item_names(couple_id: int) -> dict[int, str]:
    """What each item is called: its newest wording, even if a later version dropped it."""
    names: dict[int, str] = {}
    for version in contracts.versions(get_session(), couple_id):  # newest first
        for item in version.items:
            names.setdefault(item.lineage_id, item.spoken_name)
    return names


def _item_choices(couple_id: int) -> dict[str, str]:
    """What an entry can be about: the active contract's commitments and boundaries."""
    version = contracts.active_version(get_session(), couple_id)
    choices = {NO_ITEM: "Nothing in particular"}
    for kind, label in ((ItemKind.COMMITMENT, "Commitment"), (ItemKind.BOUNDARY, "Boundary")):
        for item in version.items_of(kind) if version else []:
            choices[str(item.lineage_id)] = f"{label}: {item.spoken_name}"
    return choices


def _page(filters: HistoryFilter, log_form: LogForm, status: int) -> tuple[str, int]:
    session, partner = get_session(), current_partner()
    couple = partner.couple
    filters.partner.choices = {"": "Both of you"} | {str(p.id): p.name for p in couple.partners}
    log_form.lineage_id.choices = _item_choices(partner.couple_id)
    entries, has_more = [], False
    if filters.validate():
        entries, has_more = tracking.history(
            session,
            partner.couple_id,
            partner_id=int(filters.partner.data) if filters.partner.data else None,
            kind=LogKind(filters.kind.data) if filters.kind.data else None,
            page=filters.page.data or 1,
        )
    else:
        status = 400
    clock = now()
    return render_template(
        "history/index.html",
        filters=filters,
        log_form=log_form,
        entries=entries,
        has_more=has_more,
        page=filters.page.data or 1,
        names=_item_names(partner.couple_id),
        summary=tracking.week_summary(session, partner, clock),
        streaks=tracking.current_streaks(session, partner, clock),
        viewer=partner,
        couple=couple,
        kinds=list(LogKind),
    ), status


@bp.get("/")
def index() -> tuple[str, int]:
    return _page(HistoryFilter(request.args), LogForm(prefix=LOG_PREFIX), 200)


@bp.post("/log")
def log() -> tuple[str, int] | Response:
    form = LogForm(prefix=LOG_PREFIX)
    form.lineage_id.choices = _item_choices(current_partner().couple_id)
    if not form.validate():
        return _page(HistoryFilter(MultiDict()), form, 422)
    try:
        entry = tracking.log_entry(
            get_session(),
            current_partner(),
            LogKind(form.kind.data),
            source=Source.WEB,
            lineage_id=int(form.lineage_id.data) if form.lineage_id.data else None,
            note=form.note.data or "",
            now=now(),
        )
    except DomainError as e:
        form.form_errors.append(str(e))
        return _page(HistoryFilter(MultiDict()), form, status_for(e))
    what = KIND_WORDS[entry.kind].lower()
    if entry.lineage_id is not None:
        what += f": “{_item_names(entry.couple_id)[entry.lineage_id]}”"
    flash(f"Logged: {what}.", "success")
    return redirect(url_for(".index"))
