"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server): a setback's
reflection said by voice is saved as the reflection, never taken as a new log (issue 8, voice8).
virtual-alexa, like Alexa without the elicited slot, routes a sentence that sounds like a log
("I missed the call because my phone died") to the logging intents: the reflection waiting
claims it. Then the same, with requests built by hand (tests/skill/raw_requests.py shapes)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.skill.e2e.harness import alex_says, conversation_script, opened, server
from trust_tracker.models.entities import LogEntry, Source
from trust_tracker.models.private_entities import SetbackReflection

__all__ = ["conversation_script", "server"]  # fixtures

# What triggered it, and what would have prevented it: said as people say them, some sounding like a log.
# virtual-alexa fills no elicited slot, so a bare answer needs one of AnswerIntent's carriers; the
# words that must be in what is saved as the trigger and the prevention.
REFLECTIONS = [
    (
        "call when late",
        "i missed the call because my phone died",
        "i kept my promise when i set an alarm",
        ("my phone died", "alarm"),
    ),
    (
        "evening talk",
        "my answer is a long day at work",
        "honestly leaving work on time",
        ("long day at work", "leaving work on time"),
    ),
    (
        "open phone",
        "i forgot to text her when i was running late",
        "honestly a reminder on my phone",
        ("running late", "a reminder on my phone"),
    ),
]


def _voice_logs(database) -> int:
    with opened(database) as session:
        return session.scalar(select(func.count()).select_from(LogEntry).where(LogEntry.source == Source.VOICE))


def _reflections(database) -> list[tuple[str, str]]:
    with opened(database) as session:
        return [
            (r.trigger, r.prevention) for r in session.scalars(select(SetbackReflection).order_by(SetbackReflection.id))
        ]


@pytest.mark.parametrize(("promise", "trigger", "prevention", "saved"), REFLECTIONS)
def test_a_reflection_said_by_voice_is_saved_never_logged(
    conversation_script, server, promise, trigger, prevention, saved
):
    database = server[2]
    before, reflected = _voice_logs(database), len(_reflections(database))
    turns = alex_says(conversation_script, server, [f"i missed my promise to {promise}", "yes", trigger, prevention])
    missed, yes, said_trigger, said_prevention = turns[1:]
    assert "reflect" in missed["ssml"] and not yes["ends"], missed
    assert not said_trigger["ends"] and "prevented" in said_trigger["ssml"], said_trigger
    assert "Logged" not in said_prevention["ssml"], said_prevention
    assert _voice_logs(database) == before + 1  # the miss, and nothing else
    [(said_first, said_then)] = _reflections(database)[reflected:]
    assert saved[0] in said_first and saved[1] in said_then, turns
