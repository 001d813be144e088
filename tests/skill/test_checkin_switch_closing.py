"""A speaker switch that keeps earlier answers says "say go back to change yours" only while a
question follows (issue 8 item 4, vfix3): never in a response that ends the session, where
"go back" could not be said."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY
from tests.skill.test_checkin_speaker import start_as_alex_alone
from tests.skill.test_checkin_switch_keeps import sam_answered_everything_on_the_site
from tests.skill.test_repairs import answers
from trust_tracker.models import checkins
from trust_tracker.models.entities import Source

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture
GO_BACK = SAY("checkin_go_back_yours")


@pytest.mark.parametrize("switch", ["actually this is sam", "sorry, wrong person, it's sam speaking"])
def test_a_switch_that_ends_the_checkin_never_offers_go_back(session, couple, shared_talk, switch):
    alex, sam = couple
    sam_answered_everything_on_the_site(session, sam)
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    said = shared_talk(switch)
    assert said.open and said.speech.endswith(SAY("anything_else_named", name="Sam"))  # the name holds (tester D6)
    assert SAY("checkin_answers_kept_one", wrong="Alex") in said.speech
    assert "go back" not in said.speech.lower()
    assert (alex.id, 0, "Our walk") in answers(session)  # nothing deleted


def test_a_switch_with_questions_left_offers_go_back_before_the_next(session, couple, shared_talk):
    alex, sam = couple
    checkins.save_answer(session, sam, 0, "sam's own", source=Source.WEB, now=NOW - timedelta(hours=2))
    session.commit()
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    said = shared_talk("actually this is sam")
    assert said.open and f"{GO_BACK} Question 2: {QUESTIONS[1]}" in said.speech
    assert answers(session) == [(alex.id, 0, "Our walk"), (sam.id, 0, "sam's own")]
