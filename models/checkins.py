"""The weekly check-in: its questions, its slot, whether it is due, and the answers."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import milestones
from .base import utcnow
from .db import read
from .entities import CheckIn, CheckInAnswer, CheckInQuestion, Couple, Partner, Source
from .errors import ValidationError
from .localtime import local_now, local_today, week_start
from .text import heard_from

DEFAULT_QUESTIONS = (
    "What went well this week?",
    "What didn't go well?",
    "What helped you feel secure this week?",
    "What would make trust easier next week?",
)


def couple_questions(session: Session, couple_id: int) -> list[str]:
    """The couple's questions as they stand: what the next check-in to be created will ask."""
    return list(read(session, _COUPLE_QUESTIONS, {"couple_id": couple_id}).scalars())


# Built once: the skill reads this week's questions at every turn of a check-in.
_COUPLE_QUESTIONS = (
    select(CheckInQuestion.text)
    .where(CheckInQuestion.couple_id == bindparam("couple_id"))
    .order_by(CheckInQuestion.position)
)
_WEEK_QUESTIONS = select(CheckIn.questions).where(
    CheckIn.couple_id == bindparam("couple_id"), CheckIn.week_start == bindparam("monday")
)
# The week's set (NULL before its check-in starts) on every row of the couple's questions.
_WEEK_OR_COUPLE_QUESTIONS = (
    select(_WEEK_QUESTIONS.scalar_subquery(), CheckInQuestion.text)
    .where(CheckInQuestion.couple_id == bindparam("couple_id"))
    .order_by(CheckInQuestion.position)
)


def questions(session: Session, couple_id: int, now: datetime | None = None) -> list[str]:
    """This week's questions: the week's own set once its check-in exists (answers were
    given to those), else the couple's questions, which it will take when it starts."""
    couple = session.get(Couple, couple_id)
    if couple is None:
        return []
    return week_questions(session, couple, now)


def week_questions(session: Session, couple: Couple, now: datetime | None = None) -> list[str]:
    """As `questions`, for a couple already at hand: one statement, the week's set alongside the
    couple's (a couple without questions of its own, rare, takes a second)."""
    week = {"couple_id": couple.id, "monday": _this_week(couple, now or utcnow())}
    rows = read(session, _WEEK_OR_COUPLE_QUESTIONS, week).all()
    asked = rows[0][0] if rows else read(session, _WEEK_QUESTIONS, week).scalar()
    return list(asked) if asked is not None else [text for _, text in rows]


@dataclass(frozen=True)
class CheckInStatus:
    slot: datetime  # this week's check-in time, in the couple's time zone
    due: bool  # the slot has come and this week's check-in is not complete yet


def checkin_status(session: Session, couple: Couple, now: datetime) -> CheckInStatus:
    here = local_now(couple, now)
    monday = week_start(here.date())
    slot = datetime.combine(monday + timedelta(days=couple.checkin_weekday), couple.checkin_time, tzinfo=here.tzinfo)
    completed = session.scalar(
        select(CheckIn.completed_at).where(CheckIn.couple_id == couple.id, CheckIn.week_start == monday)
    )
    return CheckInStatus(slot=slot, due=here >= slot and completed is None)


MAX_ANSWER = 2000
MAX_QUESTION = 200
MAX_QUESTIONS = 10
NO_SUCH_QUESTION = "There is no such question in your check-in."
QUESTIONS_CHANGED = "This week's questions were changed meanwhile: please read them again before answering."


class QuestionsChanged(ValidationError):
    """The question answered is not (or no longer) this week's at that position: nothing saved."""


def _this_week(couple: Couple, now: datetime) -> date:
    return week_start(local_today(couple, now))


def _find(session: Session, couple_id: int, monday: date) -> CheckIn | None:
    return session.scalar(select(CheckIn).where(CheckIn.couple_id == couple_id, CheckIn.week_start == monday))


def _lock_couple(session: Session, couple_id: int) -> None:
    """Take turns with anyone else changing this couple's questions or starting its
    check-in until the transaction ends (PostgreSQL; SQLite takes turns anyway: see models.db)."""
    session.execute(select(Couple.id).where(Couple.id == couple_id).with_for_update(key_share=True))


def _locked(session: Session, checkin: CheckIn) -> CheckIn:
    """`checkin`, held until the transaction ends and read afresh: an answer and an edit
    of the week's questions take turns, so an answer is never given to a set that is
    being replaced."""
    session.execute(
        select(CheckIn)
        .where(CheckIn.id == checkin.id)
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    )
    return checkin


def current_checkin(session: Session, couple: Couple, now: datetime | None = None) -> CheckIn:
    """This week's check-in (Monday to Sunday in the couple's time zone), created on first use
    with a copy of the couple's questions: from then on they are the week's own."""
    monday = _this_week(couple, now or utcnow())
    query = select(CheckIn).where(CheckIn.couple_id == couple.id, CheckIn.week_start == monday)
    checkin = session.scalar(query)
    if checkin is not None:
        return checkin
    _lock_couple(session, couple.id)  # an edit of the questions in flight finishes first
    checkin = session.scalar(query)
    if checkin is not None:  # the other partner started it meanwhile
        return checkin
    checkin = CheckIn(
        couple_id=couple.id,
        week_start=monday,
        created_at=now or utcnow(),
        questions=couple_questions(session, couple.id),
    )
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


def has_answered(session: Session, partner: Partner, position: int, now: datetime | None = None) -> bool:
    """Whether `partner` has an answer at `position` in this week's check-in."""
    return position in _answered_positions(session, partner, _this_week(partner.couple, now or utcnow()))


def next_question(
    session: Session, partner: Partner, now: datetime | None = None, *, skipping: Collection[int] = ()
) -> tuple[int, str] | None:
    """The first of this week's questions this partner has not answered yet (nor chose to
    skip for now, `skipping`), or None when done.

    Positions count from 0, as stored; this is where an interrupted check-in resumes.
    """
    now = now or utcnow()
    answered = _answered_positions(session, partner, _this_week(partner.couple, now)) | set(skipping)
    for position, text in enumerate(week_questions(session, partner.couple, now)):
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
    question: str | None = None,
) -> CheckInAnswer:
    """Save this partner's answer to one of this week's questions, as soon as it is given.

    `position` indexes the week's own questions (`questions`). `question`, when given, is
    the wording the partner was shown or read: if the week's question at that position
    is no longer that (its questions were edited before anyone answered), nothing is
    saved and a ValidationError says so, so an answer never lands under another question.

    Answering again replaces the earlier answer. When every partner of the couple has
    answered every question, the check-in is complete (and milestones are looked for).
    """
    now = now or utcnow()
    text = (text or "").strip()
    if not text:
        raise ValidationError("An answer cannot be empty.")
    if source is Source.VOICE:  # heard in lower case: kept as it is written, like a note
        text = heard_from(partner, text)
    if len(text) > MAX_ANSWER:
        raise ValidationError(f"An answer can be at most {MAX_ANSWER} characters.")
    if not isinstance(position, int) or isinstance(position, bool) or position < 0:
        raise ValidationError(NO_SUCH_QUESTION)
    if position >= len(week_questions(session, partner.couple, now)):  # before creating anything
        raise QuestionsChanged(NO_SUCH_QUESTION)
    checkin = _locked(session, current_checkin(session, partner.couple, now))
    asked = list(checkin.questions)
    if position >= len(asked):
        raise QuestionsChanged(NO_SUCH_QUESTION)
    if question is not None and question != asked[position]:
        raise QuestionsChanged(QUESTIONS_CHANGED)
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
    if checkin.completed_at is None and _everyone_answered(session, checkin, partner.couple, set(range(len(asked)))):
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

    @property
    def skipped(self) -> bool:
        """Complete, with a question someone passed by voice ("skip"), which can still be answered."""
        return self.complete and any(n < self.total for n in self.answered.values())


def checkin_progress(session: Session, couple: Couple, now: datetime | None = None) -> CheckInProgress:
    """Who has answered how much of this week's check-in, without creating it."""
    checkin = _find(session, couple.id, _this_week(couple, now or utcnow()))
    total = len(checkin.questions) if checkin is not None else len(couple_questions(session, couple.id))
    answered = {p.id: 0 for p in couple.partners}
    if checkin is not None:
        for partner_id, count in session.execute(
            select(CheckInAnswer.partner_id, func.count(CheckInAnswer.id))
            .where(CheckInAnswer.checkin_id == checkin.id, CheckInAnswer.position < total)
            .group_by(CheckInAnswer.partner_id)
        ):
            answered[partner_id] = count
    return CheckInProgress(checkin=checkin, total=total, answered=answered)


@dataclass(frozen=True)
class AnsweredQuestion:
    """One question of a week's check-in and each partner's answer to it, for side-by-side display."""

    position: int
    question: str  # the wording as it was asked
    answers: dict[int, CheckInAnswer]  # partner id -> answer
    # False for answers given before check-ins kept their own questions, to wording the
    # week's set no longer has at that position: shown under their own wording, not answerable.
    asked: bool = True


def checkin_answers(session: Session, couple_id: int, week_start: date) -> list[AnsweredQuestion]:
    """A week's check-in, question by question: the week's own questions, each with the
    answers given to it (unanswered ones too, so the site can show what is left). A week
    without a check-in shows the couple's questions, which it would ask."""
    checkin = _find(session, couple_id, week_start)
    if checkin is None:
        return [AnsweredQuestion(i, text, {}) for i, text in enumerate(couple_questions(session, couple_id))]
    asked = list(checkin.questions)
    rows = [AnsweredQuestion(i, text, {}) for i, text in enumerate(asked)]
    others: dict[tuple[int, str], AnsweredQuestion] = {}
    for answer in checkin.answers:
        if answer.position < len(asked) and answer.question == asked[answer.position]:
            row = rows[answer.position]
        else:
            key = (answer.position, answer.question)
            row = others.setdefault(key, AnsweredQuestion(answer.position, answer.question, {}, asked=False))
        row.answers[answer.partner_id] = answer
    return sorted([*rows, *others.values()], key=lambda r: (r.position, not r.asked))


@dataclass(frozen=True)
class AnswersSaved:
    saved: int  # answers new or changed; 0: nothing to save
    all_mine: bool  # this partner has now answered every question this week
    completed: bool  # this save completed the couple's check-in


def save_answers(
    session: Session, partner: Partner, given: dict[int, tuple[str, str]], *, source: Source, now: datetime
) -> AnswersSaved:
    """Several answers at once (the site's form): position -> (the wording shown, the text).
    Empty and unchanged answers are skipped; each is saved under the wording it was written
    for (`save_answer`), and a refused one raises, so the caller's rollback keeps none."""
    mine = {
        row.position: row.answers[partner.id].answer
        for row in checkin_answers(session, partner.couple_id, _this_week(partner.couple, now))
        if row.asked and partner.id in row.answers
    }
    changed = {position: pair for position, pair in given.items() if pair[1] and pair[1] != mine.get(position)}
    if not changed:
        return AnswersSaved(saved=0, all_mine=False, completed=False)
    was_complete = checkin_progress(session, partner.couple, now).complete
    for position, (question, text) in changed.items():
        save_answer(session, partner, position, text, source=source, now=now, question=question)
    return AnswersSaved(
        saved=len(changed),
        all_mine=next_question(session, partner, now) is None,
        completed=not was_complete and checkin_progress(session, partner.couple, now).complete,
    )


@dataclass(frozen=True)
class QuestionsEdit:
    questions: list[str]  # the couple's questions now, as saved
    this_week: bool  # True: this week's check-in asks them too; False: they apply from next week


def questions_frozen(session: Session, couple: Couple, now: datetime | None = None) -> bool:
    """Whether this week's questions can no longer change: someone has answered one."""
    checkin = _find(session, couple.id, _this_week(couple, now or utcnow()))
    return (
        checkin is not None
        and session.scalar(select(func.count(CheckInAnswer.id)).where(CheckInAnswer.checkin_id == checkin.id)) != 0
    )


def clean_questions(texts: list[str]) -> list[str]:
    """Questions as they would be saved, spaces tidied; ValidationError when they cannot be."""
    cleaned = [" ".join((t or "").split()) if isinstance(t, str) else "" for t in texts or []]
    if not 1 <= len(cleaned) <= MAX_QUESTIONS:
        raise ValidationError(f"A check-in has between 1 and {MAX_QUESTIONS} questions.")
    if any(not t for t in cleaned):
        raise ValidationError("A question cannot be empty.")
    if any(len(t) > MAX_QUESTION for t in cleaned):
        raise ValidationError(f"A question can be at most {MAX_QUESTION} characters.")
    return cleaned


def edit_questions(session: Session, partner: Partner, texts: list[str], now: datetime | None = None) -> QuestionsEdit:
    """Replace the couple's questions, for the check-ins still to come (once both partners
    agreed to them: models.checkin_questions, or at once when the partner has not joined).

    This week's check-in asks the new ones too while nobody has answered it; once someone
    has, it keeps the questions they answered and the new ones apply from next week.
    """
    cleaned = clean_questions(texts)
    couple = partner.couple
    _lock_couple(session, couple.id)  # a check-in being started now takes the new questions
    session.execute(delete(CheckInQuestion).where(CheckInQuestion.couple_id == couple.id))
    session.add_all(CheckInQuestion(couple_id=couple.id, position=i, text=text) for i, text in enumerate(cleaned))
    this_week = True
    checkin = _find(session, couple.id, _this_week(couple, now or utcnow()))
    if checkin is not None:
        _locked(session, checkin)  # an answer being saved now is counted
        if questions_frozen(session, couple, now):
            this_week = False
        else:
            checkin.questions = list(cleaned)
    session.flush()
    return QuestionsEdit(questions=cleaned, this_week=this_week)
