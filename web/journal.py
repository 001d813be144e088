"""The private journal: write, read one's own, share an entry or an excerpt, see what was shared."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from werkzeug.wrappers import Response
from wtforms import TextAreaField
from wtforms.validators import DataRequired

from trust_tracker.models import journal
from trust_tracker.models.errors import DomainError

from .auth import current_partner
from .config import now
from .db import get_session
from .errors import status_for
from .forms import SiteForm, at_most

bp = Blueprint("journal", __name__, url_prefix="/journal")


class WriteForm(SiteForm):
    body = TextAreaField(
        "New entry",
        validators=[DataRequired("Write something first."), at_most(journal.MAX_BODY)],
        description="Only you can read it, unless you choose to share it.",
    )


class ShareForm(SiteForm):
    excerpt = TextAreaField(
        "Excerpt to share (optional)",
        validators=[at_most(journal.MAX_BODY)],
        description="Copy the part you want your partner to read, word for word and whole words only. "
        "Leave empty to share the whole entry.",
    )


def _index(form: WriteForm, status: int = 200) -> tuple[str, int]:
    session, partner = get_session(), current_partner()
    return render_template(
        "journal/index.html",
        form=form,
        entries=journal.entries_for(session, partner),
        shared=journal.shared_entries(session, partner.couple_id),
        viewer=partner,
    ), status


def _entry_page(entry_id: int, form: ShareForm, status: int = 200) -> tuple[str, int]:
    entry = journal.get_own(get_session(), current_partner(), entry_id)  # NotFound: 404
    return render_template("journal/entry.html", entry=entry, form=form), status


@bp.get("/")
def index() -> tuple[str, int]:
    return _index(WriteForm(formdata=None))


@bp.post("/")
def write() -> tuple[str, int] | Response:
    form = WriteForm()
    if not form.validate():
        return _index(form, 422)
    try:
        entry = journal.write(get_session(), current_partner(), form.body.data, now=now())
    except DomainError as e:
        form.body.errors = [*form.body.errors, str(e)]
        return _index(form, status_for(e))
    flash("Saved to your journal. Only you can read it.", "success")
    return redirect(url_for(".entry", entry_id=entry.id))


@bp.get("/<id:entry_id>")
def entry(entry_id: int) -> tuple[str, int]:
    return _entry_page(entry_id, ShareForm(formdata=None))


@bp.post("/<id:entry_id>/share")
def share(entry_id: int) -> tuple[str, int] | Response:
    form = ShareForm()
    if not form.validate():
        return _entry_page(entry_id, form, 422)
    try:
        journal.share(get_session(), current_partner(), entry_id, excerpt=form.excerpt.data, now=now())
    except DomainError as e:
        form.excerpt.errors = [*form.excerpt.errors, str(e)]
        return _entry_page(entry_id, form, status_for(e))
    flash("Shared with your partner.", "success")
    return redirect(url_for(".entry", entry_id=entry_id))


@bp.post("/<id:entry_id>/unshare")
def unshare(entry_id: int) -> Response:
    journal.unshare(get_session(), current_partner(), entry_id)
    flash("Not shared any more: only you can read it.", "success")
    return redirect(url_for(".entry", entry_id=entry_id))


@bp.post("/<id:entry_id>/delete")
def delete(entry_id: int) -> Response:
    journal.delete(get_session(), current_partner(), entry_id)
    flash("The entry is deleted.", "success")
    return redirect(url_for(".index"))
