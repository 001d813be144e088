"""Editing the check-in questions on the site: a proposal the other partner agrees to, asks to
change or sees withdrawn, a stale page keeping what was typed, a couple of one changing them at
once, a question removed mid-week, bad questions refused."""

from __future__ import annotations

import re
from html import unescape

import pytest

from tests.factories import NOW, make_couple
from tests.web.helpers import assert_accessible_form, form_data, log_in, text_of
from trust_tracker.models import checkins
from trust_tracker.models.entities import Source

QUESTIONS = list(checkins.DEFAULT_QUESTIONS)


def test_editing_the_questions_is_a_proposal_the_other_partner_agrees_to(
    client, alex, couple, sam_client, session
) -> None:
    page = client.get("/checkins/questions")
    assert page.status_code == 200
    assert_accessible_form(page)
    data = form_data(page)
    assert [data[f"question_{i}"][0] for i in range(4)] == QUESTIONS
    assert data["question_4"] == [""] and "question_10" not in data

    response = client.post(
        "/checkins/questions",
        data={
            "seen": "",
            "question_0": "What did we keep?",
            "question_1": "",
            "question_2": "  What do we need?  ",
        },
    )
    assert response.status_code == 302
    # Proposed, not changed: until Sam agrees the check-in keeps its questions.
    assert checkins.questions(session, alex.couple_id, NOW) == QUESTIONS
    mine = text_of(client.get("/checkins/questions"))
    assert "You proposed new questions. Until your partner agrees, the check-in keeps the questions it has." in mine
    assert "Your proposal What did we keep? New What do we need? New" in mine
    assert "Waiting for your partner to agree." in mine and "Agree to these questions" not in mine

    review = sam_client.get("/checkins/questions")
    assert_accessible_form(review)
    text = text_of(review)
    assert "Alex's proposal What did we keep? New What do we need? New" in text
    assert f"Dropped: “{QUESTIONS[0]}”" in text
    assert "If you agree, they apply from this week's check-in." in text
    agree = re.search(r'action="(/checkins/questions/\d+/agree)"', review.text).group(1)
    assert sam_client.post(agree, data={"revision": "0"}).status_code == 302
    session.expire_all()
    assert checkins.questions(session, alex.couple_id, NOW) == ["What did we keep?", "What do we need?"]
    text = text_of(sam_client.get("/checkins/"))
    assert "Saved: your check-in now has 2 questions, this week's included." in text
    assert "What did we keep?" in text and QUESTIONS[0] not in text
    assert "apply from next week" not in text


def test_asking_for_changes_then_a_revision_then_agreeing(client, alex, couple, sam_client, session) -> None:
    client.post("/checkins/questions", data={"seen": "", "question_0": "What made you smile?"})
    review = sam_client.get("/checkins/questions")
    reply = re.search(r'action="(/checkins/questions/\d+/reply)"', review.text).group(1)
    agree = reply.replace("/reply", "/agree")
    # Bad replies: a message beside the box, what was typed kept, nothing sent.
    for body, message, status in (
        ("", "Say what you would change, in a few words.", 422),
        ("x" * 1001, "At most 1000 characters, please.", 422),
        ("Keep\x07this", "invisible control character", 422),
    ):
        refused = sam_client.post(reply, data={"revision": "0", "reply": body})
        assert refused.status_code == status and message in text_of(refused)
        assert 'id="reply-error"' in refused.text
    refused = sam_client.post(reply, data={"revision": "zero", "reply": "Fine"})
    assert refused.status_code == 422 and "please read them again" in text_of(refused)
    assert sam_client.post(reply, data={"revision": "0", "reply": "Keep 'what went well' too"}).status_code == 302
    mine = client.get("/checkins/questions")
    assert "Sam asked for changes: Keep 'what went well' too" in text_of(mine)
    data = form_data(mine)
    data["question_1"] = [QUESTIONS[0]]
    assert client.post("/checkins/questions", data=data).status_code == 302
    # Sam's page still shows the first draft: agreeing to it is refused, and says why.
    stale = sam_client.post(agree, data={"revision": "0"})
    assert stale.status_code == 409
    assert "These proposed questions were changed meanwhile: please read them again first." in text_of(stale)
    session.expire_all()
    assert checkins.couple_questions(session, alex.couple_id) == QUESTIONS
    assert sam_client.post(agree, data={"revision": "1"}).status_code == 302
    session.expire_all()
    assert checkins.couple_questions(session, alex.couple_id) == ["What made you smile?", QUESTIONS[0]]


def test_a_stale_questions_page_keeps_what_was_typed(client, alex, couple, sam_client, session) -> None:
    sams_page = form_data(sam_client.get("/checkins/questions"))
    client.post("/checkins/questions", data={"seen": "", "question_0": "Alex's question"})
    sams_page["question_0"] = ["Sam's own question"]
    response = sam_client.post("/checkins/questions", data=sams_page)
    assert response.status_code == 409
    assert "changed meanwhile" in text_of(response)
    assert form_data(response)["question_0"] == ["Sam's own question"]
    assert "Alex's proposal Alex's question" in text_of(response)


def test_only_the_proposer_withdraws_and_another_couple_cannot_touch_it(app, client, alex, sam_client, session) -> None:
    client.post("/checkins/questions", data={"seen": "", "question_0": "Just one"})
    page = client.get("/checkins/questions")
    withdraw = re.search(r'action="(/checkins/questions/(\d+)/withdraw)"', page.text)
    assert sam_client.post(withdraw.group(1)).status_code == 403
    make_couple(session, "Kim", "Lee")
    session.flush()
    lee = app.test_client()
    log_in(lee, "lee@example.com")
    base = f"/checkins/questions/{withdraw.group(2)}"
    assert lee.post(f"{base}/agree", data={"revision": "0"}).status_code == 404
    assert lee.post(f"{base}/reply", data={"revision": "0", "reply": "no"}).status_code == 404
    assert lee.post(f"{base}/withdraw").status_code == 404
    assert "Just one" not in lee.get("/checkins/questions").text
    assert client.post(withdraw.group(1)).status_code == 302
    text = text_of(client.get("/checkins/questions"))
    assert "You withdrew the proposed questions." in text and "Your proposal" not in text


def test_alone_the_questions_change_at_once(app, session) -> None:
    make_couple(session, "Robin", None)
    session.flush()
    robin = app.test_client()
    log_in(robin, "robin@example.com")
    assert "Until your partner joins, you change them on your own" in text_of(robin.get("/checkins/questions"))
    assert robin.post("/checkins/questions", data={"seen": "", "question_0": "Only mine"}).status_code == 302
    assert "Saved: your check-in now has 1 question, this week's included." in text_of(robin.get("/checkins/"))


def test_the_audit_scenario_a_question_removed_mid_week(client, alex, couple, sam_client, session) -> None:
    """Alex answers Q1-Q2 by voice, Sam answers Q1 on the site, then Sam removes Q1: the
    answers keep their questions, and the page, the export and the voice agree."""
    from trust_tracker.models.export import export_json  # read only here: what a partner downloads

    _, sam = couple
    checkins.save_answer(session, alex, 0, "We kept our walks", source=Source.VOICE, now=NOW)
    checkins.save_answer(session, alex, 1, "I was late twice", source=Source.VOICE, now=NOW)
    session.flush()
    page = sam_client.get("/checkins/")
    assert (
        sam_client.post("/checkins/", data={"asked": form_data(page)["asked"][0], "answer_0": "The calls"}).status_code
        == 302
    )

    editor = sam_client.get("/checkins/questions")
    assert (
        "This week's check-in has already been answered, so it keeps its questions: a change "
        "applies from next week's check-in (from Mon 30 Nov 2026)." in text_of(editor)
    )
    data = form_data(editor)
    data["question_0"] = [""]  # remove "What went well this week?"
    assert sam_client.post("/checkins/questions", data=data).status_code == 302
    review = client.get("/checkins/questions")  # Alex agrees
    assert "If you agree, they apply from next week's check-in (from Mon 30 Nov 2026)" in text_of(review)
    agree = re.search(r'action="(/checkins/questions/\d+/agree)"', review.text).group(1)
    assert client.post(agree, data={"revision": "0"}).status_code == 302
    text = text_of(client.get("/checkins/"))
    assert (
        "Saved: from next week (Mon 30 Nov 2026) your check-in has 3 questions. This week's check-in has "
        "already been answered, so it keeps its questions." in text
    )
    assert (
        "You have changed the questions: the new ones apply from next week's check-in (from Mon 30 Nov 2026)." in text
    )
    assert checkins.couple_questions(session, alex.couple_id) == QUESTIONS[1:]

    # The site: the answer boxes and the table are this week's four questions, each answer under its own.
    page = client.get("/checkins/")
    assert "You have answered 2 of 4 questions." in text_of(page) and "Sam has answered 1 of 4 questions." in text_of(
        page
    )
    form = form_data(page)
    assert (form["answer_0"], form["answer_1"], form["answer_2"]) == (["We kept our walks"], ["I was late twice"], [""])
    labels = re.findall(r'<label for="answer_(\d)">([^<]+)</label>', page.text)
    assert [(int(i), unescape(label)) for i, label in labels] == list(enumerate(QUESTIONS))
    table = text_of(page)
    # Alex has not answered all four yet, so Sam's answers stay private from Alex.
    assert f"{QUESTIONS[0]} We kept our walks (by voice) {QUESTIONS[1]}" in table and "The calls" not in table
    assert f"{QUESTIONS[1]} I was late twice (by voice)" in table

    # The export stores each answer under the question the page shows it under.
    # Sam has not answered every question either, so Sam's copy holds Sam's answers only.
    exported = export_json(session, sam, NOW)
    this_week = next(c for c in exported["checkins"] if c["week_start"] == "2026-11-23")
    assert [(a["partner_id"], a["position"], a["question"], a["answer"]) for a in this_week["answers"]] == [
        (sam.id, 0, QUESTIONS[0], "The calls")
    ]

    # The voice asks what the page shows next, and reads this week's questions.
    assert checkins.next_question(session, alex, NOW) == (2, QUESTIONS[2])
    assert checkins.next_question(session, sam, NOW) == (1, QUESTIONS[1])
    assert checkins.questions(session, alex.couple_id, NOW) == QUESTIONS
    # An answer given now by voice lands where the site shows it.
    checkins.save_answer(session, alex, 2, "Your texts", source=Source.VOICE, now=NOW)
    session.flush()
    assert f"{QUESTIONS[2]} Your texts (by voice)" in text_of(client.get("/checkins/"))
    # Once Alex has answered all four, both show side by side, each under its own question.
    checkins.save_answer(session, alex, 3, "More walks", source=Source.VOICE, now=NOW)
    session.flush()
    table = text_of(client.get("/checkins/"))
    assert f"{QUESTIONS[0]} We kept our walks (by voice) The calls" in table
    assert f"{QUESTIONS[2]} Your texts (by voice) Not answered" in table


def test_the_question_editor_says_when_changes_apply_from_this_week(client, alex) -> None:
    text = text_of(client.get("/checkins/questions"))
    assert "Nobody has answered this week's check-in yet, so a change applies from this week." in text
    assert "applies from next week" not in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "A check-in has between 1 and 10 questions."),
        ({"question_0": " ", "question_1": ""}, "A check-in has between 1 and 10 questions."),
        ({"question_0": "ok", "question_1": "x" * 201}, "At most 200 characters, please."),
        ({"question_0": "ok\x1b[2J"}, "invisible control character"),
        ({f"question_{i}": q for i, q in enumerate(QUESTIONS)}, "These are already your questions"),
    ],
)
def test_bad_questions_are_refused_and_nothing_changes(client, alex, session, data, message) -> None:
    response = client.post("/checkins/questions", data=data)
    assert response.status_code == 422
    assert message in text_of(response)
    assert checkins.questions(session, alex.couple_id, NOW) == QUESTIONS
    assert_accessible_form(response)
