"""Account linking by OAuth 2.0: the codes and tokens a partner grants Alexa, and their rules.

The protocol itself (parameters, client authentication, error responses) is Authlib's, wired
in web/oauth.py; this module keeps what the database must hold true. Codes live five
minutes and work once; access tokens live an hour; a refresh replaces the pair it uses;
only hashes are stored; a code tried a second time, or a refresh token, revokes the
whole grant (what the code was exchanged for, and every refresh since).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.orm import Session

from .base import digest, utcnow
from .entities import Partner
from .errors import NotFound
from .oauth_entities import OAuthCode, OAuthToken

CODE_LIFETIME = timedelta(minutes=5)
ACCESS_LIFETIME = timedelta(hours=1)
# Used or expired codes are kept this long (a replay must still find them), then pruned.
KEEP_CODES = timedelta(days=1)
# Nobody's token is longer; anything longer is not ours and is not even hashed.
MAX_TOKEN_LENGTH = 200
_Row = TypeVar("_Row", OAuthCode, OAuthToken)


def issue_code(
    session: Session,
    partner: Partner,
    code: str,
    *,
    client_id: str,
    redirect_uri: str,
    scope: str,
    code_challenge: str | None = None,
    code_challenge_method: str | None = None,
    now: datetime | None = None,
) -> OAuthCode:
    """Store the code the partner just granted (its hash): it works once, for CODE_LIFETIME."""
    now = now or utcnow()
    session.execute(delete(OAuthCode).where(OAuthCode.created_at < now - KEEP_CODES))
    row = OAuthCode(
        code_hash=digest(code),
        partner_id=partner.id,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
        created_at=now,
        expires_at=now + CODE_LIFETIME,
    )
    session.add(row)
    session.flush()
    return row


def redeem_code(session: Session, code: str, client_id: str, now: datetime | None = None) -> OAuthCode | None:
    """Spend an open code of this client in one statement (two requests never both get it); None if
    it is unknown, expired or used."""
    now = now or utcnow()
    if not code or len(code) > MAX_TOKEN_LENGTH:
        return None
    return _spend(
        session,
        OAuthCode,
        OAuthCode.code_hash == digest(code),
        OAuthCode.client_id == client_id,
        OAuthCode.used_at.is_(None),
        OAuthCode.expires_at > now,
        used_at=now,
    )


def revoke_replayed(session: Session, code: str, now: datetime | None = None) -> int:
    """A code already used, tried again: whoever holds it may have stolen it, so the tokens it was
    exchanged for stop working (RFC 6749, 4.1.2). How many were revoked."""
    if not code or len(code) > MAX_TOKEN_LENGTH:
        return 0
    used = select(OAuthCode.id).where(OAuthCode.code_hash == digest(code), OAuthCode.used_at.is_not(None))
    return _revoke(session, [OAuthToken.code_id.in_(used)], now)


def save_token(
    session: Session,
    partner_id: int,
    *,
    client_id: str,
    scope: str,
    access_token: str,
    refresh_token: str | None,
    expires_in: int,
    code_id: int | None = None,
    replaces: OAuthToken | None = None,
    now: datetime | None = None,
) -> OAuthToken:
    """Store a new pair's hashes. A refreshed pair carries on where the one it `replaces` left off:
    the same code, Alexa account and voice."""
    now = now or utcnow()
    row = OAuthToken(
        partner_id=partner_id,
        client_id=client_id,
        scope=scope,
        access_hash=digest(access_token),
        refresh_hash=digest(refresh_token) if refresh_token else None,
        issued_at=now,
        expires_at=now + timedelta(seconds=expires_in),
        code_id=replaces.code_id if replaces is not None else code_id,
        alexa_user_id=replaces.alexa_user_id if replaces is not None else None,
        person_id=replaces.person_id if replaces is not None else None,
        last_used_at=replaces.last_used_at if replaces is not None else None,
    )
    session.add(row)
    session.flush()
    return row


def spend_refresh_token(
    session: Session, refresh_token: str, client_id: str, now: datetime | None = None
) -> OAuthToken | None:
    """Revoke the pair this refresh token belongs to, in one statement, and return it to be
    replaced; None when the token is unknown, revoked or another client's."""
    now = now or utcnow()
    if not refresh_token or len(refresh_token) > MAX_TOKEN_LENGTH:
        return None
    return _spend(
        session,
        OAuthToken,
        OAuthToken.refresh_hash == digest(refresh_token),
        OAuthToken.client_id == client_id,
        OAuthToken.revoked_at.is_(None),
        revoked_at=now,
    )


def revoke_reused(session: Session, refresh_token: str, client_id: str, now: datetime | None = None) -> int:
    """A refresh token already spent (or revoked), tried again: one of its two holders stole it,
    so the whole grant stops working, its successor too (RFC 6819, 5.2.2.3). How many were revoked."""
    if not refresh_token or len(refresh_token) > MAX_TOKEN_LENGTH:
        return 0
    spent = session.scalar(
        select(OAuthToken).where(
            OAuthToken.refresh_hash == digest(refresh_token),
            OAuthToken.client_id == client_id,
            OAuthToken.revoked_at.is_not(None),
        )
    )
    return _revoke(session, _grant_of(spent), now) if spent is not None else 0


def _grant_of(token: OAuthToken) -> list[ColumnElement[bool]]:
    """The tokens of the grant `token` belongs to: those of the same code; once the code is pruned,
    all that partner gave this client (revoking too much is the safe side)."""
    if token.code_id is not None:
        return [OAuthToken.code_id == token.code_id]
    return [OAuthToken.partner_id == token.partner_id, OAuthToken.client_id == token.client_id]


def live_grants(session: Session, couple_id: int) -> list[tuple[OAuthToken, datetime | None]]:
    """The couple's grants whose tokens still work (one live token each), oldest first, with when
    the partner allowed it (None once its code is pruned), whether or not Alexa has used them yet."""
    rows = session.execute(
        select(OAuthToken, OAuthCode.created_at)
        .join(Partner, Partner.id == OAuthToken.partner_id)
        .outerjoin(OAuthCode, OAuthCode.id == OAuthToken.code_id)
        .where(Partner.couple_id == couple_id, OAuthToken.revoked_at.is_(None))
        .order_by(OAuthToken.id)
    )
    return [(token, granted) for token, granted in rows]


def revoke_grant(session: Session, partner: Partner, token_id: int, now: datetime | None = None) -> OAuthToken:
    """Either partner ends one of the couple's grants: its tokens stop working at once. A grant
    of another couple's, or one already ended, is NotFound."""
    token = session.get(OAuthToken, token_id)
    if token is None or token.revoked_at is not None or token.partner.couple_id != partner.couple_id:
        raise NotFound("There is no such account link.")
    _revoke(session, _grant_of(token), now)
    return token


def revoke_partner(session: Session, partner_id: int, now: datetime | None = None) -> int:
    """Every token this partner ever granted stops working (their password changed). How many."""
    return _revoke(session, [OAuthToken.partner_id == partner_id], now)


def find_access(session: Session, access_token: str, now: datetime | None = None) -> OAuthToken | None:
    """The live token with this access token; None when unknown, expired or revoked."""
    now = now or utcnow()
    if not access_token or len(access_token) > MAX_TOKEN_LENGTH:
        return None
    return session.scalar(
        select(OAuthToken).where(
            OAuthToken.access_hash == digest(access_token),
            OAuthToken.revoked_at.is_(None),
            OAuthToken.expires_at > now,
        )
    )


def ever_issued(session: Session, access_token: str) -> bool:
    """Whether this access token was ever issued here (live, expired or revoked): a link that
    once held, as against a token never seen."""
    if not access_token or len(access_token) > MAX_TOKEN_LENGTH:
        return False
    return session.scalar(select(OAuthToken.id).where(OAuthToken.access_hash == digest(access_token))) is not None


def revoke_for_account(
    session: Session,
    partner_ids: Iterable[int],
    alexa_user_id: str,
    person_id: str | None = None,
    now: datetime | None = None,
) -> int:
    """Revoke these partners' tokens used by this Alexa account (only those of one voice, when
    `person_id` is given; "" is the household's). How many were revoked."""
    where = [OAuthToken.partner_id.in_(list(partner_ids)), OAuthToken.alexa_user_id == alexa_user_id]
    if person_id is not None:
        where.append(OAuthToken.person_id == person_id)
    return _revoke(session, where, now)


def _revoke(session: Session, where: list[ColumnElement[bool]], now: datetime | None) -> int:
    tokens = session.scalars(select(OAuthToken).where(*where, OAuthToken.revoked_at.is_(None))).all()
    for token in tokens:
        token.revoked_at = now or utcnow()
    session.flush()
    return len(tokens)


def _spend(session: Session, entity: type[_Row], *where: ColumnElement[bool], **values: datetime) -> _Row | None:
    """Mark the one row matching `where` as spent, in one statement (two requests never both
    spend it); that row, or None."""
    spent = session.execute(
        update(entity).where(*where).values(**values).returning(entity.id),
        execution_options={"synchronize_session": False},
    ).scalar_one_or_none()
    return session.get(entity, spent, populate_existing=True) if spent is not None else None
