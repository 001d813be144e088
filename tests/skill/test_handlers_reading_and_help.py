"""Launch, reading aloud, help and the way out, through raw request envelopes: when the
check-in is, the questions and the contract read aloud (boundaries only when asked), help,
stop and cancel, fallback, unknown intents, a session ended, other locales."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tests.factories import NOW
from tests.skill.raw_requests import USER, agree, asks, entries, intent, launch, speech, tells
from tests.skill.raw_requests import alex as alex
from tests.skill.raw_requests import contract as contract
from tests.skill.raw_requests import say as say
from tests.skill.raw_requests import skill as skill
from trust_tracker.models import contracts
from trust_tracker.models.entities import CheckIn, ItemKind
from trust_tracker.skill import requests as alexa

# The couple checks in on Sundays at 7 PM, New York time; NOW is Wednesday 7 AM there.
NEW_YORK_OFFSET = timedelta(hours=5)  # EST, in November


def new_york(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC) + NEW_YORK_OFFSET


@pytest.mark.parametrize(
    "now, expected",
    [
        (NOW, "Hi Alex, welcome to Trust Tracker. Your next check-in is on Sunday at 7 PM."),
        (new_york(28, 9), "Hi Alex, welcome to Trust Tracker. Your next check-in is tomorrow at 7 PM."),
        (new_york(29, 9), "Hi Alex, welcome to Trust Tracker. Your next check-in is today at 7 PM."),
        (new_york(29, 20), "Hi Alex, welcome to Trust Tracker. Your weekly check-in is due."),
    ],
)
def test_launch_greets_and_says_when_the_checkin_is(say, alex, now, expected) -> None:
    result = say(launch(), now=now)
    assert speech(result).startswith(expected)
    assert speech(result).endswith(
        "What would you like to do? You can log a kept or missed promise, "
        "start your check-in, ask how you're doing, or ask what to celebrate."
    )
    assert asks(result)


def test_a_checkin_completed_early_does_not_announce_the_next_one(say, session, alex) -> None:
    # Done on Wednesday, before the Sunday slot: the slot is later this week, but nothing is due.
    session.add(
        CheckIn(
            couple_id=alex.couple_id, week_start=date(2026, 11, 23), completed_at=NOW, questions=["How was the week?"]
        )
    )
    session.flush()
    text = speech(say(launch(), now=NOW + timedelta(hours=1)))
    assert text.startswith("Hi Alex, welcome to Trust Tracker. What would you like to do?")
    assert "check-in" not in text.split("What would you like")[0]


def test_a_completed_checkin_is_not_mentioned(say, session, alex) -> None:
    session.add(
        CheckIn(
            couple_id=alex.couple_id,
            week_start=date(2026, 11, 23),
            completed_at=new_york(29, 20),
            questions=["How was the week?"],
        )
    )
    session.flush()
    text = speech(say(launch(), now=new_york(29, 21)))
    assert text.startswith("Hi Alex, welcome to Trust Tracker. What would you like to do?")
    assert "check-in is" not in text


def test_checkin_questions_are_read_aloud(say, session, alex) -> None:
    result = say(intent("ReadCheckInQuestionsIntent"))
    assert speech(result) == (
        "Here are this week's check-in questions. "
        "Question 1: What went well this week? "
        "Question 2: What didn't go well? "
        "Question 3: What helped you feel secure this week? "
        "Question 4: What would make trust easier next week? "
        "Take your time with them together."
    )
    assert tells(result)
    assert entries(session) == []


def test_contract_is_read_briefly(say, contract) -> None:
    result = say(intent("ReadContractIntent"))
    assert speech(result) == (
        "Here's your contract, version 1. "
        "Your commitments: call when late, evening talk and evening walk. "
        "It also has a boundary; say read our boundaries to hear it."
    )
    assert tells(result)


def test_boundaries_are_read_only_when_asked_with_a_notice_first(say, contract) -> None:
    result = say(intent("ReadBoundariesIntent"))
    assert speech(result) == (
        "Reading your boundaries aloud, so anyone nearby will hear them. "
        "Your boundaries: No contact with the former affair partner."
    )
    assert tells(result)


def test_no_boundaries_or_no_contract_is_said_plainly(say, session, couple, alex) -> None:
    assert speech(say(intent("ReadBoundariesIntent"))).startswith("You don't have an agreed contract yet.")
    agree(session, *couple, ["promise a"])
    assert speech(say(intent("ReadBoundariesIntent"))) == (
        "Your contract has no boundaries yet. You can add them on the website."
    )


def test_a_long_contract_is_cut_short_aloud(say, session, couple, alex) -> None:
    agree(session, *couple, [f"promise {word}" for word in "abcdefgh"])
    text = speech(say(intent("ReadContractIntent")))
    assert text.endswith("Your commitments: promise a, promise b, promise c, promise d and 4 more on the website.")


def test_without_an_active_contract_it_says_how_to_write_one(say, session, couple, alex) -> None:
    # A proposal the other partner has not agreed to yet is not the contract.
    contracts.propose_version(session, couple[0], [contracts.ItemDraft(ItemKind.COMMITMENT, "Call")], now=NOW)
    session.flush()
    result = say(intent("ReadContractIntent"))
    assert speech(result).startswith(
        "You don't have an agreed contract yet. On the Trust Tracker website, open Contract"
    )
    assert tells(result)


def test_help_ends_with_a_question(say, alex) -> None:
    result = say(intent("AMAZON.HelpIntent"))
    assert speech(result).startswith("Trust Tracker logs the promises you keep.")
    assert speech(result).endswith("What would you like?")
    assert asks(result)


@pytest.mark.parametrize("name", ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"])
def test_stop_cancel_and_home_say_goodbye_and_end(say, alex, name) -> None:
    result = say(intent(name))
    assert speech(result) == "Goodbye. Take care of each other."  # the first goodbye of a session
    assert tells(result)


def test_fallback_helps_and_reprompts(say, alex) -> None:
    result = say(intent("AMAZON.FallbackIntent"))
    assert speech(result).startswith("Sorry, I didn't get that. You could say, for example: I kept my promise.")
    assert asks(result)


def test_an_unknown_intent_is_answered_not_an_error(say, session, alex) -> None:
    result = say(intent("OrderPizzaIntent", {"topping": "olives"}))
    assert speech(result).startswith("Sorry, I can't do that yet.")
    assert asks(result)
    assert entries(session) == []


@pytest.mark.parametrize(
    "reason, error",
    [
        ("USER_INITIATED", None),
        ("EXCEEDED_MAX_REPROMPTS", None),
        ("ERROR", {"type": "INVALID_RESPONSE", "message": "SSML was not valid"}),
    ],
)
def test_session_ended_gets_an_empty_response(say, alex, caplog, reason, error) -> None:
    envelope = alexa.session_ended_request(reason, user_id=USER)
    if error:
        envelope["request"]["error"] = error
    result = say(envelope)
    assert result["response"] == {}
    assert ("SSML was not valid" in caplog.text) == bool(error)


@pytest.mark.parametrize("locale", ["en-GB", "fr-FR", "xx", ""])
def test_other_locales_fall_back_to_english(say, alex, locale) -> None:
    assert speech(say(launch(locale=locale))).startswith("Hi Alex,")
