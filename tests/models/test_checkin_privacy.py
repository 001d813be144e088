"""models.checkin_views.answers_for: a partner's answers stay hidden until the other has answered that week."""

from datetime import timedelta

from tests.factories import NOW
from trust_tracker.models import checkin_views, checkins
from trust_tracker.models.entities import Source
from trust_tracker.models.localtime import local_today, week_start


def test_answers_show_side_by_side_only_once_the_viewer_has_answered_every_question(session, couple):
    alex, sam = couple
    monday = week_start(local_today(alex.couple, NOW))
    questions = checkins.questions(session, alex.couple_id, NOW)
    for position in range(len(questions)):
        checkins.save_answer(session, sam, position, f"Sam {position}", source=Source.VOICE, now=NOW)
    seen = checkin_views.answers_for(session, alex, monday)
    assert not seen.revealed
    assert [row.answers for row in seen.rows] == [{}] * len(questions)  # the questions, none of Sam's words
    assert [row.question for row in seen.rows] == questions
    # Sam has answered all: Sam sees their own, and Alex has none to see yet.
    assert checkin_views.answers_for(session, sam, monday).revealed

    for position in range(len(questions) - 1):
        checkins.save_answer(session, alex, position, f"Alex {position}", source=Source.WEB, now=NOW)
    seen = checkin_views.answers_for(session, alex, monday)
    assert not seen.revealed and all(set(row.answers) <= {alex.id} for row in seen.rows)

    checkins.save_answer(session, alex, len(questions) - 1, "Alex last", source=Source.WEB, now=NOW)
    seen = checkin_views.answers_for(session, alex, monday)
    assert seen.revealed and all(set(row.answers) == {alex.id, sam.id} for row in seen.rows)


def test_another_week_is_judged_on_its_own(session, couple):
    alex, sam = couple
    last = NOW - timedelta(days=7)
    questions = checkins.questions(session, alex.couple_id, last)
    for position in range(len(questions)):
        checkins.save_answer(session, alex, position, "Alex then", source=Source.WEB, now=last)
    checkins.save_answer(session, sam, 0, "Sam then", source=Source.WEB, now=last)
    checkins.save_answer(session, sam, 0, "Sam now", source=Source.WEB, now=NOW)
    this_monday = week_start(local_today(alex.couple, NOW))
    assert checkin_views.answers_for(session, alex, this_monday - timedelta(days=7)).revealed
    assert not checkin_views.answers_for(session, alex, this_monday).revealed
    assert not checkin_views.answers_for(session, sam, this_monday - timedelta(days=7)).revealed
