"""Intents as raw request envelopes, the shape Alexa sends, for the handler tests
(tests/skill/test_handlers_*.py and others): the envelope builders, readers of the response,
the household (Alex linked by voice, an agreed contract) as fixtures, and readers of the rows."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any
from xml.etree import ElementTree
from xml.sax.saxutils import unescape

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.factories import NOW
from trust_tracker.models import contracts, voice
from trust_tracker.models.entities import ItemKind, LogEntry, Partner
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.speech import for_locale

USER = "amzn1.ask.account.TEST-HOUSEHOLD"
# Alex's voice, as Alexa's voice profiles send it: linked to Alex by the `alex` fixture.
ALEX_VOICE = "amzn1.ask.person.ALEX"
LINK_STEPS = (
    "On the Trust Tracker website, open Settings, choose Link an Alexa device, "
    "then say: my code is, and the six digits."
)
APOLOGY = "Sorry, something went wrong on my side, and nothing was saved."
# Where a test is about what happens rather than how it is worded, it says it with the skill's phrases.
SAY = for_locale("en-US").say
Say = Callable[..., dict[str, Any]]


def speech(result: dict[str, Any]) -> str:
    """The spoken text, SSML unwrapped; the SSML must be well-formed, as Alexa requires."""
    ssml = result["response"]["outputSpeech"]["ssml"]
    ElementTree.fromstring(ssml)
    return unescape(re.fullmatch(r"<speak>(.*)</speak>", ssml, re.DOTALL).group(1))


def reprompt(result: dict[str, Any]) -> str | None:
    prompt = result["response"].get("reprompt")
    return unescape(prompt["outputSpeech"]["ssml"]) if prompt else None


def asks(result: dict[str, Any]) -> bool:
    """A question: the session stays open and a reprompt follows."""
    return result["response"]["shouldEndSession"] is False and reprompt(result) is not None


def tells(result: dict[str, Any]) -> bool:
    """A statement: the session ends, nothing is reprompted."""
    return result["response"]["shouldEndSession"] is True and reprompt(result) is None


def intent(name: str, slots: dict[str, str | None] | None = None, **kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("person_id", ALEX_VOICE)
    return alexa.intent_request(name, slots, user_id=kwargs.pop("user_id", USER), **kwargs)


def launch(**kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("person_id", ALEX_VOICE)
    return alexa.launch_request(user_id=kwargs.pop("user_id", USER), **kwargs)


def entries(session: Session) -> list[LogEntry]:
    return list(session.scalars(select(LogEntry).order_by(LogEntry.id)))


def count(session: Session, entity: type) -> int:
    return session.scalar(select(func.count()).select_from(entity))


def agree(
    session: Session, one: Partner, two: Partner, commitments: list[str], boundaries: tuple[str, ...] = ()
) -> None:
    """An active contract with these commitments (by short name) and boundaries."""
    drafts = [contracts.ItemDraft(ItemKind.COMMITMENT, f"Text of {name}", short_name=name) for name in commitments]
    drafts += [contracts.ItemDraft(ItemKind.BOUNDARY, text) for text in boundaries]
    version = contracts.propose_version(session, one, drafts, now=NOW)
    contracts.agree_version(session, two, version.id, now=NOW)
    session.flush()


def lineage_of(session: Session, couple_id: int, short_name: str) -> int:
    return next(c.lineage_id for c in contracts.active_commitments(session, couple_id) if c.short_name == short_name)


@pytest.fixture(scope="module")
def skill():
    return build_skill()


@pytest.fixture
def say(skill, session_factory) -> Say:
    def say(envelope: dict[str, Any], now: datetime = NOW) -> dict[str, Any]:
        return invoke(skill, session_factory, envelope, now=now)

    return say


@pytest.fixture
def alex(session, couple) -> Partner:
    """Alex, with this test household's Alexa account linked to them, and Alex's voice known."""
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    assert voice.link_device(session, code, alexa_user_id=USER, person_id=ALEX_VOICE, now=NOW) is couple[0]
    session.flush()
    return couple[0]


@pytest.fixture
def contract(session, couple, alex) -> None:
    agree(
        session,
        *couple,
        ["call when late", "evening talk", "evening walk"],
        boundaries=("No contact with the former affair partner",),
    )
