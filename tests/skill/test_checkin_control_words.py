"""Words that steer, said where a check-in answer is expected: Alexa (and virtual-alexa) may
route "delete my last entry" or "scratch that" into the answer slot. They are never saved;
they do what they say within the check-in. The word rule is the domain's
(models/steering_words.py), so it is checked here against every sample the interaction
model gives the intents it stands for."""

from __future__ import annotations

import json

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, count, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.entities import CheckInAnswer
from trust_tracker.models.steering_words import control, is_filler
from trust_tracker.skill.simulator import MODEL_DIR, Match

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture


def samples(intent: str) -> list[str]:
    """Every sample Alexa is given for `intent` in en-US, contraction variants and all; not the
    topic carriers ("{before_undo} undo {after_undo}"), whose words skill/topics.py reads."""
    model = json.loads((MODEL_DIR / "en-US.json").read_text())["interactionModel"]["languageModel"]
    return [s for s in next(i["samples"] for i in model["intents"] if i["name"] == intent) if "{" not in s]


# What each intent means when its words arrive in an answer slot during a check-in.
MEANING = {"UndoIntent": "back", "AMAZON.PreviousIntent": "back", "AMAZON.NextIntent": "skip"}


@pytest.mark.parametrize("intent", sorted(MEANING))
def test_every_sample_of_undo_go_back_and_skip_steers_as_it_means(intent):
    wrong = [said for said in samples(intent) if control(said) != MEANING[intent]]
    assert wrong == []


@pytest.mark.parametrize("said", [*samples("AMAZON.RepeatIntent"), "start over", "sorry, say that again"])
def test_repeat_and_start_over_ask_the_question_again(said):
    assert control(said) == "repeat"


@pytest.mark.parametrize(
    "said",
    [
        "stop",
        "let's stop here",
        "stop for now",
        "that's all",
        "let's finish later",
        "cancel",
        "I'm done",
        # tester-voice19: the ending words with the courtesy around them were saved as an answer
        "no thanks, that's all",
        "okay, I'm done then",
        "thank you, that's all for now",
        "no thank you, that is all",
        "that's it, thanks",
    ],
)
def test_stop_words(said):
    assert control(said) == "stop"


@pytest.mark.parametrize(
    "answer",
    [
        "we kept our evening talks",
        "I want to go back to how things were",
        "undoing old habits",
        "delete the apps that worry you",
        "cancel fewer plans",
        "we need to stop arguing about money",
        "taking back the evenings for us",
        "skip the late meetings",
        "we need to move on",
        "we need to stop",
        "I want to forget that night",
        "we need to pass on the old hurt",
        "I need to take it back to basics",
        "thanks for the walks, they helped",
        "thank you for listening to me",
        "then we talked it through",
        "no thanks were needed, we just knew",
    ],
)
def test_real_answers_that_share_words_with_controls_are_answers(answer):
    assert control(answer) is None and not is_filler(answer)


@pytest.mark.parametrize(
    ("said", "meaning"),
    [("I want to skip this one", "skip"), ("we need to go back", "back"), ("I want to undo that", "back")],
)
def test_i_want_to_before_a_word_that_changes_an_answer_still_steers(said, meaning):
    assert control(said) == meaning


# The third tester's (2026-12-02): each was saved as an answer.
@pytest.mark.parametrize(
    ("said", "meaning"),
    [
        ("scratch that last one", "back"),
        ("no scratch that", "back"),
        ("ignore that", "back"),
        ("oops wrong answer", "back"),
        ("no wait that's not right", "back"),
        ("let me try that again", "back"),
        ("redo", "back"),
        ("previous one", "back"),
        ("one second", "filler"),
        ("hang on a sec", "filler"),
        ("I'm thinking", "filler"),
        ("huh", "repeat"),
        ("what", "repeat"),
        ("sorry what", "repeat"),
        ("what was that", "repeat"),
    ],
)
def test_more_ways_of_steering_are_never_saved(said, meaning):
    assert control(said) == meaning


# The third tester's: requests said into the answer slot were saved as answers.
@pytest.mark.parametrize(
    "said",
    [
        "what did Sam log",
        "let's take a break",
        "what are our boundaries",
        "remind us about our check in",
        "stop the reminders",
        "that wasn't me",
        "acknowledge Sam's entries",
        "what's our streak",
        "thank Sam",
        "who am I",
    ],
)
def test_requests_said_as_an_answer_are_confirmed_not_saved(said):
    assert control(said) == "request"


@pytest.mark.parametrize("said", ["thank you for listening", "what are the odds", "we stopped the arguing"])
def test_answers_that_start_like_a_request_are_answers(said):
    assert control(said) is None


@pytest.mark.parametrize(
    "undo",
    [
        "delete my last entry",
        "undo that",
        "scratch that",
        "oops, take that back please",
        "remove my last answer",
        "wipe that",  # saved as the answer before the removal verbs had one home (code43)
        "wipe my answer",
    ],
)
def test_undo_said_as_an_answer_asks_the_last_question_again_and_replaces_its_answer(
    session, home, contract, alex_talks, undo
):
    """Undo goes back, the answer kept until replaced; words that remove it ("delete", "scratch", "remove")
    remove it as they go back (tester-voice38 D3)."""
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    said = alex_talks.send(Match("AnswerIntent", {"answer": undo}))
    removes = undo.startswith(("delete", "scratch", "remove", "wipe"))
    lead = "I've removed that answer. You can give it again, or say skip." if removes else "Alright, let's go back."
    assert said.speech == f"{lead} Question 1: {QUESTIONS[0]}" and said.open
    assert answers(session) == ([] if removes else [(alex.id, 0, "Our walk")])  # nothing saved of the undo itself
    said = alex_talks("our evening talks")
    assert said.speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert answers(session) == [(alex.id, 0, "Our evening talks")]
    assert entries(session) == []  # a check-in undo touches no log entry


@pytest.mark.parametrize("said", ["delete my last entry", "undo that", "scratch that"])
def test_undo_before_any_answer_saves_nothing_and_keeps_the_question(session, home, contract, alex_talks, said):
    alone(alex_talks)
    heard = alex_talks.send(Match("AnswerIntent", {"answer": said}))
    assert heard.speech == f"This is the first question, so there's nothing before it. Question 1: {QUESTIONS[0]}"
    assert heard.open and count(session, CheckInAnswer) == 0


@pytest.mark.parametrize("intent", sorted(MEANING))
def test_no_sample_of_a_steering_intent_is_ever_saved_as_an_answer(session, home, contract, alex_talks, intent):
    alone(alex_talks)
    for said in samples(intent)[::25]:  # a spread of them, each through the real handler chain
        heard = alex_talks.send(Match("AnswerIntent", {"answer": said}))
        assert heard.open, said
    assert count(session, CheckInAnswer) == 0


@pytest.mark.parametrize("said", ["skip it for now please", "next one", "can we skip this one"])
def test_skip_said_as_an_answer_moves_on(session, home, contract, alex_talks, said):
    alone(alex_talks)
    heard = alex_talks.send(Match("AnswerIntent", {"answer": said}))
    assert heard.speech == f"Let's leave that one for later. Question 2: {QUESTIONS[1]}"
    assert count(session, CheckInAnswer) == 0


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
@pytest.mark.parametrize("said", ["no thanks, that's all", "okay, I'm done then", "thank you, that's all for now"])
@pytest.mark.parametrize("answered_first", [False, True])
def test_ending_words_with_courtesy_at_a_question_leave_the_checkin(
    session, skill, session_factory, home, contract, said, locale, answered_first
):
    """tester-voice19 c06/c18: "no thanks, that's all" was saved as the answer and the check-in went on."""
    talk = conversations.Talk(skill, session_factory, person_id=conversations.ALEX_VOICE, locale=locale)
    talk("start our check-in")
    talk("yes")  # Sam is here
    if answered_first:
        talk("our walk")
    left = talk.voiced(conversations.SAM_VOICE if answered_first else conversations.ALEX_VOICE, said)
    kept = conversations.SAY("checkin_stopped" if answered_first else "checkin_stopped_unbegun")
    assert not left.open and left.speech == kept
    alex, _ = home
    assert answers(session) == ([(alex.id, 0, "Our walk")] if answered_first else [])
