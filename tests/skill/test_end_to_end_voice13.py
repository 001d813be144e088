"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server, the demo couple,
tests/skill/e2e/harness.py): the partner's lapse told by the other ("I found out Sam has been
texting his ex again") is answered warmly and, with "yes", writes nothing: never a moment in the
teller's name (tester-voice4 #9); a game of hide and seek where Sam hid is no breach (#8)."""

from __future__ import annotations

from tests.skill.e2e.harness import alex_says, conversation_script, server, spoken, written_since
from trust_tracker.models.entities import LogEntry

__all__ = ["conversation_script", "server"]  # fixtures


def test_a_real_alexa_client_writes_nothing_for_the_partners_lapse_or_a_game(conversation_script, server) -> None:
    database = server[2]
    before = written_since(database, LogEntry)
    turns = alex_says(
        conversation_script,
        server,
        [
            "i found out sam has been texting his ex again",
            "yes",
            "stop",
            "open trust tracker",
            "we played hide and seek with the kids and sam hid in the wardrobe",
            "yes",
        ],
    )
    said = spoken(turns)
    assert "under your name" in said[1] and not turns[1]["ends"], said[1]
    assert "moment of reliability" not in " ".join(said) and "breach of" not in " ".join(said)
    assert "boundary" not in said[5], said[5]
    assert written_since(database, LogEntry, before) == []
