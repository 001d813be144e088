"""Logging that kept what people told it (tester-voice39 D15, D10, D13; tester-voice40 D8), for a couple
in two locales, through the skill's real request path (the spoken text and the rows saved):

1. A reason said to "which one did you miss?" ("I got caught at work and forgot") waits for the promise
   and becomes its miss's note, dated the day said before; "none of them" logs it as a setback about
   none. A setback told in words of its own is still logged at once (the twin).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.skill.voice12_home import everyday_home
from tests.skill.voice12_home import named_rows as rows

LOCALES = ["en-GB", "en-US"]
TODAY, FRIDAY = date(2026, 11, 25), date(2026, 11, 20)


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
