"""The handler chosen by intent name (skill/dispatch.py) is the one ask-sdk's own order chooses:
for every intent of the interaction model, an intent no handler names, a launch and a session's
end, with nothing waiting and with a check-in question, a reflection, the partner's news or an
undo waiting, the same handler answers; distress said to any intent still gets the help lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_runtime.dispatch_components.request_components import GenericRequestMapper

from tests.skill.raw_requests import alex as alex
from tests.skill.raw_requests import contract as contract
from tests.skill.raw_requests import intent, launch
from tests.skill.raw_requests import say as say
from tests.skill.raw_requests import skill as skill
from tests.skill.test_safety import assert_support
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.dispatch import IntentIndexedMapper

MODEL = Path(__file__).resolve().parents[2] / "interaction-model" / "en-US.json"
INTENTS = [i["name"] for i in json.loads(MODEL.read_text())["interactionModel"]["languageModel"]["intents"]]
WAITING: dict[str, dict[str, Any]] = {
    "nothing": {},
    "a check-in question": {"flow": {"name": "checkin", "position": 0}},
    "a reflection": {"flow": {"name": "setback", "step": "trigger"}},
    "the partner's news": {"flow": {"name": "partner_news", "step": "seen?"}},
    "an undo": {"flow": {"name": "undo", "step": "remove?"}},
}


@pytest.fixture
def chosen(skill, monkeypatch) -> list[tuple[str, str]]:
    """Each request's handler as the index chose it and as asking every handler in order would."""
    [mapper] = skill.request_dispatcher.request_mappers
    assert isinstance(mapper, IntentIndexedMapper)
    pairs: list[tuple[str, str]] = []
    by_intent = mapper.get_request_handler_chain

    def both(handler_input: Any) -> Any:
        found = by_intent(handler_input)
        every = GenericRequestMapper.get_request_handler_chain(mapper, handler_input)
        pairs.append((type(found.request_handler).__name__, type(every.request_handler).__name__))
        return found

    monkeypatch.setattr(mapper, "get_request_handler_chain", both)
    return pairs


@pytest.mark.parametrize("waiting", list(WAITING))
def test_the_index_chooses_the_handler_the_order_chooses(say, alex, contract, chosen, waiting) -> None:
    attributes = WAITING[waiting]
    for name in [*INTENTS, "NoSuchIntent"]:
        say(intent(name, {}, attributes=dict(attributes)))
    say(launch(attributes=dict(attributes)))
    say(alexa.session_ended_request(user_id="amzn1.ask.account.TEST", attributes=dict(attributes)))
    assert len(chosen) == len(INTENTS) + 3
    assert [pair for pair in chosen if pair[0] != pair[1]] == []
    assert {"UnknownIntentHandler", "LaunchRequestHandler", "SessionEndedRequestHandler"} <= {p[0] for p in chosen}


@pytest.mark.parametrize("name", ["ReadCheckInQuestionsIntent", "ProgressIntent", "AMAZON.HelpIntent"])
def test_distress_said_to_an_intent_the_index_lists_still_gets_the_help_lines(say, alex, name) -> None:
    assert_support(say(intent(name, {"note": "I don't feel safe at home"})))
