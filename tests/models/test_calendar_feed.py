"""The private calendar feed: revocable tokens, and RFC 5545 output that calendars accept."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr

from tests.conftest import NOW, make_couple
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


def _lines(text: str) -> list[str]:
    """Content lines after unfolding, checking the physical form on the way."""
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    assert all("\n" not in line and "\r" not in line for line in physical)
    assert all(len(line.encode()) <= 75 for line in physical)
    return text[:-2].replace("\r\n ", "").split("\r\n")


def _components(lines: list[str]) -> list[tuple[str, dict[str, str]]]:
    """(name, {property: value}) for each component, checking BEGIN/END nest properly."""
    stack: list[tuple[str, dict[str, str]]] = []
    done = []
    for line in lines:
        name, _, value = line.partition(":")
        if name == "BEGIN":
            stack.append((value, {}))
        elif name == "END":
            component = stack.pop()
            assert component[0] == value
            done.append(component)
        else:
            props = stack[-1][1]
            key = name if name not in props else f"{name}#{sum(k.startswith(name) for k in props)}"
            props[key] = value
    assert not stack
    return done


def _event(text: str) -> dict[str, str]:
    (event,) = [props for name, props in _components(_lines(text)) if name == "VEVENT"]
    return event


def _unescape(value: str) -> str:
    out, chars = [], iter(value)
    for c in chars:
        if c == "\\":
            nxt = next(chars)
            out.append("\n" if nxt in "nN" else nxt)
        else:
            out.append(c)
    return "".join(out)


def test_a_valid_calendar_with_one_weekly_event():
    text = ics(_couple(), NOW)
    lines = _lines(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    components = _components(lines)
    calendar = components[-1][1]
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    event = _event(text)
    assert event["UID"] == "checkin-7@trust-tracker"
    assert event["DTSTAMP"] == "20261125T120000Z"
    # Created Sunday 1 March 2026 at 07:00 in New York: the first slot is that evening.
    assert event["DTSTART;TZID=America/New_York"] == "20260301T190000"
    assert event["RRULE"] == "FREQ=WEEKLY;BYDAY=SU"
    assert event["DURATION"] == "PT30M"
    assert _unescape(event["SUMMARY"]) == "Weekly check-in: Alex & Sam"
    (timezone,) = [props for name, props in components if name == "VTIMEZONE"]
    assert timezone["TZID"] == "America/New_York"


@pytest.mark.parametrize("weekday, byday", [(0, "MO"), (2, "WE"), (4, "FR"), (5, "SA")])
def test_the_rule_follows_the_check_in_day(weekday, byday):
    event = _event(ics(_couple(weekday=weekday, at=time(8, 30)), NOW))
    assert event["RRULE"] == f"FREQ=WEEKLY;BYDAY={byday}"
    start = datetime.strptime(event["DTSTART;TZID=America/New_York"], "%Y%m%dT%H%M%S")
    assert start.weekday() == weekday and start.time() == time(8, 30)
    assert start >= datetime(2026, 3, 1, 7) and start - datetime(2026, 3, 1, 7) < timedelta(days=7)


def test_the_slot_stays_at_the_same_wall_clock_time_across_daylight_saving():
    event = _event(ics(_couple(), NOW))
    zone = ZoneInfo("America/New_York")
    start = datetime.strptime(event["DTSTART;TZID=America/New_York"], "%Y%m%dT%H%M%S")
    occurrences = list(rrulestr(event["RRULE"] + ";COUNT=60", dtstart=start.replace(tzinfo=zone)))
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
        "Africa/Casablanca",
        "Asia/Kolkata",
        "Asia/Tehran",
        "UTC",
    ],
)
def test_the_vtimezone_agrees_with_zoneinfo(timezone):
    """Every observance's onsets, expanded from its RRULE or RDATEs, are real offset changes."""
    text = ics(_couple(timezone=timezone), NOW)
    zone = ZoneInfo(timezone)
    components = _components(_lines(text))
    (vtimezone,) = [props for name, props in components if name == "VTIMEZONE"]
    assert vtimezone["TZID"] == timezone
    observances = [(name, props) for name, props in components if name in ("STANDARD", "DAYLIGHT")]
    assert observances

    def offset(value: str) -> timedelta:
        sign = -1 if value[0] == "-" else 1
        return sign * timedelta(hours=int(value[1:3]), minutes=int(value[3:5]))

    checked = 0
    for name, props in observances:
        start = datetime.strptime(props["DTSTART"], "%Y%m%dT%H%M%S")
        before, after = offset(props["TZOFFSETFROM"]), offset(props["TZOFFSETTO"])
        if before == after:  # no daylight saving: the offset holds throughout
            assert datetime(2026, 6, 1, tzinfo=zone).utcoffset() == after
            assert datetime(2026, 12, 1, tzinfo=zone).utcoffset() == after
            continue
        assert name == ("DAYLIGHT" if after > before else "STANDARD")
        onsets = [start] + [datetime.strptime(v, "%Y%m%dT%H%M%S") for k, v in props.items() if k.startswith("RDATE")]
        if "RRULE" in props:
            onsets = list(
                rrulestr(props["RRULE"], dtstart=start, ignoretz=True).between(start, datetime(2032, 1, 1), inc=True)
            )
        for onset in onsets:
            instant = (onset - before).replace(tzinfo=UTC)  # local time before the change, as UTC
            assert (instant - timedelta(minutes=1)).astimezone(zone).utcoffset() == before
            assert instant.astimezone(zone).utcoffset() == after
            checked += 1
    if timezone not in ("Asia/Kolkata", "Asia/Tehran", "UTC"):
        assert checked >= 12  # both changes, every year from 2025 to 2031


def test_text_is_escaped_and_long_lines_fold_between_characters():
    names = ("Zoë, the; brave \\ one", "Łukasz " + "é" * 50 + " 🙂")
    text = ics(_couple(names=names), NOW)
    event = _event(text)
    assert event["SUMMARY"].startswith("Weekly check-in: Zoë\\, the\\; brave \\\\ one & Łukasz")
    assert _unescape(event["SUMMARY"]) == "Weekly check-in: " + " & ".join(names)
    description = _unescape(event["DESCRIPTION"])
    assert description.startswith("Your weekly Trust Tracker check-in.\nAnswer this week's questions")
    assert "\\n" in event["DESCRIPTION"] and "\\," in event["DESCRIPTION"]
    assert any(line.startswith(" ") for line in text.split("\r\n"))  # it did fold
    text.encode().decode("utf-8")  # every physical line is whole UTF-8


def test_the_feed_follows_the_schedule(session, couple):
    alex, _ = couple
    settings.update_schedule(session, alex, timezone="Europe/Berlin", weekday=2, checkin_time=time(20, 15))
    event = _event(ics(alex.couple, NOW))
    start = datetime.strptime(event["DTSTART;TZID=Europe/Berlin"], "%Y%m%dT%H%M%S")
    assert (start.weekday(), start.time()) == (2, time(20, 15))
    assert event["RRULE"] == "FREQ=WEEKLY;BYDAY=WE"
    assert _unescape(event["SUMMARY"]) == "Weekly check-in: Alex & Sam"
    assert "TZID:Europe/Berlin" in ics(alex.couple, NOW)
