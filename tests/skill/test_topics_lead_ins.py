"""Topic carriers read by family, a fifth round (issue 8, nlu6): lead-ins ("kindly", "alright",
"can you note that"), a word between the verb and the topic ("the weekly reminders"), and each
job's missing words. The phrasings here are our own, none from the list measured blind
(tests/skill/e2e/held_out_blind5.json); each family's lookalikes are asked about or let go."""

from __future__ import annotations

import pytest

from tests.skill.test_safety import alex, count, envelope, say, skill, speech
from tests.skill.test_topics import carrier
from trust_tracker.models.entities import LogEntry, LogKind
from trust_tracker.skill.topic_words import topic_read

__all__ = ["alex", "say", "skill"]  # fixtures

NAMES = ("alex", "sam")
REMIND, STOP = "RemindCheckInIntent", "StopRemindersIntent"
START, QUESTIONS = "StartCheckInIntent", "ReadCheckInQuestionsIntent"
RELIABILITY, UNDO, HARD = "LogReliabilityIntent", "UndoIntent", "HardDayIntent"
BREACH = "LogBreachIntent"


@pytest.mark.parametrize(
    ("before", "said", "after", "carried", "meant"),
    [
        # lead-ins, and a polite request to write is not a question
        ("kindly turn off the", "reminders", "", STOP, STOP),
        ("alright can you", "remind", "us before the check in", REMIND, REMIND),
        ("we keep forgetting the check in could you", "remind", "us", REMIND, REMIND),
        ("can you write down that alex", "came through", "with the school forms", RELIABILITY, RELIABILITY),
        ("could you note that sam", "did exactly what", "she said she would", RELIABILITY, RELIABILITY),
        # a word between the verb and the topic
        ("cancel the weekly", "reminders", "", STOP, STOP),
        ("stop my weekly", "nudge", "", REMIND, STOP),
        ("go over the", "rules", "about the ex", "ReadBoundariesIntent", "ReadBoundariesIntent"),
        ("only the", "boundaries", "thanks", "ReadBoundariesIntent", "ReadBoundariesIntent"),
        ("please set a", "reminder", "for nine pm on fridays", REMIND, REMIND),
        # the check-in begun by its questions; the good things remembered; the partner's entries
        ("okay begin the", "questions", "", QUESTIONS, START),
        ("go ahead and ask us the", "questions", "", QUESTIONS, START),
        ("can you", "remind", "us of the good things", REMIND, "CelebrateIntent"),
        ("did my husband put anything in the", "tracker", "", "TakeAPauseIntent", "PartnerNewsIntent"),
        # each job's own words
        ("sam sorted the car insurance", "like she promised", "", RELIABILITY, RELIABILITY),
        ("please", "unlog", "what i just said", UNDO, UNDO),
        ("i want to", "retract", "that", UNDO, UNDO),
        ("honestly it's", "one of those days", "", HARD, HARD),
        ("what is the", "bare minimum", "for today", HARD, HARD),
        ("log it as a", "step forward", "we talked calmly", "LogSmallWinIntent", "LogSmallWinIntent"),
        ("a quick summary of our", "progress", "please", "ProgressIntent", "ProgressIntent"),
        ("we wish to", "suspend", "the tracking temporarily", "TakeAPauseIntent", "TakeAPauseIntent"),
        ("please play back our", "contract", "", "ReadContractIntent", "ReadContractIntent"),
        ("read the", "agreement", "aloud", "ReadContractIntent", "ReadContractIntent"),
        ("i just wanted to", "thank", "him for being patient", "AcknowledgeIntent", "AcknowledgeIntent"),
        # an account, a phone or a profile kept from the partner is a breach, in the person's words
        ("i set up a", "secret account", "on facebook", BREACH, BREACH),
        ("so i've kept a second phone my wife", "does not know about", "", BREACH, BREACH),
        ("i", "hid", "a credit card account from my husband", BREACH, BREACH),
    ],
)
def test_each_family_reaches_its_job(before, said, after, carried, meant) -> None:
    assert topic_read(before, said, after, carried, NAMES).intent == meant


@pytest.mark.parametrize(
    ("before", "said", "after", "carried"),
    [
        ("you", "remind", "me of the good old days", REMIND),
        ("kindly", "remind", "me to buy milk", REMIND),
        ("my boss", "said she would", "call back", RELIABILITY),
        ("the plumber came", "like he promised", "", RELIABILITY),
        ("can you note that the bus", "came through", "on time", RELIABILITY),
        ("the weather forecast", "has said", "rain", "PartnerNewsIntent"),
        ("the company took a", "step forward", "with its new app", "LogSmallWinIntent"),
        ("did the postman put anything in the", "tracker", "", "TakeAPauseIntent"),
        ("let's start the", "questions", "at the pub quiz", QUESTIONS),
        ("i made a", "secret account", "for the surprise party", BREACH),
        ("i", "hid", "the phone from the kids", BREACH),
        ("my sister has a", "secret account", "", BREACH),
    ],
)
def test_lookalikes_of_each_family_do_nothing(before, said, after, carried) -> None:
    reading = topic_read(before, said, after, carried, NAMES)
    assert reading.intent is None, reading


def test_through_the_skill_a_polite_request_to_note_it_is_written_as_said(say, session, alex) -> None:
    said = speech(
        say(envelope(*carrier(RELIABILITY, "did exactly what", "can you write down that sam", "she said she would")))
    )
    assert said
    [entry] = session.query(LogEntry).all()
    assert (entry.kind, entry.note) == (LogKind.RELIABILITY, "Sam did exactly what she said she would")


def test_through_the_skill_a_stranger_who_came_through_writes_nothing(say, session, alex) -> None:
    result = say(envelope(*carrier(RELIABILITY, "came through", "can you note that the bus", "on time")))
    assert speech(result) and count(session, LogEntry) == 0
