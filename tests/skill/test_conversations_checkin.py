"""Whole conversations about the weekly check-in, typed the way people talk, through the
simulator's ears and the real skill: each partner asked by name, resuming, answers saved under
the wording heard, help/repeat/skip while a question is open, and what is celebrated at the end."""

from __future__ import annotations

import itertools
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAM_VOICE, SAY, Talk, add_kept, as_written, count, entries
from tests.skill.talk import alex_talks as alex_talks
from tests.skill.talk import contract as contract
from tests.skill.talk import home as home
from tests.skill.talk import skill as skill
from trust_tracker.models import checkins
from trust_tracker.models.entities import CheckIn, CheckInAnswer, ContractVersion, LogKind, Setback, Source
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.speech import for_locale


def test_a_full_checkin_together_asks_each_partner_by_name(session, home, contract, alex_talks) -> None:
    alex, sam = home
    add_kept(session, sam, contract["call when late"], days_back=1)
    said = alex_talks("ask trust tracker to start our check-in")
    assert said.speech == "Let's do your check-in. Is Sam with you?" and said.open
    said = alex_talks("yes")
    assert said.speech == f"Alex, question 1: {QUESTIONS[0]}"
    answers = {
        (alex.id, 0): "we kept our evening talks",
        (sam.id, 0): "you called when you were late",
        (alex.id, 1): "i got defensive once",
        (sam.id, 1): "a late night without a message",
        (alex.id, 2): "knowing you would text",
        (sam.id, 2): "our walk on sunday",
        (alex.id, 3): "shorter talks on busy days",
        (sam.id, 3): "more notice about meetings",
    }
    thanks = []
    voices = (ALEX_VOICE, SAM_VOICE)  # each answers their own questions in their own voice
    for position in range(4):
        for partner, _other in ((alex, sam), (sam, alex)):
            said = alex_talks.voiced(voices[partner.id == sam.id], answers[partner.id, position])
            thanks.append(said.speech.split(" Sam, ")[0].split(" Alex, ")[0].split(" That's")[0])
            if partner is alex:
                assert said.speech.endswith(f" Sam, question {position + 1}: {QUESTIONS[position]}")
                asked = QUESTIONS[position]  # after the name and a comma, in lower case
                assert said.reprompt == f"Sam, {asked[0].lower()}{asked[1:]}"
            elif position < 3:
                assert said.speech.endswith(f" Alex, question {position + 2}: {QUESTIONS[position + 1]}")
    # Thanked every time, never twice in a row the same way; at the end, both by name.
    assert set(thanks[:-1]) <= set(for_locale("en-US").options("checkin_thanks"))
    assert all(a != b for a, b in itertools.pairwise(thanks[:-1]))
    assert said.speech.startswith("That's your check-in done for this week. Thank you, Alex and Sam.")
    assert "Worth celebrating: the promise you kept this week." in said.speech
    assert "kept and" not in said.speech  # no statistics at the end of a check-in
    assert not said.open
    rows = session.scalars(select(CheckInAnswer)).all()
    assert {(r.partner_id, r.position): r.answer for r in rows} == {
        at: as_written(said) for at, said in answers.items()
    }
    assert all(r.source is Source.VOICE and r.question == QUESTIONS[r.position] for r in rows)
    assert session.scalars(select(CheckIn)).one().completed_at == NOW
    card = said.response["response"]["card"]
    assert card["type"] == "Simple" and "check-in" in card["title"]


def test_an_interrupted_checkin_resumes_where_it_stopped(session, skill, session_factory, home, contract) -> None:
    _alex, _sam = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk("start our check-in")
    assert talk("no").speech == f"Question 1: {QUESTIONS[0]}"
    assert talk("our evening talks").speech == f"Thank you. Question 2: {QUESTIONS[1]}"
    assert talk("i was defensive once").speech == f"Thanks. Question 3: {QUESTIONS[2]}"  # never twice the same
    said = talk("stop")
    assert said.speech.startswith("Your answers so far are saved.") and not said.open
    assert [
        (a.position, a.answer) for a in session.scalars(select(CheckInAnswer).order_by(CheckInAnswer.position))
    ] == [(0, "Our evening talks"), (1, "I was defensive once")]

    later = Talk(skill, session_factory, person_id=ALEX_VOICE, now=NOW + timedelta(hours=2))
    assert "Your check-in is half done" in later("open trust tracker").speech
    later("stop")
    later("ask trust tracker to continue our check-in")
    assert later("no").speech == f"We were on: {QUESTIONS[2]}"
    assert later("knowing you would text").speech == f"Thank you. Question 4: {QUESTIONS[3]}"
    said = later("shorter talks")
    assert said.speech.startswith(
        "Thank you, Alex. Your answers are saved. Sam can answer later, by voice or on the website."
    )
    assert not said.open
    assert count(session, CheckInAnswer) == 4
    assert session.scalars(select(CheckIn)).one().completed_at is None
    # Sam, alone later, completes it.
    sam_talks = Talk(skill, session_factory, person_id=SAM_VOICE, now=NOW + timedelta(hours=3))
    assert sam_talks("start our check-in").speech == f"Question 1: {QUESTIONS[0]}"  # Alex is done: no need to ask
    for answer in ("your calls", "a late night", "our walk", "more notice"):
        said = sam_talks(answer)
    assert "That's your check-in done for this week" in said.speech
    assert session.scalars(select(CheckIn)).one().completed_at is not None


def test_an_answer_is_saved_only_under_the_wording_heard(session, home, contract, alex_talks) -> None:
    """Alex hears question 1; Sam rewords it on the site before anyone answered: Alex's
    answer is not stored under words Alex never heard; the question is asked again."""
    _alex, sam = home
    alex_talks("start our check-in")
    assert alex_talks("no").speech == SAY("checkin_question", number=1, text=QUESTIONS[0])
    reworded = ["What felt good this week?", *QUESTIONS[1:]]
    assert checkins.edit_questions(session, sam, reworded, now=NOW).this_week
    said = alex_talks("we kept our evening talks")
    assert said.speech == " ".join([SAY("checkin_changed"), SAY("checkin_question", number=1, text=reworded[0])])
    assert said.open and said.reprompt == reworded[0]
    assert count(session, CheckInAnswer) == 0
    said = alex_talks("we kept our evening talks")
    assert said.speech == " ".join([SAY("checkin_thanks"), SAY("checkin_question", number=2, text=QUESTIONS[1])])
    [answer] = session.scalars(select(CheckInAnswer)).all()
    assert (answer.position, answer.question, answer.answer) == (0, reworded[0], "We kept our evening talks")


def test_an_empty_answer_is_asked_again_and_nothing_saved(session, alex_talks, contract) -> None:
    alex_talks("start our check-in")
    alex_talks("no")
    for empty in (None, "", "?!"):
        said = alex_talks.send(Match("AnswerIntent", {"answer": empty}))
        # The question itself is asked again (and is the reprompt), not a vague "what would you like to say?".
        gentle = for_locale("en-US").options("checkin_empty")
        assert said.speech in {f"{g} {QUESTIONS[0]}" for g in gentle} and said.reprompt == QUESTIONS[0] and said.open
    assert count(session, CheckInAnswer) == 0
    assert alex_talks("it was a good week").speech.startswith("Thank you. Question 2")


def test_a_very_long_answer_is_refused_never_cut_and_the_question_asked_again(session, alex_talks, contract) -> None:
    alex_talks("start our check-in")
    alex_talks("no")
    said = alex_talks.send(Match("AnswerIntent", {"answer": "so much to say " * 300}))
    assert said.speech == f"{SAY('too_long')} {QUESTIONS[0]}" and said.open
    assert count(session, CheckInAnswer) == 0


def test_a_very_long_reflection_or_note_is_refused_never_cut(session, alex_talks, contract) -> None:
    alex_talks("log a boundary breach")
    alex_talks("yes")  # "Which of your boundaries was it: no contact …?"
    alex_talks("yes")
    said = alex_talks.send(Match("AnswerIntent", {"answer": "why " * 600}))
    assert said.speech == f"{SAY('too_long')} {SAY('reflect_trigger')}"
    assert all(r.trigger == "" for r in session.scalars(select(Setback)).one().reflections)
    said = Talk(alex_talks.skill, alex_talks.sessions, person_id=ALEX_VOICE).send(
        Match("LogSmallWinIntent", {"note": "we did well " * 200})
    )
    assert said.speech == f"{SAY('too_long')} {SAY('too_long_again')}"
    assert [e.kind for e in entries(session)] == [LogKind.BREACH]


def test_the_questions_can_still_be_read(alex_talks, contract) -> None:
    said = alex_talks("what are this week's check-in questions")
    assert said.speech.startswith("Here are this week's check-in questions. Question 1: What went well this week?")


def test_help_during_a_checkin_question_asks_it_again(session, alex_talks, contract) -> None:
    alex_talks("start our check-in")
    alex_talks("no")
    said = alex_talks("help")  # how to steer a check-in; asked again, in other words (the fifth tester)
    assert said.speech == f"{SAY('checkin_help')} {QUESTIONS[0]}" and said.reprompt == QUESTIONS[0]
    assert "skip, go back, change my answer" in said.speech
    again = alex_talks("help")
    assert again.speech != said.speech and again.speech.endswith(QUESTIONS[0])
    assert alex_talks("our evening talks").speech == f"Thank you. Question 2: {QUESTIONS[1]}"
    assert [a.answer for a in session.scalars(select(CheckInAnswer))] == ["Our evening talks"]


def test_fallback_and_a_stray_answer_keep_the_pending_question(session, alex_talks, contract) -> None:
    alex_talks("start our check-in")
    said = alex_talks("honestly I'm not sure")
    assert said.speech == "Just yes or no, please. Is Sam here for the check-in too? Yes or no?" and said.open
    said = alex_talks.send(Match("AMAZON.FallbackIntent", {}))  # the second unclear reply: two things to say
    assert said.speech == (
        "I'm still not getting it. You could say: yes, we're both here, or: no, just me. "
        "If you're not safe, say: I need help. "
        "Is Sam here for the check-in too? Yes or no?"
    )
    assert alex_talks("no").speech == f"Question 1: {QUESTIONS[0]}"
    assert alex_talks("our walk").speech == f"Thank you. Question 2: {QUESTIONS[1]}"
    said = alex_talks.send(Match("AMAZON.FallbackIntent", {}))  # the third in this session: a kind end
    assert said.speech == SAY("fallback_give_up_saved") and not said.open
    assert count(session, CheckInAnswer) == 1


def test_help_with_no_question_open_is_the_general_help(alex_talks, contract) -> None:
    said = alex_talks("help")
    assert said.speech.startswith("Trust Tracker logs the promises you keep.") and said.speech.endswith(
        "What would you like?"
    )


@pytest.mark.parametrize(
    "control",
    [
        "sorry can you repeat the question",
        "repeat that",
        "what was the question",
        "say that again please",
    ],
)
def test_repeat_during_a_checkin_asks_the_question_again(session, alex_talks, contract, control) -> None:
    alex_talks("start our check-in")
    alex_talks("no")
    said = alex_talks(control)
    assert said.speech == QUESTIONS[0] and said.open
    assert count(session, CheckInAnswer) == 0
    assert alex_talks("our walk").speech == f"Thank you. Question 2: {QUESTIONS[1]}"


def test_a_skipped_question_answered_after_all_is_not_left_for_later(session, alex_talks, contract) -> None:
    """The third tester heard "You left 4 for later" with 3 left."""
    alex_talks("start our check-in")
    alex_talks("no")
    alex_talks("our walk")
    assert alex_talks("go back").speech.endswith(QUESTIONS[0])
    alex_talks("skip")  # its answer stays: "our walk"
    alex_talks("your texts")
    alex_talks("skip")
    offered = alex_talks("skip")  # the skipped questions are offered once more at the end (voice8)
    assert offered.speech.endswith("Answer it now, or leave it?") and offered.open, offered.speech
    said = alex_talks("leave it")
    said = alex_talks("leave it")  # each skipped question is offered in turn
    assert "You left 2 for later;" in said.speech and not said.open, said.speech


@pytest.mark.parametrize("skip", ["skip", "skip this question", "next question", "can we skip this one", "move on"])
def test_skip_during_a_checkin_moves_on_and_leaves_it_for_later(session, alex_talks, contract, skip) -> None:
    alex_talks("start our check-in")
    alex_talks("no")
    alex_talks("our walk")
    said = alex_talks(skip)
    assert said.speech == f"Let's leave that one for later. Question 3: {QUESTIONS[2]}" and said.open
    said = alex_talks("your texts")
    assert said.speech.endswith(f"Question 4: {QUESTIONS[3]}")
    offered = alex_talks(skip)  # the skipped question is offered once more at the end (voice8)
    assert offered.speech.startswith("Skipped for now. You skipped:") and offered.open, offered.speech
    said = alex_talks("leave it")
    said = alex_talks("leave it")  # each skipped question is offered in turn
    assert "Thank you, Alex. Your answers are saved. You left 2 for later;" in said.speech and not said.open
    assert "Sam can answer later" in said.speech
    answered = [(a.position, a.answer) for a in session.scalars(select(CheckInAnswer).order_by(CheckInAnswer.position))]
    assert answered == [(0, "Our walk"), (2, "Your texts")]
    # Next time, it resumes at the first question left.
    said = Talk(alex_talks.skill, alex_talks.sessions, person_id=ALEX_VOICE)("start our check-in")
    assert said.speech == f"Let's pick up your check-in where you left off: {QUESTIONS[1]} First, is Sam with you?"


@pytest.mark.parametrize("request_said", ["how are we doing", "start our check-in"])
def test_a_request_during_a_checkin_question_is_not_saved_unless_confirmed(
    session, alex_talks, contract, request_said
) -> None:
    alex_talks("start our check-in")
    alex_talks("no")
    said = alex_talks(request_said)
    heard = request_said.replace("-", " ")  # as Alexa writes it
    assert said.speech == f"I heard: {heard}. Did you mean that as your answer to: {QUESTIONS[0]} Yes or no?"
    assert said.open
    assert count(session, CheckInAnswer) == 0
    said = alex_talks("no")  # not the answer: done (or, for the check-in itself, the question)
    assert said.speech.endswith(QUESTIONS[0]) and said.open and count(session, CheckInAnswer) == 0


def test_after_a_reflection_without_a_contract_no_change_is_offered(session, home, alex_talks) -> None:
    said = alex_talks("log a boundary breach")
    assert said.speech.endswith("You can also do that later on the website.")
    alex_talks("yes")
    alex_talks("i was tired")
    said = alex_talks("an early night")
    assert said.speech == "Thank you, that's saved with the setback. You can look at it together on the website."
    assert not said.open
    setback = session.scalars(select(Setback)).one()
    [reflection] = setback.reflections
    assert (reflection.trigger, reflection.prevention, setback.version_id) == ("I was tired", "An early night", None)
    assert count(session, ContractVersion) == 0


def test_the_checkin_ends_with_something_honest_to_celebrate(session, skill, session_factory, home, contract) -> None:
    alex, _sam = home
    for days_back in (0, 1):  # Wednesday and Tuesday: this week
        add_kept(session, alex, contract["evening talk"], days_back=days_back)
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk("what should we celebrate")  # whatever milestones there were: celebrated now, not again
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk("start our check-in")
    talk("no")
    for answer in ("our talks", "a late night", "your texts", "more notice"):
        said = talk(answer)
    assert "Worth celebrating: every promise you kept this week." in said.speech and not said.open
    assert not re.search(r"[0-9]", said.speech)  # no statistics at the end of a check-in
    assert count(session, CheckInAnswer) == 4


def test_a_checkin_with_nothing_kept_celebrates_nothing(session, home, contract, alex_talks) -> None:
    alex_talks("start our check-in")
    alex_talks("no")
    for answer in ("our talks", "a late night", "your texts", "more notice"):
        said = alex_talks(answer)
    assert "Worth celebrating" not in said.speech and "Something to celebrate" not in said.speech
