"""Who is speaking can be repaired: "actually this is Sam" switches a shared device's speaker for the session
only (mid check-in too), a known voice is never moved by a name said aloud, and "this is Sam" names the speaker."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, count, entries
from tests.skill.test_repairs import answers
from trust_tracker.models.entities import Source, VoiceLink

# The conversation tests' fixtures (tests/skill/conftest.py): a linked home, its contract, a shared device.
contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture


def test_actually_this_is_sam_switches_the_speaker_for_the_session_only(session, couple, shared_talk):
    _, sam = couple
    links = count(session, VoiceLink)
    assert shared_talk("open trust tracker").speech == "Hi! Is this Alex or Sam?"
    shared_talk("alex")
    said = shared_talk("actually this is sam")
    assert said.speech.startswith("Thanks, Sam: I'll take what's said here as yours for now.") and said.open
    shared_talk("i kept my promise to call when late")
    [entry] = entries(session)
    assert entry.partner_id == sam.id and entry.source is Source.VOICE
    assert count(session, VoiceLink) == links  # a name said aloud binds nothing


def test_a_known_voice_is_never_moved_by_a_name_said_aloud(session, home, alex_talks):
    alex_talks("open trust tracker")
    said = alex_talks("actually this is sam")
    assert said.speech.startswith("I know this voice as Alex, so what's said here stays Alex's.")
    alex_talks("i kept my promise")
    assert [e.partner_id for e in entries(session)] == [home[0].id]


def test_actually_this_is_sam_mid_checkin_goes_on_with_sams_questions(session, couple, shared_talk):
    _alex, sam = couple
    shared_talk("start our check-in")
    shared_talk("alex")
    shared_talk("no")  # Sam isn't here (or so Alex thought)
    said = shared_talk("actually it's sam")
    assert said.speech == f"Thanks, Sam: I'll take what's said here as yours for now. Question 1: {QUESTIONS[0]}"
    shared_talk("our walk")
    assert answers(session) == [(sam.id, 0, "Our walk")]


@pytest.mark.parametrize(
    "said", ["my name is sam", "this is sam speaking", "it's sam speaking", "hi this is sam", "hello, it's sam"]
)
def test_this_is_and_a_name_as_the_advice_says_names_the_speaker(session, couple, shared_talk, said):
    """After "who is this?" fails, the skill advises "just start with: my name is, and your name". A bare
    "this is {name}" is no sample: as a carrier it swallowed distress ("this is scary") whole."""
    _, sam = couple
    heard = shared_talk(said)
    assert heard.speech.startswith("Hi Sam, welcome to Trust Tracker.") and heard.open
    shared_talk("i kept my promise to call when late")
    [entry] = entries(session)
    assert entry.partner_id == sam.id
