"""voice53 #2: at "Would you like me to propose a change to your contract …?", the reflection's last question,
"undo" got "Just yes or no, please", and so did the change itself said in words ("setting an alarm for five
would have helped"). Now an undo offers to take back the miss (the reflection saved with it goes too), and the
change said is the yes, its words quoted in the proposal's note; hedges are still asked again, nothing proposed.
Through the real skill."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.skill.talk import ALEX_VOICE, SAM_VOICE, SAY, Talk, contract, entries, home, reflections, skill
from trust_tracker.models.entities import ContractVersion, LogKind, Setback
from trust_tracker.skill.simulator import Match

__all__ = ["contract", "home", "skill"]


def _at_the_offer(skill, session_factory, voice: str = ALEX_VOICE, locale: str = "en-US") -> Talk:
    talk = Talk(skill, session_factory, person_id=voice, locale=locale)
    talk("i missed my promise to call when late")
    for said in ("yes", "my phone was flat", "a charger in the car"):
        reply = talk.send(Match("AnswerIntent", {"answer": said}))
    assert reply.open and reply.reprompt == SAY("offer_change_reprompt")
    return talk


def _versions(session) -> list[ContractVersion]:
    session.expire_all()
    return list(session.scalars(select(ContractVersion).order_by(ContractVersion.number)))


@pytest.mark.parametrize("undo", ["undo", "scratch that", "delete that please"])
def test_an_undo_offers_to_take_back_the_miss_and_its_reflection(session, session_factory, skill, contract, undo):
    talk = _at_the_offer(skill, session_factory)
    said = talk.send(Match("AnswerIntent", {"answer": undo}))
    assert said.open and "Shall I remove it?" in said.speech and "yes or no, please" not in said.speech
    assert "Removed the entry saying you missed" in talk.send(Match("AMAZON.YesIntent", {})).speech
    session.expire_all()
    assert [e for e in entries(session) if e.kind is LogKind.MISSED] == []
    assert session.scalars(select(Setback)).all() == [] and reflections(session) == []


def test_no_to_the_undo_keeps_the_miss_and_proposes_nothing(session, session_factory, skill, contract):
    talk = _at_the_offer(skill, session_factory, SAM_VOICE, "en-GB")
    before = len(_versions(session))
    talk.send(Match("AnswerIntent", {"answer": "undo"}))
    talk.send(Match("AMAZON.NoIntent", {}))
    assert reflections(session) == [("My phone was flat", "A charger in the car")] and len(_versions(session)) == before


@pytest.mark.parametrize(
    "change",
    ["setting an alarm for five would have helped", "maybe we move the call to eight", "a reminder at six o'clock"],
)
def test_the_change_said_is_the_yes_and_quoted_in_the_note(session, session_factory, skill, contract, change):
    talk = _at_the_offer(skill, session_factory)
    before = len(_versions(session))
    said = talk.send(Match("AnswerIntent", {"answer": change}))
    versions = _versions(session)
    if change.startswith("maybe"):  # a hedge: still the choice, asked again
        assert said.open and len(versions) == before
        return
    assert not said.open and said.speech.startswith("Done.") and "the change you suggested" in said.speech
    assert len(versions) == before + 1
    note = versions[-1].note or ""
    assert "A charger in the car" in note and f"The change suggested: “{change[0].upper()}{change[1:]}" in note


@pytest.mark.parametrize("words", ["i'm not sure", "i don't know", "whatever you think", "um", "up to you really"])
def test_hedges_are_asked_again_nothing_proposed(session, session_factory, skill, contract, words):
    talk = _at_the_offer(skill, session_factory)
    before = len(_versions(session))
    said = talk.send(Match("AnswerIntent", {"answer": words}))
    assert said.open and SAY("offer_change_reprompt") in said.speech and len(_versions(session)) == before


def test_a_huge_suggestion_is_cut_in_the_note_never_refused(session, session_factory, skill, contract):
    talk = _at_the_offer(skill, session_factory)
    said = talk.send(Match("AnswerIntent", {"answer": "an alarm at five " + "and a reminder " * 40}))
    assert said.speech.startswith("Done.") or "too long" in said.speech
    assert all(len(v.note or "") < 4000 for v in _versions(session))
