"""Who is speaking on a shared Alexa device.

A device is linked to a couple by a pairing code (models.voice). On a shared device
the skill must know which partner is speaking before it credits anything: by the
voice Alexa recognised (remembered once asked), or by asking once per session.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .entities import Couple, Partner, VoiceLink
from .errors import Conflict, NotFound


def linked_couple(session: Session, alexa_user_id: str) -> Couple | None:
    """The couple this Alexa account was linked to, whoever is speaking."""
    link = session.scalar(
        select(VoiceLink).where(VoiceLink.alexa_user_id == alexa_user_id).order_by(VoiceLink.id).limit(1)
    )
    return link.partner.couple if link is not None else None


def recognised_partner(session: Session, alexa_user_id: str, person_id: str) -> Partner | None:
    """The partner whose voice this is, if it was ever said or paired; None for a new voice."""
    if not person_id:
        return None
    link = session.scalar(
        select(VoiceLink).where(VoiceLink.alexa_user_id == alexa_user_id, VoiceLink.person_id == person_id)
    )
    return link.partner if link is not None else None


def member(couple: Couple, partner_id: object) -> Partner | None:
    """The couple's partner with this id; None for anything else (ids come back from devices)."""
    if not isinstance(partner_id, int) or isinstance(partner_id, bool):
        return None
    return next((p for p in couple.partners if p.id == partner_id), None)


def remember_voice(session: Session, alexa_user_id: str, person_id: str, partner: Partner) -> VoiceLink:
    """From now on this recognised voice on this Alexa account is `partner`.

    Only a voice on an account already linked to the partner's couple can be
    remembered: a device cannot join a couple by naming someone. A voice already
    known as the other partner is never moved by a name said aloud (Conflict): only
    a pairing code (models.voice) links a known voice anew.
    """
    couple = linked_couple(session, alexa_user_id)
    if couple is None or couple.id != partner.couple_id or not person_id:
        raise NotFound("This device is not linked to your couple.")
    query = select(VoiceLink).where(VoiceLink.alexa_user_id == alexa_user_id, VoiceLink.person_id == person_id)
    link = session.scalar(query)
    if link is None:
        link = VoiceLink(
            alexa_user_id=alexa_user_id, person_id=person_id, partner_id=partner.id, couple_id=partner.couple_id
        )
        try:
            with session.begin_nested():  # the same voice heard twice at once
                session.add(link)
        except IntegrityError:
            link = session.scalars(query).one()
    if link.partner_id != partner.id:
        raise Conflict("This voice is already known as someone else.")
    session.flush()
    return link
