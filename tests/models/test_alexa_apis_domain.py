"""The domain side of Alexa's APIs: the weekly reminder's slot in a device's zone, the
reminders held, device zones cached for a day, and "seen, thank you" for exactly the
entries heard."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from tests.factories import NOW, make_couple, make_entry
from trust_tracker.models import checkins, devices, export, reminders, settings, tracking
from trust_tracker.models.alexa_entities import ReminderKind
from trust_tracker.models.entities import LogKind
from trust_tracker.models.localtime import entry_date
from trust_tracker.models.partner_news import partner_news

USER = "amzn1.ask.account.HOME"
TODAY = date(2026, 11, 25)  # a Wednesday; NOW is noon UTC, 7 am in New York


@pytest.mark.parametrize(
    ("device", "weekday", "at", "first", "rule"),
    [
        (None, 6, time(19), datetime(2026, 11, 29, 19), "FREQ=WEEKLY;BYDAY=SU;BYHOUR=19;BYMINUTE=0"),
        ("America/New_York", 6, time(19), datetime(2026, 11, 29, 19), "FREQ=WEEKLY;BYDAY=SU;BYHOUR=19;BYMINUTE=0"),
        ("Europe/London", 0, time(0), datetime(2026, 11, 30, 0), "FREQ=WEEKLY;BYDAY=MO;BYHOUR=0;BYMINUTE=0"),
        ("America/Los_Angeles", 6, time(16), datetime(2026, 11, 29, 16), "FREQ=WEEKLY;BYDAY=SU;BYHOUR=16;BYMINUTE=0"),
        ("Asia/Kolkata", 0, time(5, 30), datetime(2026, 11, 30, 5, 30), "FREQ=WEEKLY;BYDAY=MO;BYHOUR=5;BYMINUTE=30"),
    ],
)
def test_the_weekly_reminder_is_the_couples_slot_in_the_devices_zone(
    session, couple, device, weekday, at, first, rule
) -> None:
    wanted = reminders.weekly_checkin(session, couple[0].couple, device, NOW)
    assert (wanted.weekday, wanted.at, wanted.first, wanted.rule) == (weekday, at, first, rule)
    assert wanted.zone == (device or "America/New_York")
    assert wanted.first_question == checkins.DEFAULT_QUESTIONS[0]


@pytest.mark.parametrize(
    ("weekday", "at", "first"),
    [
        (2, time(19), datetime(2026, 11, 25, 19)),  # later today
        (2, time(6, 59), datetime(2026, 12, 2, 6, 59)),  # earlier today: next week
        (1, time(19), datetime(2026, 12, 1, 19)),  # yesterday's weekday: six days on
    ],
)
def test_the_first_reminder_is_the_next_slot(session, couple, weekday, at, first) -> None:
    settings.update_schedule(session, couple[0], timezone="America/New_York", weekday=weekday, checkin_time=at)
    assert reminders.weekly_checkin(session, couple[0].couple, None, NOW).first == first


def test_a_held_reminder_fits_until_the_slot_or_the_zone_changes(session, couple) -> None:
    alex = couple[0]
    wanted = reminders.weekly_checkin(session, alex.couple, "Europe/London", NOW)
    kept = reminders.keep(session, alex.couple, USER, ReminderKind.WEEKLY_CHECKIN, "token-1", NOW, weekly=wanted)
    assert reminders.fits(kept, wanted)
    assert reminders.slot_changed(session, alex.couple, USER) is None
    assert not reminders.fits(kept, reminders.weekly_checkin(session, alex.couple, "Europe/Paris", NOW))

    settings.update_schedule(session, alex, timezone="America/New_York", weekday=0, checkin_time=time(20))
    assert reminders.slot_changed(session, alex.couple, USER) is kept
    moved = reminders.weekly_checkin(session, alex.couple, "Europe/London", NOW)
    again = reminders.keep(session, alex.couple, USER, ReminderKind.WEEKLY_CHECKIN, "token-2", NOW, weekly=moved)
    assert again is kept and (kept.alert_token, kept.weekday, kept.at) == ("token-2", 0, time(20))
    assert reminders.slot_changed(session, alex.couple, USER) is None
    # Another Alexa account of the couple holds its own.
    assert reminders.held(session, alex.couple, "amzn1.ask.account.OTHER", ReminderKind.WEEKLY_CHECKIN) is None


def test_reminders_are_one_per_account_and_kind_and_forgotten_one_by_one(session, couple) -> None:
    couple_ = couple[0].couple
    reminders.keep(session, couple_, USER, ReminderKind.TOUCH_BASE, "once-1", NOW)
    reminders.keep(session, couple_, USER, ReminderKind.TOUCH_BASE, "once-2", NOW)
    weekly = reminders.weekly_checkin(session, couple_, None, NOW)
    reminders.keep(session, couple_, USER, ReminderKind.WEEKLY_CHECKIN, "weekly", NOW, weekly=weekly)
    held = reminders.all_held(session, couple_, USER)
    assert [(r.kind, r.alert_token) for r in held] == [
        (ReminderKind.TOUCH_BASE, "once-2"),
        (ReminderKind.WEEKLY_CHECKIN, "weekly"),
    ]
    reminders.forget(session, held[0])
    assert [r.alert_token for r in reminders.all_held(session, couple_, USER)] == ["weekly"]


def test_a_devices_zone_is_cached_for_a_day_and_a_failure_retried_after_an_hour(session, couple) -> None:
    home = couple[0].couple
    assert devices.cached_zone(session, home, "device", NOW) == devices.CachedZone(None, True)
    assert devices.remember_zone(session, home, "device", "Europe/London", NOW) == "Europe/London"
    assert devices.cached_zone(session, home, "device", NOW + timedelta(hours=23)) == devices.CachedZone(
        "Europe/London", False
    )
    assert devices.cached_zone(session, home, "device", NOW + timedelta(days=1)).stale
    # A failed refresh keeps the zone known before.
    assert devices.remember_zone(session, home, "device", None, NOW + timedelta(days=1)) == "Europe/London"
    # A device never known, whose API failed: asked again an hour later.
    assert devices.remember_zone(session, home, "device-2", None, NOW) is None
    assert not devices.cached_zone(session, home, "device-2", NOW + timedelta(minutes=59)).stale
    assert devices.cached_zone(session, home, "device-2", NOW + timedelta(hours=1)).stale


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "", "Europe/London\x00", "x" * 300])
def test_a_zone_nobody_knows_is_not_kept(session, couple, zone) -> None:
    assert devices.remember_zone(session, couple[0].couple, "device", zone, NOW) is None
    assert devices.cached_zone(session, couple[0].couple, "device", NOW).zone is None


@pytest.mark.parametrize("device_id", ["", "d" * 513])
def test_an_unusable_device_id_is_not_kept(session, couple, device_id) -> None:
    assert devices.remember_zone(session, couple[0].couple, device_id, "Europe/London", NOW) is None
    assert couple[0].couple.device_time_zones == []


def test_one_devices_zone_is_its_couples_alone(session, couple) -> None:
    devices.remember_zone(session, couple[0].couple, "device", "Europe/London", NOW)
    others, _ = make_couple(session, "Kim", "Lee")
    assert devices.cached_zone(session, others.couple, "device", NOW).zone is None


def test_an_entrys_date_comes_from_the_devices_zone_when_known(session, couple) -> None:
    home = couple[0].couple
    late = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)  # 10 pm on the 25th in New York
    assert entry_date(home, late) == date(2026, 11, 25)
    assert entry_date(home, late, "Asia/Tokyo") == date(2026, 11, 26)
    entry = tracking.log_entry(
        session, couple[0], LogKind.SMALL_WIN, source="voice", now=late, device_zone="Asia/Tokyo"
    )
    assert entry.local_date == date(2026, 11, 26)


def test_thanks_go_to_exactly_the_entries_heard(session, couple) -> None:
    alex, sam = couple
    heard = [make_entry(session, sam, LogKind.SMALL_WIN, TODAY, note=f"heard {n}") for n in range(2)]
    later = make_entry(session, sam, LogKind.SMALL_WIN, TODAY, note="logged meanwhile")
    own = make_entry(session, alex, LogKind.SMALL_WIN, TODAY, note="alex's own")
    _, lee = make_couple(session, "Kim", "Lee")
    assert lee is not None
    foreign = make_entry(session, lee, LogKind.SMALL_WIN, TODAY, note="another couple's")
    old = make_entry(session, sam, LogKind.SMALL_WIN, TODAY - timedelta(days=30), note="long ago")

    ids = [e.id for e in heard] + [own.id, foreign.id, old.id]
    assert tracking.acknowledge_heard(session, alex, ids, NOW) == 2
    assert tracking.acknowledge_heard(session, alex, ids, NOW) == 0  # the first thank-you stands
    assert tracking.acknowledge_heard(session, alex, [], NOW) == 0
    session.expire_all()
    assert [e.acknowledged_at is not None for e in (*heard, later, own, foreign, old)] == [
        True,
        True,
        False,
        False,
        False,
        False,
    ]


def test_partner_news_reads_the_oldest_first_and_counts_the_rest(session, couple) -> None:
    alex, sam = couple
    for n in range(6):
        make_entry(session, sam, LogKind.SMALL_WIN, TODAY - timedelta(days=6 - n), note=f"win {n}")
    make_entry(session, alex, LogKind.SMALL_WIN, TODAY, note="mine")
    news = partner_news(session, alex, NOW, limit=4)
    assert [e.note for e in news.entries] == ["win 0", "win 1", "win 2", "win 3"]
    assert news.more == 2
    assert partner_news(session, sam, NOW).entries[0].note == "mine"


def test_the_export_holds_device_zones_and_reminders_without_amazons_ids(session, couple) -> None:
    alex = couple[0]
    devices.remember_zone(session, alex.couple, "amzn1.ask.device.SECRET", "Europe/London", NOW)
    weekly = reminders.weekly_checkin(session, alex.couple, "Europe/London", NOW)
    reminders.keep(session, alex.couple, USER, ReminderKind.WEEKLY_CHECKIN, "alert-token-secret", NOW, weekly=weekly)
    data = export.export_json(session, alex, NOW)
    assert data["alexa_device_time_zones"] == [{"timezone": "Europe/London", "checked_at": NOW.isoformat()}]
    (reminder,) = data["alexa_reminders"]
    assert reminder["kind"] == "weekly_checkin" and reminder["at"] == "19:00:00"
    assert "SECRET" not in str(data) and "alert-token-secret" not in str(data)
