"""tester-voice48 (en-IN): during a setback's reflection, "undo" got "Just yes or no, please"; "what have I
promised" was saved as what triggered it and "how are we doing" as what would have prevented it. An undo takes
the miss back (and the reflection begun with it), a request is served, and neither is ever reflection text.
Both partners, several locales, at each of the reflection's three questions. Through the real skill."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.skill.talk import ALEX_VOICE, SAM_VOICE, Talk, contract, entries, home, reflections, skill
from trust_tracker.models.entities import LogKind, Setback
from trust_tracker.models.steering_words import requested, undoes
from trust_tracker.skill.simulator import Match

__all__ = ["contract", "home", "skill"]

# Where each asks: "would you like a minute to reflect?", "what triggered it?", "what would have prevented it?"
_TO_REACH = {"reflect?": [], "trigger": ["yes"], "prevention": ["yes", "the bus was late and my phone was flat"]}
_VOICES = [("en-IN", ALEX_VOICE), ("en-GB", SAM_VOICE), ("en-AU", ALEX_VOICE), ("en-US", SAM_VOICE)]


def _reflecting(skill, session_factory, locale: str, voice: str, step: str) -> Talk:
    talk = Talk(skill, session_factory, person_id=voice, locale=locale)
    assert "reflect on it?" in talk("i missed my promise to call when late").speech
    for said in _TO_REACH[step]:
        assert talk.send(Match("AnswerIntent", {"answer": said})).open
    return talk


@pytest.mark.parametrize("step", list(_TO_REACH))
@pytest.mark.parametrize(
    ("locale", "voice", "undo"),
    [
        (*v, u)
        for v, u in zip(_VOICES, ["undo", "delete that please", "scratch that", "remove my last entry"], strict=True)
    ],
)
def test_an_undo_takes_the_miss_back(session, session_factory, skill, contract, step, locale, voice, undo):
    talk = _reflecting(skill, session_factory, locale, voice, step)
    said = talk.send(Match("AnswerIntent", {"answer": undo}))
    assert said.open and "Shall I remove it?" in said.speech and "yes or no, please" not in said.speech
    said = talk.send(Match("AMAZON.YesIntent", {}))
    assert "Removed the entry saying you missed" in said.speech
    session.expire_all()
    assert [e for e in entries(session) if e.kind is LogKind.MISSED] == []
    assert session.scalars(select(Setback)).all() == [] and reflections(session) == []


@pytest.mark.parametrize("step", list(_TO_REACH))
@pytest.mark.parametrize(
    ("asked", "heard"),
    [
        ("what have i promised", "Shared with Sam: call when late"),
        ("so what did i promise", "Shared with Sam: call when late"),
        ("remind me what i agreed to", "Shared with Sam: call when late"),
        ("how are we doing", "So far this week"),
        ("read our contract", "call"),
    ],
)
def test_a_request_is_served_never_saved(session, session_factory, skill, contract, step, asked, heard):
    talk = _reflecting(skill, session_factory, "en-IN", ALEX_VOICE, step)
    said = talk.send(Match("AnswerIntent", {"answer": asked}))
    assert heard in said.speech and "Thank you" not in said.speech
    saved = reflections(session)
    assert all(asked not in (text or "").lower() for pair in saved for text in pair)
    assert len(entries(session)) == 1  # the miss stays as logged


def test_a_reflection_that_only_sounds_like_one_is_still_saved(session, session_factory, skill, contract):
    talk = _reflecting(skill, session_factory, "en-GB", SAM_VOICE, "trigger")
    talk.send(Match("AnswerIntent", {"answer": "what i promised was more than i could do that day"}))
    talk.send(Match("AnswerIntent", {"answer": "promising less and doing it"}))
    assert reflections(session) == [
        ("What I promised was more than I could do that day", "Promising less and doing it")
    ]


@pytest.mark.parametrize(
    "words", ["go back", "undo the dishes", "i didn't undo the knot", "", "what did i promise to do with this"]
)
def test_not_an_undo_alone(words):
    assert not undoes(words)


@pytest.mark.parametrize("words", ["what i promised was too much", "i promised to text", "what are my promises worth"])
def test_not_a_request_for_ones_promises(words):
    assert requested(words) is None or requested(words).what != "promises"
