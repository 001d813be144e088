"""tester-web41 D3: a slot value that is not a string (a list, an object, a number, a boolean;
never what Alexa sends) was made its Python repr by the SDK, spoken back and saved as a note
the partner then read. Through the real /alexa endpoint (verification off): such a value is
no value, the skill asks again, and nothing is written."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select

from tests.factories import NOW, agreed_contract
from tests.web.helpers import count
from trust_tracker.models import voice
from trust_tracker.models.entities import LogEntry
from trust_tracker.skill.requests import intent_request

ACCOUNT, PERSON = "amzn1.ask.account.KITCHEN", "amzn1.ask.person.ALEX"
NOT_WORDS = [["LISTNOTE one", "two"], {"DICTNOTE": 1}, 987654321, True]


@pytest.fixture
def app(make_app) -> Flask:
    return make_app(ALEXA_VERIFY=False)


@pytest.fixture
def linked(session, couple) -> None:
    alex, sam = couple
    agreed_contract(session, alex, sam)
    code = voice.issue_pairing_code(session, alex, now=NOW)
    voice.link_device(session, code, alexa_user_id=ACCOUNT, person_id=PERSON, now=NOW)
    session.commit()


def heard(app: Flask, intent: str, slots: dict[str, Any]) -> str:
    envelope = intent_request(intent, {name: "placeholder" for name in slots}, user_id=ACCOUNT, person_id=PERSON)
    for name, value in slots.items():
        envelope["request"]["intent"]["slots"][name]["value"] = value
    response = app.test_client().post("/alexa", json=envelope)
    assert response.status_code == 200, response.text
    return response.get_json()["response"]["outputSpeech"]["ssml"]


@pytest.mark.parametrize("value", NOT_WORDS, ids=["list", "object", "number", "bool"])
def test_a_note_that_is_not_words_is_asked_for_again_and_never_saved(app, session, linked, value) -> None:
    speech = heard(app, "LogReliabilityIntent", {"note": value})
    assert "LISTNOTE" not in speech and "DICTNOTE" not in speech and "987654321" not in speech
    assert "True" not in speech and "Noted" not in speech
    assert "What was the moment of reliability?" in speech  # asked for, as when nothing was heard
    assert count(session, LogEntry) == 0


@pytest.mark.parametrize("value", NOT_WORDS, ids=["list", "object", "number", "bool"])
def test_a_commitment_that_is_not_words_is_not_read_as_a_name(app, session, linked, value) -> None:
    speech = heard(app, "LogKeptIntent", {"commitment": value})
    assert "isn't one of your promises by name" not in speech
    assert count(session, LogEntry) == 0


def test_the_same_note_in_words_is_saved(app, session, linked) -> None:
    speech = heard(app, "LogReliabilityIntent", {"note": "picked the kids up on time"})
    assert "picked the kids up on time" in speech
    assert session.scalars(select(LogEntry.note)).all() == ["Picked the kids up on time"]
