"""The fifth voice tester's check-in finds (issue 8): in a check-in together, "change my
answer" goes back to the speaker's own answer, never the other partner's; "go back" returns
to a question skipped; "we need a pause" said as an answer pauses; "wait, this is Sam, not
Alex" switches; "excuse me" is not an answer. Through the skill's real handler chain."""

from __future__ import annotations

import pytest

from tests.factories import make_entry
from tests.skill.talk import QUESTIONS, SAM_VOICE, SAY, TODAY, count, entries
from tests.skill.test_checkin_never_lost import contract, said_as_answer
from tests.skill.test_checkin_speaker import start_as_alex_alone
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.entities import CheckInAnswer, LogKind
from trust_tracker.skill.intents.checkin_flow import after_comma
from trust_tracker.skill.simulator import Match

__all__ = ["contract"]  # the spoken contract fixture of test_checkin_never_lost.py (the others: conftest.py)


# --- 6. "change my answer" together: the speaker's own, never the other's -----------------------


@pytest.mark.parametrize("mine", ["change my answer", "undo my last answer", "delete my last answer"])
def test_change_my_answer_together_goes_back_to_the_speakers_own_answer(session, home, contract, alex_talks, mine):
    alex, sam = home
    alex_talks("start our check-in")
    alex_talks("yes")
    alex_talks("alex one")
    said = alex_talks.voiced(SAM_VOICE, "sam one")
    assert said.speech.endswith(f"Alex, question 2: {QUESTIONS[1]}")
    said = said_as_answer(alex_talks, mine)  # Alex's voice: Alex's answer
    removes = mine.startswith("delete")  # removed as it goes back, Sam's kept (tester-voice38 D3)
    lead = "I've removed that answer. You can give it again, or say skip." if removes else "Alright, let's go back."
    assert said.speech == f"{lead} Alex, question 1: {QUESTIONS[0]}"
    if removes:
        assert answers(session) == [(sam.id, 0, "Sam one")]
    alex_talks("alex again")
    assert answers(session) == [(alex.id, 0, "Alex again"), (sam.id, 0, "Sam one")]


def test_go_back_together_is_still_the_question_before(session, home, contract, alex_talks):
    alex, sam = home
    alex_talks("start our check-in")
    alex_talks("yes")
    alex_talks("alex one")
    alex_talks.voiced(SAM_VOICE, "sam one")
    said = alex_talks("go back")
    assert said.speech == f"Alright, let's go back. Sam, question 1: {QUESTIONS[0]}"
    alex_talks.voiced(SAM_VOICE, "sam again")
    said = said_as_answer(alex_talks, "change my answer")
    assert said.speech == f"Alright, let's go back. Alex, question 1: {QUESTIONS[0]}"
    alex_talks("alex again")
    assert answers(session) == [(alex.id, 0, "Alex again"), (sam.id, 0, "Sam again")]


def test_change_my_answer_with_no_answer_of_mine_goes_back_as_go_back_does(session, home, contract, alex_talks):
    _alex, sam = home
    alex_talks("start our check-in")
    alex_talks("yes")
    alex_talks.conversation.attributes["flow"]["previous"] = [[sam.id, 0, QUESTIONS[0]]]
    said = said_as_answer(alex_talks, "change my answer")
    assert said.speech == f"Alright, let's go back. Sam, question 1: {QUESTIONS[0]}"
    assert count(session, CheckInAnswer) == 0


# --- 7. "go back" returns to a question skipped ----------------------------------------------------


def test_go_back_after_skip_asks_the_skipped_question(session, home, contract, alex_talks):
    alex, _ = home
    alone(alex_talks)
    alex_talks("skip")
    said = alex_talks("go back")
    assert said.speech == f"Alright, let's go back. Question 1: {QUESTIONS[0]}" and said.open
    said = alex_talks("our walk")
    assert said.speech.endswith(f"Question 3: {QUESTIONS[2]}") or said.speech.endswith(f"Question 2: {QUESTIONS[1]}")
    assert answers(session) == [(alex.id, 0, "Our walk")]


def test_go_back_walks_back_through_skipped_and_answered_questions(session, home, contract, alex_talks):
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    alex_talks("skip")
    alex_talks("skip")
    backs = [alex_talks("go back").speech for _ in range(3)]
    assert backs == [
        f"Alright, let's go back. Question 3: {QUESTIONS[2]}",
        f"Alright, let's go back. Question 2: {QUESTIONS[1]}",
        f"Alright, let's go back. Question 1: {QUESTIONS[0]}",
    ]
    alex_talks("our long walk")
    assert answers(session) == [(alex.id, 0, "Our long walk")]


# --- 8. "we need a pause" said as an answer pauses ------------------------------------------------


@pytest.mark.parametrize("pause", ["we need a pause", "let's take a break", "i need a break"])
def test_a_pause_said_as_an_answer_pauses_and_says_how_to_resume(session, home, contract, alex_talks, pause):
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    said = said_as_answer(alex_talks, pause)
    assert not said.open and said.speech.endswith(SAY("checkin_stopped"))
    assert "Did you mean" not in said.speech
    assert said.speech.removesuffix(SAY("checkin_stopped")).strip()  # the pause itself first
    assert answers(session) == [(alex.id, 0, "Our walk")] and entries(session) == []


# --- 11. switching speaker ---------------------------------------------------------------------


@pytest.mark.parametrize("sam", ["actually this is sam", "it's sam now", "no this is sam actually"])
def test_a_correction_as_the_answer_to_who_is_speaking_names_sam(session, couple, shared_talk, sam):
    shared_talk("start our check-in")
    said = shared_talk.send(Match("IdentifySpeakerIntent", {"name": sam}))
    assert said.speech == "Let's do your check-in. Is Alex with you?"


@pytest.mark.parametrize("correction", ["wait this is sam not alex", "this is sam, not alex"])
def test_wait_this_is_sam_not_alex_mid_checkin_switches(session, couple, shared_talk, correction):
    _alex, sam = couple
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    said = said_as_answer(shared_talk, correction)
    assert said.speech.startswith("Thanks, Sam") and said.open
    assert answers(session) == [(sam.id, 0, "Our walk")]


# --- 12. steering words ------------------------------------------------------------------------


def test_excuse_me_is_not_an_answer(session, home, contract, alex_talks):
    alone(alex_talks)
    said = said_as_answer(alex_talks, "excuse me")
    assert said.speech == QUESTIONS[0] and said.open
    assert count(session, CheckInAnswer) == 0


def test_the_reprompt_after_a_name_reads_the_question_in_lower_case(session, home, contract, alex_talks):
    alex_talks("start our check-in")
    said = alex_talks("yes")
    assert said.reprompt == f"Alex, {after_comma(QUESTIONS[0])}"


# --- 13. help mid check-in says how to steer it; 9. "next" at the partner's news ----------------


def test_help_mid_checkin_names_skip_go_back_and_change_my_answer_and_varies(session, home, contract, alex_talks):
    alone(alex_talks)
    first = alex_talks.send(Match("AMAZON.HelpIntent"))
    second = alex_talks.send(Match("AMAZON.HelpIntent"))
    assert first.speech == f"{SAY('checkin_help')} {QUESTIONS[0]}" and first.open
    assert second.speech != first.speech and second.speech.endswith(QUESTIONS[0]) and second.open
    assert count(session, CheckInAnswer) == 0


def test_next_at_the_partners_news_reads_the_rest(session, home, contract, alex_talks):
    _alex, sam = home
    for _ in range(2):
        make_entry(session, sam, LogKind.SMALL_WIN, TODAY, note="we cooked")
    said = alex_talks("what did sam log")
    assert said.speech.endswith("Shall I tell Sam: seen, thank you?")
    said = alex_talks.send(Match("AMAZON.NextIntent"))
    assert said.speech == "That's everything new from Sam. Shall I tell Sam: seen, thank you?"
    assert said.open
    said = alex_talks("yes")
    assert said.speech.startswith("Done. Sam will see your thank you.")


@pytest.mark.parametrize("said", ["we talked more", "not much", "I think the walks helped", "x" * 40])
def test_together_a_known_voice_at_the_others_turn_is_not_saved_as_theirs(session, home, contract, alex_talks, said):
    """tester-voice19: Alex's known voice answered Sam's question and it was saved as Sam's answer. Sam's voice is
    bound too, so never "once it's linked" (tester-voice43 D8; a voice not bound: test_voice12_speakers)."""
    alex, sam = home
    alex_talks("start our check-in")
    alex_talks("yes")
    alex_talks("alex one")
    refused = alex_talks(said)
    assert refused.open and refused.speech == (
        f"{SAY('checkin_handover_bound_known', name='Alex', other='Sam')} Sam, what went well this week?"
    )
    assert answers(session) == [(alex.id, 0, "Alex one")]
    alex_talks.voiced(SAM_VOICE, "sam one")  # Sam, in Sam's own voice
    alex_talks.voiced(None, "alex two")  # a voice Alexa does not know: the turn's partner, Alex
    assert sorted(answers(session)) == sorted(
        [(alex.id, 0, "Alex one"), (sam.id, 0, "Sam one"), (alex.id, 1, "Alex two")]
    )
