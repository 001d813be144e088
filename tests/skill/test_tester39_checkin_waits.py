"""At "Is Sam with you?" the other partner on the way, in words tester-voice39 used (D5, D6): "not yet but
she'll be here in a sec", "he's just getting out of the shower" are a wait ("Take your time, I'll wait.") and
the question again; never the no that starts the check-in alone, never an answer saved, also where a paused
check-in is picked up. "Sam's in the shower" is still away: the check-in goes on alone. Speech and rows."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, Talk, entries
from tests.skill.test_repairs import answers
from trust_tracker.skill.intents.checkin_together import together_said
from trust_tracker.skill.presence import ROOMS_LEFT

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

WAIT = "Take your time, I'll wait. Is Sam here for the check-in too? Yes or no?"
ON_THE_WAY = [
    "not yet but she'll be here in a sec",
    "she's just getting out of the shower",
    "nearly, Sam is parking the car",
    "no, not yet, she'll be down in a minute",
    # tester-voice40's, on lead8 (D2, D3).
    "not yet, she'll be a sec",
    "she's on her way down",
]


@pytest.mark.parametrize("locale", ["en-GB", "en-IN"])
@pytest.mark.parametrize("said", ON_THE_WAY)
def test_the_partner_on_the_way_is_waited_for(session, skill, session_factory, home, contract, locale, said):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    assert talk("start our check-in").speech == "Let's do your check-in. Is Sam with you?"
    assert talk(said).speech == WAIT
    together = talk("yes she's here now")
    assert together.speech.endswith(f"question 1: {QUESTIONS[0]}")
    assert answers(session) == [] and entries(session) == []


def test_a_picked_up_checkin_waits_too_and_saves_nothing(session, skill, session_factory, home, contract):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-AU")
    talk("start our check-in")
    talk("no")
    talk("we walked on sunday with our phones away")
    talk("stop")
    kept = answers(session)
    again = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-AU")
    assert again("start our check-in").speech.endswith("First, is Sam with you?")
    assert again("not yet but she'll be here in a sec").speech == WAIT
    assert answers(session) == kept and len(kept) == 1


def test_in_the_shower_is_still_away(session, skill, session_factory, home, contract):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("start our check-in")
    assert talk("she's in the shower").speech.endswith(f"Question 1: {QUESTIONS[0]}")


@pytest.mark.parametrize("said", ["he's on his way up", "one sec, she's coming down"])
def test_on_the_way_at_a_question_is_a_wait_never_its_answer(session, skill, session_factory, home, contract, said):
    """tester-voice40 D8: said at a check-in question, these were saved as its answer."""
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-US")
    talk("start our check-in")
    assert talk("no").speech.endswith(f"Question 1: {QUESTIONS[0]}")
    assert talk(said).speech.startswith("Take your time, I'll wait.")
    assert answers(session) == []


@pytest.mark.parametrize("room", ROOMS_LEFT)
@pytest.mark.parametrize("who", ["she's", "he is", "Sam's", "they're just"])
def test_leaving_a_room_is_on_the_way_and_being_in_it_is_away(home, room, who):
    """presence.LEAVING_A_ROOM, read before away: "getting out of the bath" is a wait, "in the bath" the no."""
    alex, _ = home
    assert together_said(alex.couple, alex, f"{who} getting out of the {room}") is None
    assert together_said(alex.couple, alex, f"{who} in the {room}") is False
    assert together_said(alex.couple, alex, f"{who} getting out of the {room} now") is None
    assert together_said(alex.couple, alex, f"{who} getting the {room} ready") is False  # busy, no way out of it
