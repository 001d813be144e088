"""Distress said with "I have to go" (tester-voice40): the help lines, then "Go safely." and the session ends, no
question left open on a device the partner may hear; nothing saved, a check-in answer included. Distress said
without it still gets the pause offer. Two locales, speech and rows."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, Talk, entries
from tests.skill.test_repairs import answers

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

GOING = ["he's at the door, I have to go", "I'm scared of him, I can't talk now", "he's got a knife, I've got to go"]


@pytest.mark.parametrize("locale", ["en-GB", "en-AU"])
@pytest.mark.parametrize("said", GOING)
def test_help_then_the_session_ends(session, skill, session_factory, home, contract, locale, said):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    heard = talk(said)
    assert "nine nine nine" in heard.speech or "zero zero zero" in heard.speech
    assert heard.speech.endswith("Go safely. The numbers are on the Trust Tracker website too, under Need help now.")
    assert not heard.open and entries(session) == []


def test_said_as_a_checkin_answer_it_ends_too_and_nothing_is_saved(session, skill, session_factory, home, contract):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("start our check-in")
    talk("no")
    heard = talk("he's outside banging on the door I have to go")
    assert heard.speech.endswith("Go safely. The numbers are on the Trust Tracker website too, under Need help now.")
    assert not heard.open and answers(session) == []


def test_without_it_the_pause_is_offered(session, skill, session_factory, home, contract):
    heard = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")("I'm scared of my husband")
    assert heard.speech.endswith("Would you like a short pause?") and heard.open
