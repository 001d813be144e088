"""The private journal: write, read one's own, share the whole entry or an excerpt (an
explicit choice, confirmed on a page that shows exactly what the partner will read),
delete with ten minutes to undo, see what was shared."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response
from wtforms import HiddenField, RadioField, TextAreaField
from wtforms.validators import DataRequired, InputRequired

from trust_tracker.models import accounts, journal
from trust_tracker.models.errors import DomainError

from .auth import current_partner
from .config import now
from .db import get_session
from .distress import DISTRESS_STATUS, held_back, spoken_of
from .errors import status_for
from .forms import SiteForm, at_most

bp = Blueprint("journal", __name__, url_prefix="/journal")

WHOLE, EXCERPT = "whole", "excerpt"


class WriteForm(SiteForm):
    body = TextAreaField(
        "New entry",
        validators=[DataRequired("Write something first."), at_most(journal.MAX_BODY)],
        description="Only you can read it, unless you choose to share it.",
    )


class ShareForm(SiteForm):
    how = RadioField(
        "What to share",
        choices={WHOLE: "Share the whole entry", EXCERPT: "Share this excerpt"},
        validators=[InputRequired("Choose whether to share the whole entry or an excerpt of it.")],
    )
    excerpt = TextAreaField(
        "Excerpt",
        validators=[at_most(journal.MAX_BODY)],
        description="Only for “Share this excerpt”: copy the part you want your partner to read, "
        "word for word and whole words only.",
    )
    # Set by the confirmation page's "Yes, share this": until then nothing is shared.
    confirmed = HiddenField()

    def chosen_excerpt(self) -> str | None:
        """None for the whole entry; the excerpt (maybe empty, which the domain refuses) otherwise."""
        return None if self.how.data == WHOLE else (self.excerpt.data or "")


def _index(form: WriteForm, status: int = 200) -> tuple[str, int]:
    session, partner = get_session(), current_partner()
    journal.purge_deleted(session, now())  # past their ten minutes: gone for good
    return render_template(
        "journal/index.html",
        form=form,
        entries=journal.entries_for(session, partner),
        shared=journal.shared_entries(session, partner.couple_id),
        deleted=journal.recently_deleted(session, partner, now()),
        viewer=partner,
    ), status


def _entry_page(entry_id: int, form: ShareForm, status: int = 200) -> tuple[str, int]:
    partner = current_partner()
    entry = journal.get_own(get_session(), partner, entry_id)  # NotFound: 404
    other = accounts.partner_of(partner)
    return render_template("journal/entry.html", entry=entry, form=form, other=other), status


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
    if spoken_of(form.body.data):  # private writing is allowed; help is one link away
        flash("If you are in danger or crisis, help is there: see “Need help now?”.", "distress")
    return redirect(url_for(".entry", entry_id=entry.id))


@bp.get("/<id:entry_id>")
def entry(entry_id: int) -> tuple[str, int]:
    return _entry_page(entry_id, ShareForm(formdata=None))


@bp.post("/<id:entry_id>/share")
def share(entry_id: int) -> tuple[str, int] | Response:
    """First the choice and a confirmation page showing what the partner will read; then,
    from that page, the share itself."""
    session, partner = get_session(), current_partner()
    form = ShareForm()
    if not form.validate():
        return _entry_page(entry_id, form, 422)
    entry = journal.get_own(session, partner, entry_id)  # NotFound: 404
    confirmed = form.confirmed.data == "yes"
    if held_back(entry.body if form.how.data == WHOLE else form.chosen_excerpt(), saves=confirmed):
        return _entry_page(entry_id, form, DISTRESS_STATUS)
    try:
        if not confirmed:
            text = journal.preview_share(session, partner, entry_id, form.chosen_excerpt())
            form.confirmed.data = "yes"
            return render_template(
                "journal/confirm_share.html",
                entry_id=entry_id,
                form=form,
                text=text,
                other=accounts.partner_of(partner),
            ), 200
        journal.share(session, partner, entry_id, excerpt=form.chosen_excerpt(), now=now())
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


@bp.route("/<id:entry_id>/delete", methods=["GET", "POST"])
def delete(entry_id: int) -> tuple[str, int] | Response:
    """GET asks first; POST deletes, with ten minutes to undo."""
    session, partner = get_session(), current_partner()
    if request.method == "GET":
        entry = journal.get_own(session, partner, entry_id)
        return render_template("journal/confirm_delete.html", entry=entry), 200
    journal.delete(session, partner, entry_id, now=now())
    flash("The entry is deleted. You can restore it from “Just deleted” for ten minutes.", "success")
    return redirect(url_for(".index") + "#deleted-title")


@bp.post("/<id:entry_id>/restore")
def restore(entry_id: int) -> Response:
    journal.undo_delete(get_session(), current_partner(), entry_id, now=now())
    flash("The entry is back, exactly as it was.", "success")
    return redirect(url_for(".entry", entry_id=entry_id))
