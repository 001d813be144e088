"""Words the learned check doubts (a score under its alarm, over DOUBT) are never saved silently:
the person hears how to get help and is asked whether to save them; "yes" saves them as said,
"no" keeps nothing, anything else lets the doubt go (skill/intents/doubt.py). Phrasings here are
our own, written for this test: crisis just under the alarm, and everyday words well under it."""

from __future__ import annotations

import pytest

from tests.skill.talk import QUESTIONS, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.distress_learned import DOUBT, learned_score
from trust_tracker.skill.distress_reading import read_as_spoken
from trust_tracker.skill.simulator import Match

ASKED = "I haven't saved that yet. If you or someone else isn't safe, say: I need help"
# Not heard as distress, but doubted.
DOUBTED = [
    "i only cut once this week",
    "i have been taking extra of my tablets to see what happens",
    "sam held my head under the bathwater",
    "i won't be here to see it anyway",
]
EVERYDAY = ["i cooked a roast for everyone", "we walked the dog by the river", "i fixed the garden gate"]


@pytest.mark.parametrize("said", DOUBTED)
def test_the_lists_sit_where_the_test_says(said) -> None:
    assert not is_distress(said, ("Alex", "Sam"))
    assert (
        learned_score(read_as_spoken(said, ("Alex", "Sam"))) >= DOUBT
        or learned_score(read_as_spoken(f"i {said}", ("Alex", "Sam"))) >= DOUBT
    )


@pytest.mark.parametrize("said", DOUBTED)
def test_a_doubted_win_is_asked_about_and_saved_only_after_yes(session, home, contract, alex_talks, said) -> None:
    heard = alex_talks.send(Match("LogSmallWinIntent", {"note": said}))
    assert heard.speech.startswith(ASKED) and heard.speech.endswith("shall I save it?") and heard.open
    assert entries(session) == []
    heard = alex_talks("yes")
    assert heard.speech.startswith("Logged a small win"), heard.speech
    [entry] = entries(session)
    assert entry.kind is LogKind.SMALL_WIN and entry.note.lower() == said


@pytest.mark.parametrize("said", DOUBTED[:2])
def test_no_saves_nothing_and_the_session_goes_on(session, home, contract, alex_talks, said) -> None:
    alex_talks.send(Match("LogSmallWinIntent", {"note": said}))
    heard = alex_talks("no")
    assert heard.speech.startswith("Okay, nothing's saved.") and heard.open
    assert entries(session) == []


@pytest.mark.parametrize("said", EVERYDAY)
def test_everyday_words_are_saved_without_a_question(session, home, contract, alex_talks, said) -> None:
    heard = alex_talks.send(Match("LogSmallWinIntent", {"note": said}))
    assert heard.speech.startswith("Logged a small win"), heard.speech
    assert len(entries(session)) == 1


def test_a_doubted_checkin_answer_waits_for_yes_and_the_checkin_goes_on(session, home, contract, alex_talks) -> None:
    alex, _ = home
    alone(alex_talks)
    heard = alex_talks.send(Match("AnswerIntent", {"answer": DOUBTED[1]}))
    assert heard.speech.startswith(ASKED)
    assert answers(session) == []
    heard = alex_talks("yes")
    assert heard.open and heard.speech.endswith(f"Question 2: {QUESTIONS[1]}"), heard.speech
    assert answers(session) == [(alex.id, 0, DOUBTED[1])]


def test_no_to_a_doubted_answer_asks_the_question_again(session, home, contract, alex_talks) -> None:
    alone(alex_talks)
    alex_talks.send(Match("AnswerIntent", {"answer": DOUBTED[1]}))
    heard = alex_talks("no")
    assert heard.speech.startswith("Okay, nothing's saved.") and QUESTIONS[0] in heard.speech
    assert answers(session) == []


def test_another_request_lets_the_doubt_go(session, home, contract, alex_talks) -> None:
    alex_talks.send(Match("LogSmallWinIntent", {"note": DOUBTED[0]}))
    alex_talks("how are we doing")
    alex_talks("yes")  # to nothing doubted any more
    assert entries(session) == []


@pytest.mark.parametrize(
    "forged",
    [
        {"intent": "LogSmallWinIntent", "slots": {"note": 7}, "attributes": {}},
        {"intent": "AMAZON.YesIntent", "slots": {}, "attributes": {}},
        {"intent": "LogSmallWinIntent", "slots": {"note": "x"}, "attributes": {"doubted": {}}},
        "LogSmallWinIntent",
    ],
)
def test_a_forged_doubt_replays_nothing(session, home, contract, alex_talks, forged) -> None:
    alex_talks("how are we doing")
    alex_talks.conversation.attributes["doubted"] = forged
    heard = alex_talks("yes")
    assert heard.speech.startswith("Okay, nothing's saved.")
    assert entries(session) == []
