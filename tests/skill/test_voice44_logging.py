"""Logging that kept what people told it (tester-voice39 D15, D10, D13; tester-voice40 D8), for a couple
in two locales, through the skill's real request path (the spoken text and the rows saved):

1. A reason said to "which one did you miss?" ("I got caught at work and forgot") waits for the promise
   and becomes its miss's note, dated the day said before; "none of them" logs it as a setback about
   none. A setback told in words of its own is still logged at once (the twin).
2. A lapse told with its day ("I got defensive about my phone last night", "I hid my phone from Sam on
   Sunday") and asked as a miss of the promise it goes against is logged on that day, said with it.
3. "I wouldn't show her my messages": a lapse against the open phone promise, asked as its miss (the messages
   are on the phone); shown, or kept from the kids, it is not.
4. "Actually no, just the walk" to "Shall I log all 4 as missed?" logs the walk only, said back; a plain
   "actually no" still logs nothing (the twin).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.skill.voice12_home import everyday_home
from tests.skill.voice12_home import named_rows as rows

LOCALES = ["en-GB", "en-US"]
TODAY, FRIDAY = date(2026, 11, 25), date(2026, 11, 20)  # a Wednesday
YESTERDAY, MONDAY, SUNDAY = date(2026, 11, 24), date(2026, 11, 23), date(2026, 11, 22)


def home(session, session_factory, locale: str):
    return everyday_home(session, session_factory, "Alex", "Sam", locale, [])


# --- 1. a reason said to "which one did you miss?" ------------------------------------------------

REASONS = [
    ("I got caught at work and forgot", "I got caught at work and forgot"),
    (
        "i was up the ladder cutting the hedge and lost track of time",
        "I was up the ladder cutting the hedge and lost track of time",
    ),
    ("because the traffic was awful", "Because the traffic was awful"),
    ("it completely slipped my mind", "It completely slipped my mind"),
    ("honestly I was just too tired", "Honestly I was just too tired"),
]


@pytest.mark.postgres_smoke  # rows written: on PostgreSQL too
@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("reason", "note"), REASONS)
def test_a_reason_waits_for_the_promise_and_is_its_note(session, session_factory, locale, reason, note) -> None:
    talk = home(session, session_factory, locale)
    assert talk("I missed a promise").speech.startswith("Which one did you miss:")
    asked = talk(reason)
    assert asked.speech.startswith("Thanks for telling me why. Which promise was it:"), asked.speech
    assert asked.speech.endswith("Or say: none of them.") and asked.open
    assert rows(session) == []
    logged = talk("the evening talk")
    assert "Logged: you missed your evening talk." in logged.speech, logged.speech
    assert rows(session) == [("missed", "evening talk", TODAY, note)]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_day_said_before_the_reason_dates_the_miss(session, session_factory, locale) -> None:
    talk = home(session, session_factory, locale)
    talk("I broke a promise on Friday")
    assert talk("I got held up at the office").speech.startswith("Thanks for telling me why.")
    logged = talk("call when late")
    assert "you missed your promise to call when late, on Friday." in logged.speech, logged.speech
    assert rows(session) == [("missed", "call when late", FRIDAY, "I got held up at the office")]


@pytest.mark.parametrize("locale", LOCALES)
def test_a_reason_then_none_of_them_is_a_setback_about_none(session, session_factory, locale) -> None:
    talk = home(session, session_factory, locale)
    talk("I missed a promise")
    talk("work ran late and I forgot")
    logged = talk("none of them")
    assert "Logged as a setback: work ran late and you forgot." in logged.speech, logged.speech
    assert rows(session) == [("missed", None, TODAY, "Work ran late and I forgot")]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("said", "note"),
    [
        # The twins: the setback itself, told in words naming no promise, is logged at once as before.
        ("I forgot our anniversary dinner", "I forgot our anniversary dinner"),
        ("I spent the money we agreed to save", "I spent the money we agreed to save"),
    ],
)
def test_a_setback_told_is_still_logged_at_once(session, session_factory, locale, said, note) -> None:
    talk = home(session, session_factory, locale)
    talk("I missed a promise")
    assert "Logged as a setback" in talk(said).speech
    assert rows(session) == [("missed", None, TODAY, note)]


# --- 2. a lapse told with its day, against a promise ----------------------------------------------


@pytest.mark.postgres_smoke  # rows written: on PostgreSQL too
@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("said", "day", "when", "note"),
    [
        ("I got defensive about my phone last night", YESTERDAY, ", yesterday.", "I got defensive about my phone"),
        ("I got defensive about my phone on Monday", MONDAY, ", on Monday.", "I got defensive about my phone"),
        ("I hid my phone from Sam on Sunday", SUNDAY, ", on Sunday.", "I hid my phone from Sam"),
        ("I got really defensive when Sam asked about my phone yesterday", YESTERDAY, ", yesterday.", None),
        # The twins: no day said, today's; "on Wednesday", said on one, is last week's.
        ("I got defensive about my phone", TODAY, ".", "I got defensive about my phone"),
        (
            "I got defensive about my phone on Wednesday",
            date(2026, 11, 18),
            ", on 18 November.",
            None,
        ),
    ],
)
def test_a_lapse_told_with_its_day_is_logged_on_it(session, session_factory, locale, said, day, when, note) -> None:
    talk = home(session, session_factory, locale)
    assert talk(said).speech == "That sounds like it went against your open phone promise. Shall I log it as missed?"
    logged = talk("yes")
    assert f"Logged: you missed your open phone promise{when}" in logged.speech, logged.speech
    ((kind, name, on, kept),) = rows(session)
    assert (kind, name, on) == ("missed", "open phone", day)
    assert kept == note or (note is None and "defensive" in kept and "day" not in kept), kept


@pytest.mark.parametrize("locale", LOCALES)
def test_a_keep_and_a_lapse_told_with_a_day_are_both_that_days(session, session_factory, locale) -> None:
    talk = home(session, session_factory, locale)
    first = talk("I kept the evening talk yesterday but I got defensive about my phone")
    assert "And that sounds like it went against your open phone promise." in first.speech, first.speech
    assert "you missed your open phone promise, yesterday." in talk("yes").speech
    assert [(kind, name, day) for kind, name, day, _ in rows(session)] == [
        ("kept", "evening talk", YESTERDAY),
        ("missed", "open phone", YESTERDAY),
    ]


# --- 3. a correction naming some of the rows offered ----------------------------------------------

ALL_FOUR = "That would be 4 missed: your promise to call when late, your evening talk, your open phone promise and"


@pytest.mark.postgres_smoke  # rows written: on PostgreSQL too
@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("said", "logged", "names"),
    [
        ("actually no, just the walk", "Logged: you missed your Sunday walk.", ["Sunday walk"]),
        ("no, only the evening talk", "Logged: you missed your evening talk.", ["evening talk"]),
        ("just the first one", "Logged: you missed your promise to call when late.", ["call when late"]),
        (
            "not all of them, just the talk and the walk",
            "Logged both as missed: your evening talk and your Sunday walk.",
            ["evening talk", "Sunday walk"],
        ),
    ],
)
def test_a_correction_logs_the_ones_it_names(session, session_factory, locale, said, logged, names) -> None:
    talk = home(session, session_factory, locale)
    assert talk("I missed all of them").speech.startswith(ALL_FOUR)
    answer = talk(said)
    assert answer.speech.startswith(logged), answer.speech
    assert [(kind, name, day) for kind, name, day, _ in rows(session)] == [("missed", n, TODAY) for n in names]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["actually no", "no thanks", "not the walk or the talk, no"])
def test_a_no_still_logs_nothing(session, session_factory, locale, said) -> None:
    talk = home(session, session_factory, locale)
    talk("I missed all of them")
    answer = talk(said)
    assert "Logged" not in answer.speech, answer.speech
    assert rows(session) == []


# --- 4. a phone's messages kept from the partner ------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["I wouldn't show her my messages", "I hid my emails from Sam again"])
def test_messages_kept_back_go_against_the_open_phone(session, session_factory, locale, said) -> None:
    talk = home(session, session_factory, locale)
    assert talk(said).speech == "That sounds like it went against your open phone promise. Shall I log it as missed?"
    assert "Logged: you missed your open phone promise." in talk("yes").speech
    assert [(kind, name, day) for kind, name, day, _ in rows(session)] == [("missed", "open phone", TODAY)]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["I showed her my messages when she asked", "I wouldn't show the kids my messages"])
def test_messages_shown_or_kept_from_others_are_no_lapse(session, session_factory, locale, said) -> None:
    talk = home(session, session_factory, locale)
    assert "went against" not in talk(said).speech
    assert rows(session) == []
