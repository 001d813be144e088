"""The feed's VTIMEZONE, read as RFC 5545 says a calendar reads it, agrees with zoneinfo in
every year: next year, after 2031 (where a list of changes used to stop), and far ahead."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar, Timezone

from tests.factories import NOW
from trust_tracker.models.calendar_feed import ics
from trust_tracker.models.calendar_zone import vtimezone
from trust_tracker.models.entities import Couple, Partner

YEARS = (2026, 2031, 2032, 2038, 2045, 2077, 2099, 2150, 2299)


def offset_read_from(zone: Timezone, instant: datetime) -> timedelta:
    """What a calendar that knows only this VTIMEZONE makes of the offset at `instant`: the
    TZOFFSETTO of the latest onset (DTSTART, RDATE or RRULE, in the local time before it)."""
    latest: tuple[datetime, timedelta] | None = None
    for observance in zone.standard + zone.daylight:
        before, after = observance.TZOFFSETFROM, observance.TZOFFSETTO
        wall = (instant + before).replace(tzinfo=None)  # the instant on the clock the onsets are read by
        rdates = observance.get("RDATE", [])
        onsets = [observance.DTSTART] + [
            d.dt for r in (rdates if isinstance(rdates, list) else [rdates]) for d in r.dts
        ]
        if "RRULE" in observance:
            rule = rrulestr(observance["RRULE"].to_ical().decode(), dtstart=observance.DTSTART)
            onsets.append(rule.before(wall, inc=True) or observance.DTSTART)
        passed = [o - before for o in onsets if o <= wall]  # as UTC, to compare across observances
        if passed and (latest is None or max(passed) > latest[0]):
            latest = (max(passed), after)
    assert latest is not None, f"no onset before {instant}"
    return latest[1]


def instants(zone_name: str) -> list[datetime]:
    """Noon and evening twice a month, and an hour either side of every change, in YEARS."""
    zone = ZoneInfo(zone_name)
    found = []
    for year in YEARS:
        for month in range(1, 13):
            for day, hour in ((1, 12), (15, 19)):
                found.append(datetime(year, month, day, hour, tzinfo=zone).astimezone(UTC))
        second = datetime(year, 1, 1, tzinfo=UTC)
        while second.year == year:
            if (second + timedelta(days=1)).astimezone(zone).utcoffset() != second.astimezone(zone).utcoffset():
                change = second
                while (change + timedelta(hours=1)).astimezone(zone).utcoffset() == second.astimezone(zone).utcoffset():
                    change += timedelta(hours=1)
                found += [change - timedelta(hours=1), change + timedelta(hours=2)]
            second += timedelta(days=1)
    return found


@pytest.mark.parametrize(
    "zone_name",
    [
        "Europe/London",
        "America/New_York",
        "Europe/Dublin",  # winter is its daylight-saving offset, negative
        "Australia/Sydney",  # summer across the new year
        "Australia/Lord_Howe",  # half an hour of summer time
        "America/Santiago",  # the first Sunday on or after the 2nd
        "America/Nuuk",  # at 23:00 on the Saturday before the last Sunday
        "Asia/Jerusalem",  # on the Friday before the last Sunday
        "Pacific/Chatham",
        "Africa/Casablanca",  # Ramadan's weeks each year until 2087, then none
        "Africa/Cairo",  # at 24:00 on the last Thursday of October: some years on 1 November
        "Asia/Kolkata",  # no summer time
        "Asia/Tokyo",
        "America/Sao_Paulo",  # summer time abolished in 2019
    ],
)
def test_a_calendar_reads_the_right_offset_every_year(zone_name) -> None:
    zone = vtimezone(zone_name, since=date(2025, 1, 1))
    for instant in instants(zone_name):
        assert offset_read_from(zone, instant) == instant.astimezone(ZoneInfo(zone_name)).utcoffset(), instant


def test_a_change_that_falls_in_either_of_two_months_is_right_in_both() -> None:
    zone, cairo = vtimezone("Africa/Cairo", since=date(2025, 1, 1)), ZoneInfo("Africa/Cairo")
    on_the_first = []
    for year in range(2026, 2080):
        for day in (datetime(year, 10, 31, 12, tzinfo=UTC), datetime(year, 11, 1, 12, tzinfo=UTC)):
            assert offset_read_from(zone, day) == day.astimezone(cairo).utcoffset(), day
        if datetime(year, 10, 31, 12, tzinfo=cairo).dst():
            on_the_first.append(year)
    assert on_the_first  # some years do end summer time on 1 November


def test_summer_time_is_a_yearly_rule_not_a_list_that_ends() -> None:
    zone = vtimezone("Europe/Berlin", since=date(2025, 1, 1))
    assert [o["RRULE"].to_ical() for o in zone.daylight] == [b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"]
    assert b"UNTIL" not in zone.to_ical() and b"RDATE" not in zone.to_ical()


def test_a_zone_without_summer_time_has_one_offset_and_no_rule() -> None:
    zone = vtimezone("Asia/Kolkata", since=date(2025, 1, 1))
    assert zone.daylight == [] and [s.TZOFFSETTO for s in zone.standard] == [timedelta(hours=5, minutes=30)]
    assert b"RRULE" not in zone.to_ical()


def _check_ins(timezone: str, year: int) -> list[datetime]:
    """The feed's check-ins in `year`, each placed by its own VTIMEZONE, as UTC instants."""
    couple = Couple(id=3, timezone=timezone, checkin_weekday=6, checkin_time=time(19, 0))
    couple.created_at = datetime(2026, 11, 1, 12, tzinfo=UTC)
    couple.partners = [Partner(name="Ada"), Partner(name="Jo")]
    calendar = Calendar.from_ical(ics(couple, NOW))
    (zone,), (event,) = calendar.timezones, calendar.events
    start = event.start.replace(tzinfo=None)
    weekly = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    walls = weekly.between(datetime(year, 1, 1), datetime(year + 1, 1, 1))
    return [(wall - offset_read_from(zone, wall.replace(tzinfo=UTC))).replace(tzinfo=UTC) for wall in walls]


@pytest.mark.parametrize("year", [2031, 2032, 2045, 2099])
def test_a_check_in_with_summer_time_stays_at_its_hour_years_ahead(year) -> None:
    """19:00 in London: 19:00 UTC in winter, 18:00 UTC in summer, every Sunday of the year."""
    slots = _check_ins("Europe/London", year)
    assert len(slots) in (52, 53)
    for slot in slots:
        local = slot.astimezone(ZoneInfo("Europe/London"))
        assert (local.weekday(), local.time()) == (6, time(19, 0)), slot
    assert {s.hour for s in slots} == {18, 19}


@pytest.mark.parametrize("year", [2031, 2099])
def test_a_check_in_without_summer_time_is_the_same_instant_all_year(year) -> None:
    slots = _check_ins("Asia/Kolkata", year)
    assert {(s.hour, s.minute) for s in slots} == {(13, 30)} and {s.weekday() for s in slots} == {6}
