"""How we'd say it when it's done: each commitment's phrasings, which the skill recognises
("I called when I was running late"). Either partner edits them; they are a recognition aid,
not contract terms, so they need no agreement (models/spoken_forms.py)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from werkzeug.wrappers import Response
from wtforms import TextAreaField
from wtforms.validators import Length

from trust_tracker.models import spoken_forms
from trust_tracker.models.errors import ValidationError

from .auth import current_partner
from .db import get_session
from .distress import DISTRESS_STATUS, held_back
from .forms import SiteForm

bp = Blueprint("said", __name__, url_prefix="/contract/said")


class PhrasingsForm(SiteForm):
    phrasings = TextAreaField(
        "How you'd say it when it's done",
        # The whole box's cap, said as the person counts: lines and characters a line, never "976 characters".
        validators=[
            Length(
                max=spoken_forms.MAX_FORMS * (spoken_forms.MAX_LENGTH + 2),
                message=f"At most {spoken_forms.MAX_FORMS} lines of {spoken_forms.MAX_LENGTH} characters each, please.",
            )
        ],
        description=(
            f"One short sentence a line ({spoken_forms.MAX_LENGTH} characters at most), at most "
            f"{spoken_forms.MAX_FORMS} of them, as you'd tell Alexa: "
            "“I called when I was running late”. Leave it empty to use none."
        ),
    )


@bp.route("/<id:lineage_id>", methods=["GET", "POST"])
def edit(lineage_id: int) -> tuple[str, int] | Response:
    session, partner = get_session(), current_partner()
    found = spoken_forms.read(session, partner, lineage_id)  # another couple's, or gone: 404
    form = PhrasingsForm()
    if not form.is_submitted():
        form.phrasings.data = "\n".join(found.saved or found.suggested)
        return _page(found, form, 200)
    if not form.validate():
        return _page(found, form, 422)
    lines = (form.phrasings.data or "").splitlines()
    if held_back(*lines):
        return _page(found, form, DISTRESS_STATUS)
    try:
        spoken_forms.save(session, partner, lineage_id, lines)
    except ValidationError as e:
        form.phrasings.errors = [str(e)]
        return _page(found, form, 422)
    flash("Saved. Alexa will recognise these from your next conversation.", "success")
    return redirect(url_for("contract.index"))


def _page(found: spoken_forms.Phrasings, form: PhrasingsForm, status: int) -> tuple[str, int]:
    return render_template("contract/said.html", found=found, form=form), status
