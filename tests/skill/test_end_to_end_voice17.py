"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server, the demo couple,
tests/skill/e2e/harness.py): a lapse told as a small win is offered as the breach of the boundary
it breaks, and "no" saves nothing (tester-voice6 #9); "I rang Sam when the train was delayed"
keeps call when late (#15)."""

from __future__ import annotations

from tests.skill.e2e.harness import alex_says, conversation_script, server, spoken, written_since
from trust_tracker.models.entities import LogEntry, LogKind

__all__ = ["conversation_script", "server"]  # fixtures


def test_a_real_alexa_client_hears_a_lapse_told_as_a_win(conversation_script, server) -> None:
    database = server[2]
    before = written_since(database, LogEntry)
    turns = alex_says(
        conversation_script,
        server,
        [
            "log a small win I got a message from her, the woman from before, and I replied",
            "no",
            "open trust tracker",
            "I rang Sam when the train was delayed",
        ],
    )
    said = spoken(turns)
    assert "boundary about contact with an ex" in said[1] and "Shall I log it as a breach" in said[1], said[1]
    assert "small win" not in said[1]
    assert "kept your promise to call when late" in said[4], said[4]
    added = [(e.kind, e.note) for e in written_since(database, LogEntry, before)]
    assert added == [(LogKind.KEPT, "Rang Sam when the train was delayed")]
