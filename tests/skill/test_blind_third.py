"""A third list written blind (tests/skill/e2e/held_out_blind3.json: 293 phrasings of 18 jobs
by 15 imagined speakers, and 62 everyday lookalikes, by someone who never saw the model or the
earlier lists), measured as the skill hears it: virtual-alexa's route, then the topic
interceptor's reading of a carrier's words (skill/topic_words.py) with the demo couple's names
and promises. No sample or topic word may ever be written from it.

Measured once before the topic carriers: 109 of 293 routed right (37%). With them, the job the
skill picks: 171 of 293 (58%), and 35 more get one question that offers the right job."""

from __future__ import annotations

import json

import pytest
from ask_sdk_model import Intent, Slot

from tests.skill.e2e.harness import E2E, conversation_script, route_only  # noqa: F401 (a fixture)
from tests.skill.test_end_to_end import ONE_SHOT
from trust_tracker.skill.topic_words import topic_read
from trust_tracker.skill.topics import carried

MIN_RIGHT_JOB = 0.55
NAMES = ("alex", "sam")
PROMISES = (
    "call when late",
    "Call or text when I'm running more than 15 minutes late",
    "evening talk",
    "Have a 15-minute evening talk about our day",
    "open phone",
    "Answer questions about my phone openly, without getting defensive",
    "house jobs",
    "Do the house jobs I said I'd do",
)
# What writes something when said once, with no question first.
WRITES = {"LogBreachIntent", "LogSmallWinIntent", "LogReliabilityIntent", "RemindCheckInIntent", "StopRemindersIntent"}


def _job(turn: dict) -> str | None:
    """The intent the skill acts on; None when nothing matched, "?" when it asks or lets go."""
    if not turn["intent"]:
        return None
    intent = Intent(name=turn["intent"], slots={k: Slot(name=k, value=v) for k, v in (turn["slots"] or {}).items()})
    heard = carried(intent)
    if heard is None:
        return str(turn["intent"])
    _topic, before, said, after = heard
    return topic_read(before, said, after, turn["intent"], NAMES, PROMISES).intent or "?"


@pytest.mark.usefixtures("conversation_script")  # node and virtual-alexa (a failure in CI without them)
def test_a_third_list_written_blind_reaches_the_job_it_asks() -> None:
    blind = json.loads((E2E / "held_out_blind3.json").read_text(encoding="utf-8"))["blind"]
    lookalikes = blind.pop("NotAJob")
    expected = [(ONE_SHOT.sub("", said), intent) for intent, phrasings in blind.items() for said in phrasings]
    assert len(expected) >= 290 and len(lookalikes) >= 60
    jobs = [_job(turn) for turn in route_only([said for said, _ in expected])]
    right = sum(1 for (_, intent), job in zip(expected, jobs, strict=True) if job == intent)
    print(f"third blind list, the job the skill picks: {right}/{len(expected)} ({right / len(expected):.0%})")
    assert right / len(expected) >= MIN_RIGHT_JOB
    looked = [_job(turn) for turn in route_only([ONE_SHOT.sub("", said) for said in lookalikes])]
    written = [(said, job) for said, job in zip(lookalikes, looked, strict=True) if job in WRITES]
    assert not written, written
