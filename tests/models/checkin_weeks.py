"""What the check-in tests share (tests/models/test_checkin_flow.py, test_checkin_questions.py):
NOW's week, the default questions, answering every question of the week, counting rows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from tests.factories import NOW
from trust_tracker.models import checkins
from trust_tracker.models.entities import Source

MONDAY = date(2026, 11, 23)  # NOW's week in New York
QUESTIONS = list(checkins.DEFAULT_QUESTIONS)


def _answer_all(session, partner, now=NOW, prefix="answer"):
    for position in range(len(checkins.questions(session, partner.couple_id, now))):
        checkins.save_answer(session, partner, position, f"{prefix} {position}", source=Source.VOICE, now=now)


def _count(session, model):
    return session.scalar(select(func.count(model.id)))
