"""This week's questions in one statement (models/checkins.py, week_questions): the week's own set
once its check-in exists, else the couple's, read together; answers as two reads gave them,
including for a couple left without questions of its own."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete

from tests.factories import NOW, make_couple
from tests.models.checkin_weeks import QUESTIONS
from tests.models.test_kept_copies import statements_of
from trust_tracker.models import checkins
from trust_tracker.models.entities import CheckInQuestion

NEW = ["What made you smile?", "What do you need from me?"]


def _asked(session, couple) -> tuple[list[str], list[str]]:
    """(week_questions, and its SELECTs)."""
    session.flush()
    with statements_of(session.get_bind().engine) as statements:
        asked = checkins.week_questions(session, couple, NOW)
    return asked, [s for s in statements if s.lstrip().upper().startswith("SELECT")]


def test_before_the_week_starts_the_couples_questions_in_one_read(session, couple) -> None:
    alex, sam = couple
    checkins.edit_questions(session, sam, NEW, NOW)
    asked, selects = _asked(session, alex.couple)
    assert asked == NEW and len(selects) == 1


def test_once_answered_the_weeks_own_set_in_one_read_whatever_the_couple_has_since(session, couple) -> None:
    alex, sam = couple
    checkins.save_answer(session, alex, 0, "Our talks", source=checkins.Source.VOICE, now=NOW)
    checkins.edit_questions(session, sam, NEW, NOW)  # next week's
    asked, selects = _asked(session, alex.couple)
    assert asked == list(QUESTIONS) and len(selects) == 1
    assert checkins.week_questions(session, alex.couple, NOW + timedelta(days=7)) == NEW


def test_a_couple_without_questions_of_its_own_still_gets_the_weeks_or_none(session, couple) -> None:
    alex, _ = couple
    checkins.current_checkin(session, alex.couple, NOW)  # the week's set taken: the defaults
    session.execute(delete(CheckInQuestion).where(CheckInQuestion.couple_id == alex.couple_id))
    assert _asked(session, alex.couple)[0] == list(QUESTIONS)
    assert checkins.week_questions(session, alex.couple, NOW + timedelta(days=7)) == []


def test_another_couples_week_or_questions_are_never_read(session, couple) -> None:
    alex, _ = couple
    kim, lee = make_couple(session, first="Kim", second="Lee")
    assert lee is not None
    checkins.save_answer(session, kim, 0, "Walks", source=checkins.Source.VOICE, now=NOW)
    checkins.edit_questions(session, lee, NEW, NOW)  # from Kim and Lee's next week
    assert _asked(session, alex.couple)[0] == list(QUESTIONS)
    assert _asked(session, kim.couple)[0] == list(QUESTIONS)  # Kim's week kept the set it was answered with
    assert checkins.week_questions(session, kim.couple, NOW + timedelta(days=7)) == NEW
