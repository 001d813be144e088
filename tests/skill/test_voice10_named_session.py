"""A name said aloud counts for the whole session (#8 of /work/notes/tester-voice2.md, DESIGN.md):
on a device without voice profiles, after "it's Sam now" a write keeps the session open ("Anything
else, Sam?"), so "undo that" or "that wasn't me" next is Sam's without "Is this Alex or Sam?";
a known voice hears the confirmation and the session ends as before."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, SAY, SAY_GOODBYES, Talk, entries

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

WHO = "Before I do that: is this Alex or Sam?"
WRITES = [
    "log a small win I made Alex a coffee",
    "log a moment: Alex brought me tea",
    "I kept my promise to call when late",
    "we laughed together at breakfast, log that as a moment",
]


@pytest.mark.parametrize("handover", ["it is Sam now", "my name is sam", "Sam here now"])
@pytest.mark.parametrize("write", WRITES)
def test_undo_after_a_write_is_the_named_speakers(skill, session_factory, session, home, contract, handover, write):
    _, sam = home
    talk = Talk(skill, session_factory)  # no voice profiles: named once
    talk(handover)
    said = talk(write)
    assert said.open and said.speech.endswith(SAY("anything_else_named", name="Sam")), said.speech
    [entry] = entries(session)
    assert entry.partner_id == sam.id
    said = talk("undo that")
    assert WHO not in said.speech and "Shall I remove it?" in said.speech
    talk("yes")
    assert entries(session) == []


def test_that_wasnt_me_after_a_write_is_the_named_speakers(skill, session_factory, session, home, contract):
    talk = Talk(skill, session_factory)
    talk("it is Sam now")
    talk("log a small win we cooked together")
    said = talk("that wasn't me")
    assert WHO not in said.speech and said.open


def test_no_after_anything_else_ends_kindly(skill, session_factory, session, home, contract):
    talk = Talk(skill, session_factory)
    talk("it is Sam now")
    talk("log a small win we cooked together")
    said = talk("no")
    assert not said.open and said.speech in SAY_GOODBYES
    assert len(entries(session)) == 1


def test_a_known_voice_ends_the_session_after_a_write(skill, session_factory, session, home, contract):
    said = Talk(skill, session_factory, person_id=ALEX_VOICE)("log a small win we cooked together")
    assert not said.open and "Anything else" not in said.speech


def test_a_new_session_asks_again(skill, session_factory, session, home, contract):
    talk = Talk(skill, session_factory)
    talk("it is Sam now")
    talk("log a small win we cooked together")
    assert Talk(skill, session_factory)("undo that").speech == WHO  # a new session: a name said before is not kept
