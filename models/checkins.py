"""The weekly check-in: its questions, its slot, whether it is due, and the answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from . import milestones
from .base import utcnow
from .entities import CheckIn, CheckInAnswer, CheckInQuestion, Couple, Partner, Source
from .errors import ValidationError
from .localtime import local_now, local_today, week_start

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


MAX_ANSWER = 2000
MAX_QUESTION = 200
MAX_QUESTIONS = 10


def _current_questions(session: Session, couple_id: int) -> dict[int, str]:
    return dict(
        session.execute(
            select(CheckInQuestion.position, CheckInQuestion.text)
            .where(CheckInQuestion.couple_id == couple_id)
            .order_by(CheckInQuestion.position)
        ).all()
    )


def _this_week(couple: Couple, now: datetime) -> date:
    return week_start(local_today(couple, now))


def current_checkin(session: Session, couple: Couple, now: datetime | None = None) -> CheckIn:
    """This week's check-in (Monday to Sunday in the couple's time zone), created on first use."""
    monday = _this_week(couple, now or utcnow())
    query = select(CheckIn).where(CheckIn.couple_id == couple.id, CheckIn.week_start == monday)
    checkin = session.scalar(query)
    if checkin is not None:
        return checkin
    checkin = CheckIn(couple_id=couple.id, week_start=monday, created_at=now or utcnow())
    try:
        # Both partners may start it at the same moment: the second one uses the first's.
        with session.begin_nested():
            session.add(checkin)
    except IntegrityError:
        return session.scalars(query).one()
    return checkin


def _answered_positions(session: Session, partner: Partner, monday: date) -> set[int]:
    return set(
        session.scalars(
            select(CheckInAnswer.position)
            .join(CheckIn)
            .where(
                CheckIn.couple_id == partner.couple_id,
                CheckIn.week_start == monday,
                CheckInAnswer.partner_id == partner.id,
            )
        )
    )


def next_question(
    session: Session, partner: Partner, now: datetime | None = None
) -> tuple[int, str] | None:
    """The first of this week's questions this partner has not answered yet, or None when done.

    Positions count from 0, as stored; this is where an interrupted check-in resumes.
    """
    answered = _answered_positions(session, partner, _this_week(partner.couple, now or utcnow()))
    for position, text in _current_questions(session, partner.couple_id).items():
        if position not in answered:
            return position, text
    return None


def save_answer(
    session: Session,
    partner: Partner,
    position: int,
    text: str,
    *,
    source: Source,
    now: datetime | None = None,
) -> CheckInAnswer:
    """Save this partner's answer to one of this week's questions, as soon as it is given.

    Answering again replaces the earlier answer. When every partner of the couple has
    answered every question, the check-in is complete (and milestones are looked for).
    """
    now = now or utcnow()
    text = (text or "").strip()
    if not text:
        raise ValidationError("An answer cannot be empty.")
    if len(text) > MAX_ANSWER:
        raise ValidationError(f"An answer can be at most {MAX_ANSWER} characters.")
    asked = _current_questions(session, partner.couple_id)
    if not isinstance(position, int) or isinstance(position, bool) or position not in asked:
        raise ValidationError("There is no such question in your check-in.")
    checkin = current_checkin(session, partner.couple, now)
    answer = session.scalar(
        select(CheckInAnswer).where(
            CheckInAnswer.checkin_id == checkin.id,
            CheckInAnswer.partner_id == partner.id,
            CheckInAnswer.position == position,
        )
    )
    if answer is None:
        answer = CheckInAnswer(checkin=checkin, partner_id=partner.id, position=position)
        session.add(answer)
    answer.question = asked[position]
    answer.answer = text
    answer.source = source
    answer.created_at = now
    session.flush()
    if checkin.completed_at is None and _everyone_answered(session, checkin, partner.couple, set(asked)):
        checkin.completed_at = now
        session.flush()
        milestones.record_milestones(session, partner.couple, now)
    return answer


def _everyone_answered(session: Session, checkin: CheckIn, couple: Couple, positions: set[int]) -> bool:
    answered: dict[int, set[int]] = {p.id: set() for p in couple.partners}
    for partner_id, position in session.execute(
        select(CheckInAnswer.partner_id, CheckInAnswer.position).where(CheckInAnswer.checkin_id == checkin.id)
    ):
        answered.setdefault(partner_id, set()).add(position)
    return all(positions <= answered[p.id] for p in couple.partners)


@dataclass(frozen=True)
class CheckInProgress:
    checkin: CheckIn | None  # None until someone starts this week's check-in
    total: int  # how many questions there are
    answered: dict[int, int]  # partner id -> how many of the questions they have answered

    @property
    def complete(self) -> bool:
        return self.checkin is not None and self.checkin.completed_at is not None


def checkin_progress(session: Session, couple: Couple, now: datetime | None = None) -> CheckInProgress:
    """Who has answered how much of this week's check-in, without creating it."""
    monday = _this_week(couple, now or utcnow())
    checkin = session.scalar(
        select(CheckIn).where(CheckIn.couple_id == couple.id, CheckIn.week_start == monday)
    )
    asked = set(_current_questions(session, couple.id))
    answered = {p.id: 0 for p in couple.partners}
    if checkin is not None:
        for partner_id, count in session.execute(
            select(CheckInAnswer.partner_id, func.count(CheckInAnswer.id))
            .where(CheckInAnswer.checkin_id == checkin.id, CheckInAnswer.position.in_(asked))
            .group_by(CheckInAnswer.partner_id)
        ):
            answered[partner_id] = count
    return CheckInProgress(checkin=checkin, total=len(asked), answered=answered)


@dataclass(frozen=True)
class AnsweredQuestion:
    """One question of a week's check-in and each partner's answer to it, for side-by-side display."""

    position: int
    question: str  # the wording as it was asked (an answer's own copy when there is one)
    answers: dict[int, CheckInAnswer]  # partner id -> answer


def checkin_answers(session: Session, couple_id: int, week_start: date) -> list[AnsweredQuestion]:
    """A week's check-in, question by question. Unanswered current questions are included
    while that check-in is still open, so the site can show what is left."""
    checkin = session.scalar(
        select(CheckIn).where(CheckIn.couple_id == couple_id, CheckIn.week_start == week_start)
    )
    by_position: dict[int, AnsweredQuestion] = {}
    if checkin is not None:
        for answer in checkin.answers:
            row = by_position.setdefault(answer.position, AnsweredQuestion(answer.position, answer.question, {}))
            row.answers[answer.partner_id] = answer
    if checkin is None or checkin.completed_at is None:
        for position, text in _current_questions(session, couple_id).items():
            by_position.setdefault(position, AnsweredQuestion(position, text, {}))
    return [by_position[p] for p in sorted(by_position)]


def update_questions(session: Session, partner: Partner, texts: list[str]) -> list[str]:
    """Replace the couple's questions. Answers already given keep their own copy of the wording."""
    cleaned = [" ".join((t or "").split()) if isinstance(t, str) else "" for t in texts or []]
    if not 1 <= len(cleaned) <= MAX_QUESTIONS:
        raise ValidationError(f"A check-in has between 1 and {MAX_QUESTIONS} questions.")
    if any(not t for t in cleaned):
        raise ValidationError("A question cannot be empty.")
    if any(len(t) > MAX_QUESTION for t in cleaned):
        raise ValidationError(f"A question can be at most {MAX_QUESTION} characters.")
    session.execute(delete(CheckInQuestion).where(CheckInQuestion.couple_id == partner.couple_id))
    session.add_all(
        CheckInQuestion(couple_id=partner.couple_id, position=i, text=text) for i, text in enumerate(cleaned)
    )
    session.flush()
    return cleaned


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
