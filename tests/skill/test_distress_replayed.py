"""Distress is read once for the same slots in a request (skill/safety.py), and again for a
request replayed with others: "who is this?" answered replays the request it held, whose words
(sent back by the device with the session) meet the safety check as if said just now."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.factories import NOW
from tests.skill.talk import SAY, USER, contract, home, skill
from trust_tracker.models.entities import LogEntry
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.simulator import Reply

__all__ = ["contract", "home", "skill"]  # fixtures, shared with the conversation tests


def _named(skill, session_factory, pending: dict[str, object]) -> Reply:
    """ "Alex" said in answer to "who is this?", with `pending` held in the session."""
    request = alexa.intent_request(
        "IdentifySpeakerIntent",
        {"name": "Alex"},
        user_id=USER,
        attributes={"pending_request": pending},
        new_session=False,
    )
    return Reply.of(invoke(skill, session_factory, request, now=NOW))


def test_a_held_request_speaking_of_distress_gets_help_when_replayed_and_nothing_is_logged(
    session, home, contract, skill, session_factory
) -> None:
    reply = _named(skill, session_factory, {"name": "LogReliabilityIntent", "slots": {"note": "he hit me again"}})
    assert "nine one one" in reply.speech and reply.stays_open
    assert SAY("who_is_this", names="Alex or Sam") not in reply.speech
    assert session.scalar(select(func.count(LogEntry.id))) == 0


def test_a_held_everyday_request_is_replayed_and_logged(session, home, contract, skill, session_factory) -> None:
    reply = _named(skill, session_factory, {"name": "LogReliabilityIntent", "slots": {"note": "Sam was on time"}})
    assert "nine one one" not in reply.speech
    assert "Sam was on time" in reply.speech
    assert session.scalar(select(func.count(LogEntry.id))) == 1
