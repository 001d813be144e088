"""The name said at a check-in holds after it (tester D6): on a shared device (no voice profiles),
a check-in finished ("Thank you, Sam. Your answers are saved.") keeps the session open ("Anything
else, Sam?"), so what is said next is the named partner's, never "Is this Alex or Sam?" again; a
known voice hears the thanks and the session ends as before."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAY, SAY_GOODBYES, Talk, entries

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

WHO = "Before I do that: is this Alex or Sam?"
ANSWERS = ["the walk", "being late", "your texts", "more notice", "a day out"]


def _checkin_done(talk: Talk, name: str, who_said: str):
    talk("start our check-in")
    talk(who_said)
    talk("no")  # alone
    said = None
    for answer in ANSWERS[: len(QUESTIONS)]:
        said = talk(answer)
    assert said is not None and f"Thank you, {name}." in said.speech, said.speech
    return said


@pytest.mark.parametrize(("who_said", "name"), [("it's Sam", "Sam"), ("this is Alex", "Alex"), ("Alex", "Alex")])
def test_after_a_checkin_the_name_said_holds_for_the_next_request(
    skill, session_factory, session, home, contract, who_said, name
) -> None:
    partner = next(p for p in home if p.name == name)
    talk = Talk(skill, session_factory)  # the home's device, no voice known
    done = _checkin_done(talk, name, who_said)
    assert done.open and done.speech.endswith(SAY("anything_else_named", name=name)), done.speech
    said = talk("log a small win we cooked together")
    assert WHO not in said.speech and said.open, said.speech
    [entry] = entries(session)
    assert entry.partner_id == partner.id


def test_no_after_the_checkin_ends_kindly_and_logs_nothing(skill, session_factory, session, home, contract) -> None:
    talk = Talk(skill, session_factory)
    _checkin_done(talk, "Sam", "it's Sam")
    said = talk("no")
    assert not said.open and said.speech in SAY_GOODBYES
    assert entries(session) == []


def test_a_known_voice_ends_the_session_after_a_checkin(skill, session_factory, session, home, contract) -> None:
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk("start our check-in")
    talk("no")
    said = None
    for answer in ANSWERS[: len(QUESTIONS)]:
        said = talk(answer)
    assert said is not None and not said.open and "Anything else" not in said.speech, said.speech
