"""A topic word said alone (issue 8, point 3): real Alexa may match a topic carrier with both
slots empty ("reminders", "boundaries", "contract"), and then no request was heard. The carriers
are an intent of their own beside the job's ("StopRemindersTopicIntent"), so the skill knows: one
short question, and no job runs, above all none that writes, until it is answered."""

from __future__ import annotations

import json

import pytest

from tests.skill.test_end_to_end import MODEL
from tests.skill.test_safety import alex, count, envelope, say, skill, speech, then
from trust_tracker.models.alexa_entities import AlexaReminder
from trust_tracker.models.entities import LogEntry
from trust_tracker.skill.speech_topics import EN_US
from trust_tracker.skill.topic_vocabulary import JOB
from trust_tracker.skill.topic_words import CARRIERS, said_alone, topic_intent

__all__ = ["alex", "say", "skill"]  # fixtures

REMINDERS = ("RemindCheckInIntent", "StopRemindersIntent")
INTENTS = {i["name"]: i for i in json.loads(MODEL.read_text())["interactionModel"]["languageModel"]["intents"]}


def _question(jobs: tuple[str, ...]) -> str:
    named = {f"job{i}": EN_US[f"topic_job_{job}"] for i, job in enumerate(jobs)}
    return EN_US["topic_offer" if len(jobs) == 1 else "topic_choice"].format(**named)


def _empty_slots(job: str) -> dict[str, str | None]:
    """Every carrier slot of the job's topic intent, as Alexa sends them when none was filled."""
    return {slot["name"]: None for slot in INTENTS[topic_intent(job)]["slots"]}


def test_every_job_has_its_carriers_in_an_intent_of_their_own() -> None:
    assert set(CARRIERS) <= set(INTENTS) and len(CARRIERS) == len(JOB)
    assert all(INTENTS[name]["samples"] for name in CARRIERS)
    assert CARRIERS[topic_intent("StopRemindersIntent")] == "StopRemindersIntent"


@pytest.mark.parametrize("job", sorted(JOB))
@pytest.mark.parametrize("slots", ["absent", "empty", "blank"])
def test_a_topic_word_alone_is_asked_about_and_runs_nothing(say, session, alex, job, slots) -> None:
    sent = {"absent": {}, "empty": _empty_slots(job), "blank": dict.fromkeys(_empty_slots(job), "  ")}[slots]
    result = say(envelope(topic_intent(job), sent))
    assert speech(result) == _question(said_alone(job))
    assert not result["response"]["shouldEndSession"] and result["response"].get("reprompt")
    assert (count(session, LogEntry), count(session, AlexaReminder)) == (0, 0)


def test_reminders_alone_offers_both_and_neither_changes_nothing(say, session, alex) -> None:
    asked = say(envelope(topic_intent("StopRemindersIntent"), _empty_slots("StopRemindersIntent")))
    assert speech(asked) == _question(REMINDERS)
    said = say(then(asked, "AnswerIntent", {"answer": "neither"}))
    assert speech(said) == EN_US["topic_choice_none"]
    assert count(session, AlexaReminder) == 0


def test_boundaries_alone_offers_to_read_or_log_and_a_bare_yes_guesses_nothing(say, session, alex) -> None:
    asked = say(envelope(topic_intent("ReadBoundariesIntent"), {}))
    assert speech(asked) == _question(("ReadBoundariesIntent", "LogBreachIntent"))
    say(then(asked, "AMAZON.YesIntent"))
    assert count(session, LogEntry) == 0


def test_yes_to_the_single_offer_does_that_job(say, session, contract, alex) -> None:
    asked = say(envelope(topic_intent("ReadContractIntent"), {}))
    assert speech(asked) == _question(("ReadContractIntent",))
    read = say(then(asked, "AMAZON.YesIntent"))
    assert "contract" in speech(read).lower() and count(session, LogEntry) == 0


def test_no_to_the_single_offer_writes_nothing(say, session, alex) -> None:
    asked = say(envelope(topic_intent("LogBreachIntent"), {}))
    assert speech(asked) == _question(("LogBreachIntent",))
    say(then(asked, "AMAZON.NoIntent"))
    assert count(session, LogEntry) == 0
