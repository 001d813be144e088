"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server, the demo couple,
tests/skill/e2e/harness.py): Alex telling Sam's keep or miss logs nothing under Alex's name (found
by voice17), while "we had our evening talk" (shared) is Alex's keep."""

from __future__ import annotations

from tests.skill.e2e.harness import alex_says, conversation_script, server, spoken, written_since
from trust_tracker.models.entities import LogEntry, LogKind

__all__ = ["conversation_script", "server"]  # fixtures


def test_a_real_alexa_client_leaves_the_partners_keep_to_them(conversation_script, server) -> None:
    database = server[2]
    before = written_since(database, LogEntry)
    turns = alex_says(
        conversation_script,
        server,
        [
            "Sam didn't do the house jobs",
            "open trust tracker",
            "Sam did the house jobs",
            "open trust tracker",
            "Sam missed the evening talk",
            "open trust tracker",
            "we had our evening talk",
        ],
    )
    said = spoken(turns)
    for turn in (said[1], said[3], said[5]):
        assert "Sam's to log, so Sam logs it" in turn, turn
    assert "kept your evening talk" in said[7], said[7]
    assert [e.kind for e in written_since(database, LogEntry, before)] == [LogKind.KEPT]
