"""A check-in conversation can be repaired: skip, go back, change an answer, fillers, an answer that
sounds like a request, stop, yes or no to an open question, a forged or stale session, and unclear replies
that end kindly. Who is speaking: test_repairs_speaker.py; brief and varied replies: test_brief_replies.py."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY, Talk, as_written, count, entries, log_asked
from trust_tracker.models import checkins
from trust_tracker.models.entities import CheckInAnswer
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.speech import for_locale

# The conversation tests' fixtures: a linked home, its contract, Alex talking.
contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture
US = for_locale("en-US")


def answers(session) -> list[tuple[int, int, str]]:
    session.expire_all()
    rows = session.scalars(select(CheckInAnswer).order_by(CheckInAnswer.partner_id, CheckInAnswer.position))
    return [(a.partner_id, a.position, a.answer) for a in rows]


def alone(talk: Talk) -> None:
    talk("start our check-in")
    talk("no")  # Sam is not here


# --- the check-in ----------------------------------------------------------------------


@pytest.mark.parametrize("back", ["go back", "change my answer", "i want to change my last answer"])
def test_go_back_asks_the_last_question_again_and_replaces_its_answer(session, home, contract, alex_talks, back):
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    said = alex_talks(back)
    assert said.speech == f"Alright, let's go back. Question 1: {QUESTIONS[0]}" and said.open
    said = alex_talks("our walk and our talks")
    assert said.speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert answers(session) == [(alex.id, 0, "Our walk and our talks")]


def test_go_back_before_any_answer_says_so_and_keeps_the_question(session, home, contract, alex_talks):
    alone(alex_talks)
    said = alex_talks("go back")
    assert said.speech == f"This is the first question, so there's nothing before it. Question 1: {QUESTIONS[0]}"
    assert count(session, CheckInAnswer) == 0


@pytest.mark.parametrize("filler", ["um", "uh", "let me think", "hmm let me see", "um um"])
def test_fillers_are_never_saved_and_pauses_keep_the_question(session, home, contract, alex_talks, filler):
    alex, _ = home
    alone(alex_talks)
    said = alex_talks(filler)
    assert said.speech == f"Take your time. {QUESTIONS[0]}" and said.open
    for _ in range(3):  # pauses in a row never skip the question (tester-voice36 D20): asked again gently
        said = alex_talks(filler)
        assert said.speech.endswith(QUESTIONS[0]) and said.speech != QUESTIONS[0] and said.open
    assert count(session, CheckInAnswer) == 0
    said = alex_talks("our walk")
    assert said.speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert answers(session) == [(alex.id, 0, "Our walk")]


@pytest.mark.parametrize(
    ("sounds_like", "done"),
    [("how are we doing", "Nothing's been logged yet"), ("what should we celebrate", "Nothing new to celebrate yet")],
)
def test_an_answer_that_sounds_like_a_request_is_confirmed_first_and_no_does_it(
    session, home, contract, alex_talks, sounds_like, done
):
    alex, _ = home
    alone(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": sounds_like}))
    confirm = f"I heard: {sounds_like}. Did you mean that as your answer to: {QUESTIONS[0]} Yes or no?"
    assert said.speech == confirm and said.open
    assert count(session, CheckInAnswer) == 0 and entries(session) == []
    said = alex_talks("yes")
    assert said.speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert answers(session) == [(alex.id, 0, as_written(sounds_like))]
    said = alex_talks.send(Match("AnswerIntent", {"answer": sounds_like}))
    said = alex_talks("no")  # not the answer: what was asked is done, then back to the question
    assert said.speech.startswith(done) and said.speech.endswith(f"Back to our check-in: {QUESTIONS[1]}")
    assert said.open and said.reprompt == QUESTIONS[1]
    assert answers(session) == [(alex.id, 0, as_written(sounds_like))] and entries(session) == []
    alex_talks("being late once")
    assert answers(session) == [(alex.id, 0, as_written(sounds_like)), (alex.id, 1, "Being late once")]


@pytest.mark.parametrize(
    "sounds_like",
    ["I missed my promise to call on Thursday", "log a small win", "I'm having a hard day"],
)
def test_something_to_log_said_as_an_answer_is_asked_about_first(session, home, contract, alex_talks, sounds_like):
    alex, _ = home
    alone(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": sounds_like}))
    hard_day = "hard day" in sounds_like  # voice48: a hard day held is asked about with its day
    asked = said.speech == SAY("checkin_log_hard_day_or_answer", day="today") if hard_day else log_asked(said.speech)
    assert asked and said.open
    assert count(session, CheckInAnswer) == 0 and entries(session) == []
    said = alex_talks("my answer")  # saved as said, every word
    assert said.speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert answers(session) == [(alex.id, 0, as_written(sounds_like))]
    alex_talks.send(Match("AnswerIntent", {"answer": sounds_like}))
    said = alex_talks("no")  # neither
    left = for_locale("en-US").options("checkin_held_left")
    assert any(said.speech == f"{line} Question 2: {QUESTIONS[1]}" for line in left)
    assert answers(session) == [(alex.id, 0, as_written(sounds_like))] and entries(session) == []


# "cancel" is Alexa's Cancel, as "forget it" is: the question left for later (test_voice32_words_kept.py).
@pytest.mark.parametrize("stop", ["stop", "that's all"])
def test_stop_mid_checkin_keeps_the_answers_and_says_how_to_resume(session, home, contract, alex_talks, stop):
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    said = alex_talks(stop)
    assert said.speech == "Your answers so far are saved. To pick up where you left off, say: start our check-in."
    assert not said.open
    assert answers(session) == [(alex.id, 0, "Our walk")]


@pytest.mark.parametrize("said", ["no", "yes"])
def test_yes_or_no_to_an_open_question_is_asked_again_once_then_left_for_later(
    session, home, contract, alex_talks, said
):
    alone(alex_talks)
    heard = alex_talks.send(Match("AMAZON.NoIntent" if said == "no" else "AMAZON.YesIntent"))
    assert heard.speech == f"That one needs a few words, or you can say skip. {QUESTIONS[0]}" and heard.open
    heard = alex_talks.send(Match("AnswerIntent", {"answer": said}))
    assert heard.speech == f"Let's leave that one for later. Question 2: {QUESTIONS[1]}"
    assert answers(session) == []


@pytest.mark.parametrize("softened", ["actually no", "well no", "actually yes", "oh no thanks"])
def test_a_softened_yes_or_no_to_an_open_question_is_never_its_answer(session, home, contract, alex_talks, softened):
    """tester-voice38 D2: "actually no" to "What went well this week?" was saved as the answer."""
    alone(alex_talks)
    heard = alex_talks.send(Match("AnswerIntent", {"answer": softened}))
    assert QUESTIONS[0] in heard.speech and heard.open and "Thank you" not in heard.speech
    assert answers(session) == []


@pytest.mark.parametrize(
    "removal", ["delete that", "delete this", "remove my answer", "scratch that", "get rid of that"]
)
def test_delete_that_at_the_next_question_removes_the_answer_and_asks_it_again(
    session, home, contract, alex_talks, removal
):
    """tester-voice38 D3: "delete this" at question 2 went back to question 1 and left its answer stored, for
    the partner to read, while the speaker believed it gone. "go back" alone still keeps it until replaced."""
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    said = alex_talks(removal)
    assert said.speech == f"I've removed that answer. You can give it again, or say skip. Question 1: {QUESTIONS[0]}"
    assert said.open and answers(session) == []
    alex_talks("a quiet dinner")
    assert answers(session) == [(alex.id, 0, "A quiet dinner")]


@pytest.mark.parametrize("wait", ["she'll be down in a minute", "Sam will be here in a sec", "give her a minute"])
def test_the_partner_on_their_way_is_a_wait_never_an_answer(session, home, contract, alex_talks, wait):
    """tester-voice38 D10: "she'll be down in a minute" was saved as what went well this week."""
    alone(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": wait}))
    assert said.speech.startswith("Take your time, I'll wait.") and said.speech.endswith(QUESTIONS[0]) and said.open
    assert answers(session) == []


def test_go_back_keeps_the_answer_until_it_is_replaced(session, home, contract, alex_talks):
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    assert alex_talks("go back").speech == f"Alright, let's go back. Question 1: {QUESTIONS[0]}"
    assert answers(session) == [(alex.id, 0, "Our walk")]


def test_yes_and_no_are_answers_to_a_yes_or_no_question(session, home, contract, alex_talks):
    alex, sam = home
    checkins.edit_questions(session, sam, ["Did you feel heard this week?", "What went well?"], NOW)
    session.flush()
    alone(alex_talks)
    assert alex_talks("no").speech.endswith("Question 2: What went well?")
    assert answers(session) == [(alex.id, 0, "No")]


def test_a_stale_confirmation_in_the_session_loses_nothing(session, home, contract, alex_talks):
    alone(alex_talks)
    alex_talks.send(Match("AnswerIntent", {"answer": "how are we doing"}))
    alex_talks.conversation.attributes["flow"]["held"] = 12  # forged on the device
    said = alex_talks("yes")
    assert said.speech.startswith("Sorry, I lost my place.") and count(session, CheckInAnswer) == 0


@pytest.mark.parametrize(
    "forged",
    [
        {"skipped": "all"},
        {"skipped": [[1, "x"], [True, 2], "3"]},
        {"previous": {"position": 0}},
        {"previous": [999999, 0, "Somebody else's question"]},
        {"fillers": "many"},
        {"position": True},
    ],
)
def test_forged_checkin_state_is_a_clear_sentence_and_saves_nothing_wrong(session, home, contract, alex_talks, forged):
    alex, sam = home
    alone(alex_talks)
    alex_talks.conversation.attributes["flow"].update(forged)
    for said in ("skip", "go back", "um", "our walk"):
        reply = alex_talks(said)
        assert reply.speech and (reply.open or reply.speech.startswith(("Sorry", "Your answers")))
        if not reply.open:
            break
    rows = answers(session)
    assert all(partner == alex.id and answer == "Our walk" for partner, _, answer in rows)
    assert sam.id not in {partner for partner, _, _ in rows}


@pytest.mark.parametrize("answer", ["a\x00b", "x" * 10_000])
def test_odd_answers_are_reprompted_or_kept_within_bounds(session, home, contract, alex_talks, answer):
    alone(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": answer}))
    assert said.open and said.speech
    assert all(len(text) <= 2000 and "\x00" not in text for _, _, text in answers(session))


def test_unclear_replies_to_a_yes_or_no_question_escalate_to_a_kind_goodbye(session, home, contract, alex_talks):
    """Example, then a pointer to help, then goodbye: never the same question six times."""
    asked = alex_talks("start our check-in")
    assert asked.open
    first = alex_talks.send(Match("AMAZON.FallbackIntent"))  # what Alexa makes of "purple"
    second = alex_talks.send(Match("AMAZON.FallbackIntent"))
    third = alex_talks.send(Match("AnswerIntent", {"answer": "i think so"}))  # "I think so" to a yes-or-no
    said = (
        "Sorry, I didn't get that. If you're not safe, say: I need help. Is Sam here for the check-in too? Yes or no?"
    )
    assert first.speech == said and first.open
    assert second.speech.startswith("I'm still not getting it. You could say: yes, we're both here") and second.open
    assert second.speech.endswith("Is Sam here for the check-in too? Yes or no?")
    assert third.speech == US.say("fallback_give_up") and not third.open
    assert answers(session) == []


def test_go_back_twice_goes_back_two_answers(session, home, contract, alex_talks):
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    alex_talks("being late")
    assert alex_talks("go back").speech == f"Alright, let's go back. Question 2: {QUESTIONS[1]}"
    said = alex_talks("go back")  # "change my answer" here would change question 2 (tester-voice30 D6)
    assert said.speech == f"Alright, let's go back. Question 1: {QUESTIONS[0]}" and said.open
    assert alex_talks("our evening talks").speech.endswith(f"Question 3: {QUESTIONS[2]}")  # q2 stays answered
    assert answers(session) == [(alex.id, 0, "Our evening talks"), (alex.id, 1, "Being late")]


def test_go_back_outside_a_checkin_never_says_the_same_line_twice_in_a_row(home, contract, alex_talks):
    said = [alex_talks("go back") for _ in range(3)]
    assert all(a.speech != b.speech for a, b in itertools.pairwise(said))
    assert said[0].speech == US.say("menu_next") and said[1].speech in US.options("help")
    assert not said[2].open  # a third time: a kind goodbye, never a loop
