"""The weekly check-in answered question by question: this week's check-in created once, resuming,
saving and replacing answers, completing when both have answered, answers side by side, past
check-ins, the four-in-a-row milestone, two partners starting at once, several answers at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from tests.factories import NOW, make_couple
from tests.models.checkin_weeks import MONDAY, QUESTIONS, _answer_all, _count
from tests.races import second_between_look_up_and_write
from trust_tracker.models import checkin_views, checkins
from trust_tracker.models.db import make_sessionmaker
from trust_tracker.models.entities import CheckIn, CheckInAnswer, Couple, Milestone, Source
from trust_tracker.models.errors import ValidationError


def test_current_checkin_is_this_weeks_and_created_once(session, couple):
    alex, _ = couple
    checkin = checkins.current_checkin(session, alex.couple, NOW)
    assert checkin.week_start == MONDAY and checkin.completed_at is None
    assert checkins.current_checkin(session, alex.couple, NOW + timedelta(days=4)) == checkin
    assert _count(session, CheckIn) == 1


def test_the_week_is_the_couples_own(session, couple):
    alex, _ = couple
    # Monday 03:00 UTC is still Sunday evening in New York: last week's check-in.
    checkin = checkins.current_checkin(session, alex.couple, datetime(2026, 11, 23, 3, 0, tzinfo=UTC))
    assert checkin.week_start == MONDAY - timedelta(days=7)


def test_next_question_walks_the_questions_and_resumes_where_it_stopped(session, couple):
    alex, sam = couple
    assert checkins.next_question(session, alex, NOW) == (0, QUESTIONS[0])
    assert _count(session, CheckIn) == 0  # asking does not create anything
    for position in range(2):
        checkins.save_answer(session, alex, position, "fine", source=Source.VOICE, now=NOW)
    # Interrupted after two answers: the next session resumes at the third question.
    assert checkins.next_question(session, alex, NOW + timedelta(hours=3)) == (2, QUESTIONS[2])
    assert checkins.next_question(session, sam, NOW) == (0, QUESTIONS[0])  # each partner has their own place
    checkins.save_answer(session, alex, 3, "more notice", source=Source.WEB, now=NOW)
    assert checkins.next_question(session, alex, NOW) == (2, QUESTIONS[2])  # a skipped one is still asked
    checkins.save_answer(session, alex, 2, "your texts", source=Source.VOICE, now=NOW)
    assert checkins.next_question(session, alex, NOW) is None
    # A new week starts afresh.
    assert checkins.next_question(session, alex, NOW + timedelta(days=7)) == (0, QUESTIONS[0])


def test_save_answer_stores_the_wording_and_replaces_an_earlier_answer(session, couple):
    alex, _ = couple
    first = checkins.save_answer(session, alex, 1, "  I got defensive  ", source=Source.VOICE, now=NOW)
    assert (first.question, first.answer, first.source) == (QUESTIONS[1], "I got defensive", Source.VOICE)
    again = checkins.save_answer(
        session, alex, 1, "I got defensive once", source=Source.WEB, now=NOW + timedelta(minutes=5)
    )
    assert again.id == first.id and again.answer == "I got defensive once" and again.source is Source.WEB
    assert _count(session, CheckInAnswer) == 1


@pytest.mark.parametrize(
    ("position", "text", "message"),
    [
        (0, "", "cannot be empty"),
        (0, "   \n ", "cannot be empty"),
        (0, "x" * 2001, "at most 2000"),
        (-1, "fine", "no such question"),
        (4, "fine", "no such question"),
        ("1", "fine", "no such question"),
        (True, "fine", "no such question"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_written(session, couple, position, text, message):
    alex, _ = couple
    with pytest.raises(ValidationError, match=message):
        checkins.save_answer(session, alex, position, text, source=Source.VOICE, now=NOW)
    assert _count(session, CheckInAnswer) == 0 and _count(session, CheckIn) == 0


def test_an_answer_of_exactly_the_limit_is_kept(session, couple):
    alex, _ = couple
    answer = checkins.save_answer(session, alex, 0, "y" * 2000, source=Source.WEB, now=NOW)
    assert len(answer.answer) == 2000


def test_complete_only_when_both_partners_answered_every_question(session, couple):
    alex, sam = couple
    _answer_all(session, alex)
    checkin = checkins.current_checkin(session, alex.couple, NOW)
    assert checkin.completed_at is None
    progress = checkins.checkin_progress(session, alex.couple, NOW)
    assert progress.answered == {alex.id: 4, sam.id: 0} and progress.total == 4 and not progress.complete
    for position in range(3):
        checkins.save_answer(session, sam, position, "ok", source=Source.WEB, now=NOW)
    assert checkin.completed_at is None
    done_at = NOW + timedelta(hours=1)
    checkins.save_answer(session, sam, 3, "ok", source=Source.WEB, now=done_at)
    assert checkin.completed_at == done_at
    assert checkins.checkin_progress(session, alex.couple, NOW).complete
    # Changing an answer afterwards does not move the completion time.
    checkins.save_answer(session, alex, 0, "changed", source=Source.WEB, now=done_at + timedelta(hours=1))
    assert checkin.completed_at == done_at


def test_a_couple_of_one_completes_when_that_partner_has_answered(session):
    solo, _ = make_couple(session, first="Robin", second=None)
    _answer_all(session, solo)
    assert checkins.current_checkin(session, solo.couple, NOW).completed_at == NOW


def test_checkin_progress_creates_nothing_for_a_week_not_started(session, couple):
    alex, sam = couple
    progress = checkins.checkin_progress(session, alex.couple, NOW)
    assert progress.checkin is None and progress.answered == {alex.id: 0, sam.id: 0}
    assert _count(session, CheckIn) == 0


def test_checkin_answers_side_by_side(session, couple):
    alex, sam = couple
    checkins.save_answer(session, alex, 0, "Our talks", source=Source.VOICE, now=NOW)
    checkins.save_answer(session, sam, 0, "Your calls", source=Source.WEB, now=NOW)
    checkins.save_answer(session, sam, 2, "Texts", source=Source.WEB, now=NOW)
    rows = checkins.checkin_answers(session, alex.couple_id, MONDAY)
    assert [(r.position, r.question) for r in rows] == list(enumerate(QUESTIONS))
    assert {pid: a.answer for pid, a in rows[0].answers.items()} == {alex.id: "Our talks", sam.id: "Your calls"}
    assert rows[1].answers == {} and list(rows[2].answers) == [sam.id]
    # Another couple asking for the same week sees their own (empty) questions only.
    kim, _ = make_couple(session, first="Kim", second="Lee")
    assert all(r.answers == {} for r in checkins.checkin_answers(session, kim.couple_id, MONDAY))


def test_past_checkins_newest_first_and_only_the_couples_own(session, couple):
    alex, sam = couple
    kim, _lee = make_couple(session, first="Kim", second="Lee")
    for weeks_back in (2, 0, 1):
        when = NOW - timedelta(weeks=weeks_back)
        _answer_all(session, alex, when)
        _answer_all(session, sam, when)
    _answer_all(session, kim)
    past = checkin_views.past_checkins(session, alex.couple_id, limit=2)
    assert [c.week_start for c in past] == [MONDAY, MONDAY - timedelta(weeks=1)]
    assert all(c.completed_at is not None and len(c.answers) == 8 for c in past)
    assert len(checkin_views.past_checkins(session, kim.couple_id)) == 1


def test_four_completed_checkins_in_a_row_are_a_milestone(session, couple):
    alex, sam = couple
    for weeks_back in (3, 2, 1):
        _answer_all(session, alex, NOW - timedelta(weeks=weeks_back))
        _answer_all(session, sam, NOW - timedelta(weeks=weeks_back))
    assert (
        session.scalar(
            select(Milestone.key).where(Milestone.couple_id == alex.couple_id, Milestone.key.like("checkins:%"))
        )
        is None
    )
    _answer_all(session, alex)
    _answer_all(session, sam)
    milestone = session.scalars(select(Milestone).where(Milestone.key == "checkins:4")).one()
    assert milestone.couple_id == alex.couple_id
    assert (milestone.kind, milestone.params) == ("checkins_in_a_row", {"count": 4})


def test_two_partners_starting_at_the_same_moment_share_one_checkin(fresh_engine):
    """Sam's request creates this week's check-in between Alex's look-up and Alex's insert."""
    sessions = make_sessionmaker(fresh_engine)
    with sessions.begin() as session:
        couple_id = make_couple(session)[0].couple_id

    def start(session):
        return checkins.current_checkin(session, session.get_one(Couple, couple_id), NOW).id

    first, second = second_between_look_up_and_write(fresh_engine, start, start, "FROM checkin \n")
    assert isinstance(first, int) and first == second
    with sessions() as session:
        assert session.scalars(select(CheckIn.week_start)).all() == [MONDAY]


def test_save_answers_skips_empty_and_unchanged_and_tells_when_the_week_is_complete(session, couple):
    alex, sam = couple
    asked = {i: (q, f"Alex {i}") for i, q in enumerate(QUESTIONS)}
    first = checkins.save_answers(session, alex, {0: asked[0], 1: (QUESTIONS[1], "")}, source=Source.WEB, now=NOW)
    assert (first.saved, first.all_mine, first.completed) == (1, False, False)
    again = checkins.save_answers(session, alex, asked, source=Source.WEB, now=NOW)
    assert (again.saved, again.all_mine, again.completed) == (len(QUESTIONS) - 1, True, False)
    assert checkins.save_answers(session, alex, asked, source=Source.WEB, now=NOW).saved == 0  # as they were
    sams = {i: (q, f"Sam {i}") for i, q in enumerate(QUESTIONS)}
    last = checkins.save_answers(session, sam, sams, source=Source.WEB, now=NOW)
    assert (last.saved, last.all_mine, last.completed) == (len(QUESTIONS), True, True)
    assert session.scalar(select(func.count(CheckInAnswer.id))) == 2 * len(QUESTIONS)


def test_save_answers_refuses_an_answer_written_for_other_wording(session, couple):
    alex, _ = couple
    with pytest.raises(ValidationError):
        checkins.save_answers(session, alex, {0: ("What went badly?", "Everything")}, source=Source.WEB, now=NOW)
    assert session.scalar(select(func.count(CheckInAnswer.id))) == 0
