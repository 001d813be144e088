"""The private calendar feed: a secret address that serves the weekly check-in as iCalendar.

The feed is written by hand rather than with a library: it is one recurring event and
one time zone, and RFC 5545's rules for those (CRLF lines folded at 75 octets, escaped
text, a VTIMEZONE for every TZID) fit on a page.

Interoperability: the event's DTSTART carries the couple's IANA zone as its TZID, and
the calendar holds a VTIMEZONE for it, derived from zoneinfo. Google Calendar reads the
IANA name; Apple Calendar and Outlook read the VTIMEZONE. The weekly slot then stays at
the same wall-clock time across daylight-saving changes, which a UTC DTSTART would not.
"""

from __future__ import annotations

import calendar
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from .entities import Couple, Partner
from .errors import NotFound
from .localtime import week_start

_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,64}")
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
EVENT_LENGTH = timedelta(minutes=30)
# How many years of daylight-saving transitions the VTIMEZONE spells out when a zone's
# rule is irregular; regular rules become one RRULE each and need no horizon.
YEARS_AHEAD = 5


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


def ics(couple: Couple, now: datetime) -> str:
    """The couple's feed: one weekly event at their check-in slot, in their time zone."""
    start = first_slot(couple)
    names = " & ".join(p.name for p in couple.partners)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Trust Tracker//Check-in feed//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        _prop("X-WR-CALNAME", "Trust Tracker check-in"),
        _prop("X-WR-TIMEZONE", couple.timezone),
        # Subscribed calendars poll; a changed slot shows up within half a day.
        "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
        "X-PUBLISHED-TTL:PT12H",
        *_vtimezone(couple.timezone, start.year - 1, max(start.year, now.year) + YEARS_AHEAD),
        "BEGIN:VEVENT",
        # Stable across schedule changes and new feed addresses, so calendars update
        # the one event instead of adding another.
        f"UID:checkin-{couple.id}@trust-tracker",
        f"DTSTAMP:{now.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={_param(couple.timezone)}:{start:%Y%m%dT%H%M%S}",
        f"DURATION:PT{EVENT_LENGTH.seconds // 60}M",
        f"RRULE:FREQ=WEEKLY;BYDAY={_DAYS[couple.checkin_weekday]}",
        _prop("SUMMARY", f"Weekly check-in: {names}" if names else "Weekly check-in"),
        _prop(
            "DESCRIPTION",
            "Your weekly Trust Tracker check-in.\n"
            "Answer this week's questions together, on the site or by voice: "
            "“Alexa, ask trust tracker for the check-in questions”.",
        ),
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)


# --- RFC 5545 text --------------------------------------------------------------


def _escape(text: str) -> str:
    """TEXT values: backslash, semicolon and comma are escaped; line breaks become \\n."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _param(value: str) -> str:
    """A parameter value; quoted when it holds a character that would end it."""
    value = value.replace('"', "")
    return f'"{value}"' if any(c in value for c in ":;,") else value


def _prop(name: str, text: str) -> str:
    return f"{name}:{_escape(text)}"


def _fold(line: str) -> str:
    """Lines longer than 75 octets go on as continuation lines that start with a space.

    Cuts fall between characters, never inside a multi-byte UTF-8 sequence.
    """
    data = line.encode()
    parts = []
    limit = 75
    while len(data) > limit:
        cut = limit
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: step back to the character's start
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
        limit = 74  # the leading space counts
    parts.append(data)
    return "\r\n ".join(part.decode() for part in parts)


# --- VTIMEZONE from zoneinfo -----------------------------------------------------


@dataclass(frozen=True)
class _Transition:
    local: datetime  # wall-clock time just before the change (what DTSTART means in a VTIMEZONE)
    before: timedelta
    after: timedelta
    name: str


def _transitions(zone: ZoneInfo, first_year: int, last_year: int) -> list[_Transition]:
    """Every UTC-offset change in the years given, to the minute."""
    found = []
    day = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    offset = _utcoffset(day, zone)
    while day < end:
        following = day + timedelta(days=1)
        new_offset = _utcoffset(following, zone)
        if new_offset != offset:
            low, high = 0, 24 * 60  # minutes into the day: offset at low is old, at high new
            while high - low > 1:
                middle = (low + high) // 2
                if _utcoffset(day + timedelta(minutes=middle), zone) == offset:
                    low = middle
                else:
                    high = middle
            instant = day + timedelta(minutes=high)
            found.append(
                _Transition(
                    local=(instant + offset).replace(tzinfo=None),
                    before=offset,
                    after=new_offset,
                    name=instant.astimezone(zone).tzname() or "",
                )
            )
        offset = new_offset
        day = following
    return found


def _utcoffset(instant: datetime, zone: ZoneInfo) -> timedelta:
    return instant.astimezone(zone).utcoffset() or timedelta()


def _offset(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02}{minutes:02}" + (f"{seconds:02}" if seconds else "")


def _yearly_rule(moments: list[datetime], last_year: int) -> str | None:
    """An RRULE that yields exactly these moments, once a year up to last_year, if one does."""
    first = moments[0]
    if [m.year for m in moments] != list(range(first.year, last_year + 1)):
        return None
    for nth in ((first.day - 1) // 7 + 1, -1):
        if all(_nth_weekday(m.year, first.month, first.weekday(), nth) == m.date() for m in moments) and all(
            m.time() == first.time() for m in moments
        ):
            return f"RRULE:FREQ=YEARLY;BYMONTH={first.month};BYDAY={nth}{_DAYS[first.weekday()]}"
    return None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth such weekday of the month (-1: the last), or None when there is no fifth."""
    days = [
        date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, d).weekday() == weekday
    ]
    return days[nth - 1 if nth > 0 else nth] if nth <= len(days) else None


def _vtimezone(name: str, first_year: int, last_year: int) -> list[str]:
    zone = ZoneInfo(name)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    transitions = _transitions(zone, first_year, last_year)
    if not transitions:  # no daylight saving: one observance from the start of time
        moment = datetime(first_year, 1, 1, tzinfo=UTC).astimezone(zone)
        offset = _offset(_utcoffset(moment, zone))
        lines += [
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{offset}",
            f"TZOFFSETTO:{offset}",
            _prop("TZNAME", moment.tzname() or name),
            "END:STANDARD",
        ]
    groups: dict[tuple[timedelta, timedelta, str], list[datetime]] = {}
    for t in transitions:
        groups.setdefault((t.before, t.after, t.name), []).append(t.local)
    for (before, after, tzname), moments in groups.items():
        # Clocks going forward start daylight time. (zoneinfo's dst() will not do: Dublin's
        # tzdata has a "negative" daylight saving time in winter.)
        kind = "DAYLIGHT" if after > before else "STANDARD"
        rule = _yearly_rule(moments, last_year)
        lines += [f"BEGIN:{kind}", f"DTSTART:{moments[0]:%Y%m%dT%H%M%S}"]
        if rule:
            lines.append(rule)
        else:  # an irregular or ended rule: each change spelled out
            lines += [f"RDATE:{m:%Y%m%dT%H%M%S}" for m in moments[1:]]
        lines += [
            f"TZOFFSETFROM:{_offset(before)}",
            f"TZOFFSETTO:{_offset(after)}",
            _prop("TZNAME", tzname),
            f"END:{kind}",
        ]
    lines.append("END:VTIMEZONE")
    return lines
