"""Who is speaking on a shared Alexa device, and which couple an Alexa account belongs to.

An Alexa account (context.System.user.userId), or one recognised voice on it (personId),
is bound to a partner only by that partner's own pairing code (models.voice) or their own
log-in (account linking, models.oauth). A name said aloud counts for that session only
(the skill keeps it; nothing here stores it). One Alexa account belongs to one couple:
binding it for another couple moves it only when asked to (`move=True`, after a spoken yes).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from sqlalchemy import bindparam, delete, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from . import devices, oauth, reminders, revisions
from .base import utcnow
from .db import read, remembered
from .entities import Couple, Partner, VoiceLink
from .errors import Conflict, NotFound
from .revision_entities import CoupleRevision

# How a link was made (VoiceLink.linked_by).
PAIRING, LOGIN = "pairing", "login"
# Settings shows when a device was last used, to the minute: within a minute, not written again.
TOUCH_EVERY = timedelta(minutes=1)


class AccountElsewhere(Conflict):
    """The Alexa account is linked to another couple: moving it needs a yes first."""

    def __init__(self) -> None:
        super().__init__("This Alexa account is linked to another couple.")


class Standing(enum.Enum):
    LINKED = "linked"  # the couple is known (the speaker perhaps not yet)
    NOT_LINKED = "not_linked"  # no link and no token: pair with a code, or link the account
    BAD_TOKEN = "bad_token"  # a token that is unknown, expired, revoked, or not this account's
    ELSEWHERE = "elsewhere"  # a valid token, for a couple other than the account's own


@dataclass(frozen=True)
class Heard:
    """What a request says about who is there."""

    alexa_user_id: str
    person_id: str | None = None  # a voice Alexa recognised
    user_token: str | None = None  # context.System.user.accessToken: the household's link
    person_token: str | None = None  # context.System.person.accessToken: this voice's own link


@dataclass(frozen=True)
class Identity:
    standing: Standing
    couple: Couple | None = None
    partner: Partner | None = None  # who is speaking, when the voice is bound to a partner
    was_linked: bool = False  # BAD_TOKEN: a token once issued here (expired or revoked), not one never seen


def identify(session: Session, heard: Heard, now: datetime | None = None, *, move: bool = False) -> Identity:
    """The couple and, when the voice is bound, the partner behind a request.

    A voice's own token first (that partner is speaking), then the household's token (the
    couple is known), then links made with pairing codes. A token that is not live, or was
    first used by another Alexa account or voice, is BAD_TOKEN: never a guess. A live token
    binds the account (and the voice, for its own token) to its partner, unless the account
    is another couple's and `move` is not set (ELSEWHERE).
    """
    now = now or utcnow()
    token_text = heard.person_token or heard.user_token
    if token_text is None:
        couple = linked_couple(session, heard.alexa_user_id)
        if couple is None:
            return Identity(Standing.NOT_LINKED)
        partner = recognised_partner(session, heard.alexa_user_id, heard.person_id or "")
        _touch(session, heard.alexa_user_id, heard.person_id or "", now)
        return Identity(Standing.LINKED, couple, partner)
    own_voice = heard.person_token is not None
    voice = (heard.person_id or "") if own_voice else ""
    token = oauth.find_access(session, token_text, now)
    if (
        token is None
        or (own_voice and not voice)
        or token.alexa_user_id not in (None, heard.alexa_user_id)
        or token.person_id not in (None, voice)
    ):
        return Identity(Standing.BAD_TOKEN, was_linked=token is not None or oauth.ever_issued(session, token_text))
    owner, couple = linked_couple(session, heard.alexa_user_id), token.partner.couple
    if owner is not None and owner.id != couple.id and not move:
        return Identity(Standing.ELSEWHERE, couple, token.partner if own_voice else None)
    bind(session, heard.alexa_user_id, voice, token.partner, LOGIN, now, move=True)
    token.alexa_user_id, token.person_id, token.last_used_at = heard.alexa_user_id, voice, now
    partner = token.partner if own_voice else recognised_partner(session, heard.alexa_user_id, heard.person_id or "")
    return Identity(Standing.LINKED, couple, partner)


def _account(session: Session, alexa_user_id: str) -> list[VoiceLink]:
    """The Alexa account's links (itself, and each voice bound on it: a handful), oldest first,
    with their partners, the couple and its partners, asked once a request (the safety check's
    names, who is speaking, when it was last used) until anything is written. The couple and
    its stamp are one small statement; the rest is the copy this process keeps while the stamp
    stands (models/revisions.py), read afresh when it changed."""
    return remembered(session, ("voice_links", alexa_user_id), partial(_links, session, alexa_user_id))


def _links(session: Session, alexa_user_id: str) -> list[VoiceLink]:
    device = devices.answered_device(session)
    couples = (
        read(session, _ACCOUNT_COUPLES, {"alexa_user_id": alexa_user_id, "device_id": device}).all()
        if revisions.available(session)
        else None
    )
    if couples is None or len(couples) > 1:  # an older schema; or (never by bind) links in two couples
        return list(session.scalars(_ACCOUNT, {"alexa_user_id": alexa_user_id}).unique())
    if not couples:
        return []
    ((couple_id, revision, slot_changed, zone, checked_at),) = couples
    revisions.note_stamp(session, couple_id, revision)
    remembered(session, reminders.slot_check_key(couple_id, alexa_user_id), lambda: slot_changed)
    if device:
        row = (zone, checked_at) if checked_at is not None else None
        remembered(session, devices.zone_key(couple_id, device), lambda: row)
    return revisions.kept(
        session,
        ("voice_links", alexa_user_id),
        couple_id,
        lambda other: list(other.scalars(_ACCOUNT, {"alexa_user_id": alexa_user_id}).unique()),
    )


_ACCOUNT = (  # built once: every request asks it
    select(VoiceLink)
    .where(VoiceLink.alexa_user_id == bindparam("alexa_user_id"))
    .order_by(VoiceLink.id)
    .options(joinedload(VoiceLink.partner).joinedload(Partner.couple).joinedload(Couple.partners))
)
# The couple (one, always, but for a link made before bind kept it so), its stamp, whether the
# weekly reminder's slot changed (asked at a session's start: reminders.slot_changed), and the
# speaking device's cached zone (a voice entry's date: devices.cached_zone), each otherwise a
# statement of its own.
_ACCOUNT_COUPLES = (
    select(VoiceLink.couple_id, CoupleRevision.revision, reminders.ACCOUNT_SLOT_CHANGED, *devices.ZONE_OF_ACCOUNT)
    .outerjoin(CoupleRevision, CoupleRevision.couple_id == VoiceLink.couple_id)
    .where(VoiceLink.alexa_user_id == bindparam("alexa_user_id"))
    .distinct()
)


def linked_couple(session: Session, alexa_user_id: str) -> Couple | None:
    """The couple this Alexa account belongs to, whoever is speaking."""
    links = _account(session, alexa_user_id)
    return links[0].partner.couple if links else None


def couple_names(session: Session, alexa_user_id: str) -> tuple[str, ...]:
    """The names of the couple this Alexa account is linked to, none when it is not, read on
    every request so distress naming the partner is heard (skill/safety.py)."""
    couple = linked_couple(session, alexa_user_id)
    names = [p.name for p in couple.partners] if couple is not None else []
    return tuple(dict.fromkeys(part for name in names for part in (name, *name.split()[:1])))


def recognised_partner(session: Session, alexa_user_id: str, person_id: str) -> Partner | None:
    """The partner this voice was bound to (by their code or log-in); None for any other voice."""
    if not person_id:
        return None
    return next((link.partner for link in _account(session, alexa_user_id) if link.person_id == person_id), None)


def voice_bound(session: Session, alexa_user_id: str, partner: Partner) -> bool:
    """Whether a voice on this Alexa account is bound to `partner` (they can answer in it)."""
    return any(link.partner_id == partner.id and link.person_id for link in _account(session, alexa_user_id))


def member(couple: Couple, partner_id: object) -> Partner | None:
    """The couple's partner with this id; None for anything else (ids come back from devices)."""
    if not isinstance(partner_id, int) or isinstance(partner_id, bool):
        return None
    return next((p for p in couple.partners if p.id == partner_id), None)


def bind(
    session: Session,
    alexa_user_id: str,
    person_id: str,
    partner: Partner,
    how: str,
    now: datetime | None = None,
    *,
    move: bool = False,
) -> VoiceLink:
    """From now on this Alexa account (and this voice, unless `person_id` is "") is `partner`'s:
    only for the partner's own pairing code or log-in (`how`).

    An account that is another couple's raises AccountElsewhere, unless `move`: then that
    couple's links of this account go, and the tokens its partners gave it stop working.
    """
    now = now or utcnow()
    owner = linked_couple(session, alexa_user_id)
    if owner is not None and owner.id != partner.couple_id:
        if not move:
            raise AccountElsewhere()
        oauth.revoke_for_account(session, [p.id for p in owner.partners], alexa_user_id, now=now)
        session.execute(delete(VoiceLink).where(VoiceLink.alexa_user_id == alexa_user_id))
    query = select(VoiceLink).where(VoiceLink.alexa_user_id == alexa_user_id, VoiceLink.person_id == person_id)
    link = session.scalar(query)
    if link is None:
        link = VoiceLink(
            alexa_user_id=alexa_user_id,
            person_id=person_id,
            partner_id=partner.id,
            couple_id=partner.couple_id,
            linked_by=how,
            created_at=now,
        )
        try:
            with session.begin_nested():  # the same account heard twice at once
                session.add(link)
        except IntegrityError:
            link = session.scalars(query).one()
    if link.partner_id != partner.id or link.linked_by != how:
        link.partner_id, link.couple_id, link.linked_by, link.created_at = partner.id, partner.couple_id, how, now
    link.last_used_at = now
    session.flush()
    return link


def _touch(session: Session, alexa_user_id: str, person_id: str, now: datetime) -> None:
    """Remember when the account (and this voice) were last used, for Settings (to the minute)."""
    for link in _account(session, alexa_user_id):
        if link.person_id in ("", person_id) and (link.last_used_at is None or now - link.last_used_at >= TOUCH_EVERY):
            link.last_used_at = now


def links(session: Session, couple_id: int) -> list[VoiceLink]:
    """The couple's linked Alexa accounts and voices, oldest first."""
    return list(session.scalars(select(VoiceLink).where(VoiceLink.couple_id == couple_id).order_by(VoiceLink.id)))


def unlink(session: Session, partner: Partner, link_id: int, now: datetime | None = None) -> VoiceLink:
    """Delete one of the couple's links, and only that one: a voice, or an Alexa account with
    the voices bound on it (the account is no longer the couple's). The tokens given to Alexa
    that this account or voice used stop working with it, so Alexa cannot bring it back; the
    partners' other devices and voices stay linked. Another couple's link is NotFound."""
    link = session.get(VoiceLink, link_id)
    if link is None or link.couple_id != partner.couple_id:
        raise NotFound("There is no such linked device.")
    whole_account = link.person_id == ""
    partners = [p.id for p in partner.couple.partners]
    oauth.revoke_for_account(session, partners, link.alexa_user_id, None if whole_account else link.person_id, now)
    gone = [VoiceLink.alexa_user_id == link.alexa_user_id, VoiceLink.couple_id == link.couple_id]
    for row in session.scalars(select(VoiceLink).where(*gone, true() if whole_account else VoiceLink.id == link.id)):
        session.delete(row)
    session.flush()
    return link


def end_grant(session: Session, partner: Partner, token_id: int, now: datetime | None = None) -> None:
    """Either partner ends one of the couple's account links made in the Alexa app: the skill
    forgets the partner who gave it (`forget`). Another couple's, or one already ended: NotFound."""
    forget(session, oauth.revoke_grant(session, partner, token_id, now).partner_id, now)


def forget(session: Session, partner_id: int, now: datetime | None = None) -> None:
    """The skill no longer knows this partner: every token they gave Alexa stops working and every
    Alexa account and voice bound to them is unlinked, on every device.

    For a grant unlinked in Settings and a password changed or reset: a link left behind would go
    on logging as them with no token at all. Unlinking one device or voice is `unlink`'s.
    """
    oauth.revoke_partner(session, partner_id, now)
    for row in session.scalars(select(VoiceLink).where(VoiceLink.partner_id == partner_id)).all():
        session.delete(row)
    session.flush()
