"""A week's check-in as one partner may see it: a partner's answers stay hidden from the
other until the other has answered too; and the past weeks, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .checkins import AnsweredQuestion, checkin_answers
from .entities import CheckIn, Partner


@dataclass(frozen=True)
class WeekAnswers:
    """A week's check-in as one partner may see it."""

    rows: list[AnsweredQuestion]
    # The viewer has answered every one of the week's questions, so the other partner's
    # answers show beside theirs; until then the rows hold the viewer's answers only.
    revealed: bool


def answers_for(session: Session, viewer: Partner, week_start: date) -> WeekAnswers:
    """A week's check-in for `viewer`: a partner's answers stay hidden from the other until
    the other has answered that week's questions too, so nobody writes theirs after
    reading their partner's. Every surface that shows answers reads them through here."""
    rows = checkin_answers(session, viewer.couple_id, week_start)
    revealed = all(viewer.id in row.answers for row in rows if row.asked)
    if revealed:
        return WeekAnswers(rows, True)
    own = [
        AnsweredQuestion(
            row.position, row.question, {k: v for k, v in row.answers.items() if k == viewer.id}, row.asked
        )
        for row in rows
    ]
    return WeekAnswers([row for row in own if row.asked or row.answers], False)


def past_checkins(session: Session, couple_id: int, limit: int = 10) -> list[CheckIn]:
    """The couple's check-ins, newest week first, with their answers loaded."""
    return list(
        session.scalars(
            select(CheckIn)
            .where(CheckIn.couple_id == couple_id)
            .options(selectinload(CheckIn.answers))
            .order_by(CheckIn.week_start.desc())
            .limit(limit)
        )
    )
