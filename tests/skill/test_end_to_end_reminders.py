"""End to end: virtual-alexa asks the real server (as `make run` starts it) for a check-in
reminder, and the server sets it through the local stand-in for Alexa's Reminders API."""

from __future__ import annotations

import json
import subprocess

from tests.skill.stand_in import DEVICE, GRANTED, running_stand_in
from tests.skill.test_end_to_end import ALEX_VOICE, MODEL, USER, _cli, conversation_script, server  # noqa: F401


def test_a_real_alexa_client_sets_the_check_in_reminder(conversation_script, server) -> None:  # noqa: F811
    url, env, _database = server
    code = _cli(env, "pair-code", "alex@example.com").split(": ", 1)[1].split()[0]
    # virtual-alexa's device has no deviceId: there is no zone to ask, so the couple's applies.
    with running_stand_in(time_zones={DEVICE: "Asia/Tokyo"}) as apis:
        turns = json.dumps(
            {
                "userId": USER,
                "personId": ALEX_VOICE,
                "apiEndpoint": apis.url,
                "apiAccessToken": GRANTED,
                "utterances": [f"my code is {code}", "remind us about our check in"],
            }
        )
        done = subprocess.run(
            ["node", str(conversation_script), url, str(MODEL)],
            input=turns,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    said = [json.loads(line) for line in done.stdout.splitlines()]
    assert said[1]["ssml"].startswith("<speak>Done. I'll remind you every Sunday at 7 PM")
    (created,) = [r for r in apis.received if r.method == "POST"]
    assert created.headers["Authorization"] == f"Bearer {GRANTED}"
    assert created.body["trigger"]["recurrence"]["recurrenceRules"] == ["FREQ=WEEKLY;BYDAY=SU;BYHOUR=19;BYMINUTE=0"]
    assert [(r.method, r.path) for r in apis.received] == [
        ("GET", "/v1/alerts/reminders"),
        ("POST", "/v1/alerts/reminders"),
    ]
