"""Control characters at the skill's edges (issue 9): refused in slots, never in the SSML it speaks."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree

import pytest
from sqlalchemy import func, select

from tests.conftest import NOW
from trust_tracker.models import contracts, voice
from trust_tracker.models.entities import ContractItem, ItemKind, LogEntry, VoiceLink
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.speech_text import ssml_text

USER = "amzn1.ask.account.TEST-HOUSEHOLD"
ALEX_VOICE = "amzn1.ask.person.ALEX"


@pytest.fixture(scope="module")
def skill():
    return build_skill()


@pytest.fixture
def say(skill, session_factory):
    def say(name: str, slots: dict[str, str | None] | None = None) -> dict[str, Any]:
        envelope = alexa.intent_request(name, slots, user_id=USER, person_id=ALEX_VOICE)
        return invoke(skill, session_factory, envelope, now=NOW)

    return say


@pytest.fixture
def home(session, couple) -> None:
    """Alex's voice linked; an active contract with one shared commitment."""
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    voice.link_device(session, code, alexa_user_id=USER, person_id=ALEX_VOICE, now=NOW)
    version = contracts.propose_version(
        session, couple[0], [contracts.ItemDraft(ItemKind.COMMITMENT, "Call when late", short_name="call")], now=NOW
    )
    contracts.agree_version(session, couple[1], version.id, now=NOW)
    session.flush()


def ssml_words(result: dict[str, Any], reprompt: bool = False) -> str:
    """The spoken words; parsing fails unless the SSML is well-formed XML, as Alexa requires."""
    response = result["response"]["reprompt"] if reprompt else result["response"]
    speak = ElementTree.fromstring(response["outputSpeech"]["ssml"])
    assert speak.tag == "speak"
    return "".join(speak.itertext())


def entries(session) -> int:
    return session.scalar(select(func.count(LogEntry.id)))


def test_a_commitment_named_with_control_characters_and_markup_is_spoken_as_valid_ssml(say, session, home) -> None:
    # Typed on the site before the forms refused control characters (PostgreSQL never held a NUL).
    item = session.scalars(select(ContractItem)).one()
    item.text = "Call <when> late & \x01text\x07 back\x1b\ufffe"
    item.short_name = ""
    session.flush()

    contract = ssml_words(say("ReadContractIntent"))
    assert "Call <when> late & text back" in contract

    logged = say("LogKeptIntent", {"commitment": "call when late"})
    # Confirmed by the commitment's own words (it has no short name), markup and all, as valid SSML.
    assert ssml_words(logged) == "Logged: you kept your promise to Call <when> late & text back."
    assert entries(session) == 1


@pytest.mark.parametrize(
    "text, spoken",
    [
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("nul\x00 bell\x07 esc\x1b del\x7f c1\x85", "nul bell esc del c1"),
        ("line\nbreak\ttab", "line\nbreak\ttab"),  # XML holds these
        ("lone \ud800 surrogate \uffff", "lone surrogate "),
    ],
)
def test_ssml_text_escapes_markup_and_drops_what_xml_cannot_hold(text, spoken) -> None:
    assert ssml_text(text) == spoken
    ElementTree.fromstring(f"<speak>{ssml_text(text)}</speak>")


@pytest.mark.parametrize(
    "name, slots",
    [
        ("LogKeptIntent", {"commitment": "call\x00"}),
        ("LogReliabilityIntent", {"note": "came home \x1b[31mearly"}),
        ("LogMissedIntent", {"commitment": "call", "note": "late\x07"}),
        ("IdentifySpeakerIntent", {"name": "Alex\x00"}),
        ("LinkDeviceIntent", {"code": "123\x00456"}),
    ],
    ids=["commitment", "note", "second-slot", "name", "code"],
)
def test_a_slot_with_control_characters_is_not_understood_and_nothing_is_done(say, session, home, name, slots) -> None:
    links = session.scalar(select(func.count(VoiceLink.id)))
    result = say(name, slots)
    assert ssml_words(result).startswith("Sorry, I didn't get that.")
    assert result["response"]["shouldEndSession"] is False
    assert ssml_words(result, reprompt=True)
    assert entries(session) == 0
    assert session.scalar(select(func.count(VoiceLink.id))) == links
