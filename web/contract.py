"""The contract: the active version; proposing, revising, withdrawing, commenting on and
agreeing to versions; every version with its changes."""

from __future__ import annotations

import contextlib
import re
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response
from wtforms import TextAreaField

from trust_tracker.models import (
    accounts,
    contract_comments,
    contract_diff,
    contract_starters,
    contracts,
    setbacks,
    spoken_forms,
)
from trust_tracker.models.contract_diff import Change, ItemChange
from trust_tracker.models.contracts import MAX_ITEMS, ItemDraft
from trust_tracker.models.entities import ContractItem, ContractVersion, Partner, VersionStatus
from trust_tracker.models.errors import Conflict, DomainError, NotAllowed, NotFound, ValidationError

from .auth import current_partner
from .config import now
from .db import get_session
from .distress import DISTRESS_STATUS, held_back
from .errors import status_for
from .field_rules import is_count, is_id
from .forms import BOTH, MAX_ROWS, ContractForm, SiteForm, at_most

bp = Blueprint("contract", __name__, url_prefix="/contract")

# A spare row for a new item; "Add an item" adds one more and lands on it (no JavaScript needed).
BLANK_ROWS = 1
# How a row of the edit form is moved: "<row index>-up" or "<row index>-down".
MOVE = re.compile(r"(\d{1,3})-(up|down)")


class CommentForm(SiteForm):
    body = TextAreaField(
        "What you would change",
        validators=[at_most(contract_comments.MAX_COMMENT)],
        description="A question, or what you would like different before agreeing.",
    )


def _render(template: str, **context: Any) -> str:
    """A contract page, told who is looking and who is who (owners and proposers are ids)."""
    partner = current_partner()
    names = {p.id: p.name for p in partner.couple.partners}
    return render_template(template, viewer=partner, other=accounts.partner_of(partner), names=names, **context)


@bp.app_template_filter("version_name")
def version_name(version: ContractVersion) -> str:
    """A version as people say it: a revision keeps its proposal's number."""
    times = {0: "", 1: ", revised", 2: ", revised twice"}
    return f"Version {version.number}{times.get(version.revision, f', revised {version.revision} times')}"


@bp.get("/")
def index() -> str:
    session, partner = get_session(), current_partner()
    return _render(
        "contract/index.html",
        active=contracts.active_version(session, partner.couple_id),
        proposal=contracts.open_proposal(session, partner.couple_id),
        asked=contract_comments.changes_asked(session, partner),
        said=spoken_forms.forms_by_lineage(session, partner.couple_id),
    )


def _row(item: ContractItem | ItemDraft) -> dict[str, Any]:
    return {
        "lineage_id": str(item.lineage_id) if item.lineage_id is not None else "",
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


def _revised_id() -> int | None:
    """Which proposal the submitted form set out to revise (a hidden field), if any."""
    value = request.form.get("revising", "")
    if not value:
        return None
    if not is_count(value, 12):
        raise ValidationError("That proposal is not part of your contract.")
    return int(value)


def _setback_id(value: str | None) -> int | None:
    """The setback a change starts from (?setback= on the way in, a hidden field after)."""
    if not value:
        return None
    if not is_id(value):
        raise NotFound("That setback is not in your log.")
    return int(value)


def _with_starters(form: ContractForm, keys: list[str]) -> ContractForm:
    """The form again with the chosen starter items after the rows already written
    (spare rows left empty make way); nothing is proposed."""
    rows = [row.form.data for row in form.items if not row.form.is_blank()]
    written = {" ".join((row.get("text") or "").split()).casefold() for row in rows}
    # Pressed twice, or a starter already typed in: each is in the draft once.
    added = [
        _row(draft)
        for draft in contract_starters.starter_drafts(keys)
        if " ".join(draft.text.split()).casefold() not in written
    ]
    return ContractForm(formdata=None, data={"items": rows + added + [{}] * BLANK_ROWS, "note": form.note.data})


def _first_rows(
    session: Session, partner: Partner, setback_id: int | None, start: ContractVersion | None
) -> tuple[list[dict[str, Any]], str]:
    """The rows and note the editor opens with: a change after a setback, the waiting
    proposal (to revise it), the contract in force, or nothing yet."""
    if setback_id is not None:
        drafts, note = setbacks.draft_change_from_setback(session, partner, setback_id)
        return [_row(draft) for draft in drafts], note
    if start is None:
        return [], ""
    own = start.status is VersionStatus.PROPOSED and start.proposed_by_id == partner.id
    return [_row(item) for item in start.items], start.note if own else ""


@bp.route("/edit", methods=["GET", "POST"])
def edit() -> tuple[str, int] | Response:
    session, partner = get_session(), current_partner()
    active = contracts.active_version(session, partner.couple_id)
    proposal = contracts.open_proposal(session, partner.couple_id)
    # A change after a setback: the editor starts from the active contract with a note
    # quoting the reflection; nothing is proposed, and the setback is linked, until sent.
    setback_id = _setback_id(request.form.get("setback") if request.method == "POST" else request.args.get("setback"))
    focus = None  # the row to land on: one just added or moved
    if request.method == "GET":
        rows, note = _first_rows(session, partner, setback_id, proposal or active)
        form = ContractForm(data={"items": rows + [{}] * BLANK_ROWS, "note": note})
        # While a proposal waits, editing revises it, whoever proposed it.
        revising_id = proposal.id if proposal is not None and setback_id is None else None
    else:
        form = ContractForm()
        revising_id = _revised_id() if setback_id is None else None
    form.set_owners(_owner_choices(partner))  # before validating: the choices are the couple's
    status = 200
    if "add_item" in request.form:  # only a new row; nothing is proposed
        if len(form.items) >= MAX_ROWS:
            form.form_errors.append(f"There is no room for more rows: a contract holds at most {MAX_ITEMS} items.")
            status = 422
        else:
            form.items.append_entry()
            focus = len(form.items) - 1
    elif "add_starters" in request.form:  # only starter items; nothing is proposed
        try:
            form = _with_starters(form, request.form.getlist("starter"))
        except ValidationError as e:
            form.form_errors.append(str(e))
            status = 422
        if not request.form.getlist("starter"):
            form.form_errors.append("Tick one or more of the starting points first.")
            status = 422
    elif "move" in request.form:  # only reorder; nothing is proposed
        form, focus = _reordered(form, request.form["move"])
    elif form.is_submitted():
        status = 422
        if not form.validate():
            # The rows whose fields are fine are checked too: every problem shows at once.
            valid, valid_rows = form.valid_drafts()
            # A tampered row raises: sending the corrected form tells of it.
            with contextlib.suppress(DomainError):
                form.add_problems(contracts.check_items(session, partner, valid), valid_rows)
        elif held_back(form.note.data, *(item.text for item in form.drafts())):
            status = DISTRESS_STATUS
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
                if not isinstance(e, ValidationError) and setback_id is None:
                    # A proposal came or went meanwhile: sending again revises the one
                    # waiting now (the page says so), or proposes afresh.
                    revising_id = proposal.id if proposal is not None else None
            else:
                flash(_proposed_message(version), "success")
                return redirect(url_for(".version", version_id=version.id))
        # Say which items are wrong, all of them, at the top; each field says what is wrong with it.
        form.form_errors[:0] = form.item_errors()
    form.set_owners(_owner_choices(partner))
    revising = proposal if proposal is not None and proposal.id == revising_id else None
    return _render(
        "contract/edit.html",
        form=form,
        active=active,
        revising=revising,
        focus=focus,
        setback_id=setback_id,
        starters=contract_starters.STARTERS if active is None and setback_id is None else (),
        # Once added, the ticks go: pressing "Add" again adds nothing twice.
        chosen=set() if "add_starters" in request.form and status == 200 else set(request.form.getlist("starter")),
    ), status


def _proposed_message(version: ContractVersion) -> str:
    if version.revision:
        return (
            f"You revised version {version.number}: it keeps its number, and its comments. "
            "It becomes your contract once your partner agrees."
        )
    return f"You proposed version {version.number}. It becomes your contract once your partner agrees."


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


def _version_page(version_id: int, comment_form: CommentForm, status: int = 200, problem: str = "") -> tuple[str, int]:
    session, partner = get_session(), current_partner()
    shown = contracts.get_version(session, partner.couple_id, version_id)
    baseline = contract_diff.baseline_of(session, shown)
    draft = contract_diff.previous_draft(session, shown)
    return _render(
        "contract/version.html",
        version=shown,
        baseline=baseline,
        rows=contract_diff.diff_versions(baseline, shown),
        # A revision, against the draft that was commented on.
        draft=draft,
        draft_rows=contract_diff.diff_versions(draft, shown) if draft is not None else [],
        in_force=contracts.active_version(session, partner.couple_id),
        comments=contract_comments.comments(session, partner.couple_id, shown.id),
        asked=contract_comments.changes_asked(session, partner),
        comment_form=comment_form,
        problem=problem,  # why agreeing did not work, shown beside the button
        newest=contracts.open_proposal(session, partner.couple_id),
    ), status


@bp.get("/versions/<id:version_id>")
def version(version_id: int) -> tuple[str, int]:
    return _version_page(version_id, CommentForm(formdata=None))


@bp.post("/versions/<id:version_id>/agree")
def agree(version_id: int) -> tuple[str, int] | Response:
    try:
        agreed = contracts.agree_version(get_session(), current_partner(), version_id, now=now())
    except (Conflict, NotAllowed) as e:  # revised or settled meanwhile: said beside the button
        return _version_page(version_id, CommentForm(formdata=None), status_for(e), problem=str(e))
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
    if held_back(form.body.data):
        return _version_page(version_id, form, DISTRESS_STATUS)
    try:
        contract_comments.comment_on(session, partner, version_id, form.body.data or "", now=now())
    except ValidationError as e:  # the comment comes back as typed
        form.body.errors = [*form.body.errors, str(e)]
        return _version_page(version_id, form, status_for(e))
    except DomainError as e:  # agreed, withdrawn or revised meanwhile: said, and the comment shown to copy
        return _version_page(version_id, form, status_for(e), problem=str(e))
    flash("Your comment is added: it stays with this proposal, and with its revisions.", "success")
    return redirect(url_for(".version", version_id=version_id, _anchor="comments-title"))
