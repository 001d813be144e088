"""The private calendar feed: turned on, renewed and off in settings; served without a login."""

from __future__ import annotations

import re
from datetime import time
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event, vRecur

from tests.factories import make_couple
from tests.web.helpers import assert_accessible_form, csrf_token, log_in, text_of
from trust_tracker.models.entities import Couple


def _token(session, couple_id: int) -> str | None:
    session.expire_all()  # the site wrote through its own session
    return session.get(Couple, couple_id).calendar_token


def _event(feed) -> tuple[Calendar, Event]:
    calendar = Calendar.from_ical(feed.data)
    (event,) = calendar.events
    return calendar, event


def _address(page) -> str:
    match = re.search(r'id="calendar-address" value="http://localhost(/calendar/[^"]+\.ics)"', page.text)
    assert match, "no feed address on the settings page"
    return match.group(1)


def test_turning_the_feed_on_shows_a_private_address_that_serves_the_check_in(app, client, alex, session) -> None:
    settings = client.get("/settings/")
    assert "Turn the calendar feed on" in text_of(settings)
    assert 'id="calendar-address"' not in settings.text

    response = client.post("/calendar/enable")
    assert response.status_code == 302 and response.location.endswith("/settings/#calendar-title")
    page = client.get("/settings/")
    assert "Your calendar feed is on." in text_of(page)
    assert_accessible_form(page)
    address = _address(page)
    assert f'href="webcal://localhost{address}"' in page.text

    anonymous = app.test_client()  # a calendar app: no session, no cookies
    feed = anonymous.get(address)
    assert feed.status_code == 200
    assert feed.headers["Content-Type"] == "text/calendar; charset=utf-8"
    calendar, event = _event(feed)
    assert event["SUMMARY"] == "Weekly check-in: Alex & Sam"
    assert event.start.tzinfo == ZoneInfo("America/New_York") and event["RRULE"] == vRecur(freq="WEEKLY", byday="SU")
    assert [tz.tz_name for tz in calendar.timezones] == ["America/New_York"]
    assert "Set-Cookie" not in feed.headers


def test_the_feed_follows_the_schedule(app, client, alex) -> None:
    client.post("/calendar/enable")
    address = _address(client.get("/settings/"))
    saved = client.post("/settings/", data={"timezone": "Europe/Paris", "weekday": "2", "checkin_time": "20:30"})
    assert saved.status_code == 302
    calendar, event = _event(app.test_client().get(address))
    assert event["RRULE"] == vRecur(freq="WEEKLY", byday="WE")
    assert event.start.tzinfo == ZoneInfo("Europe/Paris") and event.start.time() == time(20, 30)
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Paris"]


def test_a_new_address_revokes_the_old_one(app, client, alex, sam_client) -> None:
    client.post("/calendar/enable")
    old = _address(client.get("/settings/"))
    sam_client.post("/calendar/enable")  # either partner may renew it
    new = _address(client.get("/settings/"))
    assert new != old
    assert "The old one no longer works." in text_of(sam_client.get("/settings/"))
    feed = app.test_client()
    assert feed.get(old).status_code == 404
    assert feed.get(new).status_code == 200


def test_turning_it_off_makes_the_address_404(app, client, alex, session) -> None:
    client.post("/calendar/enable")
    address = _address(client.get("/settings/"))
    response = client.post("/calendar/disable")
    assert response.status_code == 302
    page = client.get("/settings/")
    assert "Your calendar feed is off. Its address no longer works." in text_of(page)
    assert 'id="calendar-address"' not in page.text
    assert app.test_client().get(address).status_code == 404
    assert _token(session, alex.couple_id) is None


@pytest.mark.parametrize(
    "path",
    [
        "/calendar/unknown.ics",
        "/calendar/" + "A" * 43 + ".ics",
        "/calendar/%00%00.ics",
        "/calendar/" + "a" * 200 + ".ics",
        "/calendar/.ics",
    ],
)
def test_unknown_tokens_are_not_found(app, couple, path) -> None:
    response = app.test_client().get(path)
    assert response.status_code == 404
    assert "BEGIN:VCALENDAR" not in response.text


def test_each_couple_gets_only_its_own_feed(app, client, alex, session) -> None:
    kim, _ = make_couple(session, "Kim", "Lee", timezone="Asia/Tokyo")
    session.flush()
    theirs = app.test_client()
    log_in(theirs, "kim@example.com")
    client.post("/calendar/enable")
    theirs.post("/calendar/enable")
    ours_address, their_address = _address(client.get("/settings/")), _address(theirs.get("/settings/"))
    assert ours_address != their_address
    feed = app.test_client()
    assert _event(feed.get(ours_address))[1]["SUMMARY"] == "Weekly check-in: Alex & Sam"
    assert "Kim" not in feed.get(ours_address).text
    theirs_calendar, theirs_event = _event(feed.get(their_address))
    assert theirs_event["SUMMARY"] == "Weekly check-in: Kim & Lee"
    assert [tz.tz_name for tz in theirs_calendar.timezones] == ["Asia/Tokyo"]
    # Turning ours off leaves theirs alone.
    client.post("/calendar/disable")
    assert feed.get(their_address).status_code == 200
    assert _token(session, kim.couple_id) is not None


def test_managing_the_feed_needs_a_login_and_a_post(app, couple, client, session) -> None:
    response = client.post("/calendar/enable")
    assert response.status_code == 302 and "/login" in response.location
    assert _token(session, couple[0].couple_id) is None
    log_in(client, "alex@example.com")
    assert client.get("/calendar/enable").status_code == 405


def test_the_buttons_need_the_csrf_token(make_app, couple, session) -> None:
    app = make_app(WTF_CSRF_ENABLED=True)
    browser = app.test_client()
    login_page = browser.get("/login")
    browser.post(
        "/login",
        data={"email": "alex@example.com", "password": "correct horse battery", "csrf_token": csrf_token(login_page)},
    )
    couple_id = couple[0].couple_id
    refused = browser.post("/calendar/enable")
    assert refused.status_code == 400
    assert _token(session, couple_id) is None
    settings = browser.get("/settings/")
    accepted = browser.post("/calendar/enable", data={"csrf_token": csrf_token(settings)})
    assert accepted.status_code == 302
    token = _token(session, couple_id)
    assert token is not None
    assert browser.post("/calendar/disable").status_code == 400
    assert _token(session, couple_id) == token
