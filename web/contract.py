"""The contract: the active version; proposing, revising, withdrawing, commenting on and
agreeing to versions; every version with its changes."""

from __future__ import annotations

import contextlib
import re
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response
from wtforms import TextAreaField

from trust_tracker.models import accounts, contract_diff, contracts, setbacks
from trust_tracker.models.contract_diff import Change, ItemChange
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ContractItem, ContractVersion, Partner, VersionStatus
from trust_tracker.models.errors import DomainError, NotFound, ValidationError

from .auth import current_partner
from .config import now
from .db import get_session
from .errors import status_for
from .forms import BOTH, MAX_ID, MAX_ROWS, ContractForm, SiteForm, at_most

bp = Blueprint("contract", __name__, url_prefix="/contract")

# Spare rows for new items; "More rows" adds this many again (no JavaScript needed).
BLANK_ROWS = 3
# How a row of the edit form is moved: "<row index>-up" or "<row index>-down".
MOVE = re.compile(r"(\d{1,3})-(up|down)")
# The badges on a version's items, from the comparison with the version it changes.
MARKS = {Change.ADDED: "new", Change.CHANGED: "changed", Change.MOVED: "moved"}


class CommentForm(SiteForm):
    body = TextAreaField(
        "Your comment",
        validators=[at_most(contracts.MAX_COMMENT)],
        description="A question, or what you would change before agreeing.",
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


def _row(item: ContractItem | ItemDraft) -> dict[str, Any]:
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


def _reordered(form: ContractForm, move: str) -> tuple[ContractForm, int]:
    """The form again with one row swapped with its neighbour; nothing is proposed."""
    match = MOVE.fullmatch(move)
    if match is None:
        raise ValidationError("That is not a way to move an item.")
    rows = [entry.form.data for entry in form.items]
    index = int(match.group(1))
    target = index - 1 if match.group(2) == "up" else index + 1
    if not (0 <= index < len(rows) and 0 <= target < len(rows)):
        raise ValidationError("That item cannot move any further.")
    rows[index], rows[target] = rows[target], rows[index]
    return ContractForm(formdata=None, data={"items": rows, "note": form.note.data}), target


def _revising(proposal: ContractVersion | None, partner: Partner) -> ContractVersion | None:
    """The viewer's own waiting proposal: editing then revises it rather than conflicting."""
    return proposal if proposal is not None and proposal.proposed_by_id == partner.id else None


def _revised_id() -> int | None:
    """Which proposal the submitted form set out to revise (a hidden field), if any."""
    value = request.form.get("revising", "")
    if not value:
        return None
    if not value.isdecimal() or len(value) > 12:
        raise ValidationError("That proposal is not part of your contract.")
    return int(value)


def _setback_id(value: str | None) -> int | None:
    """The setback a change starts from (?setback= on the way in, a hidden field after)."""
    if not value:
        return None
    if not value.isdecimal() or not 0 < int(value) <= MAX_ID:
        raise NotFound("That setback is not in your log.")
    return int(value)


@bp.route("/edit", methods=["GET", "POST"])
def edit() -> tuple[str, int] | Response:
    session, partner = get_session(), current_partner()
    active = contracts.active_version(session, partner.couple_id)
    proposal = contracts.open_proposal(session, partner.couple_id)
    own = _revising(proposal, partner)
    # A change after a setback: the editor starts from the active contract with a note
    # quoting the reflection; nothing is proposed, and the setback is linked, until sent.
    setback_id = _setback_id(request.form.get("setback") if request.method == "POST" else request.args.get("setback"))
    if setback_id is not None:
        own = None
    revising_id = own.id if own is not None and request.method == "GET" else None
    moved_to = None
    if request.method == "GET":
        if setback_id is not None:
            drafts, note = setbacks.draft_change_from_setback(session, partner, setback_id)
            rows = [_row(draft) for draft in drafts]
        else:
            start = own or active
            rows = [_row(item) for item in start.items] if start else []
            note = own.note if own else ""
        form = ContractForm(data={"items": rows + [{}] * BLANK_ROWS, "note": note})
    else:
        form = ContractForm()
        revising_id = _revised_id() if setback_id is None else None
    form.set_owners(_owner_choices(partner))  # before validating: the choices are the couple's
    status = 200
    if "more_rows" in request.form:  # only add spare rows; nothing is proposed
        for _ in range(min(BLANK_ROWS, MAX_ROWS - len(form.items))):
            form.items.append_entry()
        form.set_owners(_owner_choices(partner))
    elif "move" in request.form:  # only reorder; nothing is proposed
        form, moved_to = _reordered(form, request.form["move"])
        form.set_owners(_owner_choices(partner))
    elif form.is_submitted():
        status = 422
        if not form.validate():
            # The rows whose fields are fine are checked too: every problem shows at once.
            valid, valid_rows = form.valid_drafts()
            # A tampered row raises: sending the corrected form tells of it.
            with contextlib.suppress(DomainError):
                form.add_problems(contracts.check_items(session, partner, valid), valid_rows)
        else:
            try:
                if setback_id is not None:
                    version = setbacks.propose_change_from_setback(
                        session, partner, setback_id, now=now(), items=form.drafts(), note=form.note.data or ""
                    )
                elif revising_id is not None:
                    version = contracts.revise_proposal(
                        session, partner, revising_id, form.drafts(), note=form.note.data or "", now=now()
                    )
                else:
                    version = contracts.propose_version(
                        session, partner, form.drafts(), note=form.note.data or "", now=now()
                    )
            except contracts.ItemProblems as e:  # shown beside the fields they are about
                form.add_problems(e.problems, form.proposed_rows())
            except DomainError as e:  # the form comes back as typed: nothing is lost
                form.form_errors.append(str(e))
                status = status_for(e)
                if not isinstance(e, ValidationError):
                    revising_id = None  # that proposal is gone: sending again proposes afresh
            else:
                flash(
                    f"You proposed version {version.number}. It becomes your contract once your partner agrees.",
                    "success",
                )
                return redirect(url_for(".version", version_id=version.id))
        # Say which items are wrong, all of them, at the top; each field says what is wrong with it.
        form.form_errors[:0] = form.item_errors()
    return _render(
        "contract/edit.html",
        form=form,
        active=active,
        proposal=proposal,
        revising_id=revising_id,
        moved_to=moved_to,
        setback_id=setback_id,
        revising=own is not None and own.id == revising_id,
    ), status


def _summary(rows: list[ItemChange]) -> dict[Change, int]:
    counts = dict.fromkeys(Change, 0)
    for row in rows:
        counts[row.change] += 1
    return counts


@bp.get("/versions")
def versions() -> str:
    session, partner = get_session(), current_partner()
    listed = contracts.versions(session, partner.couple_id)
    # Each version against the one it set out to change: every diff stays in the history.
    summaries = {v.id: _summary(contract_diff.diff_versions(contract_diff.baseline_of(session, v), v)) for v in listed}
    return _render("contract/versions.html", versions=listed, summaries=summaries)


def _version_page(version_id: int, comment_form: CommentForm, status: int = 200) -> tuple[str, int]:
    session, partner = get_session(), current_partner()
    shown = contracts.get_version(session, partner.couple_id, version_id)
    baseline = contract_diff.baseline_of(session, shown)
    rows = contract_diff.diff_versions(baseline, shown)
    return _render(
        "contract/version.html",
        version=shown,
        baseline=baseline,
        # A waiting proposal is shown next to the version now in force.
        active=baseline if shown.status is VersionStatus.PROPOSED else None,
        rows=rows,
        marks={row.new.lineage_id: MARKS[row.change] for row in rows if row.new and row.change in MARKS},
        removed=[row.old for row in rows if row.change is Change.REMOVED],
        comments=contracts.comments(session, partner.couple_id, shown.id),
        comment_form=comment_form,
    ), status


@bp.get("/versions/<id:version_id>")
def version(version_id: int) -> tuple[str, int]:
    return _version_page(version_id, CommentForm(formdata=None))


@bp.post("/versions/<id:version_id>/agree")
def agree(version_id: int) -> Response:
    partner = current_partner()
    agreed = contracts.agree_version(get_session(), partner, version_id, now=now())
    flash(f"Version {agreed.number} is now your contract.", "success")
    return redirect(url_for(".index"))


@bp.post("/versions/<id:version_id>/withdraw")
def withdraw(version_id: int) -> Response:
    withdrawn = contracts.withdraw_version(get_session(), current_partner(), version_id)
    flash(f"You withdrew version {withdrawn.number}. It stays in the history.", "success")
    return redirect(url_for(".index"))


@bp.post("/versions/<id:version_id>/comments")
def comment(version_id: int) -> tuple[str, int] | Response:
    session, partner = get_session(), current_partner()
    contracts.get_version(session, partner.couple_id, version_id)  # another couple's: 404
    form = CommentForm()
    if not form.validate():
        return _version_page(version_id, form, 422)
    try:
        contracts.comment_on(session, partner, version_id, form.body.data or "", now=now())
    except ValidationError as e:  # the comment comes back as typed
        form.body.errors = [*form.body.errors, str(e)]
        return _version_page(version_id, form, status_for(e))
    flash("Your comment is added.", "success")
    return redirect(url_for(".version", version_id=version_id, _anchor="comments-title"))
