"""The weekly check-in as a conversation: one operation per turn (start, answer, skip),
each saying what to ask next or, when nobody present has anything left, the summary.

Which question was heard travels with the answer: an answer is saved only under the
wording its author heard (see checkins.save_answer).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import checkins, reports
from .base import utcnow
from .entities import CheckIn, CheckInAnswer, Partner, Source
from .errors import NotFound
from .localtime import local_today, week_start


@dataclass(frozen=True)
class Question:
    """The question to ask next: whose, where it stands in the week's set, its wording."""

    partner: Partner
    position: int
    text: str


@dataclass(frozen=True)
class Summary:
    """The end of a check-in conversation: who has answered what, and the week."""

    status: checkins.CheckInProgress
    week: reports.WeekReport


@dataclass(frozen=True)
class Opening:
    """What "start our check-in" finds. No questions at all; or nothing left for anyone
    (the summary); or the other partner still has questions (ask whether they are here);
    or only the speaker's own next question. `stopped_at`, with the other waiting: the speaker's
    own next question when their check-in stopped part way (one answered before it)."""

    has_questions: bool
    summary: Summary | None = None
    other_waiting: Partner | None = None
    question: Question | None = None
    stopped_at: Question | None = None


@dataclass(frozen=True)
class Turn:
    """After an answer: whether it was saved (False: the question heard is no longer the
    week's, so it is asked again as it stands now), then the next question or the summary."""

    saved: bool
    question: Question | None
    summary: Summary | None


def start(session: Session, partner: Partner, now: datetime | None = None) -> Opening:
    now = now or utcnow()
    if not checkins.questions(session, partner.couple_id, now):
        return Opening(has_questions=False)
    other = next((p for p in partner.couple.partners if p.id != partner.id), None)
    question = next_question(session, [partner], now)
    if other is not None and checkins.next_question(session, other, now) is not None:
        stopped = question if question is not None and question.position > 0 else None
        return Opening(has_questions=True, other_waiting=other, stopped_at=stopped)
    if question is None:
        return Opening(has_questions=True, summary=summary(session, partner, now))
    return Opening(has_questions=True, question=question)


# Questions passed over in this conversation ("skip"): (partner id, position) pairs. They
# stay unanswered, for another session or the website.
Skipped = Collection[tuple[int, int]]


def next_question(
    session: Session, present: Sequence[Partner], now: datetime | None = None, skipped: Skipped = ()
) -> Question | None:
    """The lowest unanswered, unskipped question among the partners present (the first of
    them on a tie), or None when they have answered everything they have not skipped."""
    upcoming = [
        (found, p)
        for p in present
        if (
            found := checkins.next_question(
                session, p, now or utcnow(), skipping={pos for who, pos in skipped if who == p.id}
            )
        )
    ]
    if not upcoming:
        return None
    (position, text), partner = min(upcoming, key=lambda pair: pair[0][0])
    return Question(partner, position, text)


def answer(
    session: Session,
    partner: Partner,
    position: int,
    heard: str | None,
    text: str,
    *,
    present: Sequence[Partner],
    source: Source = Source.VOICE,
    now: datetime | None = None,
    skipped: Skipped = (),
) -> Turn:
    """`partner`'s answer to the question they heard (`heard`, at `position`; None when the
    wording is not known, then only the place is checked), then what to ask next."""
    now = now or utcnow()
    try:
        checkins.save_answer(session, partner, position, text, source=source, now=now, question=heard)
        saved = True
    except checkins.QuestionsChanged:  # edited on the site meanwhile: nothing saved
        saved = False
    return turn(session, partner, present, now, saved=saved, skipped=skipped)


def turn(
    session: Session,
    speaker: Partner,
    present: Sequence[Partner],
    now: datetime | None = None,
    *,
    saved: bool = True,
    skipped: Skipped = (),
) -> Turn:
    """The next question for the partners present or, when they are done, the summary."""
    now = now or utcnow()
    question = next_question(session, present, now, skipped)
    return Turn(saved, question, None if question else summary(session, speaker, now))


def keep(
    session: Session,
    partner: Partner,
    position: int,
    *,
    present: Sequence[Partner],
    now: datetime | None = None,
    skipped: Skipped = (),
) -> Turn | None:
    """ "Keep it as it was" to a question asked again: `partner`'s earlier answer at
    `position` stays untouched, then what to ask next; None when there is no earlier answer
    (then the words are only words, and the caller treats them as such)."""
    now = now or utcnow()
    if not checkins.has_answered(session, partner, position, now):
        return None
    return turn(session, partner, present, now, skipped=skipped)


def answered_before(
    session: Session, present: Sequence[Partner], current: Question, now: datetime | None = None
) -> Question | None:
    """ "Go back" with nothing answered in this conversation: the question answered last
    before `current` this week by the partners present (in question order, then the order
    they are asked in), whichever conversation or page answered it; None when there is none.
    It is asked with the wording its answer was given to."""
    order = [p.id for p in present]
    if current.partner.id not in order:
        return None
    checkin = checkins.current_checkin(session, current.partner.couple, now or utcnow())
    given = session.scalars(
        select(CheckInAnswer).where(
            CheckInAnswer.checkin_id == checkin.id,
            CheckInAnswer.partner_id.in_(order),
            CheckInAnswer.position <= current.position,
        )
    )
    here = (current.position, order.index(current.partner.id))
    earlier = [a for a in given if (a.position, order.index(a.partner_id)) < here]
    if not earlier:
        return None
    last = max(earlier, key=lambda a: (a.position, order.index(a.partner_id)))
    partner = next(p for p in present if p.id == last.partner_id)
    return Question(partner, last.position, last.question)


def last_answered(session: Session, partner: Partner, now: datetime | None = None) -> Question | None:
    """ "Change my answer" with no check-in open: this partner's answer given last this week (on
    the same instant, the furthest question), asked again with the wording it was given to; None when none."""
    checkin = checkins.current_checkin(session, partner.couple, now or utcnow())
    last = session.scalars(
        select(CheckInAnswer)
        .where(CheckInAnswer.checkin_id == checkin.id, CheckInAnswer.partner_id == partner.id)
        .order_by(CheckInAnswer.created_at.desc(), CheckInAnswer.position.desc())
        .limit(1)
    ).first()
    return Question(partner, last.position, last.question) if last is not None else None


def own_week_answers(session: Session, partner: Partner, now: datetime | None = None) -> list[CheckInAnswer]:
    """`partner`'s own answers to this week's check-in, newest last; nothing is created to find them."""
    monday = week_start(local_today(partner.couple, now or utcnow()))
    return list(
        session.scalars(
            select(CheckInAnswer)
            .join(CheckInAnswer.checkin)
            .where(
                CheckIn.couple_id == partner.couple_id,
                CheckIn.week_start == monday,
                CheckInAnswer.partner_id == partner.id,
            )
            .order_by(CheckInAnswer.created_at, CheckInAnswer.id)
        )
    )


def withdraw_answers(
    session: Session, partner: Partner, now: datetime | None = None, *, position: int | None = None
) -> int:
    """ "Delete this before he sees it" in a check-in: `partner`'s own answers of this week are deleted (the
    other's never), so the other cannot read them; the week is no longer complete. `position`: only the
    answer to that question ("delete that" at the next one). Returns how many."""
    answers = [a for a in own_week_answers(session, partner, now) if position in (None, a.position)]
    for answer in answers:
        answer.checkin.completed_at = None
        session.delete(answer)
    session.flush()
    return len(answers)


def summary(session: Session, partner: Partner, now: datetime | None = None) -> Summary:
    """Where this week's check-in stands, and the week's report (celebrating what is new)."""
    now = now or utcnow()
    return Summary(checkins.checkin_progress(session, partner.couple, now), reports.week_report(session, partner, now))


# No voice conversation lasts longer (each turn waits seconds for an answer): what `wrong`
# said by voice before this, in another conversation, is never taken for this one's.
LONGEST_CONVERSATION = timedelta(hours=1)


class Reattributed(NamedTuple):
    moved: int  # answers now under the right name
    kept: int  # questions the right partner had already answered: their earlier answer kept, said so


def reattribute(
    session: Session,
    wrong: Partner,
    right: Partner,
    positions: Collection[int],
    now: datetime | None = None,
    *,
    since: datetime,
) -> Reattributed:
    """ "Actually this is Sam": the answers saved this week under `wrong`'s name at
    `positions` (the ones given in this conversation, which began at `since`) were
    `right`'s. Only voice answers saved since then move (the positions and the start come
    back from the device: an answer typed on the site, or said before this conversation,
    stays whose it is). Each becomes `right`'s answer to the question it was given to and is
    no longer `wrong`'s. An earlier answer of `right`'s (typed on the site, say) is never
    replaced by a move, and no answer is ever deleted: where `right` had already answered,
    both stay, `wrong`'s under `wrong`'s name (`right` takes over from here), which the
    caller says ("go back" changes it knowingly).
    Returns how many moved, and at how many questions both answers were kept."""
    if wrong.couple_id != right.couple_id or wrong.id == right.id:
        raise NotFound("No such partner.")
    now = now or utcnow()
    began = max(since, now - LONGEST_CONVERSATION)
    checkin = checkins.current_checkin(session, wrong.couple, now)
    wanted = [p for p in positions if isinstance(p, int) and not isinstance(p, bool)]
    given = list(
        session.scalars(
            select(CheckInAnswer)
            .where(
                CheckInAnswer.checkin_id == checkin.id,
                CheckInAnswer.partner_id == wrong.id,
                CheckInAnswer.position.in_(wanted),
                CheckInAnswer.source == Source.VOICE,
                CheckInAnswer.created_at >= began,
            )
            .order_by(CheckInAnswer.position)
        )
    )
    moving = [(a.position, a.question, a.answer, a.source) for a in given]
    earlier = set(
        session.scalars(
            select(CheckInAnswer.position).where(
                CheckInAnswer.checkin_id == checkin.id,
                CheckInAnswer.partner_id == right.id,
                CheckInAnswer.position.in_([position for position, *_ in moving]),
            )
        )
    )
    moving = [m for m in moving if m[0] not in earlier]  # the rest stay `wrong`'s: never deleted
    for answer in given:  # removed first: the check-in is complete only when both really answered
        if answer.position not in earlier:
            session.delete(answer)
    session.flush()
    for position, question, text, source in moving:
        checkins.save_answer(session, right, position, text, source=source, now=now, question=question)
    return Reattributed(len(moving), len(earlier))


def change_last(session: Session, partner: Partner, text: str, now: datetime | None = None) -> Question | None:
    """ "Change my answer to …" said once this partner answered every question this week: their last answer
    replaced by `text`, and its question returned; None (nothing changed) while a question of theirs is still
    open or none was answered."""
    now = now or utcnow()
    last = last_answered(session, partner, now)
    if last is None or next_question(session, [partner], now) is not None:
        return None
    checkins.save_answer(session, partner, last.position, text, source=Source.VOICE, now=now, question=last.text)
    return last
