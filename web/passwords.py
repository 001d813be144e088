"""Forgot your password: a one-time, fifteen-minute link by mail (or from the host's command line)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from werkzeug.wrappers import Response

from trust_tracker.models import accounts
from trust_tracker.models.errors import DomainError, InvalidCode

from . import mail
from .config import now
from .db import get_session
from .errors import status_for
from .password_forms import ForgotForm, ResetForm
from .throttle import (
    LOGIN_ACCOUNT,
    RESET_ACCOUNT,
    RESET_ADDRESS,
    clear,
    client_address,
    limit,
    per_email,
    per_recipient,
)

bp = Blueprint("passwords", __name__)


@bp.route("/forgot", methods=["GET", "POST"])
def forgot() -> tuple[str, int]:
    """The reply is the same whether or not the email has an account."""
    form = ForgotForm()
    if not form.validate_on_submit():
        return render_template(
            "passwords/forgot.html", form=form, mail=mail.configured(), minutes=_minutes()
        ), 422 if form.is_submitted() else 200
    email = accounts.normalise_email(form.email.data)
    limit(per_email(RESET_ACCOUNT, email), (RESET_ADDRESS, client_address()), per_recipient(email))
    session = get_session()
    partner = accounts.partner_by_email(session, email)
    if partner is not None and mail.configured():
        token = accounts.create_reset(session, partner, now=now())
        minutes = _minutes()
        mail.send(
            partner.email,
            "Choose a new Trust Tracker password",
            f"To choose a new password, open this link within {minutes} minutes. It works once:\n"
            f"{url_for('.reset', token=token, _external=True)}\n\n"
            "If you did not ask for this, you need do nothing: your password stays as it is.",
        )
    return render_template("passwords/sent.html", email=email, mail=mail.configured(), minutes=_minutes()), 200


def _minutes() -> int:
    """How long a reset link works, as the pages and the email say it."""
    return int(accounts.RESET_LIFETIME.total_seconds() // 60)


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset(token: str) -> tuple[str, int] | Response:
    form = ResetForm()
    if form.is_submitted():
        limit((RESET_ADDRESS, client_address()))
    try:
        accounts.check_reset(get_session(), token, now=now())
    except InvalidCode as e:
        abort(404, description=str(e))
    if not form.validate_on_submit():
        return render_template("passwords/reset.html", form=form, token=token), 422 if form.is_submitted() else 200
    try:
        partner = accounts.reset_password(get_session(), token, form.new.data, now=now())
    except InvalidCode as e:  # used by someone else at this very moment: answered as a used link
        abort(404, description=str(e))
    except DomainError as e:
        form.form_errors.append(str(e))
        return render_template("passwords/reset.html", form=form, token=token), status_for(e)
    clear(per_email(LOGIN_ACCOUNT, partner.email))
    flash(
        "Your new password is set, every device was logged out, and Alexa's account links made with your "
        "log-in were ended, with every Alexa device and voice linked to you. Log in with the new password "
        "(and link the skill again in the Alexa app, or pair again with a code).",
        "success",
    )
    return redirect(url_for("auth.login"))
