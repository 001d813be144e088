"""Linking an Alexa device to a partner with a short-lived pairing code."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

from . import speakers
from .base import utcnow
from .entities import PairingCode, PairingFailure, Partner, VoiceLink
from .errors import NotAllowed

PAIRING_CODE_LIFETIME = timedelta(minutes=10)
# Six digits are guessable by brute force unless wrong guesses are rationed.
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=10)


def issue_pairing_code(session: Session, partner: Partner, now: datetime | None = None) -> str:
    """A fresh six-digit code; the partner's earlier unused codes stop working."""
    now = now or utcnow()
    for old in session.scalars(
        select(PairingCode).where(PairingCode.partner_id == partner.id, PairingCode.used_at.is_(None))
    ):
        old.used_at = now
    while True:
        code = f"{secrets.randbelow(1_000_000):06d}"
        clash = session.scalar(
            select(PairingCode.id).where(
                PairingCode.code == code, PairingCode.used_at.is_(None), PairingCode.expires_at > now
            )
        )
        if clash is None:
            break
    session.add(PairingCode(partner_id=partner.id, code=code, created_at=now, expires_at=now + PAIRING_CODE_LIFETIME))
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

    Returns None when the code is wrong, used, expired or dead; raises NotAllowed after
    too many wrong codes from this Alexa account in a short time. Changing accounts does
    not help a guesser: every wrong code counts against every open code, and a code
    dies after MAX_FAILURES of them, whoever tried. An account that is another couple's
    raises AccountElsewhere, the code still unspent, unless `move` (speakers.bind).
    """
    now = now or utcnow()
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
    with session.begin_nested():  # undone if the account is another couple's and not to be moved
        partner_id = _claim(session, code, now)
        if partner_id is not None:
            partner = session.get_one(Partner, partner_id)
            speakers.bind(session, alexa_user_id, person_id or "", partner, speakers.PAIRING, now, move=move)
            return partner
    # Not an exception: the failure must be committed to count against the guesser.
    session.add(PairingFailure(alexa_user_id=alexa_user_id, at=now))
    session.execute(
        update(PairingCode).where(*_open_codes(now)).values(failures=PairingCode.failures + 1),
        execution_options={"synchronize_session": False},
    )
    session.flush()
    return None


def _open_codes(now: datetime) -> tuple[ColumnElement[bool], ...]:
    return (PairingCode.used_at.is_(None), PairingCode.expires_at > now, PairingCode.failures < MAX_FAILURES)


def _claim(session: Session, code: str, now: datetime) -> int | None:
    """Spend an open code in one statement, so two requests can never both use it; whose it was."""
    return session.execute(
        update(PairingCode)
        .where(PairingCode.code == code, *_open_codes(now))
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
