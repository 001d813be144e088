"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server,
tests/skill/e2e/harness.py), for the demo couple (tester-voice4 #10, #11): "no, Sam's at work" at
"Is Sam with you?" starts Alex's check-in alone; an answer said after "Alex again" is saved without
those words. virtual-alexa fills no elicited slot, so answers are said with their carrier ("my
answer is ...")."""

from __future__ import annotations

from tests.skill.e2e.harness import alex_says, conversation_script, server, spoken, written_since
from trust_tracker.models.entities import CheckInAnswer

__all__ = ["conversation_script", "server"]  # fixtures


def test_a_real_alexa_client_hears_a_no_with_a_reason_and_a_handover_before_an_answer(
    conversation_script, server
) -> None:
    database = server[2]
    before = written_since(database, CheckInAnswer)
    turns = alex_says(
        conversation_script,
        server,
        [
            "start our check in",
            "my answer is no sam is at work",
            "my answer is alex again we talked more this week",
            "stop",
        ],
    )
    said = spoken(turns)
    assert "Question" in said[2] and "Sam," not in said[2] and not turns[2]["ends"]
    assert not turns[3]["ends"]
    assert [a.answer.lower() for a in written_since(database, CheckInAnswer, before)] == ["we talked more this week"]
