"""The contract: the active version, proposing a new one, agreeing, and the list of versions."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from models import accounts, contracts
from models.entities import ContractItem, ContractVersion, Partner, VersionStatus
from models.errors import DomainError

from .auth import current_partner
from .config import now
from .db import get_session
from .errors import status_for
from .forms import BOTH, ContractForm

bp = Blueprint("contract", __name__, url_prefix="/contract")

# Spare rows for new items; "More rows" adds this many again (no JavaScript needed).
BLANK_ROWS = 3
# What makes an item "changed" when a proposal is shown next to the active version.
COMPARED = (
    "kind", "text", "short_name", "owner_id", "cadence", "weekdays", "times_per_week",
    "due_time", "category", "hard_day_form", "consequence",
)


def _render(template: str, **context: Any) -> str:
    """A contract page, told who is looking and who is who (owners and proposers are ids)."""
    partner = current_partner()
    names = {p.id: p.name for p in partner.couple.partners}
    return render_template(template, viewer=partner, other=accounts.partner_of(partner), names=names, **context)


@bp.get("/")
def index() -> str:
    session, partner = get_session(), current_partner()
    return _render(
        "contract/index.html",
        active=contracts.active_version(session, partner.couple_id),
        proposal=contracts.open_proposal(session, partner.couple_id),
    )


def _row(item: ContractItem) -> dict[str, Any]:
    return {
        "lineage_id": str(item.lineage_id),
        "kind": item.kind.value,
        "text": item.text,
        "short_name": item.short_name,
        "owner": str(item.owner_id) if item.owner_id is not None else BOTH,
        "cadence": item.cadence.value,
        "weekdays": list(item.weekdays),
        "times_per_week": item.times_per_week,
        "due_time": item.due_time,
        "category": item.category,
        "hard_day_form": item.hard_day_form,
        "consequence": item.consequence,
    }


def _owner_choices(partner: Partner) -> dict[str, str]:
    choices = {BOTH: "Both of you", str(partner.id): f"You ({partner.name})"}
    other = accounts.partner_of(partner)
    if other is not None:
        choices[str(other.id)] = f"Your partner ({other.name})"
    return choices


@bp.route("/edit", methods=["GET", "POST"])
def edit() -> tuple[str, int] | Response:
    session, partner = get_session(), current_partner()
    active = contracts.active_version(session, partner.couple_id)
    if request.method == "GET":
        rows = [_row(item) for item in active.items] if active else []
        form = ContractForm(data={"items": rows + [{}] * BLANK_ROWS})
    else:
        form = ContractForm()
    growing = "more_rows" in request.form  # only add spare rows; nothing is proposed
    if growing:
        for _ in range(BLANK_ROWS):
            form.items.append_entry()
    form.set_owners(_owner_choices(partner))
    status = 200
    if form.is_submitted() and not growing:
        status = 422
        if form.validate():
            try:
                version = contracts.propose_version(
                    session, partner, form.drafts(), note=form.note.data or "", now=now()
                )
            except DomainError as e:
                form.form_errors.append(str(e))
                status = status_for(e)
            else:
                flash(f"You proposed version {version.number}. It becomes your contract once "
                      "your partner agrees.", "success")
                return redirect(url_for(".version", version_id=version.id))
    proposal = contracts.open_proposal(session, partner.couple_id)
    return _render("contract/edit.html", form=form, active=active, proposal=proposal), status


@bp.get("/versions")
def versions() -> str:
    partner = current_partner()
    return _render("contract/versions.html", versions=contracts.versions(get_session(), partner.couple_id))


def _changes(proposed: ContractVersion, active: ContractVersion | None) -> tuple[dict[int, str], list[ContractItem]]:
    """Which of a proposal's items are new or changed, and which active items it drops."""
    if active is None:
        return {}, []
    before = {item.lineage_id: item for item in active.items}
    marks = {}
    for item in proposed.items:
        old = before.get(item.lineage_id)
        if old is None:
            marks[item.lineage_id] = "new"
        elif any(getattr(old, name) != getattr(item, name) for name in COMPARED):
            marks[item.lineage_id] = "changed"
    kept = {item.lineage_id for item in proposed.items}
    return marks, [item for item in active.items if item.lineage_id not in kept]


@bp.get("/versions/<int:version_id>")
def version(version_id: int) -> str:
    session, partner = get_session(), current_partner()
    shown = contracts.get_version(session, partner.couple_id, version_id)
    active = None
    if shown.status is VersionStatus.PROPOSED:
        active = contracts.active_version(session, partner.couple_id)
    marks, removed = _changes(shown, active)
    return _render("contract/version.html", version=shown, active=active, marks=marks, removed=removed)


@bp.post("/versions/<int:version_id>/agree")
def agree(version_id: int) -> Response:
    partner = current_partner()
    agreed = contracts.agree_version(get_session(), partner, version_id, now=now())
    flash(f"Version {agreed.number} is now your contract.", "success")
    return redirect(url_for(".index"))
