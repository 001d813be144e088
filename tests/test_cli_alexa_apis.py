"""`trust-tracker say` with the local stand-in for Alexa's Reminders and Settings APIs."""

from __future__ import annotations

import socket
from datetime import time

from sqlalchemy import select

from tests.skill.stand_in import free_port
from tests.test_cli import assert_clean_error, database, migrated, rows, run, with_demo  # noqa: F401 (fixtures)
from trust_tracker.models.alexa_entities import AlexaReminder, DeviceTimeZone


def say(*args: str):
    return run("say", *args, "--as", "alex@example.com", "--api-port", str(free_port()))


def test_a_newcomer_sets_the_check_in_reminder_without_an_amazon_account(with_demo):  # noqa: F811
    result = say("remind us about our check in", "--device-time-zone", "Europe/London")

    assert result.exit_code == 0, result.output
    assert "Heard: RemindCheckInIntent" in result.stdout
    assert "Alexa: Done. I'll remind you every" in result.stdout
    assert (
        "Alexa API (local stand-in): GET /v2/devices/amzn1.ask.device.LOCAL-SIMULATOR/settings/System.timeZone -> 200"
        in result.stdout
    )
    assert (
        "Alexa API (local stand-in): POST /v1/alerts/reminders -> 200 (SCHEDULED_ABSOLUTE: FREQ=WEEKLY;"
        in result.stdout
    )
    assert "Europe/London)" in result.stdout
    (reminder,) = rows(with_demo, select(AlexaReminder.device_timezone, AlexaReminder.at))
    assert reminder.device_timezone == "Europe/London" and isinstance(reminder.at, time)
    assert rows(with_demo, select(DeviceTimeZone.timezone)) == [("Europe/London",)]

    # The stand-in lived for that run only: stopping finds the reminder gone, and forgets it.
    stopped = say("stop reminding us")
    assert stopped.exit_code == 0, stopped.output
    assert "Alexa: Done. I've stopped your Trust Tracker reminders on this account." in stopped.stdout
    assert "DELETE /v1/alerts/reminders/" in stopped.stdout and "-> 404" in stopped.stdout
    assert rows(with_demo, select(AlexaReminder.id)) == []


def test_without_permission_the_permission_request_is_heard(with_demo):  # noqa: F811
    result = say("remind us about our check in", "--no-reminders-permission")
    assert result.exit_code == 0, result.output
    assert "Alexa: To set reminders, Trust Tracker needs your permission." in result.stdout
    assert "GET /v1/alerts/reminders -> 403" in result.stdout  # listing first: nothing was created
    assert rows(with_demo, select(AlexaReminder.id)) == []


def test_without_a_device_zone_the_couples_zone_applies(with_demo):  # noqa: F811
    result = say("log a small win we talked calmly")
    assert result.exit_code == 0, result.output
    assert "settings/System.timeZone -> 204" in result.stdout
    assert rows(with_demo, select(DeviceTimeZone.timezone)) == [(None,)]


def test_an_unknown_device_zone_is_a_clean_error(with_demo):  # noqa: F811
    assert_clean_error(
        say("remind us about our check in", "--device-time-zone", "Mars/Olympus_Mons"), "is not a time zone", 2
    )


def test_a_port_in_use_is_a_clean_error(with_demo):  # noqa: F811
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", free_port()))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("say", "how are we doing", "--as", "alex@example.com", "--api-port", str(port))
    assert_clean_error(result, f"Cannot start the Alexa API stand-in on port {port}")
