"""models.checkin_turns: the check-in one turn at a time, the heard wording with each answer."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tests.factories import NOW
from trust_tracker.models import checkin_turns, checkins
from trust_tracker.models.entities import CheckInAnswer, Source

QUESTIONS = checkins.DEFAULT_QUESTIONS


def test_an_answer_to_reworded_question_is_not_saved_and_the_new_wording_is_next(session, couple) -> None:
    alex, sam = couple
    opening = checkin_turns.start(session, alex, NOW)
    assert opening.other_waiting == sam  # Sam has questions too: ask whether Sam is here
    first = checkin_turns.next_question(session, [alex], NOW)
    assert (first.partner, first.position, first.text) == (alex, 0, QUESTIONS[0])
    reworded = ["What felt good this week?", *QUESTIONS[1:]]
    checkins.edit_questions(session, sam, reworded, now=NOW)

    turn = checkin_turns.answer(session, alex, 0, QUESTIONS[0], "our talks", present=[alex], now=NOW)
    assert not turn.saved and turn.summary is None
    assert (turn.question.position, turn.question.text) == (0, reworded[0])
    assert session.scalars(select(CheckInAnswer)).all() == []

    turn = checkin_turns.answer(session, alex, 0, reworded[0], "our talks", present=[alex], now=NOW)
    assert turn.saved and (turn.question.position, turn.question.text) == (1, QUESTIONS[1])
    [answer] = session.scalars(select(CheckInAnswer)).all()
    assert (answer.question, answer.answer) == (reworded[0], "Our talks")


def test_the_last_answer_of_those_present_ends_with_the_summary(session, couple) -> None:
    alex, sam = couple
    for position, text in enumerate(QUESTIONS):
        turn = checkin_turns.answer(session, alex, position, text, "fine", present=[alex], now=NOW)
    assert turn.saved and turn.question is None and turn.summary is not None
    assert turn.summary.status.answered == {alex.id: 4, sam.id: 0} and not turn.summary.status.complete
    # Together, the lowest unanswered question comes first: Sam's first one.
    assert checkin_turns.next_question(session, [alex, sam], NOW).partner == sam


def test_skipped_questions_are_passed_over_for_now_and_stay_unanswered(session, couple) -> None:
    alex, sam = couple
    skipped = [(alex.id, 0)]
    first = checkin_turns.next_question(session, [alex], NOW, skipped)
    assert (first.partner, first.position) == (alex, 1)
    together = checkin_turns.next_question(session, [alex, sam], NOW, skipped)
    assert (together.partner, together.position) == (sam, 0)  # Sam skipped nothing
    every = [(alex.id, position) for position in range(len(QUESTIONS))]
    turn = checkin_turns.turn(session, alex, [alex], NOW, skipped=every)
    assert turn.question is None and turn.summary is not None
    assert turn.summary.status.answered[alex.id] == 0  # skipped is not answered
    assert checkins.next_question(session, alex, NOW) == (0, QUESTIONS[0])  # where voice resumes next time


def test_reattribute_moves_only_the_given_positions_and_completes_only_when_both_really_answered(
    session, couple
) -> None:
    """Sam answered two questions by voice as if Alex, after answering all four on the site:
    Sam's older answers there are kept (never replaced by a move), the words said stay Alex's
    (never deleted), and the week is not complete, since Alex has not answered everything."""
    alex, sam = couple
    for position in range(len(QUESTIONS)):
        checkins.save_answer(session, sam, position, f"sam's old {position}", source=Source.WEB, now=NOW)
    for position in (0, 1):
        checkins.save_answer(session, alex, position, f"said by sam {position}", source=Source.VOICE, now=NOW)
    assert checkins.checkin_progress(session, alex.couple, NOW).answered == {alex.id: 2, sam.id: 4}

    moved = checkin_turns.reattribute(session, alex, sam, [0, 1, 3, True, "x"], NOW, since=NOW)

    assert moved == (0, 2)  # Sam had answered both: Sam's own answers kept
    rows = session.scalars(select(CheckInAnswer).order_by(CheckInAnswer.partner_id, CheckInAnswer.position))
    assert [(a.partner_id, a.position, a.answer, a.source) for a in rows] == [
        (alex.id, 0, "Said by Sam 0", Source.VOICE),
        (alex.id, 1, "Said by Sam 1", Source.VOICE),
        (sam.id, 0, "sam's old 0", Source.WEB),
        (sam.id, 1, "sam's old 1", Source.WEB),
        (sam.id, 2, "sam's old 2", Source.WEB),
        (sam.id, 3, "sam's old 3", Source.WEB),
    ]
    assert not checkins.checkin_progress(session, alex.couple, NOW).complete


def test_the_last_answered_is_the_answer_given_last_then_the_furthest(session, couple) -> None:
    alex, sam = couple
    assert checkin_turns.last_answered(session, alex, NOW) is None
    for position in range(3):
        checkins.save_answer(session, alex, position, f"answer {position}", source=Source.VOICE, now=NOW)
    checkins.save_answer(session, sam, 3, "Sam's", source=Source.VOICE, now=NOW + timedelta(minutes=2))
    last = checkin_turns.last_answered(session, alex, NOW)
    assert last is not None and (last.partner.id, last.position) == (alex.id, 2)  # the same instant: the furthest
    checkins.save_answer(session, alex, 0, "changed", source=Source.WEB, now=NOW + timedelta(minutes=1))
    last = checkin_turns.last_answered(session, alex, NOW + timedelta(minutes=3))
    assert last is not None and (last.position, last.text) == (0, checkins.DEFAULT_QUESTIONS[0])
