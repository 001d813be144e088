"""A speaker switch mid check-in never deletes an answer already given (issue 8, D4): where the
one now speaking had already answered (on the site, say), both answers stay and the words said
here stay under the first name; where they had not, the answers move to them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY
from tests.skill.test_checkin_speaker import start_as_alex_alone
from tests.skill.test_repairs import answers
from trust_tracker.models import checkins
from trust_tracker.models.entities import Source

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture


def sam_answered_everything_on_the_site(session, sam) -> None:
    for position in range(len(QUESTIONS)):
        checkins.save_answer(
            session, sam, position, f"sam typed {position}", source=Source.WEB, now=NOW - timedelta(hours=3)
        )
    session.commit()


@pytest.mark.parametrize("switch", ["wait, it's sam now", "actually this is sam", "oh sorry, it's sam"])
def test_three_answers_then_a_switch_to_one_who_answered_everything_are_all_kept(session, couple, shared_talk, switch):
    alex, sam = couple
    sam_answered_everything_on_the_site(session, sam)
    start_as_alex_alone(shared_talk)
    for words in ("our walk", "being late once", "knowing you would text"):
        shared_talk(words)
    said = shared_talk(switch)
    kept = [(alex.id, 0, "Our walk"), (alex.id, 1, "Being late once"), (alex.id, 2, "Knowing you would text")]
    assert answers(session) == [*kept, *[(sam.id, p, f"sam typed {p}") for p in range(len(QUESTIONS))]]
    assert SAY("checkin_answers_kept", count=3, wrong="Alex") in said.speech
    assert "under your name now" not in said.speech


def test_the_end_thanks_only_who_answered_here_when_the_other_finished_on_the_site(session, couple, shared_talk):
    """W5: Sam finished on the site; Alex answers every question by voice: only Alex is thanked."""
    _alex, sam = couple
    sam_answered_everything_on_the_site(session, sam)
    start_as_alex_alone(shared_talk)
    for position in range(len(QUESTIONS) - 1):
        shared_talk(f"alex answer {position}")
    said = shared_talk("alex last answer")
    assert "That's your check-in done for this week. Thank you, Alex." in said.speech
    assert said.open and said.speech.endswith(SAY("anything_else_named", name="Alex"))  # the name holds (tester D6)
    assert "Sam" not in said.speech.split("Thank you, Alex.")[0]
