"""What a partner hears or sees when they ask how things stand: the week against the
last, the streaks and the long arc, and what is newly worth celebrating."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from . import milestones, progress
from .base import utcnow
from .entities import Milestone, Partner

# "What should we celebrate?" names this many of the latest milestones.
RECENT_MILESTONES = 3


@dataclass(frozen=True)
class WeekReport:
    progress: progress.Progress
    milestones: list[Milestone]  # newly reached, oldest first; now marked celebrated


def week_report(session: Session, partner: Partner, now: datetime | None = None) -> WeekReport:
    """This week against last, the streaks and the arc, and the milestones newly reached."""
    now = now or utcnow()
    return WeekReport(progress.progress(session, partner, now), milestones.celebrate(session, partner, now))


def celebration(session: Session, partner: Partner, now: datetime | None = None) -> list[Milestone]:
    """The latest milestones, newest first, celebrated or not; any newly reached are
    recorded first and, being celebrated now, not announced again."""
    milestones.celebrate(session, partner, now or utcnow())
    return milestones.recent(session, partner.couple_id, limit=RECENT_MILESTONES)
