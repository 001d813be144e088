"""Your data: export it all (JSON) or the log (CSV); delete your account or the whole couple."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from flask import Blueprint, Response, flash, redirect, render_template, url_for
from flask_login import logout_user
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response as BaseResponse
from wtforms import BooleanField, PasswordField
from wtforms.validators import DataRequired, InputRequired

from trust_tracker.models import accounts, export
from trust_tracker.models.entities import Partner
from trust_tracker.models.errors import DomainError

from .auth import current_partner
from .config import now
from .db import get_session, sessions
from .errors import status_for
from .forms import SiteForm, at_most
from .throttle import DELETE_ACCOUNT, limit

bp = Blueprint("account", __name__, url_prefix="/account")


class DeleteForm(SiteForm):
    password = PasswordField(
        "Your password",
        validators=[InputRequired("Please enter your password to confirm."), at_most(accounts.MAX_PASSWORD_LENGTH)],
    )
    confirm = BooleanField(validators=[DataRequired("Please tick the box to confirm.")])


CONFIRMATIONS = {
    "me": "I understand that my account, my log entries, answers and journal are deleted for good.",
    "couple": "I understand that everything of both of us is deleted for good.",
}


def _forms() -> dict[str, DeleteForm]:
    """The two deletion forms; their prefixes keep their fields apart on one page."""
    forms = {}
    for which, confirmation in CONFIRMATIONS.items():
        forms[which] = DeleteForm(prefix=which)
        forms[which].confirm.label.text = confirmation
    return forms


def _page(forms: dict[str, DeleteForm], status: int = 200) -> tuple[str, int]:
    other = accounts.partner_of(current_partner())
    return render_template("account/index.html", forms=forms, other=other), status


def _attachment(body: str | Iterator[str], mimetype: str, name: str) -> Response:
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@bp.get("/")
def index() -> tuple[str, int]:
    return _page(_forms())


@bp.get("/export.json")
def export_json() -> Response:
    clock = now()
    data = export.export_json(get_session(), current_partner(), now=clock)
    return _attachment(
        json.dumps(data, indent=2, ensure_ascii=False), "application/json", f"trust-tracker-{clock:%Y-%m-%d}.json"
    )


@bp.get("/log.csv")
def export_csv() -> Response:
    return _attachment(_streamed_log(current_partner().id), "text/csv", f"trust-tracker-log-{now():%Y-%m-%d}.csv")


def _streamed_log(partner_id: int) -> Iterator[str]:
    """The log as CSV, a few hundred rows at a time, in constant memory however long it is.
    Streaming outlives the request (its session is closed when the view returns), so the
    rows are read in a session of their own, closed when the last row is sent."""
    factory = sessions()

    def rows() -> Iterator[str]:
        with factory() as session:
            partner = session.get(Partner, partner_id)
            assert partner is not None  # the logged-in partner, a moment ago
            yield from export.iter_log_csv(session, partner)

    return rows()


def _delete(which: str, action: Callable[[Session, Partner, str], None], done: str) -> tuple[str, int] | BaseResponse:
    forms = _forms()
    form = forms[which]
    if not form.validate():
        return _page(forms, 422)
    limit((DELETE_ACCOUNT, str(current_partner().id)))  # before the password is checked
    try:
        action(get_session(), current_partner(), form.password.data)
    except DomainError as e:
        form.password.errors = [*form.password.errors, str(e)]
        return _page(forms, status_for(e))
    logout_user()  # the login itself went with the account (ON DELETE CASCADE)
    flash(done, "success")
    return redirect(url_for("auth.landing"))


@bp.post("/delete")
def delete_me() -> tuple[str, int] | BaseResponse:
    return _delete("me", accounts.delete_partner, "Your account and your own data are deleted.")


@bp.post("/delete-couple")
def delete_couple() -> tuple[str, int] | BaseResponse:
    return _delete("couple", accounts.delete_couple, "Your couple and all of its data are deleted.")
