"""End to end, through virtual-alexa over HTTP, the phrasings voice10 made understood: the short
form "log a moment: ...", the kind said after the words ("..., log that as a moment"), "note that
..." of an everyday moment, and a keep named loosely. Each reaches its intent through the real
interaction model, and the row written is the kind asked, in the person's words as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.skill.e2e.harness import conversation_script, linked, opened, server, talk
from trust_tracker.models.entities import LogEntry, LogKind, Source

__all__ = ["conversation_script", "server"]  # fixtures


def _last_voice_entry(database: Path) -> tuple[LogKind, str] | None:
    with opened(database) as session:
        row = session.execute(
            select(LogEntry.kind, LogEntry.note).where(LogEntry.source == Source.VOICE).order_by(LogEntry.id.desc())
        ).first()
        return tuple(row) if row else None  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("said", "kind", "note"),
    [
        ("log a moment sam brought me tea in bed", LogKind.RELIABILITY, "Sam brought me tea in bed"),
        (
            "we laughed together at breakfast log that as a moment",
            LogKind.RELIABILITY,
            "We laughed together at breakfast",
        ),
        ("note that we talked about the kids", LogKind.RELIABILITY, "We talked about the kids"),
        (
            "sam fixed the tap without being asked note that as a win",
            LogKind.SMALL_WIN,
            "Sam fixed the tap without being asked",
        ),
    ],
)
def test_said_as_people_say_it_logs_the_kind_asked(conversation_script, server, said, kind, note) -> None:
    url, _env, database = server
    linked(conversation_script, server)
    _, heard = talk(conversation_script, url, ["open trust tracker", said])
    assert heard["ssml"].startswith(("<speak>Noted", "<speak>Logged")), heard
    assert _last_voice_entry(database) == (kind, note)
