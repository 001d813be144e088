"""Your account and your data: change your name and email, export everything (JSON) or
the log (CSV), delete your account (leaving), and delete the couple (both partners)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from datetime import timedelta

from flask import Blueprint, Response, abort, current_app, flash, render_template, request, url_for
from flask_login import current_user, logout_user
from itsdangerous import BadData, URLSafeTimedSerializer
from werkzeug.wrappers import Response as BaseResponse
from wtforms import BooleanField, PasswordField
from wtforms.validators import DataRequired, InputRequired

from trust_tracker.models import accounts, email_links, export, leaving, passwords
from trust_tracker.models.entities import Partner
from trust_tracker.models.errors import DomainError, EmailTaken

from . import mail
from .auth import current_partner, tell_owner
from .config import now
from .db import get_session, sessions
from .errors import status_for
from .forms import SiteForm, _email_field, _name_field, at_most
from .password_forms import _current_password
from .replies import done
from .throttle import CHANGE_ACCOUNT, DELETE_ACCOUNT, limit, per_recipient

bp = Blueprint("account", __name__, url_prefix="/account")

EMAIL_LINK_MINUTES = 60
EMAIL_LINK_INVALID = "This link to confirm a new email is not valid any more. Change your email again for a new one."


class NameForm(SiteForm):
    name = _name_field()


class EmailForm(SiteForm):
    email = _email_field()
    password = _current_password()


class DeleteForm(SiteForm):
    password = PasswordField(
        "Your password",
        validators=[InputRequired("Please enter your password to confirm."), at_most(passwords.MAX_PASSWORD_LENGTH)],
    )
    confirm = BooleanField(validators=[DataRequired("Please tick the box to confirm.")])


CONFIRMATIONS = {
    "me": "I understand that my account, my log entries and their notes, answers and journal are deleted for good; "
    "a partner who stays keeps in their copy of our history only what happened when, without my name or notes.",
    # Alone (nobody joined, or the partner left): the couple goes with the account, and nobody stays.
    "me-alone": "I understand that my account and everything of our couple, my journal included, are deleted for good.",
    "couple": "I understand that everything of both of us, both our journals included, is deleted for good "
    "once both of us have confirmed.",
}


class Forms:
    """Every form on the page; the prefixes keep their fields apart. A submitted one
    replaces its blank twin, so its errors and values show where they were typed."""

    def __init__(self, **submitted: SiteForm) -> None:
        partner = current_partner()
        self.name = submitted.get("name") or NameForm(prefix="name", formdata=None, name=partner.name)
        self.email = submitted.get("email") or EmailForm(prefix="email", formdata=None, email=partner.email)
        self.me = submitted.get("me") or _delete_form("me", submitted=False)
        self.couple = submitted.get("couple") or _delete_form("couple", submitted=False)


def _delete_form(which: str, *, submitted: bool = True) -> DeleteForm:
    form = DeleteForm(prefix=which) if submitted else DeleteForm(prefix=which, formdata=None)
    alone = which == "me" and accounts.partner_of(current_partner()) is None
    form.confirm.label.text = CONFIRMATIONS["me-alone" if alone else which]
    return form


def _page(forms: Forms, status: int = 200) -> tuple[str, int]:
    partner = current_partner()
    return render_template(
        "account/index.html",
        forms=forms,
        other=accounts.partner_of(partner),
        request_to_delete=leaving.pending_couple_deletion(get_session(), partner.couple_id),
        viewer=partner,
    ), status


def _attachment(body: str | Iterator[str], mimetype: str, name: str) -> Response:
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@bp.get("/")
def index() -> tuple[str, int]:
    return _page(Forms())


@bp.post("/name")
def change_name() -> tuple[str, int] | BaseResponse:
    form = NameForm(prefix="name")
    if not form.validate():
        return _page(Forms(name=form), 422)
    try:
        accounts.change_name(get_session(), current_partner(), form.name.data)
    except DomainError as e:
        form.name.errors = [*form.name.errors, str(e)]
        return _page(Forms(name=form), status_for(e))
    return done(f"Saved: you are {current_partner().name} here now.")


@bp.post("/email")
def change_email() -> tuple[str, int] | BaseResponse:
    form = EmailForm(prefix="email")
    if not form.validate():
        return _page(Forms(email=form), 422)
    partner = current_partner()
    # Before the password is checked; the new address is mailed, so it has its quota too (tester-web46).
    limit((CHANGE_ACCOUNT, str(partner.id)), per_recipient(form.email.data))
    session = get_session()
    try:
        email = accounts.check_email_change(partner, form.password.data, form.email.data)
        if mail.configured():
            return _ask_new_address(partner, email)
        accounts.move_email(session, partner, email)
    except EmailTaken:  # answered as a free one is: the reply tells no one who has an account here
        tell_owner(email, "move another Trust Tracker account to")
    except DomainError as e:
        form.form_errors.append(str(e))
        return _page(Forms(email=form), status_for(e))
    return done(
        f"Done. If no other account uses {email}, you log in with it from now on; if one does, nothing was "
        "changed and you log in as before. This page shows the email you log in with."
    )


def _link_signer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key or "", salt="email-change")


def _ask_new_address(partner: Partner, email: str) -> BaseResponse:
    """With mail, the new address confirms the change by a link: the page is the same, and stays
    the same, whether or not another account has it (its owner gets a note instead of a link)."""
    # Older links stop either way (tester-web49: a taken address left the earlier link working, so whether
    # it still worked told who has an account here); a taken address's new one is never sent.
    nonce = secrets.token_urlsafe(16)
    email_links.keep_newest(get_session(), partner.id, nonce, now() + timedelta(minutes=EMAIL_LINK_MINUTES))
    if accounts.partner_by_email(get_session(), email) is not None:
        tell_owner(email, "move another Trust Tracker account to")
    else:
        token = _link_signer().dumps([partner.id, partner.email, email, nonce])
        mail.send(
            email,
            "Confirm your new Trust Tracker email",
            f"To log in to Trust Tracker with this address from now on, open this link within "
            f"{EMAIL_LINK_MINUTES} minutes, logged in as yourself:\n{url_for('.confirm_email', token=token, _external=True)}"
            "\n\nIf you did not ask for this, you need do nothing.",
        )
    return done(
        f"Almost done: we sent a link to {email}. Open it within {EMAIL_LINK_MINUTES} minutes and you log in "
        "with that address from then on. If another account uses it, its owner gets a note instead, and "
        "nothing changes."
    )


@bp.get("/email/<token>")
def confirm_email(token: str) -> BaseResponse:
    """The link sent to a new address: it works once (the email it moves from is in it), for its
    partner, within the hour; anything else is a 404 that changes nothing."""
    partner = current_partner()
    try:
        partner_id, old, new, nonce = _link_signer().loads(token, max_age=EMAIL_LINK_MINUTES * 60)
    except (BadData, ValueError, TypeError):
        abort(404, description=EMAIL_LINK_INVALID)
    if partner_id != partner.id or old != partner.email or not isinstance(nonce, str):
        abort(404, description=EMAIL_LINK_INVALID)
    # The newest link only, once: a later request, or this link used before, spent it (tester-web46).
    if not email_links.take_newest(get_session(), partner.id, nonce, now()):
        abort(404, description=EMAIL_LINK_INVALID)
    try:
        accounts.move_email(get_session(), partner, new)
    except EmailTaken:  # whoever opened it owns that mailbox: telling them hides nothing
        abort(409, description="Another account took that address meanwhile, so your email was not changed.")
    return done(f"Saved: you log in with {partner.email} from now on.")


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


def _confirmed_delete(which: str) -> DeleteForm | tuple[str, int]:
    """The submitted deletion form once valid and within its limit, or the page with its errors."""
    form = _delete_form(which)
    if not form.validate():
        return _page(Forms(**{which: form}), 422)
    limit((DELETE_ACCOUNT, str(current_partner().id)))  # before the password is checked
    return form


@bp.post("/delete")
def delete_me() -> tuple[str, int] | BaseResponse:
    form = _confirmed_delete("me")
    if not isinstance(form, DeleteForm):
        return form
    try:
        leaving.delete_partner(get_session(), current_partner(), form.password.data)
    except DomainError as e:
        form.password.errors = [*form.password.errors, str(e)]
        return _page(Forms(me=form), status_for(e))
    logout_user()  # the login itself went with the account (ON DELETE CASCADE)
    return done("Your account and your own data are deleted.", "auth.landing")


@bp.post("/delete-couple")
def delete_couple() -> tuple[str, int] | BaseResponse:
    form = _confirmed_delete("couple")
    if not isinstance(form, DeleteForm):
        return form
    partner = current_partner()
    other = accounts.partner_of(partner)
    try:
        outcome = leaving.delete_couple(get_session(), partner, form.password.data, now=now())
    except DomainError as e:
        form.password.errors = [*form.password.errors, str(e)]
        return _page(Forms(couple=form), status_for(e))
    if outcome is leaving.CoupleDeletion.ASKED:
        assert other is not None
        return done(f"Asked. Nothing is deleted until {other.name} confirms it on this page.")
    logout_user()  # every login went with the accounts (ON DELETE CASCADE)
    return done("Your couple and all of its data are deleted.", "auth.landing")


@bp.post("/keep-couple")
def keep_couple() -> BaseResponse:
    leaving.keep_couple(get_session(), current_partner())
    return done("Your couple stays as it is: nothing was deleted.")


@bp.before_app_request
def _tell_notice() -> None:
    """A one-time notice (e.g. "Sam left: your couple is dissolved"), shown once, on the
    partner's next page: at log-in, or while already logged in when it happened."""
    if request.method != "GET" or request.endpoint in (None, "static") or not current_user.is_authenticated:
        return
    notice = leaving.take_notice(get_session(), current_user.partner)
    if notice:
        flash(notice, "info")
