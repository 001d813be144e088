"""Sign-up, log-in, and the invitation that brings the second partner in."""

from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Iterable
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import logins, speakers
from .base import digest, utcnow
from .db import has_table
from .entities import Couple, Invitation, Partner
from .errors import Conflict, EmailTaken, InvalidCode, NotAllowed, NotFound, ValidationError
from .fresh_start import furnish, start_afresh
from .localtime import check_timezone
from .login_entities import PasswordReset
from .passwords import check_password

INVITATION_LIFETIME = timedelta(days=7)
RESET_LIFETIME = timedelta(minutes=15)
MAX_NAME_LENGTH = 60

_hasher = PasswordHasher()


# Never in an address typed by a person: quoting and routing characters, "<script>@…" (tester-web41 D10).
_NOT_IN_EMAIL = frozenset('<>()[]\\,;:"')


def normalise_email(email: str) -> str:
    """One address, one account: NFKC (a full-width "ｃarol" is "carol"), lower case, one trailing dot of the
    domain dropped (the same mailbox); invisible and control characters refused, never kept (tester-web41 D10)."""
    email = unicodedata.normalize("NFKC", email or "").strip().lower()
    local, _, domain = email.partition("@")
    domain = domain.removesuffix(".")
    email = f"{local}@{domain}"
    if (
        not local
        or "." not in domain
        or len(email) > 254
        or any(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") or c in _NOT_IN_EMAIL for c in email)
    ):
        raise ValidationError("Please enter a valid email address.")
    return email


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("Please enter your name.")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(f"Names can be at most {MAX_NAME_LENGTH} characters.")
    return name


def _new_partner(session: Session, name: str, email: str, password: str, close: Iterable[str] = ()) -> Partner:
    """A partner not yet in a couple, once every check passed; nothing is added before that.
    `close`: the names of whoever invited them (models.passwords).

    The password is hashed before the email is looked up, so a taken email answers in
    the same time as a new one.
    """
    name = _clean_name(name)
    email = normalise_email(email)
    check_password(password, personal=(name, email), close=close)
    password_hash = _hasher.hash(password)
    if session.scalar(select(Partner.id).where(Partner.email == email)) is not None:
        raise EmailTaken
    return Partner(name=name, email=email, password_hash=password_hash)


def sign_up(session: Session, *, name: str, email: str, password: str, timezone: str = "UTC") -> Partner:
    """Create a couple with its first partner, an empty contract and the default questions."""
    timezone = check_timezone(timezone)
    partner = _new_partner(session, name, email, password)
    couple = Couple(timezone=timezone)
    _add_unless_taken(session, partner, couple)
    furnish(session, couple)
    return partner


def _add_unless_taken(session: Session, partner: Partner, couple: Couple) -> None:
    """Add the new partner to `couple`; EmailTaken, and nothing added, when someone signed up
    or joined with the same email at this very moment (the reply must stay the one a taken
    email gets: tester-security50 D5)."""
    try:
        with session.begin_nested():
            session.add(partner)
            partner.couple = couple
            session.flush()
    except IntegrityError:
        raise EmailTaken from None


def authenticate(session: Session, email: str, password: str) -> Partner | None:
    """The partner with these credentials, or None. Upgrades old hashes as it goes."""
    partner = partner_by_email(session, email)
    if partner is None:
        _hasher.hash(password or "")  # spend the same time whether or not the email exists
        return None
    try:
        _hasher.verify(partner.password_hash, password or "")
    except (VerificationError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(partner.password_hash):
        partner.password_hash = _hasher.hash(password)
    return partner


# --- Changing and resetting a password: either way, every login of that partner ends.


def confirm_password(partner: Partner, password: str, refused: str) -> None:
    """Raises NotAllowed(`refused`) unless `password` is the partner's: what every change
    to an account, and leaving, asks first."""
    try:
        _hasher.verify(partner.password_hash, password or "")
    except (VerificationError, InvalidHashError):
        raise NotAllowed(refused) from None


def _close_names(partner: Partner) -> list[str]:
    """The name a password must not lean on besides one's own: the partner's (models.passwords)."""
    other = partner_of(partner)
    return [other.name] if other is not None else []


def change_password(session: Session, partner: Partner, current: str, new: str) -> None:
    """A new password, once the current one confirms it; every login of the partner ends, and
    every way the skill knows them (speakers.forget: tokens, devices and voices)."""
    confirm_password(partner, current, "Your current password is not right, so nothing was changed.")
    check_password(new, personal=(partner.name, partner.email), close=_close_names(partner))
    partner.password_hash = _hasher.hash(new)
    logins.end_all(session, partner)
    speakers.forget(session, partner.id)


def change_name(session: Session, partner: Partner, name: str) -> Partner:
    """The name the partner is shown and spoken to by (the other partner sees it too)."""
    partner.name = _clean_name(name)
    session.flush()
    return partner


def check_email_change(partner: Partner, password: str, email: str) -> str:
    """The new email, normalised, once the partner's current password confirms the change."""
    email = normalise_email(email)
    confirm_password(partner, password, "Your current password is not right, so your email was not changed.")
    if email == partner.email:
        raise ValidationError("That is already your email.")
    return email


def change_email(session: Session, partner: Partner, password: str, email: str) -> Partner:
    """The email the partner logs in with, once their current password confirms it. It must not
    be another account's (EmailTaken, which the site does not reveal: tester-web45 F2)."""
    return move_email(session, partner, check_email_change(partner, password, email))


def move_email(session: Session, partner: Partner, email: str) -> Partner:
    """Set an email already checked (check_email_change); EmailTaken when another account has it."""
    if session.scalar(select(Partner.id).where(Partner.email == email)) is not None:
        raise EmailTaken
    partner.email = email
    try:
        with session.begin_nested():  # someone signing up with it at this very moment
            session.flush()
    except IntegrityError:
        raise EmailTaken from None
    return partner


def create_reset(session: Session, partner: Partner, now: datetime | None = None) -> str:
    """A one-time, fifteen-minute token to choose a new password; earlier unused ones stop working."""
    now = now or utcnow()
    for old in session.scalars(
        select(PasswordReset).where(PasswordReset.partner_id == partner.id, PasswordReset.used_at.is_(None))
    ):
        old.used_at = now
    token = secrets.token_urlsafe(32)
    session.add(
        PasswordReset(partner_id=partner.id, token_hash=digest(token), created_at=now, expires_at=now + RESET_LIFETIME)
    )
    session.flush()
    return token


_RESET_SPENT = "This link to choose a new password is not valid any more. Ask for a new one."
_INVITATION_SPENT = "This invitation link is not valid any more. Ask your partner for a new one."


def _open_reset(session: Session, token: str, now: datetime) -> PasswordReset:
    reset = session.scalar(select(PasswordReset).where(PasswordReset.token_hash == digest(token or "")))
    if reset is None or reset.used_at is not None or reset.expires_at <= now:
        raise InvalidCode(_RESET_SPENT)
    return reset


def _spend(session: Session, link: type[PasswordReset | Invitation], link_id: int, now: datetime, spent: str) -> None:
    """Mark a one-time link used, or raise InvalidCode(`spent`) when another request used it first.
    One conditional statement: of two requests with the same link, the second waits for the
    first's commit and then finds it used (PostgreSQL; a read, then a write, let both in:
    tester-security50 D1, D2)."""
    used = session.execute(
        update(link).where(link.id == link_id, link.used_at.is_(None)).values(used_at=now).returning(link.id)
    ).first()
    if used is None:
        raise InvalidCode(spent)


def check_reset(session: Session, token: str, now: datetime | None = None) -> None:
    """Raises InvalidCode unless the token can still be used."""
    _open_reset(session, token, now or utcnow())


def reset_password(session: Session, token: str, new: str, now: datetime | None = None) -> Partner:
    """Use a reset token: the new password is set, the token is spent, every login ends and the
    skill forgets the partner (speakers.forget: tokens, devices and voices)."""
    now = now or utcnow()
    reset = _open_reset(session, token, now)
    partner = session.get_one(Partner, reset.partner_id)
    check_password(new, personal=(partner.name, partner.email), close=_close_names(partner))
    password_hash = _hasher.hash(new)
    _spend(session, PasswordReset, reset.id, now, _RESET_SPENT)
    partner.password_hash = password_hash
    logins.end_all(session, partner)
    speakers.forget(session, partner.id, now)
    session.flush()
    return partner


def partner_by_email(session: Session, email: str) -> Partner | None:
    try:
        email = normalise_email(email)
    except ValidationError:
        return None
    return session.scalar(select(Partner).where(Partner.email == email))


def partner_of(partner: Partner) -> Partner | None:
    """The other partner in the couple, once they have joined."""
    return next((p for p in partner.couple.partners if p.id != partner.id), None)


def create_invitation(session: Session, partner: Partner, now: datetime | None = None) -> str:
    """A fresh one-time token for the partner to join; earlier unused ones stop working."""
    now = now or utcnow()
    if hold_couple(session, partner.couple_id) >= 2:
        raise Conflict(_BOTH_JOINED)
    for old in session.scalars(
        select(Invitation).where(Invitation.couple_id == partner.couple_id, Invitation.used_at.is_(None))
    ):
        old.used_at = now
    token = secrets.token_urlsafe(24)
    session.add(
        Invitation(
            couple_id=partner.couple_id,
            token_hash=digest(token),
            created_at=now,
            expires_at=now + INVITATION_LIFETIME,
        )
    )
    session.flush()
    return token


_BOTH_JOINED = "Both partners have already joined."


def hold_couple(session: Session, couple_id: int) -> int:
    """How many partners the couple holds, read once no other invitation or join for it is under
    way: each waits for the other's commit (PostgreSQL; SQLite takes turns anyway: models.db), so
    asking twice at once leaves one link live and a couple never gets a third partner
    (tester-security50 D1, D3), and a delete never takes a partner joining that moment along."""
    session.execute(select(Couple.id).where(Couple.id == couple_id).with_for_update(key_share=True))
    return session.scalar(select(func.count()).select_from(Partner).where(Partner.couple_id == couple_id)) or 0


def _open_invitation(session: Session, token: str, now: datetime) -> Invitation:
    invitation = session.scalar(select(Invitation).where(Invitation.token_hash == digest(token or "")))
    if invitation is None or invitation.used_at is not None or invitation.expires_at <= now:
        raise InvalidCode(_INVITATION_SPENT)
    return invitation


def inviter(session: Session, token: str, now: datetime | None = None) -> Partner:
    """Who sent this invitation, for the join page; raises InvalidCode if it cannot be used."""
    invitation = _open_invitation(session, token, now or utcnow())
    couple = session.get(Couple, invitation.couple_id)
    if couple is None:
        raise NotFound("No such couple.")
    return couple.partners[0]


def join(session: Session, *, token: str, name: str, email: str, password: str, now: datetime | None = None) -> Partner:
    """Accept an invitation: the second partner joins the couple, or, when the inviter stayed
    after a partner left, a fresh couple with them (models.fresh_start): nothing of the
    earlier relationship is theirs to see."""
    now = now or utcnow()
    invitation = _open_invitation(session, token, now)
    couple = session.get(Couple, invitation.couple_id)
    if couple is None or len(couple.partners) >= 2:
        raise Conflict(_BOTH_JOINED)
    partner = _new_partner(session, name, email, password, close=[p.name for p in couple.partners])
    # Only now, the password hashed: whoever comes second waits the shortest time.
    with session.begin_nested():  # a taken email (_add_unless_taken) leaves the link unspent
        partners = hold_couple(session, couple.id)
        _spend(session, Invitation, invitation.id, now, _INVITATION_SPENT)  # a raced link: as a used one
        if partners >= 2:
            raise Conflict(_BOTH_JOINED)
        if has_table(session, "couple", "dissolved_at") and couple.dissolved_at is not None:
            couple = start_afresh(session, couple, now)
        _add_unless_taken(session, partner, couple)
    return partner
