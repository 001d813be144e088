"""Logging that kept the wrong words or offered the wrong rows (task voice42, from tester-voice38), for two
couples in two locales, through the skill's real request path: the spoken reply and the rows saved.

1. D6: a miss told through a carrier keeps the speaker's words: "I wouldn't let her look at my phone" was
   saved "I will not let …" (the carrier's fixed words, written out, and the first of its alternatives).
2. "Which one did you miss?" lists only what is due and not yet logged today, and says so when nothing is;
   "all of them" then means those very ones.
3. Being defensive, said with nothing of what a promise opens up, is a lapse asked about, never that
   promise's miss guessed (nor a keep); said about the phone it is still the phone promise's.
4. D15: "he'd kill me if he knew how much I spent on his surprise trip, but the planning went well" as a
   check-in answer is saved, as the idiom is quiet alone; turned back to him ("but he means it"), the help.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.skill.test_voice40_rows import COUPLES, home, kinds
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.entities import CheckInAnswer

# --- 1. the speaker's words kept ------------------------------------------------------------------

OWN_WORDS = [  # said, the note saved (lower case): the carrier's "(will not|does not|would not) let", "did not"
    ("I wouldn't let {b} look at my phone when she asked", "i wouldn't let {b} look at my phone when she asked"),
    ("I wouldn't let {b} check my phone after dinner", "i wouldn't let {b} check my phone after dinner"),
    ("I didn't let {b} see my phone", "i didn't let {b} see my phone"),
]


@pytest.mark.postgres_smoke  # rows written: on PostgreSQL too
@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(("said", "note"), OWN_WORDS)
def test_a_miss_told_through_a_carrier_keeps_the_speakers_words(session, session_factory, a, b, locale, said, note):
    talk = home(session, session_factory, a, b, locale)
    reply = talk(said.format(b=b))
    assert reply.speech == "That sounds like it went against your open phone promise. Shall I log it as missed?"
    assert talk("yes").speech.startswith("Thank you for being honest. Logged: you missed your open phone promise.")
    ((kind, promise, _, saved),) = rows(session)
    assert (kind, promise, saved.lower()) == ("missed", "open phone", note.format(b=b).lower())


# --- 2. which one did you miss ---------------------------------------------------------------------


@pytest.mark.postgres_smoke  # rows written: on PostgreSQL too
@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_which_one_lists_only_what_is_due_and_not_logged(session, session_factory, a, b, locale):
    talk = home(session, session_factory, a, b, locale)
    talk("I kept my promise to call when late")
    talk("I missed our evening talk")
    talk("no")  # no reflection
    reply = talk("I missed my promise")
    assert reply.speech.startswith("Which one did you miss:"), reply.speech
    assert "call when late" not in reply.speech and "evening talk" not in reply.speech, reply.speech
    for name in ("open phone", "location sharing", "spending", "Sunday walk"):
        assert name in reply.speech, reply.speech
    reply = talk("all of them")
    assert reply.speech.endswith("Shall I log all 4 as missed?"), reply.speech
    assert "call when late" not in reply.speech and "evening talk" not in reply.speech, reply.speech
    talk("yes")
    assert sorted(kinds(session)) == sorted(
        [("kept", "call when late"), ("missed", "evening talk")]
        + [("missed", n) for n in ("open phone", "location sharing", "spending", "Sunday walk")]
    )
    reply = talk("I missed my promise")
    assert reply.speech == "Everything due for you today is already logged, so I haven't added anything."
    assert len(rows(session)) == 6


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_a_keep_is_still_asked_among_all(session, session_factory, a, b, locale):
    # a keep may be of one not due today (the house jobs done early): every one the speaker may log
    talk = home(session, session_factory, a, b, locale)
    talk("I kept my promise to call when late")
    reply = talk("I kept my promise")
    assert reply.speech.startswith("Which one did you keep:") and "open phone" in reply.speech, reply.speech


# --- 3. defensive, about what? ------------------------------------------------------------------


@pytest.mark.postgres_smoke  # rows written: on PostgreSQL too
@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("said", ["I was defensive when {b} asked", "I got defensive about the dishes again"])
def test_defensive_about_nothing_opened_is_a_lapse_asked_about(session, session_factory, a, b, locale, said):
    talk = home(session, session_factory, a, b, locale)
    reply = talk(said.format(b=b))
    assert reply.speech.startswith("Thanks for telling me. Did it go against one of your promises:"), reply.speech
    assert "open phone" in reply.speech and "went against your open phone" not in reply.speech, reply.speech
    assert rows(session) == []
    assert talk("none of them").speech.startswith("Thank you for being honest. Logged as a setback: you ")
    ((kind, promise, _, note),) = rows(session)
    assert (kind, promise, note.lower()) == ("missed", None, said.format(b=b).lower())


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "said", ["I got defensive when {b} asked about my phone", "I was defensive about my phone again"]
)
def test_defensive_about_the_phone_is_the_phone_promise(session, session_factory, a, b, locale, said):
    reply = home(session, session_factory, a, b, locale)(said.format(b=b))
    assert reply.speech == "That sounds like it went against your open phone promise. Shall I log it as missed?"
    assert rows(session) == []


# --- 4. the idiom turned away from, as a check-in answer (tester-voice38 D15) ---------------------

CHECKIN_COUPLES = [("Alex", "Sam", "en-AU"), ("Grace", "Faith", "en-GB")]
TURNED_AWAY = "he'd kill me if he knew how much I spent on his surprise trip, but the planning went well"
TURNED_BACK = "he'd kill me if he knew how much I spent on the trip, but he means it"


def answers(session) -> list[tuple[int, str]]:
    return [(a.position, a.answer) for a in session.scalars(select(CheckInAnswer).order_by(CheckInAnswer.position))]


@pytest.mark.parametrize(("a", "b", "locale"), CHECKIN_COUPLES)
def test_the_idiom_turned_away_is_the_answer_saved(session, session_factory, a, b, locale):
    talk = home(session, session_factory, a, b, locale)
    talk("start our check-in")
    assert talk("no").speech.startswith("Question 1")
    talk("we had a lovely walk")
    reply = talk(TURNED_AWAY)
    assert "Question 3" in reply.speech and "wasn't saved" not in reply.speech, reply.speech
    heard = TURNED_AWAY.replace(",", "")  # as Alexa writes it
    assert answers(session) == [(0, "We had a lovely walk"), (1, heard[0].upper() + heard[1:])]


@pytest.mark.parametrize(("a", "b", "locale"), CHECKIN_COUPLES)
def test_the_idiom_turned_back_to_him_gets_the_help_and_is_not_saved(session, session_factory, a, b, locale):
    talk = home(session, session_factory, a, b, locale)
    talk("start our check-in")
    talk("no")
    talk("we had a lovely walk")
    reply = talk(TURNED_BACK)
    assert reply.speech.startswith("I'm sorry you're going through this.") and "wasn't saved" in reply.speech
    assert answers(session) == [(0, "We had a lovely walk")]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(("answer", "logged"), [("yes", [("missed", "Sunday walk")]), ("no", [])])
def test_one_still_open_is_asked_alone(session, session_factory, a, b, locale, answer, logged):
    talk = home(session, session_factory, a, b, locale)
    for name in ("call when late", "evening talk", "open phone", "location sharing", "spending"):
        assert talk(f"I kept my {name} promise").speech.startswith("Logged: you kept")
    assert talk("I missed my promise").speech == "Was it your Sunday walk you missed?"
    reply = talk(answer)
    assert ("Logged: you missed your Sunday walk." in reply.speech) == bool(logged), reply.speech
    assert [row for row in kinds(session) if row[0] == "missed"] == logged
