"""Settings › Logins and password: where you are logged in, ending logins, changing the password."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user, logout_user
from werkzeug.wrappers import Response

from trust_tracker.models import accounts, logins
from trust_tracker.models.errors import DomainError

from .auth import current_partner, log_in
from .config import now
from .db import get_session
from .errors import status_for
from .password_forms import ChangePasswordForm
from .replies import done
from .throttle import CHANGE_ACCOUNT, limit

bp = Blueprint("security", __name__, url_prefix="/settings/security")


def _page(form: ChangePasswordForm, status: int = 200) -> tuple[str, int]:
    active = logins.active(get_session(), current_partner(), now=now())
    return render_template("security/index.html", form=form, logins=active, this_login=current_user.login.id), status


@bp.get("/")
def index() -> tuple[str, int]:
    return _page(ChangePasswordForm(formdata=None))


@bp.post("/password")
def change_password() -> tuple[str, int] | Response:
    form = ChangePasswordForm()
    if not form.validate():
        return _page(form, 422)
    partner = current_partner()
    limit((CHANGE_ACCOUNT, str(partner.id)))  # before the current password is checked
    try:
        accounts.change_password(get_session(), partner, form.current.data, form.new.data)
    except DomainError as e:
        form.form_errors.append(str(e))
        return _page(form, status_for(e))
    log_in(partner)  # every login ended with the old password; this browser gets a new one
    return done(
        "Your password is changed. Every other device was logged out. Alexa's account links made with "
        "your log-in were ended too, with every Alexa device and voice linked to you: link the skill "
        "again in the Alexa app, or pair again with a code."
    )


@bp.post("/logins/<id:login_id>/end")
def end_login(login_id: int) -> Response:
    logins.end_one(get_session(), current_partner(), login_id)
    if login_id == current_user.login.id:
        logout_user()
        return done("You are logged out.", "auth.landing", "info")
    return done("That login has ended: that device is logged out.")


@bp.post("/logout-everywhere")
def logout_everywhere() -> Response:
    logins.end_all(get_session(), current_partner())
    logout_user()
    return done("You are logged out everywhere, on this device too.", "auth.landing", "info")
