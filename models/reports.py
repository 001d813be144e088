"""What a partner hears or sees when they ask how things stand: the week against the
last, the streaks and the long arc, and what is newly worth celebrating."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import checkins, milestones, progress
from .base import utcnow
from .entities import CheckInAnswer, LogEntry, LogKind, Milestone, Partner, Source
from .localtime import local_now, local_today, week_start

# "What should we celebrate?" names this many of the latest milestones.
RECENT_MILESTONES = 3


@dataclass(frozen=True)
class WeekReport:
    progress: progress.Progress
    milestones: list[Milestone]  # newly reached, oldest first; now marked celebrated


@dataclass(frozen=True)
class KeptThisWeek:
    """What the end of a check-in celebrates when no milestone is new: the promises kept this week, as
    many as they were; `none_missed` only when the week holds no miss, so a week with one is never
    "every promise" (tester-voice45: said after a miss)."""

    kept: int
    none_missed: bool


def kept_to_celebrate(week: WeekReport) -> KeptThisWeek | None:
    """The week's keeps, to celebrate at the end of a check-in; None when a milestone is new (that is
    celebrated instead) or nothing was kept (nothing is made up)."""
    this = week.progress.this_week
    if week.milestones or not this.kept:
        return None
    return KeptThisWeek(this.kept, this.missed == 0)


def week_report(session: Session, partner: Partner, now: datetime | None = None) -> WeekReport:
    """This week against last, the streaks and the arc, and the milestones newly reached."""
    now = now or utcnow()
    week = progress.progress(session, partner, now)
    return WeekReport(week, milestones.celebrate(session, partner, now, streaks=week.streaks))


def own_report(session: Session, partner: Partner, now: datetime | None = None) -> WeekReport:
    """ "How am I doing": the partner's own week against last, streaks and arc (progress.progress's
    `own`); the couple's milestones are left for "how are we doing" to celebrate."""
    return WeekReport(progress.progress(session, partner, now or utcnow(), own=True), [])


def celebration(session: Session, partner: Partner, now: datetime | None = None) -> list[Milestone]:
    """The latest milestones, newest first, celebrated or not, a streak still going told as it
    stands; any newly reached are recorded first and, being celebrated now, not announced again."""
    now = now or utcnow()
    milestones.celebrate(session, partner, now)
    return milestones.recent_told(session, partner, RECENT_MILESTONES, now)


@dataclass(frozen=True)
class Celebration:
    milestones: list[Milestone]  # the latest, newest first
    wins: list[str]  # this week's small wins, newest first, by their notes ("" for none said)


def worth_celebrating(session: Session, partner: Partner, now: datetime | None = None) -> Celebration:
    """The latest milestones, and the couple's small wins of this week: a win just logged is
    worth celebrating before it makes a milestone. A win disputed ("not me") counts for nothing."""
    now = now or utcnow()
    monday = week_start(local_today(partner.couple, now))
    wins = session.scalars(
        select(LogEntry.note)
        .where(
            LogEntry.couple_id == partner.couple_id,
            LogEntry.kind == LogKind.SMALL_WIN,
            LogEntry.local_date >= monday,
            LogEntry.disputed_at.is_(None),
        )
        .order_by(LogEntry.local_date.desc(), LogEntry.id.desc())
    ).all()
    return Celebration(celebration(session, partner, now), list(wins))


class CheckInNews(StrEnum):
    RESUMABLE = "resumable"  # started this week, not finished
    DUE = "due"  # its time has come
    LATER = "later"  # later this week
    NONE = "none"  # done, or its time has passed


@dataclass(frozen=True)
class Welcome:
    """What a returning partner hears first: the milestones newly reached (now celebrated),
    where this week's check-in stands (with its slot and today, in the couple's time), and
    the week, when a screen can show it."""

    milestones: list[Milestone]
    checkin: CheckInNews
    slot: datetime
    today: date
    progress: progress.Progress | None
    first_time: bool  # nothing said to the skill yet by this partner: the longer welcome, once


def welcome(session: Session, partner: Partner, now: datetime | None = None, *, with_progress: bool) -> Welcome:
    now = now or utcnow()
    status = checkins.checkin_status(session, partner.couple, now)
    here = local_now(partner.couple, now)
    week = progress.progress(session, partner, now) if with_progress else None
    fresh = milestones.celebrate(session, partner, now, streaks=week.streaks if week else None)
    news = checkin_news(session, partner, now)
    return Welcome(fresh, news, status.slot, here.date(), week, first_time=not spoke_before(session, partner))


def checkin_news(session: Session, partner: Partner, now: datetime) -> CheckInNews:
    """Where this week's check-in stands for `partner`: half done, due, later, or neither."""
    resume = checkins.next_question(session, partner, now)
    if resume is not None and resume[0] > 0:
        return CheckInNews.RESUMABLE
    status = checkins.checkin_status(session, partner.couple, now)
    if status.due:
        return CheckInNews.DUE
    if (
        status.slot > local_now(partner.couple, now)
        and not checkins.checkin_progress(session, partner.couple, now).complete
    ):
        return CheckInNews.LATER  # once done, it is not mentioned again
    return CheckInNews.NONE


def spoke_before(session: Session, partner: Partner) -> bool:
    """Whether this partner has logged or answered anything by voice (one indexed lookup each)."""
    said = (
        select(LogEntry.id).where(LogEntry.partner_id == partner.id, LogEntry.source == Source.VOICE).limit(1),
        select(CheckInAnswer.id)
        .where(CheckInAnswer.partner_id == partner.id, CheckInAnswer.source == Source.VOICE)
        .limit(1),
    )
    return any(session.scalar(query) is not None for query in said)
