"""At "Is Sam with you?", "she's here" says where the partner is (voice31 found it answered with the
help lines: said alone, "he's here" is read as a warning, and still is). Anything more than presence
said there is read for distress as everywhere."""

from __future__ import annotations

import pytest

from tests.skill.voice12_home import four_promises
from trust_tracker.skill.intents.checkin_together import here_told

HELP = "I'm sorry you're going through this."
TOGETHER = {"flow": {"name": "checkin", "step": "together?"}}


@pytest.mark.parametrize(
    ("a", "b", "locale", "they"), [("Alex", "Sam", "en-US", "she"), ("Grace", "Faith", "en-GB", "he")]
)
@pytest.mark.parametrize("here", ["{they}'s here", "yes {they}'s here", "{they} is right here", "{they}'s here now"])
def test_at_is_sam_with_you_here_is_presence(session, session_factory, a, b, locale, they, here) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    assert "with you?" in talk("start our check-in").speech
    said = talk(here.format(they=they))
    assert not said.speech.startswith(HELP) and f"{a}, question 1" in said.speech, said.speech


@pytest.mark.parametrize(
    "more", ["she's here and I'm scared of her", "she's here, please help me", "he's here and he has a knife"]
)
def test_more_than_presence_there_is_still_heard(session, session_factory, more) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("start our check-in")
    assert talk(more).speech.startswith(HELP)


def test_said_alone_he_is_here_is_still_a_warning(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    assert talk("he's here").speech.startswith(HELP)


def test_presence_is_read_only_while_the_question_waits() -> None:
    assert here_told(TOGETHER, ["she's here"])
    assert not here_told({}, ["she's here"])
    assert not here_told(TOGETHER, ["she's here with a knife"])
    assert not here_told(TOGETHER, [])
