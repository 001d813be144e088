"""A streak milestone reached and lost the same day does not stand (tester-web49: Charts showed "14 days in a
row" beside "Current streak 0" after Sam logged as missed the shared promise Alex had kept that day).

A miss counted on a commitment's day breaks that day (a week, for a weekly promise: models/cadence.py), so a
streak milestone of it reached that day (or week) was never reached: it goes as the miss is written, in the
same flush (models/stats.py). One reached before stands: it was earned, then the streak ended. Cheap on purpose:
a couple's few streak milestones of one commitment and week, by the (couple, key) index.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .entities import Milestone
from .localtime import week_start

STREAK = "streak"  # models.milestone_checks.Kind.STREAK, not imported: that module reads the streaks this follows


def drop_lost_streaks(session: Session, misses: Iterable[tuple[int, int, date]]) -> None:
    """Delete the streak milestones each (couple, commitment, day) newly counted as missed broke."""
    connection, gone = session.connection(), list[int]()
    for couple_id, lineage_id, day in misses:
        monday = week_start(day)
        found = connection.execute(
            select(Milestone.id, Milestone.reached_on, Milestone.params).where(
                Milestone.couple_id == couple_id,
                Milestone.key.startswith(f"{STREAK}:{lineage_id}:", autoescape=True),
                Milestone.reached_on.between(monday, monday + timedelta(days=6)),
            )
        )
        gone += [i for i, reached_on, params in found if reached_on == day or params.get("unit") == "week"]
    if not gone:
        return
    connection.execute(delete(Milestone).where(Milestone.id.in_(gone)))
    for milestone_id in gone:  # one this session read (celebrated a moment ago) is no longer its to write
        held = session.identity_map.get(session.identity_key(Milestone, milestone_id))
        if held is not None:
            session.expunge(held)
