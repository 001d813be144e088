"""A day said as "N days ago" (tester D3): within the week it dates a keep or a miss as "yesterday"
or "on Monday" do (skill/days_said.py), and is no part of the note; further back ("a fortnight
ago", "ten days ago"), ahead ("tomorrow") or with no day to it ("the other day") nothing is logged,
never today instead, and they hear why."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.factories import agreed_contract
from tests.skill.talk import Talk
from tests.skill.voice12_home import VOICE, linked_couple
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.days_said import dated, day_unloggable

TODAY = date(2026, 11, 25)  # the talk's NOW, a Wednesday, in New York
COUPLES = [("Alex", "Sam", "en-US"), ("Priya", "Rohan", "en-IN"), ("Grace", "Faith", "en-GB")]


def _talk(session, session_factory, a: str, b: str, locale: str) -> Talk:
    one, two = linked_couple(session, a, b, person_id=VOICE)
    agreed_contract(session, one, two)
    session.flush()
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "kind", "name", "back", "said_back"),
    [
        ("log that I kept call when late three days ago", "kept", "call when late", 3, "on Sunday"),
        ("I forgot to call when I was running late 2 days ago", "missed", "call when late", 2, "on Monday"),
        ("two days ago I kept the evening talk", "kept", "evening talk", 2, "on Monday"),
        ("I missed the evening talk five days ago, I was tired", "missed", "evening talk", 5, "on Friday"),
        ("log a keep for the evening talk two days ago", "kept", "evening talk", 2, "on Monday"),
        # "back" for "ago" (tester-voice44 D2: logged today with the note "Four days back").
        ("I missed my evening talk five days back", "missed", "evening talk", 5, "on Friday"),
    ],
)
def test_days_ago_within_the_week_date_the_entry_and_leave_the_note(
    session, session_factory, a, b, locale, said, kind, name, back, said_back
) -> None:
    heard = _talk(session, session_factory, a, b, locale)(said)
    [(logged_kind, logged_name, logged_day, note)] = rows(session)
    assert (logged_kind, logged_name, logged_day) == (kind, name, TODAY - timedelta(days=back)), heard.speech
    assert "ago" not in note.lower() and "days" not in note.lower(), note
    assert said_back in heard.speech and "today" not in heard.speech, heard.speech


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "heard_word"),
    [
        ("I kept the evening talk a fortnight ago", "a week back"),
        ("log that I forgot to call when late ten days ago", "a week back"),
        ("I kept my promise to call when late 3 weeks ago", "a week back"),
        ("I missed the evening talk a month ago", "a week back"),
        ("I'll keep the evening talk tomorrow", "what has happened"),
        ("log a keep for call when late tomorrow", "what has happened"),
        ("I kept the evening talk the other day", "Which day"),
        ("I forgot to call when I was late a few days ago", "Which day"),
        ("the other night I missed the evening talk", "Which day"),
    ],
)
def test_a_day_that_cannot_be_logged_logs_nothing_and_says_why(
    session, session_factory, a, b, locale, said, heard_word
) -> None:
    heard = _talk(session, session_factory, a, b, locale)(said)
    assert rows(session) == [], heard.speech
    assert heard_word in heard.speech and "Logged" not in heard.speech, heard.speech


@pytest.mark.parametrize(
    "said",
    [
        "the sunday walk",
        "ten past six",
        "I kept it, two days in a row now",
        "a week of talks",
        "days ago",
        "ago ago",
        "",
    ],
)
def test_words_that_say_no_day_back_are_left_as_they_are(said) -> None:
    assert dated(said, TODAY) == (None, said)
    assert day_unloggable(said, TODAY) is None


def test_the_week_bound_is_the_one_other_days_use() -> None:
    assert dated("i kept it a week ago", TODAY) == (TODAY - timedelta(days=7), "i kept it")
    assert dated("i kept it seven days ago", TODAY)[0] == TODAY - timedelta(days=7)
    assert day_unloggable("i kept it eight days ago", TODAY) == "too_far"
    assert day_unloggable("i kept it 999 days ago", TODAY) == "too_far"
