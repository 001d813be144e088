"""A state of the speaker is not a moment of reliability (tester-voice4 #18: "I'm dead on my feet
after the school run" + "yes" was saved as "a moment of reliability: am dead on your feet after the
school run"), and the obvious idioms of anger at a thing or a body exaggerated are let go like the
others, not answered with the soft "if you or someone else isn't safe" nudge ("I'm going to
strangle this printer", "I threw the ball for the dog till my arm nearly fell off"). Through the
real skill: spoken text and rows; distress said the same way still gets help."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import SAY, entries
from trust_tracker.skill.feelings_said import a_feeling_or_wish
from trust_tracker.skill.idioms import everyday_idiom
from trust_tracker.skill.simulator import Match

skill, home, contract, alex_talks = (
    conversations.skill,
    conversations.home,
    conversations.contract,
    conversations.alex_talks,
)
__all__ = ["alex_talks", "contract", "home", "skill"]

STATES = [
    "I'm dead on my feet after the school run",
    "i'm shattered after work",
    "I'm so tired after the school run",
    "i am absolutely knackered after that drive",
    "I'm stressed about work",
    "I've been under the weather all week",
    # A gripe about the weather (safety24): nobody did anything.
    "I've had enough of the weather",
    "i had enough of this rain today",
    "I'm fed up of all this drizzle",
]
THINGS_AND_BODIES = [
    "I'm going to strangle this printer",
    "I threw the ball for the dog till my arm nearly fell off",
    "I could throttle the stupid router",
    "I'm going to smash this laptop",
]
# The same families in words the interaction model routes nowhere (the detector's part only).
UNROUTED = ["my head was about to explode in that meeting", "my feet are killing me after the walk"]
# Deeds, still offered back as a moment; distress, still helped.
DEEDS = ["I picked the kids up from school", "I fixed the gate after work", "I made dinner for us"]
DISTRESS = [
    "I'm going to strangle him",
    "I'm tired of being alive",
    "I'm so tired I don't want to wake up tomorrow",
    # Despair about a date ahead was offered as a moment (safety24).
    "I can't see myself still being here at christmas",
    "i don't see myself being around by easter",
]
MOMENT_OFFER = "moment of reliability"


def test_the_words_and_their_lookalikes() -> None:
    assert [s for s in STATES if not (everyday_idiom(s) or a_feeling_or_wish(s))] == []
    assert [s for s in THINGS_AND_BODIES + UNROUTED if not everyday_idiom(s)] == []
    assert [s for s in DEEDS if everyday_idiom(s) or a_feeling_or_wish(s)] == []


@pytest.mark.parametrize("said", STATES)
def test_a_state_is_never_offered_as_a_moment_nor_saved_after_yes(session, home, contract, alex_talks, said):
    first = alex_talks(said)
    second = alex_talks("yes")
    assert MOMENT_OFFER not in first.speech and "Noted" not in second.speech
    assert entries(session) == []


@pytest.mark.parametrize("said", ["am dead on my feet after the school run", "am shattered"])
def test_a_carriers_am_is_the_speakers_state(session, home, contract, alex_talks, said):
    reply = alex_talks.send(Match("LogKeptIntent", {"commitment": said}))
    assert reply.speech == SAY("log_let_go") and entries(session) == []


@pytest.mark.parametrize("said", THINGS_AND_BODIES)
def test_anger_at_a_thing_or_a_body_exaggerated_is_let_go(session, home, contract, alex_talks, said):
    reply = alex_talks(said)
    assert "isn't safe" not in reply.speech and "I'm sorry you're going through this" not in reply.speech
    assert MOMENT_OFFER not in reply.speech and entries(session) == []


@pytest.mark.parametrize("said", DEEDS)
def test_a_deed_is_still_offered_as_a_moment(session, home, contract, alex_talks, said):
    reply = alex_talks(said)
    assert MOMENT_OFFER in reply.speech and entries(session) == []


@pytest.mark.parametrize("said", DISTRESS)
def test_distress_said_the_same_way_still_gets_help(session, home, contract, alex_talks, said):
    reply = alex_talks(said)
    assert reply.speech.startswith("I'm sorry you're going through this.") and entries(session) == []


@pytest.mark.parametrize("odd", ["am " * 400, "i'm dead on my \x00feet"])
def test_odd_input_writes_nothing(session, home, contract, alex_talks, odd):
    reply = alex_talks.send(Match("LogKeptIntent", {"commitment": odd}))
    assert reply.speech and entries(session) == []
