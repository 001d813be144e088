"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server,
tests/skill/e2e/harness.py), for a couple: mid check-in, a small win said behind "hang on" is
asked about, never saved as the answer, and logged on "yes"; "what did I just log?" reads it
back. virtual-alexa fills no elicited slot, so answers are said with their carrier ("my answer
is ...")."""

from __future__ import annotations

from sqlalchemy import select

from tests.skill.e2e.harness import alex_says, conversation_script, opened, server, spoken
from trust_tracker.models.entities import CheckInAnswer, LogEntry, LogKind

__all__ = ["conversation_script", "server"]  # fixtures


def test_a_real_alexa_client_holds_a_win_said_mid_checkin(conversation_script, server) -> None:
    database = server[2]
    turns = alex_says(
        conversation_script,
        server,
        [
            "start our check in",
            "no",
            "my answer is hang on log a small win we booked the dentist for both of us",
            "yes",
            "stop",
            "open trust tracker",
            "what did i just log",
        ],
    )
    said = spoken(turns)
    assert "Shall I log a small win" in said[3] and not turns[3]["ends"], said[3]  # named since voice51
    assert "small win" in said[4] and not turns[4]["ends"]
    assert "Your last entry, today, says" in said[7] and "dentist" in said[7]
    with opened(database) as session:
        answers = session.scalars(select(CheckInAnswer.answer)).all()
        logged = session.scalars(select(LogEntry)).all()
        assert not any("dentist" in a for a in answers)
        assert [(e.kind, e.note.lower()) for e in logged if e.note and "dentist" in e.note.lower()] == [
            (LogKind.SMALL_WIN, "we booked the dentist for both of us")
        ]
