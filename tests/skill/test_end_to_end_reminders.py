"""End to end: virtual-alexa asks the real server (as `make run` starts it) for a check-in
reminder, and the server sets it through the local stand-in for Alexa's Reminders API."""

from __future__ import annotations

from tests.skill.e2e.harness import alex_says, conversation_script, server
from tests.skill.stand_in import DEVICE, GRANTED, running_stand_in

__all__ = ["conversation_script", "server"]  # fixtures


def test_a_real_alexa_client_sets_the_check_in_reminder(conversation_script, server) -> None:
    # virtual-alexa's device has no deviceId: there is no zone to ask, so the couple's applies.
    with running_stand_in(time_zones={DEVICE: "Asia/Tokyo"}) as apis:
        said = alex_says(
            conversation_script,
            server,
            ["remind us about our check in"],
            apiEndpoint=apis.url,
            apiAccessToken=GRANTED,
        )
    assert said[1]["ssml"].startswith("<speak>Done. I'll remind you every Sunday at 7 PM")
    (created,) = [r for r in apis.received if r.method == "POST"]
    assert created.headers["Authorization"] == f"Bearer {GRANTED}"
    assert created.body["trigger"]["recurrence"]["recurrenceRules"] == ["FREQ=WEEKLY;BYDAY=SU;BYHOUR=19;BYMINUTE=0"]
    assert [(r.method, r.path) for r in apis.received] == [
        ("GET", "/v1/alerts/reminders"),
        ("POST", "/v1/alerts/reminders"),
    ]
