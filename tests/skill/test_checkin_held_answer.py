"""An answer said while "Who's answering: Alex or Sam?" waits is never lost (issue 8, item 6,
the tester's second find): a name said on a device that knows the voice, or "go back", keeps
it, and it is credited to the right partner. Through the real skill: spoken text and rows."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.skill.simulator import Match

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture

WHO = "Who's answering: Alex or Sam?"
WAITS = f"{SAY('checkin_who_first')} {WHO}"


def answer_waits_for_a_name(talk) -> None:
    said = talk("actually this is Dave")
    assert said.speech.endswith(WHO) and said.open
    said = talk("we talked a lot")
    assert said.speech == WAITS and said.open


@pytest.mark.parametrize(
    "sam",
    [
        Match("AnswerIntent", {"answer": "sam"}),
        Match("AnswerIntent", {"answer": "it's sam"}),
        Match("IdentifySpeakerIntent", {"name": "sam"}),
        Match("AnswerIntent", {"answer": "actually this is sam"}),
    ],
)
def test_a_known_voice_naming_the_other_keeps_the_answer_as_the_voices(session, home, contract, alex_talks, sam):
    alex, _ = home
    alone(alex_talks)
    answer_waits_for_a_name(alex_talks)
    said = alex_talks.send(sam)
    assert said.speech.startswith("I know you as Alex on this device.") and said.open
    assert said.speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert answers(session) == [(alex.id, 0, "We talked a lot")]


def test_a_known_voice_giving_its_own_name_is_thanked_and_keeps_the_answer(session, home, contract, alex_talks):
    alex, _ = home
    alone(alex_talks)
    answer_waits_for_a_name(alex_talks)
    said = alex_talks("alex")
    assert "I know you as" not in said.speech and said.speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert answers(session) == [(alex.id, 0, "We talked a lot")]


@pytest.mark.parametrize(
    "back",
    [
        Match("AnswerIntent", {"answer": "go back"}),
        Match("AnswerIntent", {"answer": "change my answer"}),
        Match("AMAZON.PreviousIntent", {}),
    ],
)
def test_go_back_while_who_waits_keeps_the_answer_until_a_name(session, couple, shared_talk, back):
    alex, _ = couple
    shared_talk("start our check-in")
    shared_talk("alex")
    shared_talk("no")
    answer_waits_for_a_name(shared_talk)
    said = shared_talk.send(back)
    assert said.speech == WAITS and said.open and answers(session) == []
    said = shared_talk("alex")
    assert said.speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert answers(session) == [(alex.id, 0, "We talked a lot")]


def test_go_back_with_nothing_waiting_still_goes_back(session, home, contract, alex_talks):
    alone(alex_talks)
    alex_talks("our walk")
    alex_talks("actually this is Dave")
    said = alex_talks("go back")
    assert said.speech == f"Alright, let's go back. Question 1: {QUESTIONS[0]}"


def test_a_known_voice_and_go_back_then_a_name(session, home, contract, alex_talks):
    alex, _ = home
    alone(alex_talks)
    answer_waits_for_a_name(alex_talks)
    assert alex_talks("go back").speech == WAITS
    said = alex_talks("sam")
    assert said.speech.startswith("I know you as Alex on this device.")
    assert answers(session) == [(alex.id, 0, "We talked a lot")]


@pytest.mark.parametrize("name", ["dave", "priya", "sam\x00", "s" * 10_000, "   "])
def test_odd_names_at_who_is_answering_credit_nobody_and_keep_the_answer(session, home, contract, alex_talks, name):
    alex, _ = home
    alone(alex_talks)
    answer_waits_for_a_name(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": name}))
    assert said.open and answers(session) == [] and entries(session) == []
    alex_talks("alex")
    assert answers(session) == [(alex.id, 0, "We talked a lot")]


@pytest.mark.parametrize("forged", [12, ["we"], "x" * 10_000, "a\x00b", None])
def test_a_stale_or_forged_held_answer_saves_nothing_wrong(session, home, contract, alex_talks, forged):
    alex, sam = home
    alone(alex_talks)
    answer_waits_for_a_name(alex_talks)
    alex_talks.conversation.attributes["flow"]["who_held"] = forged
    for said in ("go back", "sam"):
        reply = alex_talks(said)
        assert reply.speech and reply.open
    rows = answers(session)
    assert all(partner == alex.id and len(text) <= 1000 and "\x00" not in text for partner, _, text in rows)
    assert sam.id not in {partner for partner, _, _ in rows}
