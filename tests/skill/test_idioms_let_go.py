"""Everyday idioms are not moments of reliability (issue 8, item 6, the tester's fifth find):
"I could kill for a coffee", "we got hammered at the pub", "I'm dying for a nap" were offered
back as "shall I note that as a moment?". Now idioms of wanting, tiredness, drinking and sport
are let go kindly, nothing written; violence about a person still gets help first (the safety
check is untouched). Through the real skill: spoken text and rows."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import SAY, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.skill.idioms import everyday_idiom
from trust_tracker.skill.simulator import Match

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture

# Each family in phrasings of UK, US, AU, IN and CA voices.
IDIOMS = {
    "wanting": [
        "I could kill for a coffee",
        "i'd kill for a nap right now",
        "I'm dying for a nap",
        "gasping for a brew",
        "I could murder a curry",
        "I could murder a cup of tea right now",  # tester-voice32: offered as a moment
        "I could demolish a plate of chips",
        "i could eat a horse",
        "dying to see that new film",
        "i would die for some chocolate",
    ],
    "tired": [
        "I'm absolutely knackered",
        "we're shattered after the drive",
        "i am dead on my feet",
        "i'm running on empty today",
        "i could sleep for a week",
        "feeling wiped out",
        "i'm totally pooped",
        "we are done in",
    ],
    "drinking": [
        "we got hammered at the pub",
        "i got absolutely wasted last night",
        "we were legless at the wedding",
        "had a few too many at the footy",
        "we had a few pints after work",
        "out on the lash with the lads",
        "got properly sloshed",
        "we were a bit tipsy",
    ],
    "sport": [
        "we smashed it at the quiz",
        "we got thrashed at darts",
        "killed it at karaoke",
        "we got hammered five nil",
        "they beat us at cricket",
        "murdered them at scrabble",
        "aced it in the final",
        "we won at pool",
    ],
}
ALL_IDIOMS = [said for family in IDIOMS.values() for said in family]
# Everyday sentences that only look like one: still offered back, or logged, as before.
LOOKALIKES = [
    "i fixed the gate",
    "i picked the kids up on time",
    "i made dinner",
    "i was exhausted so i skipped the evening talk",
    "i'm dying my hair",
    "she shattered my trust",
    "he hammered on the door",
]
# Violence about a person, idiom or not: help, first and always.
VIOLENCE = ["he could kill me", "I could kill him", "she could kill me", "he'd kill me if he knew"]


def test_the_families_and_their_lookalikes():
    assert [s for s in ALL_IDIOMS if not everyday_idiom(s)] == []
    assert [s for s in LOOKALIKES if everyday_idiom(s)] == []


@pytest.mark.parametrize("said", ALL_IDIOMS)
def test_an_idiom_heard_as_a_promise_is_let_go_kindly(session, home, contract, alex_talks, said):
    reply = alex_talks.send(Match("LogKeptIntent", {"commitment": said}))
    assert reply.speech == SAY("log_let_go") and not reply.open
    assert "moment" not in reply.speech and entries(session) == []


@pytest.mark.parametrize("said", ["I could kill for a coffee", "we got hammered at the pub", "i'm dying for a nap"])
def test_the_testers_sentences_routed_as_alexa_would(session, home, contract, alex_talks, said):
    reply = alex_talks(said)
    assert reply.speech == SAY("log_let_go") and entries(session) == []


@pytest.mark.parametrize("said", ["i fixed the gate", "i picked the kids up on time", "i made dinner"])
def test_a_deed_that_names_no_promise_is_still_offered_as_a_moment(session, home, contract, alex_talks, said):
    reply = alex_talks.send(Match("LogKeptIntent", {"commitment": said}))
    assert "moment of reliability" in reply.speech and reply.open and entries(session) == []


def test_an_idiom_beside_a_missed_promise_is_about_the_promise(session, home, contract, alex_talks):
    reply = alex_talks.send(Match("LogKeptIntent", {"commitment": "i was exhausted so i skipped the evening talk"}))
    assert reply.speech != SAY("log_let_go")


@pytest.mark.parametrize("said", VIOLENCE)
@pytest.mark.parametrize(
    "place", [("LogKeptIntent", "commitment"), ("LogReliabilityIntent", "note"), ("LogSmallWinIntent", "note")]
)
def test_violence_about_a_person_still_gets_help(session, home, contract, alex_talks, said, place):
    intent, slot = place
    reply = alex_talks.send(Match(intent, {slot: said}))
    assert reply.speech.startswith("I'm sorry you're going through this.") and entries(session) == []


@pytest.mark.parametrize("said", VIOLENCE)
def test_violence_about_a_person_as_a_checkin_answer_gets_help(session, home, contract, alex_talks, said):
    alone(alex_talks)
    reply = alex_talks.send(Match("AnswerIntent", {"answer": said}))
    assert reply.speech.startswith("I'm sorry you're going through this.") and answers(session) == []


@pytest.mark.parametrize("odd", ["i could kill for a \x00coffee", "dying for a nap " * 700])
def test_odd_idioms_write_nothing(session, home, contract, alex_talks, odd):
    reply = alex_talks.send(Match("LogKeptIntent", {"commitment": odd}))
    assert reply.speech and entries(session) == []


# A wish with its "i" taken by the carrier ("i {commitment}"): nothing done yet, so no moment to offer
# (safety48 noticed "want to stop existing on takeaways" offered as one).
WISHES = [
    "want to start going to the gym",
    "wanted to stop eating takeaways",
    "need to sort the garage out",
    "wish i could sleep in",
    "wanna learn the guitar",
]


@pytest.mark.parametrize("said", WISHES)
def test_a_wish_without_its_i_is_let_go_and_not_offered_as_a_moment(session, home, contract, alex_talks, said):
    reply = alex_talks.send(Match("LogKeptIntent", {"commitment": said}))
    assert reply.speech == SAY("log_let_go") and entries(session) == []
