"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server, the demo couple,
tests/skill/e2e/harness.py): the partner's lapse told through a new carrier ("sam messaged his ex
again") is answered warmly and writes nothing (tester-voice5 #14); a moment then "add that to the
log" is noted without the command (#15); at "Shall I remove it?", "no wait, leave it" keeps it (#12)."""

from __future__ import annotations

from tests.skill.e2e.harness import conversation_script, logged, pairing_code, server, talk
from trust_tracker.models.entities import LogKind

__all__ = ["conversation_script", "server"]  # fixtures


def test_a_real_alexa_client_hears_voice15s_logging(conversation_script, server) -> None:
    url, env, database = server
    before = logged(database)
    turns = talk(
        conversation_script,
        url,
        [
            f"my code is {pairing_code(env)}",
            "sam messaged his ex again",
            "stop",
            "open trust tracker",
            "sam brought me a coffee in bed, add that to the log",
            "undo that",
            "no wait, leave it",
        ],
    )
    said = [turn["ssml"] or "" for turn in turns]
    assert "under your name" in said[1], said[1]
    assert "moment of reliability" in said[4], said[4]
    assert "Shall I remove it" in said[5], said[5]
    assert "stays as it was" in said[6], said[6]
    added = logged(database)[len(before) :]
    assert added == [(LogKind.RELIABILITY, "Sam brought me a coffee in bed")]
