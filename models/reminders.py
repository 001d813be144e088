"""Reminders on the couple's Alexa devices: what the weekly check-in reminder must say and
when, whether one already set still fits the slot, and which ones the skill holds.

The Reminders API itself is the skill's to call (skill/alexa_apis.py); these rules are
the same whichever way a reminder is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, bindparam, or_, select
from sqlalchemy.orm import Session

from .alexa_entities import AlexaReminder, ReminderKind
from .checkins import week_questions
from .db import read, remembered
from .entities import Couple, VoiceLink
from .localtime import local_now

# iCalendar's day names, Monday first (datetime.weekday()).
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# "Touch base later" on a hard day: a gentle nudge this much later.
TOUCH_BASE_AFTER = timedelta(hours=3)


@dataclass(frozen=True)
class WeeklyReminder:
    """The weekly check-in reminder as the device must hold it: the couple's slot, seen in
    the device's zone (`zone`), and the question that opens the check-in."""

    weekday: int  # Monday is 0, in `zone`
    at: time  # wall-clock time in `zone`
    zone: str
    first: datetime  # the next occurrence, naive wall-clock time in `zone`
    first_question: str
    # The slot it is made for, as the couple set it.
    couple_weekday: int
    couple_time: time
    couple_zone: str

    @property
    def rule(self) -> str:
        """The recurrence rule the Reminders API takes (RFC 5545, in `zone`)."""
        return f"FREQ=WEEKLY;BYDAY={RRULE_DAYS[self.weekday]};BYHOUR={self.at.hour};BYMINUTE={self.at.minute}"


def weekly_checkin(session: Session, couple: Couple, device_zone: str | None, now: datetime) -> WeeklyReminder:
    """The reminder for the couple's check-in slot, in the device's zone (the couple's when unknown).

    The slot is the couple's wall clock; its next occurrence is moved into the device's
    zone. Two zones whose daylight-saving dates differ disagree by an hour for a week or
    two a year: the reminder follows the device's clock, which is what the device can keep.
    """
    zone = device_zone or couple.timezone
    here = local_now(couple, now)
    days = (couple.checkin_weekday - here.weekday()) % 7
    slot = datetime.combine(here.date() + timedelta(days=days), couple.checkin_time, tzinfo=here.tzinfo)
    if slot <= here:
        slot += timedelta(days=7)
    there = slot.astimezone(ZoneInfo(zone))
    questions = week_questions(session, couple, now)
    return WeeklyReminder(
        weekday=there.weekday(),
        at=there.time().replace(second=0, microsecond=0),
        zone=zone,
        first=there.replace(tzinfo=None, second=0, microsecond=0),
        first_question=questions[0] if questions else "",
        couple_weekday=couple.checkin_weekday,
        couple_time=couple.checkin_time,
        couple_zone=couple.timezone,
    )


def held(session: Session, couple: Couple, alexa_user_id: str, kind: ReminderKind) -> AlexaReminder | None:
    """The reminder of this kind the skill set for this Alexa account, if any."""
    return session.scalar(
        select(AlexaReminder).where(
            AlexaReminder.couple_id == couple.id,
            AlexaReminder.alexa_user_id == alexa_user_id,
            AlexaReminder.kind == kind,
        )
    )


def all_held(session: Session, couple: Couple, alexa_user_id: str) -> list[AlexaReminder]:
    return list(
        session.scalars(
            select(AlexaReminder)
            .where(AlexaReminder.couple_id == couple.id, AlexaReminder.alexa_user_id == alexa_user_id)
            .order_by(AlexaReminder.id)
        )
    )


def fits(reminder: AlexaReminder, wanted: WeeklyReminder) -> bool:
    """Whether a weekly reminder already set was made for this same slot, in this same zone."""
    return (reminder.weekday, reminder.at, reminder.couple_timezone, reminder.device_timezone) == (
        wanted.couple_weekday,
        wanted.couple_time,
        wanted.couple_zone,
        wanted.zone,
    )


def slot_changed(session: Session, couple: Couple, alexa_user_id: str) -> AlexaReminder | None:
    """The weekly reminder of this account whose slot the couple has changed since (None: none, or it fits).

    Checked without the device's zone, so asking costs no call to Alexa: a changed zone
    on the device is noticed when the reminder is next asked for. Asked at the start of
    every voice session that carries an API token (every real one): answered by the account's
    own read when it was made in this transaction and nothing was written since
    (`ACCOUNT_SLOT_CHANGED`, models/speakers.py), else by one plain read built once; loaded
    as an entity only when a reminder is found.
    """
    slot = {"weekday": couple.checkin_weekday, "at": couple.checkin_time, "zone": couple.timezone}
    params = {"couple_id": couple.id, "alexa_user_id": alexa_user_id, **slot}
    found = remembered(
        session, slot_check_key(couple.id, alexa_user_id), lambda: read(session, _SLOT_CHANGED, params).scalar()
    )
    return session.get(AlexaReminder, found) if found is not None else None


def slot_check_key(couple_id: int, alexa_user_id: str) -> tuple[str, int, str]:
    """Where this transaction remembers the answer of `slot_changed` (db.remembered)."""
    return ("reminder_slot_changed", couple_id, alexa_user_id)


def _slot_changed(couple_id: Any, alexa_user_id: Any, weekday: Any, at: Any, zone: Any) -> Select[Any]:
    """The account's weekly reminder set for another slot than (weekday, at, zone)."""
    return select(AlexaReminder.id).where(
        AlexaReminder.couple_id == couple_id,
        AlexaReminder.alexa_user_id == alexa_user_id,
        AlexaReminder.kind == ReminderKind.WEEKLY_CHECKIN,
        or_(
            AlexaReminder.weekday.is_distinct_from(weekday),
            AlexaReminder.at.is_distinct_from(at),
            AlexaReminder.couple_timezone.is_distinct_from(zone),
        ),
    )


_SLOT_CHANGED = _slot_changed(
    bindparam("couple_id"), bindparam("alexa_user_id"), bindparam("weekday"), bindparam("at"), bindparam("zone")
)
# The same question as a column of the account's read, for the voice link's couple and account
# against the couple's slot as stored: a session's first request learns it without a statement.
ACCOUNT_SLOT_CHANGED = (
    _slot_changed(
        VoiceLink.couple_id, VoiceLink.alexa_user_id, Couple.checkin_weekday, Couple.checkin_time, Couple.timezone
    )
    .where(Couple.id == VoiceLink.couple_id)
    .limit(1)
    .scalar_subquery()
)


def keep(
    session: Session,
    couple: Couple,
    alexa_user_id: str,
    kind: ReminderKind,
    alert_token: str,
    now: datetime,
    weekly: WeeklyReminder | None = None,
) -> AlexaReminder:
    """Remember a reminder the API set (or moved): one per Alexa account and kind."""
    reminder = held(session, couple, alexa_user_id, kind)
    if reminder is None:
        reminder = AlexaReminder(
            couple_id=couple.id, alexa_user_id=alexa_user_id, kind=kind, alert_token=alert_token, created_at=now
        )
        session.add(reminder)
    reminder.alert_token = alert_token
    reminder.updated_at = now
    if weekly is not None:
        reminder.weekday, reminder.at = weekly.couple_weekday, weekly.couple_time
        reminder.couple_timezone, reminder.device_timezone = weekly.couple_zone, weekly.zone
    session.flush()
    return reminder


def forget(session: Session, reminder: AlexaReminder) -> None:
    """The reminder is gone from the device (deleted, or never found there again)."""
    session.delete(reminder)
    session.flush()
