"""Tester-voice50 items 9 and 12: an entry just logged for an earlier day can be undone and
changed (the ten minutes are of when it was logged), and "no, I meant it was on Saturday",
"sorry, wrong day, Saturday", "actually it was Saturday" move the entry just logged to that
day, never log a new one. Through the real skill: spoken text and rows."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import NOW
from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.simulator import Match

SATURDAY = date(2026, 11, 21)  # NOW is Wednesday 25 November
MONDAY = date(2026, 11, 23)


def test_an_entry_logged_for_last_thursday_can_be_changed_then_undone(session, session_factory) -> None:
    alexa, rohan, _, items = couple_home(session, session_factory, "rohan-frank")
    assert alexa("I did the dishes on Thursday").speech.startswith("Logged: you kept your dishes, on Thursday.")
    assert alexa("actually it was Saturday").speech == "Changed: you kept your dishes, on Saturday."
    [entry] = entries(session)
    assert (entry.partner_id, entry.lineage_id, entry.local_date) == (rohan.id, items["dishes"], SATURDAY)
    assert "on Saturday, says you kept your dishes" in alexa("undo that").speech
    alexa("yes")
    assert entries(session) == []


@pytest.mark.parametrize(
    ("locale", "repair"),
    [
        ("en-AU", "no, I meant it was on Saturday"),
        ("en-US", "sorry, wrong day, Saturday"),
        ("en-US", "actually it was Saturday"),
        ("en-GB", "wrong day, it was Saturday"),
        ("en-IN", "no I meant that was Saturday"),
    ],
)
def test_a_weekday_named_moves_the_entry_just_logged(session, session_factory, locale, repair) -> None:
    alexa, *_ = couple_home(session, session_factory, "rohan-frank", locale=locale)
    assert alexa("I did the dishes last night").speech == "Logged: you kept your dishes, yesterday."
    heard = alexa(repair)
    assert heard.speech == "Changed: you kept your dishes, on Saturday."
    [entry] = entries(session)
    assert (entry.kind, entry.local_date) == (LogKind.KEPT, SATURDAY)


@pytest.mark.parametrize("heard_as", ["it was on saturday", "wrong day saturday", "monday", "that was last monday"])
def test_a_day_alexa_heard_as_a_promise_is_the_day(session, session_factory, heard_as) -> None:
    alexa, *_ = couple_home(session, session_factory, "rohan-frank")
    alexa("log a small win: I stayed calm")
    heard = alexa.send(Match("AmendEntryIntent", {"commitment": heard_as}))
    assert heard.speech.startswith("Changed: you noted a small win, on ")
    [entry] = entries(session)
    assert entry.local_date in (SATURDAY, MONDAY)


@pytest.mark.parametrize(
    "heard_as",
    [
        "it was on saturday\x07",
        "it was on saturday week",
        "wrong day tomorrow",
        "it was on " + "saturday " * 200,
    ],
)
def test_odd_days_heard_as_a_promise_move_nothing(session, session_factory, heard_as) -> None:
    alexa, *_, items = couple_home(session, session_factory, "rohan-frank")
    alexa("I did the dishes")
    heard = alexa.send(Match("AmendEntryIntent", {"commitment": heard_as}))
    assert "Changed" not in heard.speech
    [entry] = entries(session)
    assert (entry.lineage_id, entry.local_date) == (items["dishes"], NOW.date())


def test_a_promise_with_a_day_in_its_name_is_still_the_promise(session, session_factory) -> None:
    alexa, *_, items = couple_home(session, session_factory, "rohan-frank")
    alexa("I did the dishes")
    assert alexa("no, I meant the sunday swim").speech == "Changed: you kept your sunday swim, today."
    [entry] = entries(session)
    assert (entry.lineage_id, entry.local_date) == (items["sunday swim"], NOW.date())
