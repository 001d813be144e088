"""Account linking: the site as the OAuth 2.0 authorization server Alexa links accounts with.

Authlib does the protocol (RFC 6749 and, when a client sends it, PKCE); models/oauth.py
keeps the codes and tokens, hashed. The one client is Alexa, configured from the
environment (README, "Account linking"); without it every /oauth page says account
linking is not configured. GET /oauth/authorize asks the logged-in partner's consent,
POST /oauth/authorize answers Alexa's redirect URI with a code, POST /oauth/token
exchanges codes and refresh tokens for tokens.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from dataclasses import dataclass
from typing import Any

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import (
    AuthorizationCodeMixin,
    ClientMixin,
    InvalidClientError,
    InvalidRequestError,
    TokenMixin,
    grants,
)
from authlib.oauth2.rfc6749.util import list_to_scope, scope_to_list
from authlib.oauth2.rfc7636 import CodeChallenge
from flask import Blueprint, Flask, abort, current_app, jsonify, make_response, render_template, request
from werkzeug.wrappers import Response
from wtforms import SubmitField

from trust_tracker.models import oauth
from trust_tracker.models.oauth_entities import OAuthCode, OAuthToken
from trust_tracker.models.text import has_control_characters

from .auth import current_partner
from .config import now
from .db import get_session
from .errors import render_error
from .forms import SiteForm
from .headers import content_security_policy
from .throttle import TOKEN_ADDRESS, Throttled, client_address, limit

bp = Blueprint("oauth", __name__, url_prefix="/oauth")
# Alexa's servers call it without a login or a CSRF token: public, and exempt from CSRF.
token_bp = Blueprint("oauth_token", __name__, url_prefix="/oauth")

# What a partner grants Alexa: to use Trust Tracker by voice as them.
SCOPE = "trust_tracker"
# Alexa's redirect URIs, one per region, for the skill's vendor id (the console lists them).
ALEXA_REDIRECT_HOSTS = ("pitangui.amazon.com", "layla.amazon.com", "alexa.amazon.co.jp")
# The consent form's answer redirects there, and browsers hold that redirect to the form's
# form-action: the consent page, alone, lets it go to Alexa.
CONSENT_POLICY = content_security_policy(*(f"https://{host}" for host in ALEXA_REDIRECT_HOSTS))
NOT_CONFIGURED = "Account linking is not configured on this site."
# Alexa's `state` runs to some 1,500 characters; it comes back in the redirect, so it is bounded.
MAX_STATE = 4096


@dataclass(frozen=True)
class AlexaClient(ClientMixin):
    """The one client: Alexa, as the skill's account-linking settings in the console name it."""

    client_id: str
    client_secret: str
    vendor_id: str

    @property
    def redirect_uris(self) -> tuple[str, ...]:
        return tuple(f"https://{host}/api/skill/link/{self.vendor_id}" for host in ALEXA_REDIRECT_HOSTS)

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> None:
        return None  # Alexa always says which of its URIs: no guessing

    def get_allowed_scope(self, scope: str | None) -> str:
        if not scope:
            return SCOPE
        return list_to_scope([s for s in scope_to_list(scope) if s == SCOPE])

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        return hmac.compare_digest(client_secret.encode(), self.client_secret.encode())

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return endpoint != "token" or method in CodeGrant.TOKEN_ENDPOINT_AUTH_METHODS

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in (CodeGrant.GRANT_TYPE, RefreshGrant.GRANT_TYPE)


@dataclass(frozen=True)
class _Code(AuthorizationCodeMixin):
    row: OAuthCode

    @property
    def code_challenge(self) -> str | None:  # read by Authlib's PKCE extension
        return self.row.code_challenge

    @property
    def code_challenge_method(self) -> str | None:
        return self.row.code_challenge_method

    def get_redirect_uri(self) -> str:
        return self.row.redirect_uri

    def get_scope(self) -> str:
        return self.row.scope


@dataclass(frozen=True)
class _Token(TokenMixin):
    row: OAuthToken

    def check_client(self, client: ClientMixin) -> bool:
        return self.row.client_id == client.get_client_id()

    def get_scope(self) -> str:
        return self.row.scope


class CodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]  # noqa: RUF012 (Authlib's name)

    def save_authorization_code(self, code: str, request: Any) -> None:
        oauth.issue_code(
            get_session(),
            request.user,
            code,
            client_id=request.client.get_client_id(),
            redirect_uri=request.payload.redirect_uri,
            scope=request.scope,
            code_challenge=request.payload.data.get("code_challenge"),
            code_challenge_method=request.payload.data.get("code_challenge_method"),
            now=now(),
        )

    def query_authorization_code(self, code: str, client: ClientMixin) -> _Code | None:
        """The code is spent here, in one statement, so two requests never both get tokens for it;
        and committed at once, so it stays spent when the exchange then fails (another redirect
        URI, a wrong or missing PKCE verifier: a sign someone else holds the code)."""
        session = get_session()
        row = oauth.redeem_code(session, code, client.get_client_id(), now())
        if row is not None or oauth.revoke_replayed(session, code, now()):
            session.commit()  # an error answer rolls back: the spending, or the revocation, must stay
        return _Code(row) if row is not None else None

    def delete_authorization_code(self, authorization_code: _Code) -> None:
        """Nothing left to do: query_authorization_code spent it (kept, to catch a replay)."""

    def authenticate_user(self, authorization_code: _Code) -> Any:
        return authorization_code.row.partner


class RefreshGrant(grants.RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = CodeGrant.TOKEN_ENDPOINT_AUTH_METHODS
    INCLUDE_NEW_REFRESH_TOKEN = True  # a refresh token works once; its successor comes with the new token

    def authenticate_refresh_token(self, refresh_token: str) -> _Token | None:
        """Spent (its pair revoked) here, in one statement: two refreshes never both succeed. A spent
        one tried again revokes its whole grant."""
        session, client_id = get_session(), self.request.client.get_client_id()
        row = oauth.spend_refresh_token(session, refresh_token, client_id, now())
        if row is None and oauth.revoke_reused(session, refresh_token, client_id, now()):
            session.commit()  # the answer is an error, which rolls back: the revocation must stay
        return _Token(row) if row is not None else None

    def authenticate_user(self, refresh_token: _Token) -> Any:
        return refresh_token.row.partner

    def revoke_old_credential(self, refresh_token: _Token) -> None:
        """Nothing left to do: authenticate_refresh_token revoked it."""


class S256Only(CodeChallenge):
    """PKCE as Alexa sends it, when it does: "plain" adds nothing against a stolen code
    (RFC 7636 §4.2; the OAuth 2.0 Security BCP), so it is refused."""

    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]  # noqa: RUF012 (Authlib's name)


server = AuthorizationServer()
server.register_grant(CodeGrant, [S256Only(required=False)])
server.register_grant(RefreshGrant)


def configured_client() -> AlexaClient | None:
    """Alexa, when all three settings are given; None means account linking is off."""
    values = [current_app.config.get(key) for key in ("OAUTH_CLIENT_ID", "OAUTH_CLIENT_SECRET", "ALEXA_VENDOR_ID")]
    if not all(isinstance(value, str) and value.strip() for value in values):
        return None
    return AlexaClient(*values)


def _query_client(client_id: object) -> AlexaClient | None:
    client = configured_client()
    if client is None or not isinstance(client_id, str):
        return None
    return client if hmac.compare_digest(client_id.encode(), client.client_id.encode()) else None


def _save_token(token: dict[str, Any], oauth_request: Any) -> None:
    replaced = oauth_request.refresh_token
    code = oauth_request.authorization_code
    oauth.save_token(
        get_session(),
        oauth_request.user.id,
        client_id=oauth_request.client.get_client_id(),
        scope=token.get("scope", ""),
        access_token=token["access_token"],
        refresh_token=token.get("refresh_token"),
        expires_in=int(token["expires_in"]),
        code_id=code.row.id if code is not None else None,
        replaces=replaced.row if replaced is not None else None,
        now=now(),
    )


def init_app(app: Flask) -> None:
    lifetime = int(oauth.ACCESS_LIFETIME.total_seconds())
    app.config.setdefault("OAUTH2_REFRESH_TOKEN_GENERATOR", True)
    app.config.setdefault("OAUTH2_TOKEN_EXPIRES_IN", {"authorization_code": lifetime, "refresh_token": lifetime})
    app.config.setdefault("OAUTH2_SCOPES_SUPPORTED", [SCOPE])
    server.init_app(app, query_client=_query_client, save_token=_save_token)


class ConsentForm(SiteForm):
    allow = SubmitField("Allow")
    deny = SubmitField("Don't allow")


def _configured() -> None:
    if configured_client() is None:
        abort(404, NOT_CONFIGURED)


@bp.route("/authorize", methods=["GET", "POST"])
def authorize() -> Response | tuple[str, int]:
    """The consent page (log-in first: Flask-Login brings the partner back here), and its answer."""
    _configured()
    partner = current_partner()
    form = ConsentForm()
    if any(has_control_characters(value) for value in request.args.values()):
        return render_error(400, "This account-linking request cannot be used: it holds control characters.")
    if len(request.args.get("state", "")) > MAX_STATE:
        return render_error(
            400, f"This account-linking request cannot be used: its state is over {MAX_STATE:,} characters."
        )
    try:
        grant = server.get_consent_grant(end_user=partner)
    except OAuth2Error as error:
        if error.redirect_uri:  # set only once the client and its redirect URI are known to be Alexa's
            return server.handle_error_response(None, error)
        reason = (error.description or error.error).rstrip(".")
        return render_error(400, f"This account-linking request cannot be used: {reason}.")
    if request.method == "GET" or not form.validate():
        page = render_template("oauth/consent.html", form=form, partner=partner, scope=grant.request.scope)
        status = 200 if request.method == "GET" else 400
        return make_response(page, status, {"Content-Security-Policy": CONSENT_POLICY})
    return server.create_authorization_response(grant=grant, grant_user=partner if form.allow.data else None)


@token_bp.post("/token")
def token() -> Response:
    _configured()
    try:
        limit((TOKEN_ADDRESS, client_address()))  # before the client's secret is checked
    except Throttled as error:  # Alexa reads JSON here, never a page
        answer = jsonify(error="slow_down", error_description="Too many token requests from this address.")
        answer.status_code = 429
        answer.headers["Retry-After"] = dict(error.get_headers()).get("Retry-After", "60")
        return answer
    if not _readable_basic(request.headers.get("Authorization", "")):
        unreadable = InvalidClientError(description="Unreadable Basic credentials.", status_code=401)
        return server.handle_error_response(None, unreadable)
    repeated = sorted(key for key in request.form if len(request.form.getlist(key)) > 1)
    if repeated:  # RFC 6749, 3.2: no parameter more than once
        return server.handle_error_response(None, InvalidRequestError(f"Repeated parameter: {repeated[0]}."))
    return server.create_token_response()


def _readable_basic(authorization: str) -> bool:
    """False for an Authorization header Authlib would fail on: blank but for spaces, or Basic
    credentials that are not base64 of UTF-8 text."""
    parts = authorization.split(None, 1)
    if " " in authorization and len(parts) < 2:
        return False
    if len(parts) < 2 or parts[0].lower() != "basic":
        return True  # none, or another scheme: Authlib looks for the secret in the form instead
    try:
        base64.b64decode(parts[1].strip(), validate=True).decode()
    except (binascii.Error, ValueError):  # not base64, not ASCII, or not UTF-8
        return False
    return True
