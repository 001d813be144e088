"""End to end, through virtual-alexa over HTTP: describing what was done logs the commitment.

After linking, a session in which the skill taught Alexa the couple's commitments (their
short names and "how we'd say it" phrasings, as dynamic entities): "i called when i was
running late" resolves to call when late (ER_SUCCESS_MATCH, the dynamic authority) and is
logged; words that say what was done and name no promise are let go, never logged as a keep.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tests.skill.e2e.harness import conversation_script, linked, opened, server, talk
from trust_tracker.models import spoken_forms
from trust_tracker.models.contracts import active_commitments
from trust_tracker.models.entities import LogEntry, LogKind, Partner, Source

__all__ = ["conversation_script", "server"]  # fixtures


def _call_when_late(database: Path, phrasings: list[str] | None = None) -> int:
    """The demo's call-when-late lineage; its phrasings saved by Alex first, when given."""
    with opened(database) as session, session.begin():
        alex = session.scalars(select(Partner).where(Partner.name == "Alex")).one()
        item = next(c for c in active_commitments(session, alex.couple_id) if c.short_name == "call when late")
        if phrasings is not None:
            spoken_forms.save(session, alex, item.lineage_id, phrasings)
        return item.lineage_id


def _voice_entries(database: Path) -> list[tuple[LogKind, int | None, str]]:
    with opened(database) as session:
        rows = session.execute(
            select(LogEntry.kind, LogEntry.lineage_id, LogEntry.note)
            .where(LogEntry.source == Source.VOICE)
            .order_by(LogEntry.id)
        )
        return [tuple(row) for row in rows]


def test_a_description_alexa_resolved_logs_its_commitment(conversation_script, server) -> None:
    url, _env, database = server
    lineage = _call_when_late(database, ["I called when I was running late"])
    linked(conversation_script, server)
    launch, described = talk(conversation_script, url, ["open trust tracker", "i called when i was running late"])
    assert not launch["ends"]  # the session in which the dynamic entities were sent
    assert described["intent"] == "LogKeptIntent"
    slot = described["slots"]["commitment"]
    assert slot["value"] == "called when i was running late"
    dynamic = slot["resolutions"]["resolutionsPerAuthority"][0]
    assert ".dynamic." in dynamic["authority"] and dynamic["status"]["code"] == "ER_SUCCESS_MATCH"
    assert dynamic["values"][0]["value"]["id"] == f"lineage-{lineage}"
    assert described["ssml"].startswith("<speak>Logged: you kept your promise to call when late.")
    assert _voice_entries(database)[-1] == (LogKind.KEPT, lineage, "")


def test_a_description_of_no_promise_is_offered_back_and_noted_as_a_moment(conversation_script, server) -> None:
    url, _env, database = server
    linked(conversation_script, server)
    before = _voice_entries(database)
    offered, answered = talk(conversation_script, url, ["i fixed the garden gate", "yes"])
    assert offered["intent"] == "LogKeptIntent" and not offered["ends"]
    assert "Or shall I note it as a moment of reliability?" in offered["ssml"]
    assert answered["ssml"].startswith("<speak>Noted, a moment of reliability: you fixed the garden gate.")
    assert _voice_entries(database) == [*before, (LogKind.RELIABILITY, None, "I fixed the garden gate")]
