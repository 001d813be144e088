"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server,
tests/skill/e2e/harness.py): a breach naming none of the couple's boundaries is confirmed first
and "no" logs nothing; one naming a boundary is logged against it; an answer said while "who's
answering?" waits survives a name said on a device that knows the voice, and "go back".
virtual-alexa does not follow Dialog.ElicitSlot: the answers to an elicited slot are tested with
requests built by hand in test_breach_boundaries.py and test_checkin_held_answer.py."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.skill.e2e.harness import alex_says, conversation_script, opened, server, spoken
from trust_tracker.models.entities import CheckInAnswer, ContractItem, ItemKind, LogEntry, LogKind, Partner

__all__ = ["conversation_script", "server"]  # fixtures

WHICH = (
    "<speak>Which of your boundaries was it: no contact with the former affair partner or no reading each "
    "other's private journal? Or say: none of them.</speak>"
)


def breaches(database) -> list[tuple[int | None, str]]:
    with opened(database) as session:
        rows = session.execute(
            select(LogEntry.lineage_id, LogEntry.note).where(LogEntry.kind == LogKind.BREACH).order_by(LogEntry.id)
        )
        return [(lineage, note) for lineage, note in rows]


def test_a_breach_naming_no_boundary_is_asked_about_and_no_logs_nothing(conversation_script, server) -> None:
    database = server[2]
    before = breaches(database)
    turns = alex_says(conversation_script, server, ["i crossed a boundary at the gym", "no"])
    assert turns[1]["intent"] == "LogBreachIntent" and turns[1]["ssml"] == WHICH and not turns[1]["ends"]
    assert turns[2]["intent"] == "AMAZON.NoIntent" and "I haven't logged anything" in turns[2]["ssml"]
    assert turns[2]["ends"] and breaches(database) == before


def test_a_breach_naming_a_boundary_is_logged_against_it(conversation_script, server) -> None:
    database = server[2]
    before = breaches(database)
    turns = alex_says(conversation_script, server, ["i crossed a boundary i read the private journal", "no"])
    assert "a breach of no reading each other's private journal, and Sam will see it" in turns[1]["ssml"]
    with opened(database) as session:
        journal = session.scalars(
            select(ContractItem.lineage_id).where(
                ContractItem.kind == ItemKind.BOUNDARY, ContractItem.text.like("%private journal%")
            )
        ).first()
    assert breaches(database) == [*before, (journal, "I read the private journal")]


def test_the_answer_waiting_for_who_survives_a_name_on_a_known_voice(conversation_script, server) -> None:
    database = server[2]
    turns = alex_says(
        conversation_script,
        server,
        [
            "start our check in",
            "no",
            "actually this is jordan",
            "my answer is our long walk on sunday",
            "go back",
            "my answer is sam",
        ],
    )
    said = spoken(turns)
    assert said[4] == "<speak>I'll keep that until I know who's speaking. Who's answering: Alex or Sam?</speak>"
    assert turns[5]["intent"] == "AMAZON.PreviousIntent" and said[5] == said[4]  # go back: the answer still waits
    assert said[6].startswith("<speak>I know you as Alex on this device.") and not turns[6]["ends"]
    with opened(database) as session:
        alex = session.scalars(select(Partner).where(Partner.name == "Alex")).one()
        saved = session.scalar(
            select(func.count()).where(
                CheckInAnswer.partner_id == alex.id, CheckInAnswer.answer == "Our long walk on sunday"
            )
        )
    assert saved == 1
