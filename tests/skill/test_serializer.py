"""skill/serializer.py reads and writes exactly what ask-sdk's own serializer does, only cheaper."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import (
    Intent,
    IntentConfirmationStatus,
    RequestEnvelope,
    Response,
    ResponseEnvelope,
    Slot,
    SlotConfirmationStatus,
)
from ask_sdk_model.dialog import DynamicEntitiesDirective, ElicitSlotDirective
from ask_sdk_model.er.dynamic import Entity, EntityListItem, EntityValueAndSynonyms, UpdateBehavior
from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective
from ask_sdk_model.interfaces.display import PlainText, TextContent
from ask_sdk_model.ui import (
    AskForPermissionsConsentCard,
    LinkAccountCard,
    PlainTextOutputSpeech,
    Reprompt,
    SimpleCard,
    SsmlOutputSpeech,
)

from trust_tracker.skill.requests import envelope, intent_request, launch_request, session_ended_request
from trust_tracker.skill.serializer import EnvelopeSerializer

SDK = DefaultSerializer()


def _resolved(envelope_json: dict[str, Any]) -> dict[str, Any]:
    slot = envelope_json["request"]["intent"]["slots"]["commitment"]
    slot["resolutions"] = {
        "resolutionsPerAuthority": [
            {
                "authority": "amzn1.er-authority.echo-sdk.skill.LogKept",
                "status": {"code": "ER_SUCCESS_MATCH"},
                "values": [{"value": {"name": "call when late", "id": "7"}}],
            }
        ]
    }
    slot["slotValue"] = {"type": "Simple", "value": "call when late"}
    envelope_json["context"]["Viewport"] = {"pixelWidth": 1024, "dpi": 160, "shape": "RECTANGLE"}
    return envelope_json


ENVELOPES = {
    "launch": launch_request(),
    "launch, a voice, a screen, the APIs": launch_request(
        person_id="amzn1.ask.person.X", with_screen=True, api_endpoint="https://api.amazonalexa.com"
    ),
    "an intent with slots, one empty": intent_request("LogKeptIntent", {"commitment": "call when late", "note": None}),
    "an intent with attributes": intent_request(
        "AnswerIntent", {"answer": "we talked"}, attributes={"flow": {"name": "checkin", "step": 2}, "n": [1, 2.5]}
    ),
    "an intent with resolutions": _resolved(intent_request("LogKeptIntent", {"commitment": "call"})),
    "a session's end": session_ended_request("EXCEEDED_MAX_REPROMPTS"),
    "a reminder's answer": envelope(
        {"type": "Connections.Response", "name": "AskFor", "status": {"code": "200", "message": "OK"}, "token": ""}
    ),
    "unknown keys kept": envelope({"type": "LaunchRequest", "somethingNew": {"x": 1}}) | {"extra": [1, "two"]},
    "a number where a string belongs": envelope({"type": "LaunchRequest", "locale": 12}),
    "a timestamp with an offset": envelope(
        {"type": "LaunchRequest"}, timestamp=datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    ),
}


@pytest.mark.parametrize("name", list(ENVELOPES))
def test_an_envelope_reads_as_the_sdk_reads_it(name: str) -> None:
    payload = json.loads(json.dumps(ENVELOPES[name]))
    ours = EnvelopeSerializer().from_json(payload)
    theirs = SDK.deserialize(json.dumps(payload), RequestEnvelope)
    assert type(ours.request) is type(theirs.request)
    assert ours == theirs
    assert ours.to_dict() == theirs.to_dict()
    # Read twice (the classes' fields kept from the first), still the same.
    assert EnvelopeSerializer().from_json(payload) == EnvelopeSerializer().from_json(payload) == theirs


def test_a_read_envelope_carries_its_slots_and_its_unknown_keys() -> None:
    ours = EnvelopeSerializer().from_json(json.loads(json.dumps(ENVELOPES["an intent with resolutions"])))
    slot = ours.request.intent.slots["commitment"]
    assert slot.value == "call" and slot.confirmation_status is SlotConfirmationStatus.NONE
    assert slot.resolutions.resolutions_per_authority[0].values[0].value.id == "7"
    unknown = EnvelopeSerializer().from_json(json.loads(json.dumps(ENVELOPES["unknown keys kept"])))
    assert unknown.extra == [1, "two"] and unknown.request.somethingNew == {"x": 1}


@pytest.mark.parametrize(
    "request_json",
    [
        {"type": "NoSuchRequest"},
        {"type": "IntentRequest", "intent": {"name": "X", "confirmationStatus": "MAYBE"}},
        {"type": "LaunchRequest", "timestamp": "not a time"},
        {"locale": "en-US"},  # no type to pick the class by
    ],
)
def test_a_bad_envelope_fails_as_it_does_in_the_sdk(request_json: dict[str, Any]) -> None:
    payload = envelope({"type": "LaunchRequest"})
    payload["request"] = request_json
    with pytest.raises(SerializationException):
        SDK.deserialize(json.dumps(payload), RequestEnvelope)
    with pytest.raises(SerializationException):
        EnvelopeSerializer().from_json(payload)


def _elicit() -> ElicitSlotDirective:
    slots = {"answer": Slot(name="answer", confirmation_status=SlotConfirmationStatus.NONE)}
    intent = Intent(name="AnswerIntent", confirmation_status=IntentConfirmationStatus.NONE, slots=slots)
    return ElicitSlotDirective(slot_to_elicit="answer", updated_intent=intent)


def _entities() -> DynamicEntitiesDirective:
    value = EntityValueAndSynonyms(value="call when late", synonyms=["calling", "the call"])
    types = [EntityListItem(name="Commitment", values=[Entity(id="7", name=value)])]
    return DynamicEntitiesDirective(update_behavior=UpdateBehavior.REPLACE, types=types)


RESPONSES = {
    "speech and a reprompt": Response(
        output_speech=SsmlOutputSpeech(ssml="<speak>Logged.</speak>"),
        reprompt=Reprompt(output_speech=SsmlOutputSpeech(ssml="<speak>Anything else?</speak>")),
        should_end_session=False,
    ),
    "plain text, a simple card": Response(
        output_speech=PlainTextOutputSpeech(text="Bye"),
        card=SimpleCard(title="Trust Tracker", content="Kept: 3"),
        should_end_session=True,
    ),
    "a link card": Response(card=LinkAccountCard()),
    "a permissions card": Response(
        card=AskForPermissionsConsentCard(permissions=["alexa::alerts:reminders:skill:readwrite"])
    ),
    "elicit, entities, APL": Response(
        directives=[
            _elicit(),
            _entities(),
            RenderDocumentDirective(
                token="t", document={"type": "APL", "items": [1, None, {"a": True}]}, datasources={"x": {"y": 2.5}}
            ),
        ]
    ),
    "an old display template's text": Response(
        output_speech=SsmlOutputSpeech(ssml="<speak>Hi</speak>"),
        card=SimpleCard(title="t", content=str(TextContent(primary_text=PlainText(text="x")))),
    ),
}


@pytest.mark.parametrize("name", list(RESPONSES))
def test_an_answer_is_written_as_the_sdk_writes_it(name: str) -> None:
    answer = ResponseEnvelope(
        version="1.0",
        session_attributes={"flow": {"name": "checkin", "asked": [1, 2]}, "n": 3, "empty": None},
        user_agent="ask-python/1.0",
        response=RESPONSES[name],
    )
    ours = EnvelopeSerializer().serialize(answer)
    assert json.dumps(ours) == json.dumps(SDK.serialize(answer))  # the same keys, in the same order
    assert EnvelopeSerializer().serialize(answer) == ours


def test_an_answer_of_the_skill_is_written_as_the_sdk_writes_it(alex_talks, monkeypatch) -> None:
    from trust_tracker.skill import endpoint

    written: list[tuple[Any, Any]] = []
    serialize = endpoint._serializer.serialize

    def recorded(obj: Any) -> Any:
        ours = serialize(obj)
        if isinstance(obj, ResponseEnvelope):  # the whole answer, not its parts on the way
            written.append((ours, SDK.serialize(obj)))
        return ours

    monkeypatch.setattr(endpoint._serializer, "serialize", recorded)
    said = alex_talks("I kept my promise to call when late")
    assert said.speech.startswith("Logged")
    alex_talks("let's do the check-in")
    assert len(written) == 2
    for ours, theirs in written:
        assert json.dumps(ours) == json.dumps(theirs)
