"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server, the demo couple,
tests/skill/e2e/harness.py): a small win said, then "no wait, that was yesterday" in en-GB moves
it to the day before and says so (tester-voice6 #11); the literal samples match as Alexa's would."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tests.skill.e2e.harness import conversation_script, opened, pairing_code, server, talk
from trust_tracker.models.entities import Couple, LogEntry, LogKind
from trust_tracker.models.localtime import local_today

__all__ = ["conversation_script", "server"]  # fixtures


def test_a_real_alexa_client_moves_an_entry_to_yesterday(conversation_script, server) -> None:
    url, env, database = server
    with opened(database) as session:
        newest = session.scalar(select(LogEntry.id).order_by(LogEntry.id.desc()).limit(1)) or 0
    turns = talk(
        conversation_script,
        url,
        [f"my code is {pairing_code(env)}", "log a small win: I fixed the shelf", "no wait, that was yesterday"],
        locale="en-GB",
    )
    said = [turn["ssml"] or "" for turn in turns]
    assert "Logged a small win" in said[1], said[1]
    assert "Changed: you noted a small win" in said[2], said[2]
    with opened(database) as session:
        added = list(session.scalars(select(LogEntry).where(LogEntry.id > newest)))
        assert [(e.kind, e.note) for e in added] == [(LogKind.SMALL_WIN, "I fixed the shelf")]
        [entry] = added
        couple = session.get(Couple, entry.couple_id)
        assert entry.local_date == local_today(couple, entry.created_at) - timedelta(days=1)
