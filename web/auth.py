"""Sign-up, log-in and -out, inviting the partner and joining; who is logged in."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from flask import session as cookie
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect
from werkzeug.wrappers import Response

from trust_tracker.models import accounts, logins
from trust_tracker.models.entities import Partner
from trust_tracker.models.errors import Conflict, DomainError, EmailTaken, InvalidCode
from trust_tracker.models.login_entities import LoginSession

from . import mail
from .config import now
from .db import get_session
from .errors import status_for
from .forms import JoinForm, LoginForm, SignUpForm
from .throttle import (
    JOIN_ADDRESS,
    LOGIN_ACCOUNT,
    LOGIN_ADDRESS,
    SIGNUP_ACCOUNT,
    SIGNUP_ADDRESS,
    client_address,
    forgive,
    limit,
    per_email,
    per_recipient,
)

bp = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please log in to see that page."
login_manager.login_message_category = "info"

# Everything else needs a login: a new view is private unless it is added here.
# "Need help now?" above all: someone in danger must never be asked to log in first.
PUBLIC_ENDPOINTS = {
    "auth.landing",
    "auth.signup",
    "auth.login",
    "auth.join",
    "passwords.forgot",
    "passwords.reset",
    "health.healthz",
    "health.favicon",
    "help.index",
    "static",
}


class User(UserMixin):
    """Flask-Login's view of one login of a partner (the domain model knows nothing of Flask).

    The cookie holds the login's random token, never the partner's id: a token whose
    row is gone (logged out, ended elsewhere, password changed, account deleted) is no one.
    """

    def __init__(self, login: LoginSession, token: str) -> None:
        self.login = login
        self.partner = login.partner
        self.token = token

    def get_id(self) -> str:
        return self.token


def init_app(app: Flask, public_blueprints: set[str]) -> None:
    login_manager.init_app(app)

    @app.before_request
    def require_login() -> Response | None:
        if request.endpoint is None:  # no such route: let it 404
            return None
        if request.endpoint in PUBLIC_ENDPOINTS or request.blueprint in public_blueprints:
            return None
        if current_user.is_authenticated:
            return None
        return login_manager.unauthorized()


@login_manager.user_loader
def _load_user(token: str) -> User | None:
    login = logins.find(get_session(), token, now=now())
    return User(login, token) if login is not None else None


def log_in(partner: Partner) -> None:
    """Start a login for `partner` on this browser, with a new CSRF secret: one planted in the
    browser before the log-in must not sign the forms after it."""
    login, token = logins.start(get_session(), partner, request.user_agent.string, now=now())
    login_user(User(login, token))
    field = current_app.config["WTF_CSRF_FIELD_NAME"]
    cookie.pop(field, None)
    g.pop(field, None)  # Flask-WTF's token for this request, made from the old secret


def current_partner() -> Partner:
    return current_user.partner


def safe_next(target: str | None) -> str | None:
    """A same-site path to go back to after logging in, or None."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    if any(ord(c) < 32 for c in target):
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc and _opens(parts.path) else None


def _opens(path: str) -> bool:
    """Whether a GET opens `path`: a form posted after the login ended ("/settings/security/logout-everywhere")
    would come back as a 405 (tester-web49), so it is no place to go back to."""
    try:
        current_app.url_map.bind("localhost").match(path, method="GET")
    except RequestRedirect:  # "/history" to "/history/": it opens
        return True
    except HTTPException:
        return False
    return True


@bp.get("/")
def landing() -> str | Response:
    if current_user.is_authenticated:
        return redirect(url_for("today.index"))
    return render_template("auth/landing.html")


@bp.route("/signup", methods=["GET", "POST"])
def signup() -> tuple[str, int]:
    """The reply is the same whether or not the email already has an account: sign-up
    must not tell a stranger who uses this site. The owner of a taken address hears of
    it by mail, when mail is configured."""
    form = SignUpForm()
    if request.method == "GET":
        form.timezone.data = current_app.config["DEFAULT_TIMEZONE"]
    if not form.validate_on_submit():
        return render_template("auth/signup.html", form=form), 422 if form.is_submitted() else 200
    email = accounts.normalise_email(form.email.data)  # the form checked it can be
    limit((SIGNUP_ADDRESS, client_address()), per_email(SIGNUP_ACCOUNT, email), per_recipient(email))
    try:
        accounts.sign_up(
            get_session(),
            name=form.name.data,
            email=form.email.data,
            password=form.password.data,
            timezone=form.timezone.data,
        )
    except EmailTaken:
        tell_owner(email, "create a Trust Tracker account with")
    except DomainError as e:
        form.form_errors.append(str(e))
        return render_template("auth/signup.html", form=form), status_for(e)
    return render_template("auth/signup_done.html", email=email), 200


def tell_owner(email: str, attempt: str, *, joining: bool = False) -> None:
    """Mail the owner of a taken address what someone tried with it: the reply on the site is the same
    whether or not the address has an account (sign-up, joining, changing one's email). `joining`: with
    what an account already here can do with an invitation, as the join pages say (auth/_already_here.html)."""
    if joining:
        what_would_do = (
            "If it was you: joining makes a new account. An account that is already here stays in its own couple "
            "and cannot move into another. To join, leave your couple first: log in, take a copy of your data and delete your account "
            f"on its account page ({url_for('account.index', _external=True)}), then open the invitation link "
            "again. Or, if nobody has joined you yet, ask the person who invited you to join your couple, with a "
            f"link from your Invite page ({url_for('auth.invite', _external=True)}). Or join as a new account, with "
            "an email address no account here uses. To log in, you can choose a new password here:\n"
        )
    else:
        what_would_do = "If it was you, log in with your password, or choose a new one here:\n"
    mail.send(
        email,
        "Someone tried to use your email on Trust Tracker",
        f"Someone tried to {attempt} this email address, which already has an account.\n"
        f"Nothing was changed. {what_would_do}"
        f"{url_for('passwords.forgot', _external=True)}\n\nIf it was not you, you need do nothing.",
    )


@bp.route("/login", methods=["GET", "POST"])
def login() -> tuple[str, int] | Response:
    form = LoginForm()
    if request.method == "GET":
        form.next.data = safe_next(request.args.get("next"))
    if not form.validate_on_submit():
        return render_template("auth/login.html", form=form), 422 if form.is_submitted() else 200
    # Before the password is checked: a refused attempt costs no Argon2 time.
    checks = per_email(LOGIN_ACCOUNT, form.email.data), (LOGIN_ADDRESS, client_address())
    limit(*checks)
    partner = accounts.authenticate(get_session(), form.email.data, form.password.data)
    if partner is None:
        form.form_errors.append("That email and password do not match an account.")
        return render_template("auth/login.html", form=form), 401
    forgive(*checks)  # only wrong passwords use up the quotas
    log_in(partner)
    return redirect(safe_next(form.next.data) or url_for("today.index"))


@bp.post("/logout")
def logout() -> Response:
    if current_user.is_authenticated:
        logins.end(get_session(), current_user.token)
    logout_user()
    flash("You are logged out.", "info")
    # From a join link: back to it, to join as the person it was sent to.
    return redirect(safe_next(request.form.get("next")) or url_for("auth.landing"))


@bp.route("/invite", methods=["GET", "POST"])
def invite() -> str | tuple[str, int]:
    partner = current_partner()
    other = accounts.partner_of(partner)
    link = None
    if request.method == "POST":
        try:
            token = accounts.create_invitation(get_session(), partner, now=now())
        except Conflict as e:
            flash(str(e), "error")
            return render_template("auth/invite.html", other=other, link=None), status_for(e)
        link = url_for("auth.join", token=token, _external=True)
    return render_template("auth/invite.html", other=other, link=link), 200


@bp.route("/join/<token>", methods=["GET", "POST"])
def join(token: str) -> tuple[str, int]:
    """As sign-up: the reply is the same whether or not the email already has an account
    (tester-web45 F2), so the new partner logs in afterwards, as a new couple's first does."""
    if request.method == "POST":
        limit((JOIN_ADDRESS, client_address()))
    session = get_session()
    try:
        sender = accounts.inviter(session, token, now=now())
    except InvalidCode as e:
        abort(404, description=str(e))
    inviter = sender.name
    form = JoinForm()
    if current_user.is_authenticated:  # an account stays in its couple: the page says what would do
        status = 409 if request.method == "POST" else 200
        partner = current_partner()
        own, alone = partner.couple_id == sender.couple_id, accounts.partner_of(partner) is None
        return render_template("auth/join.html", form=form, inviter=inviter, token=token, own=own, alone=alone), status
    if not form.validate_on_submit():
        status = 422 if form.is_submitted() else 200
        return render_template("auth/join.html", form=form, inviter=inviter, token=token), status
    email = accounts.normalise_email(form.email.data)  # the form checked it can be
    limit(per_recipient(email))  # a taken address is mailed: never a flood of them (tester-web46)
    try:
        accounts.join(
            session,
            token=token,
            name=form.name.data,
            email=form.email.data,
            password=form.password.data,
            now=now(),
        )
    except EmailTaken:  # answered as a join is, the link left unspent for another address
        tell_owner(email, "join a couple on Trust Tracker with", joining=True)
    except InvalidCode as e:  # spent by someone else at this very moment: answered as a used link
        abort(404, description=str(e))
    except DomainError as e:
        form.form_errors.append(str(e))
        return render_template("auth/join.html", form=form, inviter=inviter, token=token), status_for(e)
    return render_template("auth/join_done.html", email=email, inviter=inviter), 200
