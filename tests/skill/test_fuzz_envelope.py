"""Reliability: generated Alexa envelopes against POST /alexa; never a 500.

Valid envelopes for every intent of the interaction model (linked device, Alex's voice)
are bent out of shape: slots given odd values, session attributes replaced by generated
JSON, keys removed or given the wrong type, and whole bodies of generated JSON or bytes.
Verification is off here (as in development) so the bodies reach the parser and the
handlers; the signed path refuses far earlier and has its own tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trust_tracker.models import voice
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.endpoint import alexa_blueprint

USER = "amzn1.ask.account.FUZZ"
ALEX_VOICE = "amzn1.ask.person.FUZZ-ALEX"
MODEL = json.loads((Path(__file__).parents[2] / "interaction-model" / "en-US.json").read_text())
INTENTS = {intent["name"]: [slot["name"] for slot in intent.get("slots", [])] for intent in
           MODEL["interactionModel"]["languageModel"]["intents"]}  # fmt: skip
FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same inputs on every run: CI never fails by chance
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
slot_values = st.one_of(
    st.none(),
    st.sampled_from(["", " ", "\x00", "Sam", "alex", "?", "1e309", "2026-02-30", "PT99999H", "<speak>", "]]>&"]),
    st.text(max_size=60),
    st.text(min_size=1000, max_size=5000),
)


@pytest.fixture
def post(session_factory, session, couple):
    code = voice.issue_pairing_code(session, couple[0])
    voice.link_device(session, code, alexa_user_id=USER, person_id=ALEX_VOICE)
    session.flush()
    app = Flask(__name__)
    app.config.update(TESTING=True, SECRET_KEY="test-only")
    app.register_blueprint(alexa_blueprint(build_skill(), session_factory, None))
    client = app.test_client()

    def send(body: bytes) -> dict[str, Any] | None:
        response = client.post("/alexa", data=body, content_type="application/json")
        assert response.status_code in (200, 400), (response.status_code, body[:300])
        if response.status_code == 400:
            return None
        answer = response.get_json()
        speech = answer["response"].get("outputSpeech")
        assert speech is None or speech["ssml"].startswith("<speak>"), answer
        return answer

    return send


def _envelope(name: str, slots: dict[str, Any], attributes: Any, new: bool) -> dict[str, Any]:
    if name == "LaunchRequest":
        body = alexa.launch_request(user_id=USER, person_id=ALEX_VOICE, new_session=new)
    else:
        body = alexa.intent_request(name, slots, user_id=USER, person_id=ALEX_VOICE, new_session=new)
    body["session"]["attributes"] = attributes
    return body


@FUZZ
@given(
    name=st.sampled_from([*sorted(INTENTS), "LaunchRequest"]),
    data=st.data(),
    attributes=st.one_of(st.just({}), st.dictionaries(st.text(max_size=12), json_values, max_size=5), json_values),
    new=st.booleans(),
)
def test_every_intent_survives_odd_slots_and_attributes(post, name, data, attributes, new) -> None:
    slots = {slot: data.draw(slot_values, label=slot) for slot in INTENTS.get(name, [])}
    post(json.dumps(_envelope(name, slots, attributes, new)).encode())


# Bends every intent meets by name, whatever the generated draws above happen to pick (60 examples over
# every intent leave some unbent: ChangeAnswerIntent, MyProgressIntent, MyPromisesIntent were among them).
_ODD_SLOTS = ("", "\x00", "question 3 to", "x" * 5000)
_FORGED = [
    {"flow": {"name": "checkin", "step": "together?", "stopped_at": "one"}},
    {"flow": {"name": "checkin", "order": ["1"], "partner": True, "position": -1, "question": 5, "asked": "x"}},
    {"pending_log": {"kind": "missed", "ids": "all", "day": "2026-13-01", "tries": None}},
]


@pytest.mark.parametrize("name", sorted(INTENTS))
def test_every_intent_of_the_model_is_bent_by_name(post, name) -> None:
    for odd, attributes in zip(_ODD_SLOTS, [{}, *_FORGED], strict=True):
        post(json.dumps(_envelope(name, dict.fromkeys(INTENTS[name], odd), attributes, False)).encode())


def test_the_intents_bent_by_name_include_the_late_ones() -> None:
    assert {"ChangeAnswerIntent", "MyProgressIntent", "MyPromisesIntent"} <= set(INTENTS)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    return found


@FUZZ
@given(name=st.sampled_from(sorted(INTENTS)), data=st.data(), replacement=st.none() | json_values)
def test_a_missing_or_mistyped_key_anywhere_is_a_400_or_an_answer(post, name, data, replacement) -> None:
    body = _envelope(name, {slot: "Sam" for slot in INTENTS[name]}, {}, True)
    path = data.draw(st.sampled_from(_paths(body)), label="path")
    parent = body
    for key in path[:-1]:
        parent = parent[key]
    if replacement is None:
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    post(json.dumps(body).encode())


@FUZZ
@given(body=st.one_of(json_values.map(lambda v: json.dumps(v).encode()), st.binary(max_size=200)))
def test_any_body_at_all_is_a_400_or_an_answer(post, body) -> None:
    post(body)


def test_deeply_nested_json_is_a_400(post) -> None:
    assert post(b"[" * 100_000 + b"]" * 100_000) is None


def test_the_unbent_envelopes_are_answered(post) -> None:
    """The fixture's device is linked and its bodies reach the handlers: the fuzzing above is not all 400s."""
    answer = post(json.dumps(_envelope("LogKeptIntent", {}, {}, True)).encode())
    assert answer is not None
    assert "Logged" in answer["response"]["outputSpeech"]["ssml"]
