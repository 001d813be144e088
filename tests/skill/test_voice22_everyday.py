"""Everyday use, from tester-voice13 #8-#10 (voice22, issue 8), held out: written before the work,
in other words than the tester's, for two couples and several locales.

#8: a bare "I kept my promise" logged an unnamed entry at once, and naming it next was not
understood. Now, with promises to choose from, "which one?" is asked first and nothing is written
until it is answered; a contract with no promises logs it unnamed as before.
#9: a day said in the words of a keep or a miss ("yesterday", "last night", "on Monday", "this
morning") dates the entry and is no part of its note.
#10: "no thanks", "not now", "never mind", "skip" in a reflection end it and are never saved."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.factories import agreed_contract
from tests.skill.talk import Talk
from tests.skill.voice12_home import VOICE, linked_couple
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.entities import SetbackReflection
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.simulator import Match

TODAY = date(2026, 11, 25)  # NOW, a Wednesday, in New York
YESTERDAY, MONDAY = date(2026, 11, 24), date(2026, 11, 23)
COUPLES = [("Alex", "Sam", "en-US"), ("Priya", "Rohan", "en-IN"), ("Grace", "Faith", "en-GB")]
ASKED_KEPT = "Which one did you keep: call when late or evening talk?"
ASKED_MISSED = "Which one did you miss: call when late or evening talk?"


def _talk(session, session_factory, a: str, b: str, locale: str, *, contract: bool = True) -> Talk:
    one, two = linked_couple(session, a, b, person_id=VOICE)
    if contract:
        agreed_contract(session, one, two)
    session.flush()
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)


def reflections(session) -> list[tuple[str, str]]:
    session.expire_all()
    return [(r.trigger, r.prevention) for r in session.scalars(select(SetbackReflection))]


# --- #8: a bare keep or miss asks which one, and the answer logs it ---------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("first", "asked", "answer", "kind", "name"),
    [
        ("I kept my promise", ASKED_KEPT, "the evening talk", "kept", "evening talk"),
        ("log a keep", ASKED_KEPT, "it was the evening talk", "kept", "evening talk"),
        ("I kept my word", ASKED_KEPT, "call when late", "kept", "call when late"),
        ("log a miss", ASKED_MISSED, "the evening talk", "missed", "evening talk"),
        ("I missed my promise", ASKED_MISSED, "the first one", "missed", "call when late"),
    ],
)
def test_a_bare_keep_or_miss_is_asked_which_and_the_answer_logs_it(
    session, session_factory, a, b, locale, first, asked, answer, kind, name
) -> None:
    talk = _talk(session, session_factory, a, b, locale)
    question = talk(first)
    assert question.speech == asked and question.open, question.speech
    assert rows(session) == []  # nothing written before the answer
    logged = talk(answer)
    assert logged.speech.startswith("Logged: you" if kind == "kept" else ""), logged.speech
    assert name in logged.speech, logged.speech
    assert [(k, n, d) for k, n, d, _ in rows(session)] == [(kind, name, TODAY)]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES[:2])
@pytest.mark.parametrize("answer", ["never mind", "none of those", "go back"])
def test_a_bare_keep_left_at_which_one_writes_nothing(session, session_factory, a, b, locale, answer) -> None:
    talk = _talk(session, session_factory, a, b, locale)
    talk("I kept my promise")
    said = talk.send(Match("LogKeptIntent", {"commitment": answer}))
    assert not said.open and "Which one" not in said.speech, said.speech
    assert rows(session) == []


def test_a_request_said_to_which_one_is_served_and_nothing_logged(session, session_factory) -> None:
    talk = _talk(session, session_factory, "Alex", "Sam", "en-US")
    talk("log a keep")
    said = talk("read our contract")
    assert "call when late" in said.speech.lower() and "Which one" not in said.speech, said.speech
    assert rows(session) == []


@pytest.mark.parametrize(
    "odd",
    ["?", "\x00\x07evening talk", "evening talk " * 400, "🙂🙂", "purple"],
)
def test_odd_words_at_which_one_are_never_logged_as_a_guess(session, session_factory, odd) -> None:
    talk = _talk(session, session_factory, "Priya", "Rohan", "en-IN")
    talk("log a keep")
    said = talk.send(Match("LogKeptIntent", {"commitment": odd}))
    assert said.speech and "Traceback" not in said.speech
    assert [k for k, n, _, _ in rows(session) if n is None] == []  # never an unnamed guess


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_distress_said_to_the_new_which_one_gets_help_and_nothing_is_saved(session, session_factory, a, b, locale):
    talk = _talk(session, session_factory, a, b, locale)
    talk("log a keep")
    said = talk.send(Match("LogKeptIntent", {"commitment": "i am scared of my partner"}))
    assert said.speech.startswith("I'm sorry you're going through this.") and "That wasn't saved" in said.speech
    assert rows(session) == []


def test_a_contract_with_no_promises_logs_a_bare_keep_unnamed(session, session_factory) -> None:
    talk = _talk(session, session_factory, "Alex", "Sam", "en-US", contract=False)
    said = talk("I kept my promise")
    assert said.speech.startswith(("Logged", "Nice", "Done")) and not said.open, said.speech
    assert [(k, n) for k, n, _, _ in rows(session)] == [("kept", None)]


# --- #9: a day said in the words dates the entry ----------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "kind", "name", "day"),
    [
        ("I forgot to call when I was running late yesterday", "missed", "call when late", YESTERDAY),
        ("last night I forgot to call when I was running late", "missed", "call when late", YESTERDAY),
        ("log a keep for the evening talk on Monday", "kept", "evening talk", MONDAY),  # Tuesday's is not due
        ("I kept my promise to call when late on Monday", "kept", "call when late", MONDAY),
        ("I called when I was running late this morning", "kept", "call when late", TODAY),
    ],
)
def test_a_day_said_dates_the_entry_and_stays_out_of_the_note(
    session, session_factory, a, b, locale, said, kind, name, day
) -> None:
    talk = _talk(session, session_factory, a, b, locale)
    heard = talk(said)
    [(logged_kind, logged_name, logged_day, note)] = rows(session)
    assert (logged_kind, logged_name, logged_day) == (kind, name, day), heard.speech
    for word in ("yesterday", "last night", "monday", "this morning"):
        assert word not in note.lower(), note
    said_day = {YESTERDAY: ", yesterday.", MONDAY: ", on Monday.", TODAY: ""}[day]
    assert said_day in heard.speech and (day != TODAY or "today" not in heard.speech), heard.speech


def test_a_day_said_to_a_bare_keep_dates_the_answer(session, session_factory) -> None:
    talk = _talk(session, session_factory, "Grace", "Faith", "en-GB")
    talk("I kept my promise on Monday")  # the evening talk is due Monday, Wednesday and Friday
    talk("the evening talk")
    assert [(n, d) for _, n, d, _ in rows(session)] == [("evening talk", MONDAY)]


def test_a_day_already_logged_is_said_and_counts_once(session, session_factory) -> None:
    talk = _talk(session, session_factory, "Alex", "Sam", "en-US")
    talk("log a keep for the evening talk on Monday")
    again = talk.send(Match("LogKeptIntent", {"commitment": "the evening talk on Monday"}))
    assert "already" in again.speech.lower(), again.speech
    assert [(n, d) for _, n, d, _ in rows(session)] == [("evening talk", MONDAY)]


# --- #10: no-words in a reflection end it, never saved -----------------------------------------


def _missed(talk: Talk) -> None:
    talk("log a miss for the evening talk")


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES[:2])
@pytest.mark.parametrize("no", ["no thanks", "not now", "never mind", "skip", "no thank you", "nope"])
def test_no_words_end_the_reflection_and_are_never_saved(session, session_factory, a, b, locale, no) -> None:
    talk = _talk(session, session_factory, a, b, locale)
    _missed(talk)
    talk("yes")  # "What triggered it?"
    said = talk.send(Match("AnswerIntent", {"answer": no}))
    assert not said.open and "reflection later" in said.speech, said.speech
    assert reflections(session) in ([], [("", "")])


@pytest.mark.parametrize("no", ["no thanks", "no", "never mind", "stop", "skip it"])
def test_no_words_at_prevention_end_it_and_the_trigger_stays(session, session_factory, no) -> None:
    talk = _talk(session, session_factory, "Priya", "Rohan", "en-IN")
    _missed(talk)
    talk("yes")
    talk.send(Match("AnswerIntent", {"answer": "I was tired after work"}))
    said = talk.send(Match("AnswerIntent", {"answer": no}))
    assert not said.open, said.speech
    assert reflections(session) == [("I was tired after work", "")]


@pytest.mark.parametrize("no", ["no thanks", "not now", "never mind", "nah"])
def test_no_words_to_the_offer_save_nothing(session, session_factory, no) -> None:
    talk = _talk(session, session_factory, "Alex", "Sam", "en-US")
    _missed(talk)
    said = talk.send(Match("AnswerIntent", {"answer": no}))
    assert not said.open and "reflection later" in said.speech, said.speech
    assert reflections(session) == []


def test_the_reflection_said_straight_away_is_still_saved(session, session_factory) -> None:
    talk = _talk(session, session_factory, "Alex", "Sam", "en-US")
    _missed(talk)
    said = talk.send(Match("AnswerIntent", {"answer": "I got distracted by work"}))
    assert said.open and "prevented" in said.speech, said.speech
    assert reflections(session) == [("I got distracted by work", "")]


@pytest.mark.parametrize("odd", ["\x1b[31mno", "no " * 2000, "?"])
def test_odd_words_in_a_reflection_are_not_a_500(session, session_factory, odd) -> None:
    talk = _talk(session, session_factory, "Alex", "Sam", "en-US")
    _missed(talk)
    talk("yes")
    said = talk.send(Match("AnswerIntent", {"answer": odd}))
    assert said.speech
    assert all("\x1b" not in t for t, _ in reflections(session))


# --- #11 and a minor note: lookalikes after a check-in, a moment in the user's words -----------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES[:2])
def test_an_everyday_sentence_about_the_kids_gets_no_help_lines_and_saves_nothing(
    session, session_factory, a, b, locale
) -> None:
    """Heard through SupportIntent's opener carrier "the kids were {…}" (safety31's samples): let go
    with the one short line for an opener's everyday aside, never the numbers, nothing written."""
    talk = _talk(session, session_factory, a, b, locale)
    said = talk("the kids were fighting over the iPad again")
    assert "danger" not in said.speech and "That wasn't saved" not in said.speech, said.speech
    assert "Sorry, I didn't get that" not in said.speech, said.speech
    assert rows(session) == []


def test_a_location_shared_is_noted_in_the_user_s_words(session, session_factory) -> None:
    talk = _talk(session, session_factory, "Alex", "Sam", "en-US")
    talk("I shared my location")
    said = talk("yes")
    assert "shared your location" in said.speech, said.speech
    [(kind, name, _, note)] = rows(session)
    assert (kind, name) == ("reliability", None) and "shared my location" in note.lower() and "posted" not in note
