"""When Alexa's Reminders API cannot be reached, answers 5xx or 429, or hangs past the skill's
two-second budget (issue 8): the skill says plainly that it could not set, check, move or stop
the reminder and that nothing changed, never claims success, keeps what it holds as it was, and
the session stays open for whatever comes next. Against the real stand-in over HTTP, made to fail."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import time as clock

import pytest

from tests.skill.stand_in import DEVICE, running_stand_in
from tests.skill.test_reminders import SAY, held, home, skill, talk
from trust_tracker.models import settings
from trust_tracker.models.entities import LogEntry
from trust_tracker.skill.speech import for_locale
from trust_tracker.skill.stand_in import AlexaStandIn

__all__ = ["home", "skill"]  # fixtures, shared with test_reminders.py

# This suite's own loopback ports.
PORTS = range(5640, 5650)
FAILURES = [(500, 0.0), (503, 0.0), (429, 0.0), (500, 5.0)]  # the last hangs past the budget
GO_ON = for_locale("en-US").options("what_next_short")


@pytest.fixture
def apis() -> Iterator[AlexaStandIn]:
    with running_stand_in(ports=PORTS, time_zones={DEVICE: "America/New_York"}) as stand_in:
        yield stand_in


def said_plainly(said, key: str, **values: object) -> None:
    """The failure said, then the session open for what comes next: never a success line."""
    assert said.speech in {f"{SAY(key, **values)} {g}" for g in GO_ON}, said.speech
    assert said.open and said.reprompt
    assert not any(word in said.speech for word in ("Done", "I'll remind you", "all set"))


@pytest.mark.parametrize(("status", "delay"), FAILURES)
def test_setting_the_weekly_reminder_fails_plainly_and_nothing_is_kept(
    skill, session_factory, session, home, apis, status, delay
) -> None:
    device = talk(skill, session_factory, apis)
    apis.fail_next(status, times=5, delay=delay)
    started = time.monotonic()
    said = device("remind us about our check in")
    assert time.monotonic() - started < 3.0
    said_plainly(said, "reminder_failed")
    assert held(session) == [] and apis.reminders == {}


def test_the_session_stays_usable_after_a_failure(skill, session_factory, session, home, apis) -> None:
    device = talk(skill, session_factory, apis)
    apis.fail_next(500, times=5)
    said_plainly(device("remind us about our check in"), "reminder_failed")
    logged = device("I had a small win we cooked together")
    assert logged.speech.startswith("Logged a small win")
    assert session.query(LogEntry).count() == 1


def test_a_create_that_timed_out_after_amazon_stored_it_is_adopted_not_set_twice(
    skill, session_factory, session, home, apis
) -> None:
    apis.slow_next("POST", 2.5)  # the create is stored, then hangs past the budget: it may be set, said so
    said_plainly(talk(skill, session_factory, apis)("remind us about our check in"), "reminder_maybe_set")
    assert held(session) == [] and len(apis.reminders) == 1
    (stored,) = apis.reminders
    said = talk(skill, session_factory, apis)("remind us about our check in")
    assert said.speech.startswith(SAY("reminder_already", day="Sunday", time="7 PM")), said.speech
    assert list(apis.reminders) == [stored] and [r.alert_token for r in held(session)] == [stored]


def test_an_api_nobody_answers_at_all_is_said_the_same(skill, session_factory, session, home, apis) -> None:
    device = talk(skill, session_factory, apis)
    apis.stop()  # the port is closed: connection refused
    said_plainly(device("remind us about our check in"), "reminder_failed")
    assert held(session) == []


@pytest.mark.parametrize(("status", "delay"), FAILURES)
def test_checking_a_held_reminder_fails_plainly_and_it_is_left_as_it_was(
    skill, session_factory, session, home, apis, status, delay
) -> None:
    talk(skill, session_factory, apis)("remind us about our check in")
    (before,) = [(r.alert_token, r.weekday, r.at) for r in held(session)]
    apis.fail_next(status, times=5, delay=delay)
    said = talk(skill, session_factory, apis)("remind us about our check in")
    said_plainly(said, "reminder_check_failed")
    assert [(r.alert_token, r.weekday, r.at) for r in held(session)] == [before]
    assert list(apis.reminders) == [before[0]]


@pytest.mark.parametrize(("status", "delay"), FAILURES)
def test_moving_a_reminder_fails_plainly_and_it_is_left_as_it_was(
    skill, session_factory, session, home, apis, status, delay
) -> None:
    alex, _ = home
    talk(skill, session_factory, apis)("remind us about our check in")
    (token,) = apis.reminders
    rule = apis.reminders[token]["trigger"]["recurrence"]["recurrenceRules"]
    settings.update_schedule(session, alex, timezone="America/New_York", weekday=0, checkin_time=clock(20, 30))
    session.flush()
    apis.fail_next(status, times=5, delay=delay)
    said = talk(skill, session_factory, apis)("remind us about our check in")
    said_plainly(said, "reminder_failed")
    (reminder,) = held(session)
    assert (reminder.alert_token, reminder.weekday, reminder.at) == (token, 6, clock(19, 0))
    assert apis.reminders[token]["trigger"]["recurrence"]["recurrenceRules"] == rule


@pytest.mark.parametrize(("status", "delay"), FAILURES)
def test_touch_base_later_fails_plainly_and_nothing_is_kept(
    skill, session_factory, session, home, apis, status, delay
) -> None:
    apis.fail_next(status, times=5, delay=delay)
    said = talk(skill, session_factory, apis)("remind me to touch base in a few hours")
    said_plainly(said, "reminder_failed")
    assert held(session) == [] and apis.reminders == {}


@pytest.mark.parametrize(("status", "delay"), FAILURES)
def test_stopping_fails_plainly_and_every_reminder_stays(
    skill, session_factory, session, home, apis, status, delay
) -> None:
    talk(skill, session_factory, apis)("remind us about our check in")
    talk(skill, session_factory, apis)("touch base later")
    apis.fail_next(status, times=5, delay=delay)
    said = talk(skill, session_factory, apis)("stop reminding us")
    said_plainly(said, "reminders_stop_failed")
    assert len(held(session)) == 2 and len(apis.reminders) == 2


def test_stopping_half_way_says_how_many_stopped_and_keeps_the_rest(
    skill, session_factory, session, home, apis
) -> None:
    talk(skill, session_factory, apis)("remind us about our check in")
    talk(skill, session_factory, apis)("touch base later")
    apis.fail_next(500, times=5, after=2)  # the list and the first deletion go through, then the API is down
    said = talk(skill, session_factory, apis)("stop reminding us")
    said_plainly(said, "reminders_stop_partly_one", stopped=1, total=2)
    assert "that one is still on" in said.speech and "those" not in said.speech
    (kept,) = held(session)
    assert list(apis.reminders) == [kept.alert_token]
