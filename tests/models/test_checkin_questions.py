"""Editing the check-in questions: this week's or next week's, answers kept under the wording
they were given to, bad lists refused; the migration that gave each check-in its own questions,
and an edit racing a first answer."""

from __future__ import annotations

import threading
from datetime import time, timedelta

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import select, text

from tests.factories import NOW, make_couple
from tests.models.checkin_weeks import MONDAY, QUESTIONS, _count
from trust_tracker.models import checkins
from trust_tracker.models.db import alembic_config, make_sessionmaker, upgrade
from trust_tracker.models.entities import CheckInAnswer, CheckInQuestion, Partner, Source
from trust_tracker.models.errors import ValidationError


def test_update_questions_before_anyone_answers_changes_this_week_too(session, couple):
    alex, sam = couple
    checkins.current_checkin(session, alex.couple, NOW)  # started (by voice, say), not answered yet
    new = ["  What made you smile? ", "What do you need from me?"]
    edit = checkins.edit_questions(session, sam, new, NOW)
    assert edit == checkins.QuestionsEdit(["What made you smile?", "What do you need from me?"], this_week=True)
    assert checkins.questions(session, alex.couple_id, NOW) == edit.questions
    assert checkins.current_checkin(session, alex.couple, NOW).questions == edit.questions
    assert checkins.next_question(session, alex, NOW) == (0, "What made you smile?")
    answer = checkins.save_answer(session, alex, 1, "Patience", source=Source.WEB, now=NOW)
    assert answer.question == "What do you need from me?"
    assert checkins.checkin_progress(session, alex.couple, NOW).total == 2
    # The other couple's questions are untouched.
    kim, _ = make_couple(session, first="Kim", second="Lee")
    assert checkins.questions(session, kim.couple_id, NOW) == QUESTIONS


def test_update_questions_after_an_answer_applies_from_next_week(session, couple):
    alex, sam = couple
    checkins.save_answer(session, alex, 0, "Our talks", source=Source.VOICE, now=NOW)
    assert checkins.questions_frozen(session, alex.couple, NOW)
    new = ["What made you smile?", "What do you need from me?"]
    assert checkins.edit_questions(session, sam, new, NOW).questions == new  # the old signature still works
    assert checkins.couple_questions(session, alex.couple_id) == new
    # This week keeps the questions it was answered with, everywhere it is read.
    assert checkins.questions(session, alex.couple_id, NOW) == QUESTIONS
    assert checkins.current_checkin(session, alex.couple, NOW).questions == QUESTIONS
    assert [(r.position, r.question) for r in checkins.checkin_answers(session, alex.couple_id, MONDAY)] == list(
        enumerate(QUESTIONS)
    )
    assert checkins.next_question(session, alex, NOW) == (1, QUESTIONS[1])
    assert checkins.checkin_progress(session, alex.couple, NOW).total == 4
    assert checkins.save_answer(session, alex, 3, "More notice", source=Source.WEB, now=NOW).question == QUESTIONS[3]
    assert checkins.edit_questions(session, alex, new, NOW).this_week is False
    # Next week asks the new ones.
    next_week = NOW + timedelta(days=7)
    assert checkins.questions(session, alex.couple_id, next_week) == new
    assert checkins.next_question(session, alex, next_week) == (0, new[0])
    with pytest.raises(ValidationError, match="no such question"):
        checkins.save_answer(session, alex, 2, "fine", source=Source.VOICE, now=next_week)
    assert checkins.current_checkin(session, alex.couple, next_week).questions == new


def test_questions_of_an_unknown_couple_are_none(session):
    assert checkins.questions(session, 10**9, NOW) == []


def test_an_answer_to_a_wording_no_longer_asked_is_refused(session, couple):
    alex, sam = couple
    asked = checkins.next_question(session, alex, NOW)
    assert asked == (0, QUESTIONS[0])
    checkins.edit_questions(session, sam, ["What made you smile?"], NOW)  # nobody had answered: this week too
    with pytest.raises(ValidationError, match="changed meanwhile"):
        checkins.save_answer(session, alex, 0, "Our talks", source=Source.VOICE, now=NOW, question=asked[1])
    assert _count(session, CheckInAnswer) == 0
    saved = checkins.save_answer(
        session, alex, 0, "Your joke", source=Source.VOICE, now=NOW, question="What made you smile?"
    )
    assert saved.question == "What made you smile?"


def test_the_audit_scenario_removing_a_question_mid_week(session, couple):
    """Quinn answers Q1-Q2 by voice, Pat Q1 on the site, then Pat removes Q1: every answer
    stays with its wording and everything that reads this week agrees."""
    quinn, pat = couple
    checkins.save_answer(session, quinn, 0, "We kept our walks", source=Source.VOICE, now=NOW)
    checkins.save_answer(session, quinn, 1, "I was late twice", source=Source.VOICE, now=NOW)
    checkins.save_answer(session, pat, 0, "The calls", source=Source.WEB, now=NOW)
    edit = checkins.edit_questions(session, pat, QUESTIONS[1:], NOW)
    assert not edit.this_week
    rows = checkins.checkin_answers(session, quinn.couple_id, MONDAY)
    assert [(r.question, {pid: a.answer for pid, a in r.answers.items()}) for r in rows] == [
        (QUESTIONS[0], {quinn.id: "We kept our walks", pat.id: "The calls"}),
        (QUESTIONS[1], {quinn.id: "I was late twice"}),
        (QUESTIONS[2], {}),
        (QUESTIONS[3], {}),
    ]
    assert all(a.question == r.question for r in rows for a in r.answers.values())
    # Voice carries on with the week's questions: Quinn at Q3, Pat at Q2.
    assert checkins.next_question(session, quinn, NOW) == (2, QUESTIONS[2])
    assert checkins.next_question(session, pat, NOW) == (1, QUESTIONS[1])
    assert checkins.questions(session, pat.couple_id, NOW) == QUESTIONS
    saved = checkins.save_answer(session, pat, 1, "Me too", source=Source.VOICE, now=NOW)
    assert saved.question == QUESTIONS[1]
    stored = {(a.partner_id, a.position): a.question for a in session.scalars(select(CheckInAnswer))}
    assert stored == {
        (quinn.id, 0): QUESTIONS[0],
        (quinn.id, 1): QUESTIONS[1],
        (pat.id, 0): QUESTIONS[0],
        (pat.id, 1): QUESTIONS[1],
    }
    # The check-in completes on the week's four questions, not the couple's new three.
    for partner in (quinn, pat):
        for position in range(4):
            checkins.save_answer(session, partner, position, "done", source=Source.WEB, now=NOW)
    assert checkins.checkin_progress(session, pat.couple, NOW).complete
    # Next week's check-in asks the three.
    assert checkins.next_question(session, pat, NOW + timedelta(days=7)) == (0, QUESTIONS[1])


def test_answers_from_before_check_ins_kept_their_questions_show_under_their_own_wording(session, couple):
    alex, sam = couple
    checkin = checkins.current_checkin(session, alex.couple, NOW)
    checkins.save_answer(session, alex, 0, "Our talks", source=Source.VOICE, now=NOW)
    # An answer stored by the old code after a renumbering: position 1, another wording.
    session.add(
        CheckInAnswer(
            checkin=checkin,
            partner_id=sam.id,
            position=1,
            question="A question since removed",
            answer="Old answer",
            source=Source.WEB,
            created_at=NOW,
        )
    )
    session.flush()
    session.expire(checkin, ["answers"])
    rows = checkins.checkin_answers(session, alex.couple_id, MONDAY)
    assert [(r.position, r.question, r.asked) for r in rows][:3] == [
        (0, QUESTIONS[0], True),
        (1, QUESTIONS[1], True),
        (1, "A question since removed", False),
    ]
    assert rows[2].answers[sam.id].answer == "Old answer"


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        ([], "between 1 and 10"),
        (["Q?"] * 11, "between 1 and 10"),
        (["Fine?", "  "], "cannot be empty"),
        (["Fine?", None], "cannot be empty"),
        (["x" * 201], "at most 200"),
    ],
)
def test_bad_question_lists_are_refused_and_nothing_changes(session, couple, texts, message):
    alex, _ = couple
    with pytest.raises(ValidationError, match=message):
        checkins.edit_questions(session, alex, texts, NOW)
    assert checkins.questions(session, alex.couple_id, NOW) == QUESTIONS


def test_ten_questions_of_two_hundred_characters_are_fine(session, couple):
    alex, _ = couple
    texts = [f"{i}" + "q" * 199 for i in range(10)]
    assert checkins.edit_questions(session, alex, texts, NOW).questions == texts
    assert _count(session, CheckInQuestion) == 10  # the old four are gone


def test_the_migration_gives_existing_check_ins_the_questions_they_were_answered_with(own_engine):
    upgrade(own_engine, "0001")
    meta = sa.MetaData()
    meta.reflect(own_engine)
    t = meta.tables
    with own_engine.begin() as db:
        couple_id = db.execute(
            t["couple"].insert().values(timezone="UTC", checkin_weekday=6, checkin_time=time(19), created_at=NOW)
        ).inserted_primary_key[0]
        partner_id = db.execute(
            t["partner"]
            .insert()
            .values(couple_id=couple_id, name="Alex", email="a@example.com", password_hash="x", created_at=NOW)
        ).inserted_primary_key[0]
        # Today's questions: the first one was removed mid-week by the old code.
        db.execute(
            t["checkin_question"].insert(),
            [{"couple_id": couple_id, "position": i, "text": q} for i, q in enumerate(QUESTIONS[1:])],
        )

        def checkin(weeks_back, completed):
            return db.execute(
                t["checkin"]
                .insert()
                .values(
                    couple_id=couple_id,
                    week_start=MONDAY - timedelta(weeks=weeks_back),
                    created_at=NOW,
                    completed_at=NOW if completed else None,
                )
            ).inserted_primary_key[0]

        def answer(checkin_id, position, question):
            db.execute(
                t["checkin_answer"]
                .insert()
                .values(
                    checkin_id=checkin_id,
                    partner_id=partner_id,
                    position=position,
                    question=question,
                    answer="yes",
                    source="web",
                    created_at=NOW,
                )
            )

        done = checkin(2, completed=True)  # answered in full with two old questions
        answer(done, 0, "An old first question")
        answer(done, 1, "An old second question")
        open_ = checkin(0, completed=False)  # this week: answered to the old first question
        answer(open_, 0, QUESTIONS[0])
        untouched = checkin(1, completed=False)
    upgrade(own_engine)
    with own_engine.connect() as db:
        got = dict(
            db.execute(
                sa.select(sa.column("id"), sa.column("questions", sa.JSON)).select_from(sa.table("checkin"))
            ).all()
        )
    assert got[done] == ["An old first question", "An old second question"]
    assert got[open_] == [QUESTIONS[0], *QUESTIONS[2:]]
    assert got[untouched] == QUESTIONS[1:]
    command.check(alembic_config(own_engine))
    # And back: the column goes, the answers stay.
    command.downgrade(alembic_config(own_engine), "0001")
    with own_engine.connect() as db:
        assert db.scalar(text("SELECT count(*) FROM checkin_answer")) == 3
        assert "questions" not in {c["name"] for c in sa.inspect(db).get_columns("checkin")}


def test_an_edit_and_a_first_answer_at_the_same_moment_never_disagree(own_engine):
    """Sam edits the questions while Alex gives the week's first answer (committing, on a
    database of its own): whichever goes first, the answer is stored under the week's question."""
    upgrade(own_engine)
    sessions = make_sessionmaker(own_engine)
    for round_ in range(8):  # a few times, so either may go first
        with sessions.begin() as session:
            alex, sam = make_couple(session, first=f"Alex{round_}", second=f"Sam{round_}")
            ids = alex.id, sam.id
        start, results = threading.Barrier(2), {}

        def run(name, act):
            start.wait()
            try:
                with sessions.begin() as session:
                    results[name] = act(session)
            except Exception as error:  # the result under test, whatever it is
                results[name] = error

        new = ["A brand new first question?", "And a second?"]
        answer = threading.Thread(
            target=run,
            args=(
                "answer",
                lambda s: (
                    checkins.save_answer(
                        s, s.get_one(Partner, ids[0]), 0, "Our walks", source=Source.VOICE, now=NOW
                    ).question
                ),
            ),
        )
        edit = threading.Thread(
            target=run, args=("edit", lambda s: checkins.edit_questions(s, s.get_one(Partner, ids[1]), new, NOW))
        )
        for thread in (answer, edit):
            thread.start()
        for thread in (answer, edit):
            thread.join(timeout=30)
        assert isinstance(results["answer"], str) and isinstance(results["edit"], checkins.QuestionsEdit), results
        with sessions() as session:
            alex = session.get_one(Partner, ids[0])
            asked = checkins.current_checkin(session, alex.couple, NOW).questions
            stored = session.scalars(select(CheckInAnswer).where(CheckInAnswer.partner_id == ids[0])).one()
            assert stored.question == asked[0] == results["answer"]
            # The edit reached this week exactly when it went first.
            assert (asked == new) is results["edit"].this_week
