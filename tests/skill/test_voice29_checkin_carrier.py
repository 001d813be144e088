"""A check-in answer Alexa hands to one of SupportIntent's carriers (tester-voice21 #7): while a
check-in question waits, a carrier's words that are no distress are that question's answer, its
fixed words put back, and the check-in goes on; words that are distress still get the help lines and
nothing saved. Spoken text and rows, for two couples."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.skill.voice12_home import four_promises
from trust_tracker.models.entities import CheckInAnswer
from trust_tracker.skill.simulator import Match

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB")]


def answers(session) -> list[str]:
    session.expire_all()
    return [a.answer.lower() for a in session.scalars(select(CheckInAnswer).order_by(CheckInAnswer.id))]


def at_question_one(session, session_factory, a, b, locale):
    talk = four_promises(session, session_factory, a, b, locale)
    talk("start our check-in")
    asked = talk.send(Match("AnswerIntent", {"answer": "no"}))
    assert "Question 1" in asked.speech, asked.speech
    return talk


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("slots", "sentence"),
    [
        ({"after_the_kids_were": "hiding under the bed playing hide and seek"}, "the kids were hiding under the bed"),
        ({"after_the_kids_were": "up late playing minecraft"}, "the kids were up late playing minecraft"),
        ({"after_the_kids_have": "a football tournament on saturday"}, "the kids have a football tournament on"),
        ({"after_my_partner": "rang me at lunch to say well done"}, "rang me at lunch to say well done"),
    ],
)
def test_a_carriers_everyday_words_are_the_waiting_answer(session, session_factory, a, b, locale, slots, sentence):
    talk = at_question_one(session, session_factory, a, b, locale)
    said = talk.send(Match("SupportIntent", slots))
    assert said.open and "Question 2" in said.speech, said.speech
    assert "isn't something I keep track of" not in said.speech and "That wasn't saved" not in said.speech
    assert len(answers(session)) == 1 and sentence in answers(session)[0], answers(session)
    nxt = talk.send(Match("AnswerIntent", {"answer": "we argued about the dishes"}))
    assert "Question 3" in nxt.speech, nxt.speech
    assert answers(session)[1] == "we argued about the dishes"


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "slots",
    [
        {"after_the_kids_hide": "under the bed when he's angry"},  # distress the detector misses (tester-voice21 #3)
        {"after_the_kids_are": "building a den in the garden"},  # not known to be everyday either
        {"after_the_kids_were": "hiding under the bed because he was shouting"},
    ],
)
def test_a_carriers_words_not_known_everyday_are_never_saved_as_the_answer(
    session, session_factory, a, b, locale, slots
):
    """Only words known to be everyday (a game, a gripe, a worry, a partner's everyday act) become
    the answer: a carrier exists for sentences that are often distress, so the rest are not saved
    unasked, and the question waits."""
    talk = at_question_one(session, session_factory, a, b, locale)
    said = talk.send(Match("SupportIntent", slots))
    assert "Question 2" not in said.speech and "Thank you" not in said.speech, said.speech
    assert answers(session) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_outside_a_checkin_a_carriers_everyday_words_save_nothing(session, session_factory, a, b, locale):
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk.send(Match("SupportIntent", {"after_the_kids_were": "hiding under the bed playing hide and seek"}))
    assert "Question" not in said.speech, said.speech
    assert answers(session) == []
