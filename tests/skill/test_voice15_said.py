"""Tester-voice5 #14, #15, #13 and tester-voice4 #17, through the real skill: a partner's lapse
told by the other ("Faith messaged her ex again", "Rohan had a bet on his phone during dinner")
gets breach11's warm answer and writes nothing; a moment then a command naming no kind ("..., add
that to the log", "..., note that") is a moment without the command in its note; a promise said
done ("the house jobs are done, log it") is test_voice15_keeps.py's. Phrasings: voice15_phrases.py."""

from __future__ import annotations

import pytest

from tests.skill import voice15_phrases as phrases
from tests.skill.talk import entries
from tests.skill.voice15_home import COUPLES, couple_home
from trust_tracker.models.entities import LogKind

NOT_YOURS = "I haven't logged it under your name"
TOLD_OF_THE_PARTNER = (
    ("faith-grace", "{other} messaged her ex again"),
    ("faith-grace", "{other} texted her ex last night"),
    ("rohan-frank", "{other} had a bet on his phone during dinner"),
    ("priya-tomas", "I think {other} messaged his ex"),
)


@pytest.mark.parametrize(("key", "said"), TOLD_OF_THE_PARTNER)
def test_the_partners_lapse_gets_the_warm_answer_and_writes_nothing(session, session_factory, key, said) -> None:
    alexa, *_ = couple_home(session, session_factory, key)
    heard = alexa(said.format(other=COUPLES[key][0][1]))
    assert NOT_YOURS in heard.speech and "Sorry" not in heard.speech, heard.speech
    alexa("yes")
    assert entries(session) == []


@pytest.mark.parametrize("said", ["I messaged my ex again", "I had a bet on my phone during dinner"])
def test_the_speakers_own_lapse_is_still_offered_as_a_breach(session, session_factory, said) -> None:
    alexa, *_ = couple_home(session, session_factory, "rohan-frank")
    heard = alexa(said)
    assert NOT_YOURS not in heard.speech


@pytest.mark.parametrize(("key", "said", "note"), phrases.TRAILING_COMMANDS)
def test_a_moment_then_a_command_is_noted_without_the_command(session, session_factory, key, said, note) -> None:
    alexa, *_ = couple_home(session, session_factory, key)
    heard = alexa(said)
    assert heard.speech.startswith("Noted, a moment of reliability"), heard.speech
    [entry] = entries(session)
    assert entry.kind is LogKind.RELIABILITY and note in entry.note
    assert not any(command in entry.note.lower() for command in ("add that", "note that", "put that", "log"))


@pytest.mark.parametrize(
    "said",
    ["add that to the log", "log it", "note that", "put that in the log", "did Grace log it", "can you log it for me"],
)
def test_a_command_said_alone_logs_nothing(session, session_factory, said) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace")
    match = alexa.conversation.hear(alexa.model, said)
    if match is not None:  # a carrier with nothing around its words, or no intent at all
        assert not alexa.send(match).speech.startswith(("Noted", "Logged"))
    assert entries(session) == []
