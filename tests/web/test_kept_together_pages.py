"""The site asks before a keep or a miss contradicts the partner's entry of a shared promise that day, as the voice
does (models/kept_together.py; tester-web49: Today and History stored it silently): nothing is written until a yes,
which counts only for the day it was asked and while the partner's entry still stands."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

import pytest
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, agreed_contract, make_couple
from tests.web.helpers import csrf_token, text_of
from tests.web.test_site_distress import DISTRESS
from trust_tracker.models import tracking
from trust_tracker.models.contracts import active_commitments
from trust_tracker.models.entities import LogEntry, LogKind, Source
from trust_tracker.models.localtime import local_today

QUESTION = "Sam logged “evening talk” as kept today. Log it as missed anyway?"


@pytest.fixture
def talk(session, couple, contract):
    """The shared evening talk (due on Wednesdays: NOW is one), which Sam logged as kept today."""
    shared = next(c for c in active_commitments(session, couple[0].couple_id) if c.owner_id is None)
    tracking.log_entry(session, couple[1], LogKind.KEPT, source=Source.WEB, lineage_id=shared.lineage_id, now=NOW)
    return shared


def _rows(session):
    return sorted((e.partner.name, e.kind.value, e.note) for e in session.scalars(select(LogEntry)))


def _yes(response) -> tuple[str, dict[str, str]]:
    """Where the question's "yes" posts, and what: its hidden fields, as a browser sends them."""
    form = response.text.split('id="logged-otherwise"')[1].split("</form>")[0]
    action = unescape(re.search(r'<form method="post" action="([^"]+)"', form).group(1))
    return action, {n: unescape(v) for n, v in re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', form)}


def _today_tap(client, talk, kind="missed", **more):
    return client.post("/today/log", data={"kind": kind, "lineage_id": str(talk.lineage_id), **more})


def _history_log(client, talk, kind="missed", note="forgot, sorry", **more):
    data = {"log-kind": kind, "log-lineage_id": str(talk.lineage_id), "log-note": note, **more}
    return client.post("/history/log", data=data)


@pytest.mark.parametrize("post", [_today_tap, _history_log])
def test_the_contradiction_is_asked_first_and_a_yes_logs_it(client, alex, session, talk, post) -> None:
    before = _rows(session)
    asked = post(client, talk)
    assert asked.status_code == 200
    assert QUESTION in text_of(asked)
    assert "Yes, log it as missed" in asked.text and "No, don't log it" in asked.text
    assert _rows(session) == before  # nothing written before the yes
    action, data = _yes(asked)
    answered = client.post(action, data=data)
    assert answered.status_code == 302
    note = "forgot, sorry" if post is _history_log else ""
    assert _rows(session) == sorted([*before, ("Alex", "missed", note)])


def test_today_shows_the_question_in_a_page_of_its_own_with_a_way_back(client, alex, talk) -> None:
    asked = _today_tap(client, talk, kind="missed")
    assert "<title>Log it as missed anyway?" in asked.text
    assert f'href="/today/#item-{talk.lineage_id}"' in asked.text  # "No": back where the tap was, nothing logged


def test_the_same_way_an_own_promise_or_a_disputed_entry_is_logged_straight(client, alex, session, talk) -> None:
    assert _today_tap(client, talk, kind="kept").status_code == 302  # the same way as Sam: no contradiction
    assert ("Alex", "kept", "") in _rows(session)
    own = next(c for c in active_commitments(session, alex.couple_id) if c.owner_id == alex.id)
    assert _today_tap(client, own, kind="missed").status_code == 302


def test_a_disputed_entry_of_the_partners_asks_nothing(client, alex, session, talk) -> None:
    sams = session.scalars(select(LogEntry)).one()
    sams.disputed_at = NOW
    session.flush()
    assert _today_tap(client, talk).status_code == 302
    assert ("Alex", "missed", "") in _rows(session)


def test_a_yes_after_the_partners_entry_went_logs_nothing_and_says_why(client, alex, session, talk) -> None:
    _, data = _yes(_history_log(client, talk))
    session.delete(session.scalars(select(LogEntry)).one())  # Sam undid theirs meanwhile
    session.flush()
    answered = client.post("/history/log", data=data, follow_redirects=True)
    assert "Nothing logged: Sam's entry for “evening talk” changed since you were asked." in text_of(answered)
    assert _rows(session) == []


@pytest.mark.parametrize("days", [-1, 1, 400])  # ended, or ahead (tester-web51: "a day that has ended" said of it)
def test_a_yes_for_another_day_logs_nothing_and_says_it_is_not_today(client, alex, session, talk, days) -> None:
    _, data = _yes(_today_tap(client, talk))
    data["confirmed_on"] = (local_today(alex.couple, NOW) + timedelta(days=days)).isoformat()
    answered = client.post("/today/log", data=data, follow_redirects=True)
    assert "Nothing logged: that question was about “evening talk” on another day, not today." in text_of(answered)
    assert _rows(session) == [("Sam", "kept", "")]


def test_a_second_yes_is_told_it_is_logged_already(client, alex, session, talk) -> None:
    action, data = _yes(_today_tap(client, talk))
    assert client.post(action, data=data).status_code == 302
    again = client.post(action, data=data)
    assert again.status_code == 409
    assert _rows(session) == [("Alex", "missed", ""), ("Sam", "kept", "")]


@pytest.mark.parametrize(
    "posted",
    ["2026-13-01", "yesterday", "２０２６-11-25", "2026-11-25\x00", "2026-11-25T00:00", "9" * 10_000, "20261125"],
)
@pytest.mark.parametrize("post", [_today_tap, _history_log])
def test_an_odd_day_in_a_yes_is_refused_and_nothing_logged(client, alex, session, talk, posted, post) -> None:
    response = post(client, talk, confirmed_on=posted)
    assert response.status_code == 400
    assert _rows(session) == [("Sam", "kept", "")]


def test_another_couples_promise_is_not_found_with_or_without_a_yes(client, alex, session, talk) -> None:
    kim, lee = make_couple(session, first="Kim", second="Lee")
    theirs = next(
        c for c in agreed_contract(session, kim, lee).items if c.owner_id is None and c.kind.value == "commitment"
    )
    tracking.log_entry(session, lee, LogKind.KEPT, source=Source.WEB, lineage_id=theirs.lineage_id, now=NOW)
    today = local_today(alex.couple, NOW).isoformat()
    assert _today_tap(client, theirs).status_code == 404
    assert _today_tap(client, theirs, confirmed_on=today).status_code == 404
    # History's list holds only this couple's items: anything else is refused before any question.
    assert _history_log(client, theirs, confirmed_on=today).status_code == 422
    assert ("Alex", "missed", "") not in _rows(session)


def test_the_yes_carries_the_csrf_token_and_needs_it(make_app, couple, session, talk) -> None:
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    client.post(
        "/login",
        data={"email": "alex@example.com", "password": PASSWORD, "csrf_token": csrf_token(client.get("/login"))},
    )
    token = csrf_token(client.get("/today/"))
    for post, field in ((_today_tap, "csrf_token"), (_history_log, "log-csrf_token")):
        action, data = _yes(post(client, talk, **{field: token}))
        assert data[field] == token
        assert client.post(action, data={k: v for k, v in data.items() if k != field}).status_code == 400
    assert _rows(session) == [("Sam", "kept", "")]
    action, data = _yes(_today_tap(client, talk, csrf_token=token))
    assert client.post(action, data=data).status_code == 302
    assert ("Alex", "missed", "") in _rows(session)


def test_a_note_saved_anyway_waits_through_the_question_and_is_used_once(client, alex, session, talk) -> None:
    """The deliberate "Save my note anyway" is spent when the note is saved, after the yes, never by the question."""
    held = _history_log(client, talk, note=DISTRESS)
    assert held.status_code == 422 and _rows(session) == [("Sam", "kept", "")]
    token = re.search(r'name="save_anyway" value="([^"]+)"', held.text).group(1)
    asked = _history_log(client, talk, note=DISTRESS, save_anyway=token)
    assert asked.status_code == 200 and QUESTION in text_of(asked)
    action, data = _yes(asked)
    assert data["save_anyway"] == token and _rows(session) == [("Sam", "kept", "")]
    assert client.post(action, data=data).status_code == 302
    assert _rows(session) == [("Alex", "missed", DISTRESS), ("Sam", "kept", "")]
    session.delete(next(e for e in session.scalars(select(LogEntry)) if e.partner.name == "Alex"))
    session.flush()
    replayed = client.post(action, data=data)  # the same token again: held back, nothing saved
    assert replayed.status_code == 422 and "Save my note anyway" in replayed.text
    assert _rows(session) == [("Sam", "kept", "")]
