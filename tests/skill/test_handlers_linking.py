"""An unlinked device and linking it, through raw request envelopes: told how to link with
nothing written, a pairing code said (leading zeros dropped, wrong, expired, used, odd), five
wrong codes refused, recognised voices told apart."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW
from tests.skill.raw_requests import (
    LINK_STEPS,
    USER,
    agree,
    asks,
    count,
    entries,
    intent,
    launch,
    reprompt,
    speech,
    tells,
)
from tests.skill.raw_requests import alex as alex
from tests.skill.raw_requests import say as say
from tests.skill.raw_requests import skill as skill
from trust_tracker.models import voice
from trust_tracker.models.entities import VoiceLink
from trust_tracker.models.pairing_entities import PairingCode, PairingFailure


@pytest.mark.parametrize(
    "envelope",
    [
        launch(),
        intent("LogKeptIntent"),
        intent("LogKeptIntent", {"commitment": "call when late"}),
        intent("ReadCheckInQuestionsIntent"),
        intent("ReadContractIntent"),
    ],
    ids=["launch", "log", "log-named", "questions", "contract"],
)
def test_unlinked_device_is_told_how_to_link_and_nothing_is_written(say, session, couple, envelope) -> None:
    agree(session, *couple, ["call when late"])
    result = say(envelope)
    assert LINK_STEPS in speech(result)
    assert asks(result)
    assert entries(session) == []
    assert count(session, VoiceLink) == 0


def test_help_on_an_unlinked_device_explains_linking(say, couple) -> None:
    result = say(intent("AMAZON.HelpIntent"))
    assert LINK_STEPS in speech(result)
    assert speech(result).endswith("What's your code?")
    assert asks(result)


def test_another_household_is_not_linked_by_ours(say, alex) -> None:
    result = say(launch(user_id="amzn1.ask.account.SOMEONE-ELSE"))
    assert LINK_STEPS in speech(result)


@pytest.mark.parametrize("spoken", ["{code}", "{spaced}", " {code} "])
def test_link_with_a_valid_code_then_launch_greets_by_name(say, session, couple, spoken) -> None:
    code = voice.issue_pairing_code(session, couple[1], now=NOW)
    session.flush()
    result = say(intent("LinkDeviceIntent", {"code": spoken.format(code=code, spaced=" ".join(code))}, person_id=None))
    assert speech(result).startswith("Thanks, Sam. This device is now linked.")
    assert tells(result)
    link = session.scalars(select(VoiceLink)).one()
    assert (link.alexa_user_id, link.person_id, link.partner_id) == (USER, "", couple[1].id)
    assert session.scalar(select(PairingCode.used_at)) is not None

    # Without a voice profile the device is shared: it asks who is speaking, once a session.
    greeting = say(launch(person_id=None))
    assert speech(greeting) == "Hi! Is this Alex or Sam?"
    assert asks(greeting)
    answered = say(
        intent(
            "IdentifySpeakerIntent",
            {"name": "sam"},
            person_id=None,
            attributes=greeting["sessionAttributes"],
            new_session=False,
        )
    )
    assert speech(answered).startswith("Hi Sam,")


def test_leading_zero_dropped_by_amazon_number_still_links(say, session, couple, monkeypatch) -> None:
    monkeypatch.setattr(voice.secrets, "randbelow", lambda _: 4815)
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    session.flush()
    assert code == "004815"
    result = say(intent("LinkDeviceIntent", {"code": "4815"}))  # what AMAZON.NUMBER sends
    assert speech(result).startswith("Thanks, Alex.")


def test_recognised_voices_are_told_apart(say, session, couple) -> None:
    for partner, person in zip(couple, ("amzn1.ask.person.ALEX", "amzn1.ask.person.SAM"), strict=True):
        code = voice.issue_pairing_code(session, partner, now=NOW)
        session.flush()
        assert speech(say(intent("LinkDeviceIntent", {"code": code}, person_id=person))).startswith(
            f"Thanks, {partner.name}."
        )
    assert speech(say(launch(person_id="amzn1.ask.person.ALEX"))).startswith("Hi Alex,")
    assert speech(say(launch(person_id="amzn1.ask.person.SAM"))).startswith("Hi Sam,")


@pytest.mark.parametrize("case", ["wrong", "expired", "used"])
def test_wrong_expired_or_used_code_is_reprompted_and_the_failure_counts(say, session, couple, case) -> None:
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    session.flush()
    when = NOW
    if case == "wrong":
        code = "999999" if code != "999999" else "888888"
    elif case == "expired":
        when = NOW + timedelta(minutes=11)
    else:
        assert voice.link_device(session, code, alexa_user_id="amzn1.ask.account.FIRST", now=NOW)
        session.flush()
    result = say(intent("LinkDeviceIntent", {"code": code}), now=when)
    assert speech(result).startswith("That code didn't work.")
    assert asks(result)
    # The failed attempt is committed even though nothing was linked: it counts against guessing.
    assert session.scalars(select(PairingFailure.alexa_user_id)).all() == [USER]
    assert session.scalars(select(VoiceLink.alexa_user_id).where(VoiceLink.alexa_user_id == USER)).all() == []


def test_five_wrong_codes_then_even_the_right_one_is_refused(say, session, couple) -> None:
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    session.flush()
    wrong = "000000" if code != "000000" else "111111"
    for minute in range(5):
        assert speech(say(intent("LinkDeviceIntent", {"code": wrong}), now=NOW + timedelta(minutes=minute))).startswith(
            "That code didn't work."
        )
    result = say(intent("LinkDeviceIntent", {"code": code}), now=NOW + timedelta(minutes=5))
    assert speech(result) == "Too many wrong codes. Please wait ten minutes, then try a new code."
    assert tells(result)
    assert count(session, VoiceLink) == 0
    assert count(session, PairingFailure) == 5
    assert session.scalar(select(PairingCode.used_at)) is None


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, "What's your six-digit code?"),
        ("", "What's your six-digit code?"),
        ("?", "Sorry, I didn't catch six digits."),
        ("1234567", "Sorry, I didn't catch six digits."),
        ("-12345", "Sorry, I didn't catch six digits."),
        ("12.5", "Sorry, I didn't catch six digits."),
        ("four eight one", "Sorry, I didn't catch six digits."),
        ("12", "Sorry, I didn't catch six digits."),  # part of a code, not one with its zeros dropped
        ("123", "Sorry, I didn't catch six digits."),
        ("١٢٣٤٥٦", "Sorry, I didn't catch six digits."),  # digits, but not ASCII ones
        ("9" * 300, "Sorry, I didn't catch six digits."),
    ],
)
def test_odd_codes_are_reprompted_without_counting_as_guesses(say, session, couple, value, expected) -> None:
    result = say(intent("LinkDeviceIntent", {"code": value}))
    assert speech(result).startswith(expected)
    assert reprompt(result) == "<speak>Please say: my code is, and the six digits.</speak>"
    assert asks(result)
    assert count(session, PairingFailure) == 0
