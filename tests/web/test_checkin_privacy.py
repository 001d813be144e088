"""Check-in answers are private by default: a partner's stay hidden from the other until
the other has answered that week too; a completed check-in shows both, with a thank-you."""

from __future__ import annotations

import json
from datetime import timedelta

from tests.factories import NOW
from tests.web.helpers import form_data, text_of
from trust_tracker.models import checkins
from trust_tracker.models.entities import Source

QUESTIONS = list(checkins.DEFAULT_QUESTIONS)
SAMS = ["Sam: the walks", "Sam: I snapped once", "Sam: your texts", "Sam: more time"]


def _answer_all(session, partner, texts, now=NOW) -> None:
    for position, text in enumerate(texts):
        checkins.save_answer(session, partner, position, text, source=Source.WEB, now=now)
    session.flush()


def test_the_partners_answers_are_hidden_on_every_page_until_you_have_answered(client, alex, couple, session) -> None:
    _, sam = couple
    _answer_all(session, sam, SAMS)
    _answer_all(session, sam, ["Sam last week"] * 4, now=NOW - timedelta(days=7))
    for url in ("/checkins/", "/checkins/past", "/account/export.json", "/today/", "/history/"):
        body = client.get(url).text
        assert not any(answer in body for answer in SAMS), url
        assert "Sam last week" not in body, url
    page = text_of(client.get("/checkins/"))
    assert "Sam has answered 4 of 4 questions." in page  # how far, never what
    assert "Sam's answers stay private until you have answered every question of that week yourself" in page

    # Three of four is not yet: Alex cannot answer one to read the rest.
    client.post("/checkins/", data={"asked": form_data(client.get("/checkins/"))["asked"][0], "answer_0": "Alex 0"})
    assert "Sam: the walks" not in client.get("/checkins/").text
    data = {"asked": form_data(client.get("/checkins/"))["asked"][0]}
    data |= {f"answer_{i}": f"Alex {i}" for i in range(1, 4)}
    assert client.post("/checkins/", data=data).status_code == 302
    page = text_of(client.get("/checkins/"))
    assert f"{QUESTIONS[0]} Alex 0 Sam: the walks" in page
    assert "Sam last week" not in client.get("/checkins/").text  # last week Alex never answered
    exported = json.loads(client.get("/account/export.json").text)
    this_week = next(c for c in exported["checkins"] if c["week_start"] == "2026-11-23")
    assert {a["answer"] for a in this_week["answers"]} == {*SAMS, "Alex 0", "Alex 1", "Alex 2", "Alex 3"}


def test_a_completed_check_in_leads_with_a_thank_you_and_both_answers(client, alex, couple, session) -> None:
    _, sam = couple
    _answer_all(session, sam, SAMS)
    _answer_all(session, alex, [f"Alex {i}" for i in range(4)])
    page = client.get("/checkins/")
    text = text_of(page)
    thanks = text.index("Thank you, both of you")
    assert thanks < text.index("This week's answers, side by side") < text.index("Change your answers")
    assert f"{QUESTIONS[1]} Alex 1 Sam: I snapped once" in text
    assert page.text.index("Thank you, both of you") < page.text.index('<form method="post" action="/checkins/"')


def test_before_anyone_answers_nothing_is_hidden_or_shown(client, alex) -> None:
    text = text_of(client.get("/checkins/"))
    assert "Thank you, both of you" not in text
    assert "Your answers this week" in text
