"""Alexa may send "yes" or "no" to "Was it your promise to call when late?" as its own Yes or No intent
rather than in the elicited slot: the answer is the same either way. Before, the Yes intent noted the
words as a moment of reliability and the No intent dropped them (voice35 found it)."""

from __future__ import annotations

import pytest

from tests.skill.voice12_home import four_promises
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.simulator import Match

ASKED = "That isn't one of your promises by name. Was it your promise to call when late?"


@pytest.mark.parametrize("locale", ["en-GB", "en-US"])
@pytest.mark.parametrize("how", ["intent", "slot"])
def test_yes_to_was_it_logs_that_promise(session, session_factory, locale, how) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", locale)
    assert talk("I called Sam at lunch").speech.startswith(ASKED)
    said = talk.send(Match("AMAZON.YesIntent", {})) if how == "intent" else talk("yes")
    assert "call when late" in said.speech and "moment of reliability" not in said.speech, said.speech
    assert [row[:2] for row in rows(session)] == [("kept", "call when late")]


@pytest.mark.parametrize("how", ["intent", "slot"])
def test_no_to_was_it_asks_the_others(session, session_factory, how) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-AU")
    talk("I called Sam at lunch")
    said = talk.send(Match("AMAZON.NoIntent", {})) if how == "intent" else talk("no")
    assert said.open and said.speech.startswith("Then which one did you keep:"), said.speech
    assert "call when late" not in said.speech
    assert rows(session) == []
