"""Linking an Alexa device to a partner with a short-lived pairing code."""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timedelta
from hashlib import sha256

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from . import speakers, throttle
from .base import utcnow
from .db import PAIRING_KEY
from .entities import Partner, VoiceLink
from .errors import NotAllowed
from .pairing_entities import PairingCode, PairingFailure
from .throttle import Limit

PAIRING_CODE_LIFETIME = timedelta(minutes=10)
# Six digits are guessable by brute force unless wrong guesses are rationed. A wrong code
# matches no code, so it cannot be held against any partner's code: it is counted against
# the Alexa account that said it, and against every Alexa account together, with a ceiling
# that pauses pairing for a while (codes live on) rather than killing anyone's code.
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=10)
EVERYONE = Limit("pairing-everyone", 30, FAILURE_WINDOW)


def issue_pairing_code(session: Session, partner: Partner, now: datetime | None = None) -> str:
    """A fresh six-digit code; the partner's earlier unused codes stop working."""
    now = now or utcnow()
    for old in session.scalars(
        select(PairingCode).where(PairingCode.partner_id == partner.id, PairingCode.used_at.is_(None))
    ):
        old.used_at = now
    while True:
        code = f"{secrets.randbelow(1_000_000):06d}"
        code_hash = keyed_code(session, code)
        clash = session.scalar(
            select(PairingCode.id).where(
                PairingCode.code_hash == code_hash, PairingCode.used_at.is_(None), PairingCode.expires_at > now
            )
        )
        if clash is None:
            break
    session.add(
        PairingCode(partner_id=partner.id, code_hash=code_hash, created_at=now, expires_at=now + PAIRING_CODE_LIFETIME)
    )
    session.flush()
    return code


def link_device(
    session: Session,
    code: str,
    *,
    alexa_user_id: str,
    person_id: str | None = None,
    now: datetime | None = None,
    move: bool = False,
) -> Partner | None:
    """Use a pairing code: from now on this Alexa account (and voice, if known) is that partner.

    Returns None when the code is wrong, used or expired; raises NotAllowed after
    MAX_FAILURES wrong codes from this Alexa account, or EVERYONE's wrong codes from all
    accounts together, in FAILURE_WINDOW. A stranger's wrong codes never end anyone's code.
    An account that is another couple's raises AccountElsewhere, the code still unspent,
    unless `move` (speakers.bind).
    """
    now = now or utcnow()
    _one_guess_at_a_time(session, alexa_user_id)
    failures = (
        session.scalar(
            select(func.count(PairingFailure.id)).where(
                PairingFailure.alexa_user_id == alexa_user_id, PairingFailure.at > now - FAILURE_WINDOW
            )
        )
        or 0
    )
    if failures >= MAX_FAILURES:
        raise NotAllowed("Too many wrong codes. Please wait ten minutes, then try a new code.")
    # Counted before the code is tried, atomically (so racing guesses cannot all slip under
    # the ceiling), and given back when it is right. The identity names no one, so no secret.
    verdict = throttle.attempt(session, EVERYONE, "every Alexa account", now, secret=b"")
    if not verdict.allowed:
        minutes = max(1, -(-verdict.retry_after // 60))
        wait = "a minute" if minutes == 1 else f"{minutes} minutes"
        raise NotAllowed(f"Too many wrong codes have been tried lately. Please try yours again in {wait}.")
    with session.begin_nested():  # undone if the account is another couple's and not to be moved
        partner_id = _claim(session, code, now)
        if partner_id is not None:
            partner = session.get_one(Partner, partner_id)
            speakers.bind(session, alexa_user_id, person_id or "", partner, speakers.PAIRING, now, move=move)
            throttle.forgive(session, EVERYONE, "every Alexa account", secret=b"")
            return partner
    # Not an exception: the failure must be committed to count against the guesser.
    session.add(PairingFailure(alexa_user_id=alexa_user_id, at=now))
    session.flush()
    return None


def _one_guess_at_a_time(session: Session, alexa_user_id: str) -> None:
    """An Alexa account's wrong codes are counted one request at a time, until its transaction
    ends: a burst of guesses sent at once would otherwise all read "no failures yet" (PostgreSQL;
    SQLite takes turns anyway, see models.db)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(func.hashtext(f"pairing:{alexa_user_id}"))))


def keyed_code(session: Session, code: str) -> str:
    """What is stored for a code: its HMAC under the app's secret (models.db.keyed). A plain hash
    of one of a million codes is undone by hashing all million; without the key it is not."""
    key = session.info.get(PAIRING_KEY)
    if not isinstance(key, bytes):
        raise RuntimeError("This session has no pairing key: make it with make_sessionmaker(engine, secret).")
    return hmac.new(key, code.encode("utf-8", "surrogatepass"), sha256).hexdigest()


def _claim(session: Session, code: str, now: datetime) -> int | None:
    """Spend an open code in one statement, so two requests can never both use it; whose it was."""
    return session.execute(
        update(PairingCode)
        .where(
            PairingCode.code_hash == keyed_code(session, code),
            PairingCode.used_at.is_(None),
            PairingCode.expires_at > now,
        )
        .values(used_at=now)
        .returning(PairingCode.partner_id),
        execution_options={"synchronize_session": False},
    ).scalar_one_or_none()


def partner_for_voice(session: Session, alexa_user_id: str, person_id: str | None = None) -> Partner | None:
    """The partner behind this Alexa account: by recognised voice first, else the account's link."""
    candidates = [person_id, ""] if person_id else [""]
    for candidate in candidates:
        link = session.scalar(
            select(VoiceLink).where(VoiceLink.alexa_user_id == alexa_user_id, VoiceLink.person_id == candidate)
        )
        if link is not None:
            return link.partner
    return None
