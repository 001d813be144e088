"""The weekly check-in: its questions, its slot, and whether it is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from .entities import CheckIn, CheckInQuestion, Couple
from .localtime import local_now, week_start

DEFAULT_QUESTIONS = (
    "What went well this week?",
    "What didn't go well?",
    "What helped you feel secure this week?",
    "What would make trust easier next week?",
)


def questions(session: Session, couple_id: int) -> list[str]:
    return list(
        session.scalars(
            select(CheckInQuestion.text)
            .where(CheckInQuestion.couple_id == couple_id)
            .order_by(CheckInQuestion.position)
        )
    )


@dataclass(frozen=True)
class CheckInStatus:
    slot: datetime  # this week's check-in time, in the couple's time zone
    due: bool  # the slot has come and this week's check-in is not complete yet


def checkin_status(session: Session, couple: Couple, now: datetime) -> CheckInStatus:
    here = local_now(couple, now)
    monday = week_start(here.date())
    slot = datetime.combine(
        monday + timedelta(days=couple.checkin_weekday), couple.checkin_time, tzinfo=here.tzinfo
    )
    completed = session.scalar(
        select(CheckIn.completed_at).where(CheckIn.couple_id == couple.id, CheckIn.week_start == monday)
    )
    return CheckInStatus(slot=slot, due=here >= slot and completed is None)
