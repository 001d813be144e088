"""The private calendar feed: revocable tokens, and RFC 5545 output that calendars accept."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar, Event, vRecur

from tests.factories import NOW, make_couple
from trust_tracker.models import calendar_feed, settings
from trust_tracker.models.calendar_feed import ics
from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.errors import NotFound

# --- tokens --------------------------------------------------------------------


def test_enable_gives_a_secret_that_finds_the_couple(session, couple):
    alex, _ = couple
    token = calendar_feed.enable_feed(session, alex)
    assert len(token) >= 40 and alex.couple.calendar_token == token
    assert calendar_feed.couple_for_feed(session, token) == alex.couple


def test_enabling_again_revokes_the_old_address(session, couple):
    alex, sam = couple
    old = calendar_feed.enable_feed(session, alex)
    new = calendar_feed.enable_feed(session, sam)
    assert new != old
    with pytest.raises(NotFound):
        calendar_feed.couple_for_feed(session, old)
    assert calendar_feed.couple_for_feed(session, new) == alex.couple


def test_disable_turns_the_feed_off(session, couple):
    alex, sam = couple
    token = calendar_feed.enable_feed(session, alex)
    calendar_feed.disable_feed(session, sam)
    assert alex.couple.calendar_token is None
    with pytest.raises(NotFound):
        calendar_feed.couple_for_feed(session, token)


def test_each_couple_has_its_own_feed(session, couple):
    alex, _ = couple
    kim, _ = make_couple(session, first="Kim", second="Lee")
    ours, theirs = calendar_feed.enable_feed(session, alex), calendar_feed.enable_feed(session, kim)
    assert calendar_feed.couple_for_feed(session, ours) == alex.couple
    assert calendar_feed.couple_for_feed(session, theirs) == kim.couple


@pytest.mark.parametrize("token", ["", "short", "x" * 65, "a" * 40 + "/..", "a" * 40 + "%00", None, 42])
def test_malformed_or_unknown_tokens_are_not_found(session, couple, token):
    calendar_feed.enable_feed(session, couple[0])
    with pytest.raises(NotFound):
        calendar_feed.couple_for_feed(session, token)


def test_an_unknown_well_formed_token_is_not_found(session, couple):
    calendar_feed.enable_feed(session, couple[0])
    with pytest.raises(NotFound):
        calendar_feed.couple_for_feed(session, "A" * 43)


# --- the iCalendar text ------------------------------------------------------------


def _couple(
    timezone="America/New_York",
    weekday=6,
    at=time(19, 0),
    names=("Alex", "Sam"),
    created=datetime(2026, 3, 1, 12, tzinfo=UTC),
) -> Couple:
    couple = Couple(id=7, timezone=timezone, checkin_weekday=weekday, checkin_time=at, created_at=created)
    couple.partners = [Partner(name=name) for name in names]
    return couple


def _parsed(couple: Couple) -> tuple[Calendar, Event]:
    """The feed read back by icalendar, checking the physical form on the way."""
    text = ics(couple, NOW)
    physical = text.decode().split("\r\n")
    assert physical[-1] == "" and all(len(line.encode()) <= 75 for line in physical)
    calendar = Calendar.from_ical(text)
    (event,) = calendar.events
    return calendar, event


def _occurrences(event: Event, zone, until: datetime) -> list[datetime]:
    """The event's start times up to `until`, its wall-clock start read in `zone`."""
    start = event.start.replace(tzinfo=zone)
    return list(rrulestr(event["RRULE"].to_ical().decode(), dtstart=start).between(start, until, inc=True))


def test_a_valid_calendar_with_one_weekly_event():
    calendar, event = _parsed(_couple())
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert calendar.calendar_name == "Trust Tracker check-in"
    assert event.uid == "checkin-7@trust-tracker"
    assert event.DTSTAMP == NOW
    # Created Sunday 1 March 2026 at 07:00 in New York: the first slot is that evening.
    assert event.start == datetime(2026, 3, 1, 19, tzinfo=ZoneInfo("America/New_York"))
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert event["RRULE"] == vRecur(freq="WEEKLY", byday="SU")
    assert event.duration == timedelta(minutes=30)
    assert event["SUMMARY"] == "Weekly check-in: Alex & Sam"
    assert [tz.tz_name for tz in calendar.timezones] == ["America/New_York"]


@pytest.mark.parametrize("weekday, byday", [(0, "MO"), (2, "WE"), (4, "FR"), (5, "SA")])
def test_the_rule_follows_the_check_in_day(weekday, byday):
    _, event = _parsed(_couple(weekday=weekday, at=time(8, 30)))
    assert event["RRULE"] == vRecur(freq="WEEKLY", byday=byday)
    start = event.start.replace(tzinfo=None)
    assert start.weekday() == weekday and start.time() == time(8, 30)
    assert start >= datetime(2026, 3, 1, 7) and start - datetime(2026, 3, 1, 7) < timedelta(days=7)


def test_the_slot_stays_at_the_same_wall_clock_time_across_daylight_saving():
    _, event = _parsed(_couple())
    occurrences = _occurrences(event, ZoneInfo("America/New_York"), datetime(2027, 6, 1, tzinfo=UTC))
    assert len(occurrences) > 60
    assert {o.time() for o in occurrences} == {time(19, 0)}
    assert {o.utcoffset() for o in occurrences} == {timedelta(hours=-4), timedelta(hours=-5)}


@pytest.mark.parametrize(
    "timezone",
    [
        "America/New_York",
        "Europe/Berlin",
        "Europe/Dublin",
        "Australia/Sydney",
        "Australia/Lord_Howe",
        "America/Santiago",
        "Africa/Casablanca",  # Ramadan's five weeks, which icalendar's own VTIMEZONE missed
        "Asia/Kolkata",
        "Asia/Tehran",
    ],
)
def test_the_vtimezone_puts_every_check_in_at_the_right_instant(timezone):
    """A calendar that reads only the VTIMEZONE (Apple, Outlook) places each weekly
    check-in of the next five years at the instant zoneinfo does."""
    calendar, event = _parsed(_couple(timezone=timezone))
    (vtimezone,) = calendar.timezones
    assert vtimezone.tz_name == timezone == event["DTSTART"].params["TZID"]
    from_feed = vtimezone.to_tz(lookup_tzid=False)  # built from the VTIMEZONE alone
    until = datetime(2031, 12, 31, tzinfo=UTC)
    slots = _occurrences(event, ZoneInfo(timezone), until)
    assert len(slots) > 250
    assert _occurrences(event, from_feed, until) == slots  # aware datetimes compare as instants


def test_a_utc_couple_gets_utc_times_and_no_vtimezone():
    calendar, event = _parsed(_couple(timezone="UTC"))
    assert calendar.timezones == []
    assert event.start == datetime(2026, 3, 1, 19, tzinfo=UTC)


def test_text_is_escaped_and_long_lines_fold_between_characters():
    names = ("Zoë, the; brave \\ one", "Łukasz " + "é" * 50 + " 🙂")
    text = ics(_couple(names=names), NOW)
    assert "SUMMARY:Weekly check-in: Zoë\\, the\\; brave \\\\ one & Łukasz".encode() in text
    assert b"\r\n " in text  # it did fold
    _, event = _parsed(_couple(names=names))
    assert event["SUMMARY"] == "Weekly check-in: " + " & ".join(names)
    assert event["DESCRIPTION"].startswith("Your weekly Trust Tracker check-in.\nAnswer this week's questions")
    assert "“Alexa, ask trust tracker for the check-in questions”" in event["DESCRIPTION"]


def test_the_feed_follows_the_schedule(session, couple):
    alex, _ = couple
    settings.update_schedule(session, alex, timezone="Europe/Berlin", weekday=2, checkin_time=time(20, 15))
    calendar, event = _parsed(alex.couple)
    start = event.start
    assert start.tzinfo == ZoneInfo("Europe/Berlin") and (start.weekday(), start.time()) == (2, time(20, 15))
    assert event["RRULE"] == vRecur(freq="WEEKLY", byday="WE")
    assert event["SUMMARY"] == "Weekly check-in: Alex & Sam"
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Berlin"]
