""" "Change my answer" after this week's check-in is finished (issue 8 item 4, vfix3): it said
no check-in was open. Within the week the check-in is offered first, and resumed as "start our
check-in" does ("Is Sam with you?": tester-voice38 D14); there, the speaker's last answer is asked
again and the new answer replaces it. Nothing answered this week: said as before."""

from __future__ import annotations

from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY, Talk
from tests.skill.test_repairs import answers

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]


def finished(talk: Talk) -> None:
    talk("start our check in")
    talk("no")
    for position in range(len(QUESTIONS)):
        talk(f"answer {position}")


def test_change_my_answer_after_the_checkin_reopens_the_last_answer(session, home, contract, skill, session_factory):
    alex, _ = home
    finished(Talk(skill, session_factory, person_id=conversations.ALEX_VOICE))
    talk = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)
    last = len(QUESTIONS) - 1
    assert talk("change my answer").speech == SAY("checkin_back_offer")
    assert talk("yes").speech == SAY("checkin_together", other="Sam")
    said = talk("change my answer")
    assert said.speech == f"{SAY('checkin_again')} Question {last + 1}: {QUESTIONS[last]}" and said.open
    talk("more notice about meetings")
    assert (alex.id, last, "More notice about meetings") in answers(session)
    assert (alex.id, last, f"answer {last}") not in answers(session)
    assert len(answers(session)) == len(QUESTIONS)


def test_go_back_after_it_offers_the_checkin_and_reopens_nothing(session, home, contract, skill, session_factory):
    talk = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)
    finished(talk)
    said = talk("go back")
    assert said.speech == SAY("checkin_back_offer") and said.open and QUESTIONS[-1] not in said.speech


def test_with_nothing_answered_this_week_it_says_none_is_open(session, home, contract, skill, session_factory):
    said = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)("change my answer")
    assert "no check-in is open" in said.speech and not answers(session)


def test_the_other_partners_answers_are_never_reopened(session, home, contract, skill, session_factory):
    finished(Talk(skill, session_factory, person_id=conversations.ALEX_VOICE))
    said = Talk(skill, session_factory, person_id=conversations.SAM_VOICE)("change my answer")
    assert "no check-in is open" in said.speech
