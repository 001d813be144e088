"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server over the demo
couple, tests/skill/e2e/harness.py): the partner's act told by the other writes nothing (breach11),
however Alexa routed it; the speaker's own act is still their breach."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.skill.e2e.harness import conversation_script, opened, server
from tests.skill.test_end_to_end_never_lost import alex_says
from trust_tracker.models.entities import LogEntry, LogKind, Partner

__all__ = ["conversation_script", "server"]  # fixtures


def rows(database) -> int:
    with opened(database) as session:
        return session.scalar(select(func.count(LogEntry.id)))


def test_the_partners_act_writes_nothing_over_http(conversation_script, server) -> None:
    database = server[2]
    before = rows(database)
    said = ["sam read my journal", "my husband went through my diary", "he got in touch with her again behind my back"]
    for words in said:
        _, turn = alex_says(conversation_script, server, [words])
        assert "under your name" in turn["ssml"] and not turn["ends"], (words, turn)
        assert "will see it" not in turn["ssml"]
    assert rows(database) == before


def test_someone_elses_act_and_the_speakers_own_over_http(conversation_script, server) -> None:
    database = server[2]
    before = rows(database)
    _, other = alex_says(conversation_script, server, ["my friend read my journal"])
    assert "isn't a breach of your contract" in other["ssml"] and other["ends"]
    assert rows(database) == before
    _, own = alex_says(conversation_script, server, ["i crossed a boundary i read the private journal"])
    assert "a breach of no reading each other's private journal, and Sam will see it" in own["ssml"]
    with opened(database) as session:
        latest = session.scalars(select(LogEntry).order_by(LogEntry.id.desc())).first()
        alex = session.scalars(select(Partner).where(Partner.name == "Alex")).one()
        assert latest is not None and latest.kind is LogKind.BREACH and latest.partner_id == alex.id
    assert rows(database) == before + 1
