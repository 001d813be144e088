"""The private calendar feed: a secret address that serves the weekly check-in as iCalendar.

The `icalendar` package writes it (escaping, line folding). The event's DTSTART carries
the couple's IANA zone as its TZID, and the calendar holds a VTIMEZONE for it
(`calendar_zone`: the zone's rules as RRULEs, right in every year): Google Calendar reads
the IANA name, Apple Calendar and Outlook the VTIMEZONE. The weekly slot then stays at the
same wall-clock time across daylight-saving changes, which a UTC DTSTART would not.
"""

from __future__ import annotations

import re
import secrets
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vDuration, vRecur
from sqlalchemy import select
from sqlalchemy.orm import Session

from .calendar_zone import vtimezone
from .entities import Couple, Partner
from .errors import NotFound
from .localtime import week_start

_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,64}")
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
EVENT_LENGTH = timedelta(minutes=30)
# Subscribed calendars poll; a changed slot shows up within half a day.
REFRESH = timedelta(hours=12)


def enable_feed(session: Session, partner: Partner) -> str:
    """A fresh secret for the feed's address; any earlier address stops working."""
    token = secrets.token_urlsafe(32)
    partner.couple.calendar_token = token
    session.flush()
    return token


def disable_feed(session: Session, partner: Partner) -> None:
    partner.couple.calendar_token = None
    session.flush()


def couple_for_feed(session: Session, token: str) -> Couple:
    """The couple whose feed this is; NotFound for an unknown, revoked or malformed token."""
    couple = None
    if isinstance(token, str) and _TOKEN.fullmatch(token):
        couple = session.scalar(select(Couple).where(Couple.calendar_token == token))
    if couple is None:
        raise NotFound("No such calendar.")
    return couple


def first_slot(couple: Couple) -> datetime:
    """The first check-in slot on or after the couple's start: a stable DTSTART."""
    zone = ZoneInfo(couple.timezone)
    started = couple.created_at.astimezone(zone)
    day = week_start(started.date()) + timedelta(days=couple.checkin_weekday)
    slot = datetime.combine(day, couple.checkin_time, tzinfo=zone)
    return slot if slot >= started else slot + timedelta(days=7)


def ics(couple: Couple, now: datetime) -> bytes:
    """The couple's feed: one weekly event at their check-in slot, in their time zone."""
    start = first_slot(couple)
    names = " & ".join(p.name for p in couple.partners)
    event = Event.new(
        # Stable across schedule changes and new feed addresses, so calendars update
        # the one event instead of adding another.
        uid=f"checkin-{couple.id}@trust-tracker",
        stamp=now,
        start=start,
        summary=f"Weekly check-in: {names}" if names else "Weekly check-in",
        description=(
            "Your weekly Trust Tracker check-in.\n"
            "Answer this week's questions together, on the site or by voice: "
            "“Alexa, ask trust tracker for the check-in questions”."
        ),
    )
    event.add("DURATION", EVENT_LENGTH)
    event.add("RRULE", vRecur(freq="WEEKLY", byday=_DAYS[couple.checkin_weekday]))
    event.add("TRANSP", "OPAQUE")
    calendar = Calendar.new(
        uid=f"checkin-feed-{couple.id}@trust-tracker",  # else a new random one on every fetch
        prodid="-//Trust Tracker//Check-in feed//EN",
        calscale="GREGORIAN",
        method="PUBLISH",
        name="Trust Tracker check-in",
        refresh_interval=REFRESH,
        subcomponents=[event],
    )
    calendar.add("X-WR-TIMEZONE", couple.timezone)
    calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"  # RFC 7986 requires the parameter
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH))
    for tzid in calendar.get_missing_tzids():  # none for UTC, which needs no VTIMEZONE
        calendar.add_component(vtimezone(tzid, since=date(start.year - 1, 1, 1)))
    return calendar.to_ical()
