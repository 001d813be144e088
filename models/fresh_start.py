"""A new partner never sees an earlier relationship: they join a fresh couple.

When a partner leaves and the other stays (models.leaving), the couple is marked dissolved;
the one who stays keeps it, and everything in it, while alone. When they invite someone new
and that person joins, the one who stays moves to a fresh couple with them: a new contract
with no version in force, the default check-in questions, no entries, check-ins, setbacks,
milestones or figures. The old couple is kept, with nobody in it, for the one who stayed
alone (`Couple.kept_for_id`): its history is in their export ("earlier_relationships") and
goes when they delete their account. What travels with them is what is theirs and no other
person's record: their journal (every entry shared with the partner who left is taken back
out of sharing, since that was who it was shared with), their Alexa links, the devices' time
zones and reminders, and the couple's time zone and check-in slot.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .alexa_entities import AlexaReminder, DeviceTimeZone
from .base import utcnow
from .checkins import DEFAULT_QUESTIONS
from .entities import CheckInQuestion, Contract, Couple, JournalEntry, Partner, VoiceLink


def furnish(session: Session, couple: Couple) -> None:
    """What every new couple starts with: an empty contract and the default check-in questions."""
    session.add(couple)
    session.flush()
    session.add(Contract(couple_id=couple.id))
    session.add_all(
        CheckInQuestion(couple_id=couple.id, position=i, text=text) for i, text in enumerate(DEFAULT_QUESTIONS)
    )
    session.flush()


def start_afresh(session: Session, old: Couple, now: datetime | None = None) -> Couple:
    """The fresh couple the partner who stayed in `old` moves to as someone new joins them;
    `old` is kept for that partner alone."""
    [staying] = old.partners
    fresh = Couple(timezone=old.timezone, checkin_weekday=old.checkin_weekday, checkin_time=old.checkin_time)
    furnish(session, fresh)
    for table in (VoiceLink, DeviceTimeZone, AlexaReminder):
        session.execute(
            update(table).where(table.couple_id == old.id).values(couple_id=fresh.id),
            execution_options={"synchronize_session": False},
        )
    session.execute(
        update(JournalEntry)
        .where(JournalEntry.author_id == staying.id, JournalEntry.shared_at.is_not(None))
        .values(shared_at=None, shared_text=None),
        execution_options={"synchronize_session": False},
    )
    staying.couple = fresh
    old.kept_for_id, old.calendar_token, old.dissolved_at = staying.id, None, old.dissolved_at or now or utcnow()
    session.flush()
    session.expire_all()  # rows the bulk updates moved
    return session.get_one(Couple, fresh.id)


def kept_couples(session: Session, partner: Partner) -> list[Couple]:
    """The partner's earlier relationships, kept for them alone, oldest first."""
    return list(session.scalars(select(Couple).where(Couple.kept_for_id == partner.id).order_by(Couple.id)))
