"""Reminders and the device's time zone, against the local stand-in for Alexa's APIs: what
the skill sends (bearer token, weekly recurrence at the couple's slot, in the device's
zone), what it says, and what it keeps, including when the API refuses, fails or hangs."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock

import pytest
from sqlalchemy import event, select

from tests.factories import NOW
from tests.skill.stand_in import DEVICE, GRANTED, NOT_GRANTED, running_stand_in
from tests.skill.talk import ALEX_VOICE, SAY, USER, Talk
from tests.skill.talk import home as home
from tests.skill.talk import skill as skill
from trust_tracker.models import settings
from trust_tracker.models.alexa_entities import AlexaReminder, DeviceTimeZone, ReminderKind
from trust_tracker.models.entities import LogEntry
from trust_tracker.skill.simulator import MODEL_DIR, Match
from trust_tracker.skill.speech import for_locale
from trust_tracker.skill.stand_in import AlexaStandIn

CLOCK = for_locale("en-US").clock
REMINDERS = "/v1/alerts/reminders"
ZONE_PATH = f"/v2/devices/{DEVICE}/settings/System.timeZone"


@pytest.fixture
def apis() -> Iterator[AlexaStandIn]:
    with running_stand_in(time_zones={DEVICE: "America/New_York"}) as stand_in:
        yield stand_in


def talk(skill, session_factory, apis: AlexaStandIn, token: str = GRANTED, now: datetime = NOW, **kwargs) -> Talk:
    """Alex's voice on the home's device, whose Alexa APIs are the stand-in."""
    device = Talk(skill, session_factory, person_id=ALEX_VOICE, now=now, **kwargs)
    device.conversation.api_endpoint, device.conversation.api_access_token = apis.url, token
    return device


def held(session) -> list[AlexaReminder]:
    session.expire_all()
    return list(session.scalars(select(AlexaReminder).order_by(AlexaReminder.id)))


def posted(apis: AlexaStandIn) -> list[dict]:
    return [r.body for r in apis.calls("POST") if r.path == REMINDERS]


# --- the weekly check-in reminder ---------------------------------------------------


def test_remind_us_sets_a_weekly_reminder_at_the_couples_slot_with_the_bearer_token(
    skill, session_factory, session, home, apis
) -> None:
    said = talk(skill, session_factory, apis)("remind us about our check in")

    assert said.speech == SAY("reminder_set", day="Sunday", time="7 PM")
    assert not said.open
    (request,) = [r for r in apis.calls("POST") if r.path == REMINDERS]
    assert request.headers["Authorization"] == f"Bearer {GRANTED}"
    trigger = request.body["trigger"]
    assert trigger["type"] == "SCHEDULED_ABSOLUTE"
    assert trigger["timeZoneId"] == "America/New_York"
    assert trigger["recurrence"]["recurrenceRules"] == ["FREQ=WEEKLY;BYDAY=SU;BYHOUR=19;BYMINUTE=0"]
    # Wednesday the 25th at 7 am in New York: the next Sunday at 7 pm is the 29th.
    assert trigger["recurrence"]["startDateTime"] == "2026-11-29T19:00:00"
    (spoken,) = request.body["alertInfo"]["spokenInfo"]["content"]
    assert spoken == {
        "locale": "en-US",
        "text": "Time for your weekly check-in. The first question: What went well this week?",
    }
    assert request.body["requestTime"] == "2026-11-25T07:00:00"
    (reminder,) = held(session)
    assert reminder.kind is ReminderKind.WEEKLY_CHECKIN and reminder.alexa_user_id == USER
    assert reminder.alert_token in apis.reminders  # the id the API gave it
    assert (reminder.weekday, reminder.at, reminder.device_timezone) == (6, clock(19), "America/New_York")


def test_the_recurrence_is_in_the_devices_time_zone(skill, session_factory, session, home, apis) -> None:
    apis.time_zones[DEVICE] = "Europe/London"  # Sunday 7 pm in New York is Monday midnight there

    said = talk(skill, session_factory, apis)("set a reminder for our weekly check in")

    assert said.speech == SAY("reminder_set", day="Monday", time=CLOCK(clock(0)))
    trigger = posted(apis)[0]["trigger"]
    assert trigger["timeZoneId"] == "Europe/London"
    assert trigger["recurrence"]["recurrenceRules"] == ["FREQ=WEEKLY;BYDAY=MO;BYHOUR=0;BYMINUTE=0"]
    assert trigger["recurrence"]["startDateTime"] == "2026-11-30T00:00:00"
    # The zone, asked once; the reminders listed once (none to adopt): every call with the token.
    assert [(r.path, r.headers["Authorization"]) for r in apis.calls("GET")] == [
        (ZONE_PATH, f"Bearer {GRANTED}"),
        (REMINDERS, f"Bearer {GRANTED}"),
    ]


@pytest.mark.parametrize("token", [NOT_GRANTED, "a-token-nobody-issued"], ids=["403", "401"])
@pytest.mark.parametrize("utterance", ["remind us about our check in", "touch base later"])
def test_without_permission_the_standard_permission_request_is_sent(
    skill, session_factory, session, home, apis, token, utterance
) -> None:
    said = talk(skill, session_factory, apis, token=token)(utterance)

    assert said.speech == SAY("reminder_permission")
    assert said.response["response"]["card"] == {
        "type": "AskForPermissionsConsent",
        "permissions": ["alexa::alerts:reminders:skill:readwrite"],
    }
    assert not said.open
    assert held(session) == []
    assert apis.reminders == {}


@pytest.mark.parametrize(("status", "delay"), [(500, 0.0), (429, 0.0), (503, 0.0), (500, 5.0)])
def test_a_failing_or_hanging_api_is_said_plainly_within_three_seconds(
    skill, session_factory, session, home, apis, status, delay
) -> None:
    device = talk(skill, session_factory, apis)
    apis.time_zones.clear()  # no zone either: the couple's is used
    apis.fail_next(status, times=5, delay=delay)

    started = time.monotonic()
    said = device("remind us about our check in")
    elapsed = time.monotonic() - started

    assert elapsed < 3.0
    assert said.speech.startswith(SAY("reminder_failed"))
    assert said.open  # the session goes on (tests/skill/test_reminders_unreachable.py)
    assert held(session) == []


def test_a_slot_changed_on_the_site_moves_the_reminder_at_the_next_session(
    skill, session_factory, session, home, apis
) -> None:
    alex, _ = home
    talk(skill, session_factory, apis)("remind us about our check in")
    (token,) = apis.reminders
    settings.update_schedule(session, alex, timezone="America/New_York", weekday=0, checkin_time=clock(20, 30))
    session.flush()

    greeting = talk(skill, session_factory, apis)("open trust tracker")  # a new session

    assert greeting.speech.startswith("Hi Alex")  # the session went on as usual
    (moved,) = [r for r in apis.calls("PUT")]
    assert moved.path == f"{REMINDERS}/{token}"
    assert moved.headers["Authorization"] == f"Bearer {GRANTED}"
    assert moved.body["trigger"]["recurrence"]["recurrenceRules"] == ["FREQ=WEEKLY;BYDAY=MO;BYHOUR=20;BYMINUTE=30"]
    (reminder,) = held(session)
    assert (reminder.weekday, reminder.at) == (0, clock(20, 30))
    # Once moved, a new session leaves it alone.
    talk(skill, session_factory, apis)("open trust tracker")
    assert len(apis.calls("PUT")) == 1


def test_asking_again_keeps_one_reminder_and_sets_it_anew_when_deleted_in_the_app(
    skill, session_factory, session, home, apis
) -> None:
    talk(skill, session_factory, apis)("remind us about our check in")
    again = talk(skill, session_factory, apis)("can you remind us about our check in")
    assert again.speech == SAY("reminder_already", day="Sunday", time="7 PM")
    assert len(posted(apis)) == 1
    assert [r.path for r in apis.calls("GET") if r.path.startswith(REMINDERS)] == [
        REMINDERS,  # before the first create: nothing of ours to adopt
        f"{REMINDERS}/{held(session)[0].alert_token}",  # then the one held is checked, not listed
    ]

    apis.reminders.clear()  # the customer deleted it in the Alexa app
    anew = talk(skill, session_factory, apis)("remind us about our check in")
    assert anew.speech == SAY("reminder_set", day="Sunday", time="7 PM")
    (reminder,) = held(session)
    assert list(apis.reminders) == [reminder.alert_token]


def test_stop_reminding_us_deletes_every_reminder_of_this_account(skill, session_factory, session, home, apis) -> None:
    talk(skill, session_factory, apis)("remind us about our check in")
    talk(skill, session_factory, apis)("touch base later")
    assert len(held(session)) == 2

    said = talk(skill, session_factory, apis)("stop reminding us")

    assert said.speech == SAY("reminders_stopped")
    assert sorted(r.path for r in apis.calls("DELETE")) == sorted(f"{REMINDERS}/{t}" for t in posted_tokens(apis))
    assert apis.reminders == {}
    assert held(session) == []
    assert talk(skill, session_factory, apis)("cancel our reminders").speech == SAY("reminders_none")


def posted_tokens(apis: AlexaStandIn) -> list[str]:
    return [r.path.rsplit("/", 1)[1] for r in apis.calls("DELETE")]


def test_stop_without_permission_asks_for_it_and_keeps_the_reminder(
    skill, session_factory, session, home, apis
) -> None:
    talk(skill, session_factory, apis)("remind us about our check in")
    said = talk(skill, session_factory, apis, token=NOT_GRANTED)("stop reminding us")
    assert said.speech == SAY("reminder_permission")
    assert len(held(session)) == 1 and len(apis.reminders) == 1


def test_stop_when_the_api_fails_keeps_the_reminder_to_try_again(skill, session_factory, session, home, apis) -> None:
    talk(skill, session_factory, apis)("remind us about our check in")
    apis.fail_next(500, after=1)  # the list answers, the deletion fails
    said = talk(skill, session_factory, apis)("stop reminding us")
    assert said.speech.startswith(SAY("reminders_stop_failed"))
    assert len(held(session)) == 1
    # Already deleted in the app: the skill forgets it too.
    apis.reminders.clear()
    assert talk(skill, session_factory, apis)("stop reminding us").speech == SAY("reminders_stopped")
    assert held(session) == []


def test_touch_base_asked_twice_keeps_one_and_stop_deletes_even_one_it_never_heard_back_about(
    skill, session_factory, session, home, apis
) -> None:
    talk(skill, session_factory, apis)("touch base later")
    talk(skill, session_factory, apis)("touch base later")
    assert len(apis.reminders) == 1 and len(held(session)) == 1  # the later time replaced the earlier
    apis.slow_next("POST", 2.5)  # stored by Amazon, but the skill never heard back
    talk(skill, session_factory, apis)("remind us about our check in")
    assert len(apis.reminders) == 2 and len(held(session)) == 1
    said = talk(skill, session_factory, apis)("stop reminding us")
    assert said.speech == SAY("reminders_stopped")
    assert apis.reminders == {} and held(session) == []


def test_touch_base_later_sets_a_one_time_reminder_a_few_hours_ahead(
    skill, session_factory, session, home, apis
) -> None:
    said = talk(skill, session_factory, apis)("remind me to touch base in a few hours")

    assert said.speech == SAY("touch_base_set", hours=3, other="Sam")
    (body,) = posted(apis)
    assert body["trigger"] == {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": 10800}
    assert body["alertInfo"]["spokenInfo"]["content"][0]["text"] == SAY("touch_base_text", other="Sam")
    (reminder,) = held(session)
    assert reminder.kind is ReminderKind.TOUCH_BASE and reminder.weekday is None


def test_without_an_api_endpoint_nothing_is_called_and_it_is_said(skill, session_factory, session, home) -> None:
    device = Talk(skill, session_factory, person_id=ALEX_VOICE)  # no apiEndpoint in the request
    assert device("remind us about our check in").speech.startswith(SAY("reminder_failed"))
    assert held(session) == []


@pytest.mark.parametrize(
    "endpoint",
    [
        "https://api.amazonalexa.com.evil.example",
        "http://api.amazonalexa.com",
        "https://169.254.169.254",
        "file:///etc",
    ],
)
def test_an_endpoint_other_than_amazons_or_this_machine_is_never_called(
    skill, session_factory, session, home, endpoint
) -> None:
    device = Talk(skill, session_factory, person_id=ALEX_VOICE)
    device.conversation.api_endpoint = endpoint
    started = time.monotonic()
    assert device("remind us about our check in").speech.startswith(SAY("reminder_failed"))
    assert time.monotonic() - started < 1.0  # refused, not tried
    assert held(session) == []


def test_an_unlinked_device_is_told_how_to_link(skill, session_factory, session, couple, apis) -> None:
    said = talk(skill, session_factory, apis)("remind us about our check in")
    assert said.speech == SAY("not_linked")
    assert apis.received == []


def test_control_characters_in_a_forged_slot_set_nothing(skill, session_factory, session, home, apis) -> None:
    said = talk(skill, session_factory, apis).send(Match("RemindCheckInIntent", {"extra": "\x00"}))
    assert said.speech.startswith("Sorry, I didn't get that.")
    assert posted(apis) == []
    assert held(session) == []


# --- the device's time zone ------------------------------------------------------------


def test_the_device_zone_dates_a_voice_entry_and_is_asked_once_a_day(
    skill, session_factory, session, home, apis
) -> None:
    apis.time_zones[DEVICE] = "Asia/Tokyo"
    late = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)  # 10 pm on the 25th in New York, noon on the 26th in Tokyo

    talk(skill, session_factory, apis, now=late)("log a small win we talked calmly")

    (entry,) = session.scalars(select(LogEntry)).all()
    assert entry.local_date == date(2026, 11, 26)
    zone_calls = [r for r in apis.calls("GET") if r.path == ZONE_PATH]
    assert [r.headers["Authorization"] for r in zone_calls] == [f"Bearer {GRANTED}"]
    (cached,) = session.scalars(select(DeviceTimeZone)).all()
    assert (cached.device_id, cached.timezone) == (DEVICE, "Asia/Tokyo")

    talk(skill, session_factory, apis, now=late + timedelta(hours=2))("log a small win we laughed")
    assert len([r for r in apis.calls("GET") if r.path == ZONE_PATH]) == 1  # cached
    talk(skill, session_factory, apis, now=late + timedelta(days=1, hours=1))("log a small win we cooked")
    assert len([r for r in apis.calls("GET") if r.path == ZONE_PATH]) == 2  # a day later: asked again


@pytest.mark.parametrize("answer", ["fail", "unknown", "nonsense"])
def test_without_a_zone_from_the_api_the_couples_zone_dates_the_entry(
    skill, session_factory, session, home, apis, answer
) -> None:
    if answer == "fail":
        apis.fail_next(500)
    elif answer == "unknown":
        apis.time_zones.clear()  # 204 No Content
    else:
        apis.time_zones[DEVICE] = "Mars/Olympus_Mons"
    late = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)

    said = talk(skill, session_factory, apis, now=late)("log a small win we talked calmly")

    assert said.speech.startswith("Logged a small win")
    (entry,) = session.scalars(select(LogEntry)).all()
    assert entry.local_date == date(2026, 11, 25)  # New York's date
    (cached,) = session.scalars(select(DeviceTimeZone)).all()
    assert cached.timezone is None


@pytest.mark.parametrize(
    "name", ["RemindCheckInIntent", "TouchBaseLaterIntent", "StopRemindersIntent", "PartnerNewsIntent"]
)
def test_the_new_intents_have_many_ways_to_say_them_and_no_hyphens(name) -> None:
    model = json.loads((MODEL_DIR / "en-US.json").read_text())
    (intent,) = [i for i in model["interactionModel"]["languageModel"]["intents"] if i["name"] == name]
    assert len(intent["samples"]) >= 40
    assert not [sample for sample in intent["samples"] if "-" in sample]


def test_a_read_only_request_at_a_sessions_start_writes_nothing_and_asks_nothing_more(
    skill, session_factory, session, home, apis
) -> None:
    """The reminder's slot is checked with the account's own read (a column of it): a new session
    that only reads pays no statement and no call for it, and writes nothing (the device's last use
    is written once a minute, by the first request)."""
    talk(skill, session_factory, apis)("remind us about our check in")
    talk(skill, session_factory, apis)("what are this week's check in questions")  # last use written
    calls = len(apis.calls())
    seen: list[str] = []
    engine = session.get_bind().engine
    listener = lambda *args: seen.append(" ".join(args[2].split()))  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        said = talk(skill, session_factory, apis)("what are this week's check in questions")
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert "What went well this week?" in said.speech
    assert len(apis.calls()) == calls
    assert [s.split()[0] for s in seen if not s.startswith(("SAVEPOINT", "RELEASE", "BEGIN"))] == ["SELECT", "SELECT"]
    assert "alexa_reminder" in seen[[s.startswith("SELECT") for s in seen].index(True)]
