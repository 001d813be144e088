"""A VTIMEZONE that is right in every year, for the calendar feed.

icalendar's own `Timezone.from_tzinfo` lists each change of offset up to a last date (a
calendar reading it keeps the last offset after that: summer time stops) and looks for
changes 64 days apart, so it misses Morocco's five weeks of Ramadan. Here the zone's lasting
rule is written as RRULEs ("the last Sunday of March at 01:00"), which repeat for ever, and
only what differs from it (a change of law between the couple's start and the year the rule
settles) is listed change by change, each change found to the second.

The rule is read from `zoneinfo` itself rather than from the tz database's text: the offset
changes of 28 years far ahead (every weekday on every date, leap years too), where only the
zone's lasting rule applies, give each change's month, wall-clock time and the seven days of
the month it falls in.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

# Years in which only a zone's lasting rule applies (the tz database lists explicit changes
# no further than 2087); 28 years hold every weekday on every date of every month.
_RULE_YEARS = range(2100, 2128)
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class _Change:
    """One change of offset, as a VTIMEZONE observance states it."""

    before: datetime  # the wall-clock time it happens at, in the offset before it (RFC 5545 DTSTART)
    offset_from: timedelta
    offset_to: timedelta
    name: str
    summer: bool  # the offset after it is daylight-saving time


@dataclass(frozen=True)
class _Rule:
    """A yearly change: a wall-clock time, and either a fixed date or a weekday in seven
    consecutive days of a month, counted from its start or (negative) from its end. With no
    month, the seven days are counted from the end of the year: Egypt's "the day after the
    last Thursday of October" is on 1 November in some years."""

    month: int | None
    at: tuple[int, int, int]
    offsets: tuple[timedelta, timedelta, str, bool]
    weekday: int | None  # None: the same day of the month every year
    first_day: int  # the fixed day, or the first of the seven (from the end: -7 is the seventh last)

    def holds(self, change: _Change) -> bool:
        when = change.before
        if (when.hour, when.minute, when.second) != self.at or _offsets(change) != self.offsets:
            return False
        if self.month is None:
            day = _from_year_end(when)
        elif when.month != self.month:
            return False
        elif self.weekday is None:
            return when.day == self.first_day
        else:
            day = _from_month_end(when) if self.first_day < 0 else when.day
        return when.weekday() == self.weekday and self.first_day <= day <= self.first_day + 6

    def rrule(self) -> vRecur:
        days = list(range(self.first_day, self.first_day + 7))
        if self.month is None:
            return vRecur(freq="YEARLY", byday=_DAYS[self.weekday or 0], byyearday=days)
        if self.weekday is None:
            return vRecur(freq="YEARLY", bymonth=self.month, bymonthday=self.first_day)
        day = _DAYS[self.weekday]
        if self.first_day == -7:
            return vRecur(freq="YEARLY", bymonth=self.month, byday=f"-1{day}")
        if self.first_day in (1, 8, 15, 22):
            return vRecur(freq="YEARLY", bymonth=self.month, byday=f"{self.first_day // 7 + 1}{day}")
        return vRecur(freq="YEARLY", bymonth=self.month, byday=day, bymonthday=days)


def _from_month_end(when: datetime) -> int:
    """The day of the month counted from its end: the last is -1."""
    return when.day - calendar.monthrange(when.year, when.month)[1] - 1


def _from_year_end(when: datetime) -> int:
    """The day of the year counted from its end: 31 December is -1."""
    return when.timetuple().tm_yday - (366 if calendar.isleap(when.year) else 365) - 1


def _offsets(change: _Change) -> tuple[timedelta, timedelta, str, bool]:
    return change.offset_from, change.offset_to, change.name, change.summer


def _offset(zone: ZoneInfo, second: int) -> timedelta:
    return datetime.fromtimestamp(second, zone).utcoffset() or timedelta()


@lru_cache(maxsize=8192)
def _changes(zone_name: str, year: int) -> tuple[_Change, ...]:
    """The zone's changes of offset in one (local) year: found day by day, then to the second."""
    zone = ZoneInfo(zone_name)
    found = []
    day = 86_400
    second = int(datetime(year - 1, 12, 30, tzinfo=UTC).timestamp())
    end = int(datetime(year + 1, 1, 2, tzinfo=UTC).timestamp())
    while second < end:
        offset = _offset(zone, second)
        if _offset(zone, second + day) != offset:
            low, high = second, second + day  # low has the old offset, high the new one
            while high - low > 1:
                middle = (low + high) // 2
                low, high = (middle, high) if _offset(zone, middle) == offset else (low, middle)
            after = datetime.fromtimestamp(high, zone)
            found.append(
                _Change(
                    before=(datetime.fromtimestamp(high, UTC) + offset).replace(tzinfo=None),
                    offset_from=offset,
                    offset_to=after.utcoffset() or timedelta(),
                    name=after.tzname() or "",
                    summer=bool(after.dst()),
                )
            )
        second += day
    return tuple(c for c in found if c.before.year == year)


def _windows(day: int, from_end: int) -> list[int]:
    """The first days of every seven-day window holding `day` (or, counted from the end, `from_end`)."""
    return [*range(max(1, day - 6), day + 1), *range(from_end - 6, min(from_end, -7) + 1)]


def _rule_of(changes: list[_Change]) -> _Rule | None:
    """The one yearly rule all these changes (one a year) follow, if there is one: a fixed
    date, or a weekday among seven days counted from the month's start or end, or else from
    the year's end."""
    first = changes[0].before
    at, offsets, weekday = (first.hour, first.minute, first.second), _offsets(changes[0]), first.weekday()
    starts = _windows(first.day, _from_month_end(first))
    starts.sort(key=lambda start: start not in (1, 8, 15, 22, -7))  # "the second Sunday", "the last" first
    candidates = [_Rule(first.month, at, offsets, None, first.day)]
    candidates += [_Rule(first.month, at, offsets, weekday, start) for start in starts]
    candidates += [
        _Rule(None, at, offsets, weekday, start) for start in _windows(0, _from_year_end(first)) if start < 0
    ]
    return next((rule for rule in candidates if all(rule.holds(c) for c in changes)), None)


def _lasting(zone_name: str, since: int) -> tuple[int, tuple[_Rule, ...]]:
    """From which year (not before `since`) the zone keeps its lasting rules, and those rules
    (none for a zone without summer time)."""
    far = [_changes(zone_name, year) for year in _RULE_YEARS]
    count = len(far[0])
    rules = [_rule_of([year[n] for year in far]) for n in range(count)] if all(len(y) == count for y in far) else []
    if len(rules) != count or None in rules:
        raise ValueError(f"{zone_name} has no yearly rule")  # never in the tz database: its last rules are yearly
    lasting = tuple(rule for rule in rules if rule is not None)
    settled = _RULE_YEARS.start
    while settled > since:
        changes = _changes(zone_name, settled - 1)
        if len(changes) != count or not all(rule.holds(c) for rule, c in zip(lasting, changes, strict=True)):
            break
        settled -= 1
    return settled, lasting


def _observance(change: _Change) -> TimezoneStandard | TimezoneDaylight:
    observance = TimezoneDaylight() if change.summer else TimezoneStandard()
    observance.TZOFFSETFROM = change.offset_from
    observance.TZOFFSETTO = change.offset_to
    observance.add("TZNAME", change.name)
    observance.DTSTART = change.before
    return observance


def vtimezone(zone_name: str, since: date) -> Timezone:
    """The zone from `since` on, right in every year after it: the offset at `since`, each
    change until the zone's rules settle, then those rules for ever."""
    settled, rules = _lasting(zone_name, since.year)
    timezone = Timezone()
    timezone.add("TZID", zone_name)
    at_start = datetime.combine(since, time(), ZoneInfo(zone_name))
    offset = at_start.utcoffset() or timedelta()
    name, summer = at_start.tzname() or "", bool(at_start.dst())
    timezone.add_component(_observance(_Change(at_start.replace(tzinfo=None), offset, offset, name, summer)))
    listed: dict[tuple[timedelta, timedelta, str, bool], list[datetime]] = {}
    for year in range(since.year, settled):
        for change in _changes(zone_name, year):
            listed.setdefault(_offsets(change), []).append(change.before)
    for (offset_from, offset_to, name, summer), starts in listed.items():
        observance = _observance(_Change(starts[0], offset_from, offset_to, name, summer))
        if starts[1:]:
            observance.add("RDATE", starts[1:])
        timezone.add_component(observance)
    for rule, change in zip(rules, _changes(zone_name, settled), strict=True):
        observance = _observance(change)
        observance.add("RRULE", rule.rrule())
        timezone.add_component(observance)
    return timezone
