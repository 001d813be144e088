"""Check-ins on the site: answering this week's questions, completing the week, this week next
to last week and past weeks side by side, bad or stale answers refused, other couples' check-ins
never shown. Editing the questions: tests/web/test_checkins_questions_pages.py."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import assert_accessible_form, count, csrf_token, form_data, log_in, text_of
from trust_tracker.models import checkins
from trust_tracker.models.entities import CheckInAnswer, CheckInQuestion, Source

QUESTIONS = list(checkins.DEFAULT_QUESTIONS)


def answers(session, partner_id: int) -> dict[int, tuple[str, Source]]:
    session.expire_all()
    rows = session.scalars(select(CheckInAnswer).where(CheckInAnswer.partner_id == partner_id))
    return {a.position: (a.answer, a.source) for a in rows}


def test_the_page_shows_the_schedule_and_a_box_per_question(client, alex) -> None:
    page = client.get("/checkins/")
    assert page.status_code == 200
    text = text_of(page)
    assert "Your check-in is on Sundays at 19:00 (New York (UTC−5))." in text  # as Settings names it
    # NOW is Wednesday 25 November: the slot is Sunday 29 November.
    assert "This week's check-in: Sun 29 Nov 2026, 19:00." in text
    assert "You have answered 0 of 4 questions." in text and "Sam has answered 0 of 4 questions." in text
    for question in QUESTIONS:
        assert question in text
    assert set(form_data(page)) >= {"answer_0", "answer_1", "answer_2", "answer_3"}
    assert_accessible_form(page)


@pytest.mark.postgres_smoke
def test_answering_on_the_site_fills_the_same_check_in_as_voice(client, alex, couple, session) -> None:
    _, sam = couple
    checkins.save_answer(session, alex, 1, "I forgot to call on Tuesday", source=Source.VOICE, now=NOW)
    session.flush()
    page = client.get("/checkins/")
    assert form_data(page)["answer_1"] == ["I forgot to call on Tuesday"]  # the voice answer, ready to edit
    assert "I forgot to call on Tuesday (by voice)" in text_of(page)

    response = client.post(
        "/checkins/",
        data={
            "answer_0": "  We walked every evening ",
            "answer_1": "I forgot to call on Tuesday",
            "answer_2": "",
            "answer_3": "",
        },
    )
    assert response.status_code == 302
    assert answers(session, alex.id) == {
        0: ("We walked every evening", Source.WEB),
        1: ("I forgot to call on Tuesday", Source.VOICE),
    }  # unchanged: untouched
    page = client.get("/checkins/")
    text = text_of(page)
    assert "Saved 1 answer." in text
    assert "You have answered 2 of 4 questions." in text
    assert checkins.next_question(session, alex, NOW) == (2, QUESTIONS[2])  # where voice resumes

    client.post("/checkins/", data={"answer_1": "I forgot to call on Tuesday, and said so"})
    assert answers(session, alex.id)[1] == ("I forgot to call on Tuesday, and said so", Source.WEB)
    assert answers(session, sam.id) == {}


def test_when_both_have_answered_everything_the_check_in_is_complete(client, alex, couple, sam_client, session) -> None:
    all_four = {f"answer_{i}": f"Alex's answer {i}" for i in range(4)}
    client.post("/checkins/", data=all_four)
    assert "You have answered every question this week." in text_of(client.get("/checkins/"))
    sam_client.post("/checkins/", data={f"answer_{i}": f"Sam's answer {i}" for i in range(4)})
    text = text_of(sam_client.get("/checkins/"))
    assert "You have both answered every question: this week's check-in is complete." in text
    assert "This week's check-in is complete" in text
    # Side by side, the viewer first.
    assert f"{QUESTIONS[0]} Sam's answer 0 Alex's answer 0" in text
    assert f"{QUESTIONS[0]} Alex's answer 0 Sam's answer 0" in text_of(client.get("/checkins/"))


def test_this_week_next_to_last_week_and_past_check_ins(client, alex, couple, session) -> None:
    _, sam = couple
    last_week = NOW - timedelta(days=7)
    for position in range(len(QUESTIONS)):
        checkins.save_answer(session, alex, position, f"Alex's answer {position}", source=Source.WEB, now=last_week)
    checkins.save_answer(session, sam, 0, "Sam agreed last week", source=Source.VOICE, now=last_week)
    checkins.save_answer(session, sam, 0, "This week was harder", source=Source.WEB, now=NOW)
    session.flush()
    text = text_of(client.get("/checkins/"))
    this_at, last_at = text.index("This week, from Mon 23 Nov 2026"), text.index("Last week, from Mon 16 Nov 2026")
    # This week Alex has not answered yet: Sam's answers stay private. Last week both show.
    assert "This week was harder" not in text
    assert this_at < text.index("Sam's answers stay private until you have answered every question") < last_at
    assert last_at < text.index("Alex's answer 0")
    assert f"{QUESTIONS[0]} Alex's answer 0 Sam agreed last week (by voice)" in text

    past = text_of(client.get("/checkins/past"))
    assert past.index("Week of Mon 23 Nov 2026") < past.index("Week of Mon 16 Nov 2026")
    assert "This week was harder" not in past
    assert f"{QUESTIONS[0]} Alex's answer 0 Sam agreed last week (by voice)" in past
    assert "Not complete." in past


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Write an answer to at least one question, or come back later."),
        ({"answer_0": "   ", "answer_1": ""}, "Write an answer to at least one question, or come back later."),
        ({"answer_99": "A question we do not have"}, "Write an answer to at least one question, or come back later."),
        ({"answer_0": "fine", "answer_1": "x" * 2001}, "At most 2000 characters, please."),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_saved(client, alex, session, data, message) -> None:
    response = client.post("/checkins/", data=data)
    assert response.status_code == 422
    assert message in text_of(response)
    assert count(session, CheckInAnswer) == 0
    assert_accessible_form(response)
    if "answer_0" in data and data["answer_0"].strip():
        assert form_data(response)["answer_0"] == [data["answer_0"]]  # what was typed stays


def test_questions_changed_while_writing_are_refused_with_nothing_saved(client, alex, couple, session) -> None:
    page = client.get("/checkins/")
    assert page.status_code == 200
    # Nobody has answered yet, so Sam's edit changes this week's questions too.
    checkins.edit_questions(session, couple[1], ["Only one question now"], NOW)
    session.flush()
    data = {
        "asked": form_data(page)["asked"][0],
        "answer_0": "About the old first question",
        "answer_3": "About the old fourth question",
    }
    response = client.post("/checkins/", data=data)
    assert response.status_code == 409
    text = text_of(response)
    assert "This week's questions were changed while you were writing. Nothing was saved" in text
    assert "Only one question now" in text and form_data(response)["answer_0"] == ["About the old first question"]
    assert answers(session, alex.id) == {}
    # Saved again from the page as it is now: it goes to the question it was written for.
    again = form_data(response)
    again["answer_0"] = ["About the one question"]
    assert client.post("/checkins/", data=again).status_code == 302
    session.expire_all()
    assert [(a.position, a.question, a.answer) for a in session.scalars(select(CheckInAnswer))] == [
        (0, "Only one question now", "About the one question")
    ]


def test_answering_needs_the_csrf_token(make_app, couple, session) -> None:
    app = make_app(WTF_CSRF_ENABLED=True)
    browser = app.test_client()
    browser.post(
        "/login",
        data={"email": "alex@example.com", "password": PASSWORD, "csrf_token": csrf_token(browser.get("/login"))},
    )
    refused = browser.post("/checkins/", data={"answer_0": "No token"})
    assert refused.status_code == 400
    refused = browser.post("/checkins/questions", data={"question_0": "No token"})
    assert refused.status_code == 400
    assert count(session, CheckInAnswer) == 0
    token = csrf_token(browser.get("/checkins/"))
    assert browser.post("/checkins/", data={"answer_0": "With the token", "csrf_token": token}).status_code == 302
    assert count(session, CheckInAnswer) == 1


def test_another_couples_check_ins_never_show(app, client, alex, session) -> None:
    kim, lee = make_couple(session, "Kim", "Lee")
    checkins.save_answer(session, kim, 0, "Kim's private answer", source=Source.WEB, now=NOW)
    checkins.save_answer(session, lee, 0, "Lee's private answer", source=Source.WEB, now=NOW - timedelta(days=7))
    checkins.edit_questions(session, kim, ["Kim and Lee's own question"], NOW)
    session.flush()
    for path in ("/checkins/", "/checkins/past", "/checkins/questions"):
        page = client.get(path)
        assert page.status_code == 200
        for secret in ("Kim", "Lee", "private answer", "own question"):
            assert secret not in page.text, (path, secret)
    assert "No check-ins yet." in text_of(client.get("/checkins/past"))
    # Their questions are theirs: ours are unchanged, and our answers go to our check-in.
    assert client.post("/checkins/", data={"answer_0": "Ours"}).status_code == 302
    assert count(session, CheckInQuestion) == 5  # our four, and Kim and Lee's one
    other = app.test_client()
    log_in(other, "kim@example.com")
    assert "Ours" not in other.get("/checkins/").text and "Ours" not in other.get("/checkins/past").text


def test_check_in_pages_need_a_login(client, couple) -> None:
    for path in ("/checkins/", "/checkins/past", "/checkins/questions"):
        response = client.get(path)
        assert response.status_code == 302 and "/login" in response.location
    assert client.post("/checkins/", data={"answer_0": "anonymous"}).status_code == 302


@pytest.mark.parametrize("revision", ["", "abc", "-1", "9" * 20, "7"])
def test_agreeing_to_questions_not_shown_is_refused_beside_the_button(
    client, alex, sam_client, session, revision
) -> None:
    client.post("/checkins/questions", data={"seen": "", "question_0": "Only this?"})
    page = sam_client.get("/checkins/questions")
    agree = re.search(r'action="(/checkins/questions/\d+/agree)"', page.text).group(1)
    response = sam_client.post(agree, data={"revision": revision})
    assert response.status_code in (409, 422)
    assert "please read them again" in text_of(response)
    assert 'id="agree-problem"' in response.text
    session.expire_all()
    assert checkins.couple_questions(session, alex.couple_id) == QUESTIONS


def test_a_brand_new_couple_has_no_last_week_and_a_complete_week_shows_once(client, alex, couple, session) -> None:
    alex.couple.created_at = NOW  # signed up this week
    session.flush()
    text = text_of(client.get("/checkins/"))
    assert "Last week" not in text and "No answers last week" not in text
    for partner in couple:
        for position in range(len(QUESTIONS)):
            checkins.save_answer(session, partner, position, f"{partner.name} {position}", source=Source.WEB, now=NOW)
    session.flush()
    page = client.get("/checkins/").text
    assert page.count("<table") == 1  # the side-by-side table, once
    assert "Thank you, both of you" in text_of(client.get("/checkins/"))


def test_a_check_in_completed_with_a_skipped_question_says_so(client, alex, couple, sam_client, session) -> None:
    """A third tester: a question skipped by voice, and the page said "you have both answered
    every question" above "You have answered 3 of 4"."""
    client.post("/checkins/", data={f"answer_{i}": f"Alex's answer {i}" for i in range(4)})
    sam_client.post("/checkins/", data={f"answer_{i}": f"Sam's answer {i}" for i in range(1, 4)})
    checkin = checkins.checkin_progress(session, alex.couple, NOW).checkin
    assert checkin is not None and checkin.completed_at is None
    checkin.completed_at = NOW  # as the voice check-in completes it when Sam said "skip" to the first
    session.flush()
    text = text_of(sam_client.get("/checkins/"))
    assert "This week's check-in is complete: a question one of you skipped can still be answered below." in text
    assert "you have both answered every question" not in text
