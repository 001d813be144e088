"""By voice, after a partner left and someone new joined: the one who stayed is still known on
their device, now in the fresh couple; nothing the skill says to either of them draws on the
earlier relationship; and the new partner's name, not the departed one's, is the couple's."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Flask
from sqlalchemy import select

from tests.factories import PASSWORD, make_couple, one_of_everything
from trust_tracker.models import accounts, leaving, speakers
from trust_tracker.models.entities import VoiceLink
from trust_tracker.skill.requests import intent_request

ACCOUNT, ALEX_VOICE = "amzn1.ask.account.HALL", "amzn1.ask.person.ALEX-HALL"


def _say(app: Flask, name: str, slots: dict[str, str] | None = None) -> str:
    envelope: dict[str, Any] = intent_request(name, slots or {}, user_id=ACCOUNT, person_id=ALEX_VOICE)
    response = app.test_client().post("/alexa", json=envelope)
    assert response.status_code == 200, response.text
    return response.get_json()["response"]["outputSpeech"]["ssml"]


def test_the_one_who_stayed_speaks_in_the_fresh_couple_and_hears_nothing_earlier(make_app, session) -> None:
    app = make_app(ALEXA_VERIFY=False)
    alex, quentin = make_couple(session, second="Quentin")
    assert quentin is not None
    one_of_everything(session, alex, quentin)
    speakers.bind(session, ACCOUNT, ALEX_VOICE, alex, speakers.PAIRING, datetime.now(UTC))
    leaving.delete_partner(session, quentin, PASSWORD)
    earlier = alex.couple_id
    token = accounts.create_invitation(session, alex)
    jordan = accounts.join(session, token=token, name="Jordan", email="jordan@example.com", password=PASSWORD)
    session.commit()
    assert jordan.couple_id == alex.couple_id != earlier
    assert set(session.scalars(select(VoiceLink.couple_id))) == {jordan.couple_id}  # Alex's links moved
    assert speakers.couple_names(session, ACCOUNT) == ("Alex", "Jordan")
    for intent in ("ProgressIntent", "CelebrateIntent", "ReadContractIntent", "ReadBoundariesIntent"):
        said = _say(app, intent)
        for earlier_words in ("Quentin", "Call when late", "No contact with the ex", "ten", "10"):
            assert earlier_words not in said, (intent, earlier_words, said)
    logged = _say(app, "LogSmallWinIntent", {"note": "we cooked together"})
    assert "Logged" in logged
