"""Conversations that repair, and entries that keep the words (issue 8, items 3, 4, 6; tester-voice27
D9, D12; tester-voice28 C2, C4, N1), for two couples in en-US and en-GB, through the skill's real
request path (spoken text and the rows saved):

1. A setback that names none of the couple's promises is logged as a setback about none, its words
   the note, after one "which promise?"; words that only point or hesitate still log nothing.
2. The words said to "What was the moment?" are the moment ("I didn't want to go but I went anyway").
3. A note from the keep's words keeps the "I" the carrier took ("I could just kill for a pizza").
4. "Add to my journal that ..." is the speaker's private writing: no breach, nothing saved.
5. "Change my answer" at a resumed check-in's "Is Sam with you?" asks the speaker's last answer again.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.skill.test_voice30_repairs import answers
from tests.skill.voice12_home import four_promises
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.entities import JournalEntry, LogEntry
from trust_tracker.models.private_entities import SetbackReflection

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB")]
TODAY, FRIDAY = date(2026, 11, 25), date(2026, 11, 20)


# --- 1. a setback about no promise ---------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("turns", "day", "note"),
    [
        # A lapse told, then "none of them" to "Did it go against one of your promises?"
        (["I had a setback", "I lied about where I was on Friday", "none of them"], FRIDAY, "I lied about where I was"),
        (["I lost my temper about the dishes", "none of them"], TODAY, "I lost my temper about the dishes"),
        # A lapse told, then words that name no promise: the lapse as first told, those words after it (voice34).
        (
            ["I lost my temper about the dishes", "I was tired and snapped"],
            TODAY,
            "I lost my temper about the dishes. I was tired and snapped",
        ),
        # "Which one did you miss?" answered by the setback itself, in words naming none.
        (["log a setback", "I forgot our anniversary dinner"], TODAY, "I forgot our anniversary dinner"),
        (["I broke a promise", "we skipped couples therapy"], TODAY, "We skipped couples therapy"),
        (["I had a setback", "I spent the money we agreed to save"], TODAY, "I spent the money we agreed to save"),
    ],
)
def test_a_setback_naming_no_promise_is_logged_with_its_words(
    session, session_factory, a, b, locale, turns, day, note
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    for said in turns[:-1]:
        assert talk(said).open
    logged = talk(turns[-1])
    assert "Logged as a setback" in logged.speech and "reflect" in logged.speech, logged.speech
    assert logged.open
    assert rows(session) == [("missed", None, day, note)]
    assert "triggered" in talk("yes").speech
    talk("i was scared of what you'd think")
    session.expire_all()
    (reflection,) = session.scalars(select(SetbackReflection))
    assert reflection.trigger == "I was scared of what you'd think"


def test_the_setback_is_read_back_to_the_speaker_as_you(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("log a setback")
    said = talk("I forgot our anniversary dinner")
    assert "Logged as a setback: you forgot our anniversary dinner." in said.speech, said.speech


@pytest.mark.parametrize(
    "turns",
    [
        ["I missed a promise", "whatever", "I don't know"],  # hesitation, twice: how to name it
        ["I had a setback", "I missed it", "um"],  # points at nothing
        ["I had a setback", "none of them"],  # nothing told: nothing to log
        ["I missed a promise", "the one about you know", "I meant the other one"],
    ],
)
def test_words_that_only_point_or_hesitate_still_log_nothing(session, session_factory, turns) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    for said in turns:
        last = talk(said)
    assert "Logged" not in last.speech, last.speech
    assert rows(session) == []


def test_a_lapse_then_a_promise_named_is_that_promises_miss(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("I lost my temper about the dishes")
    said = talk("evening talk")
    assert "evening talk" in said.speech and "Logged" in said.speech, said.speech
    assert rows(session) == [("missed", "evening talk", TODAY, "I lost my temper about the dishes")]


# --- 2. "What was the moment?" takes the words as the moment --------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "moment",
    [
        "I didn't want to go but I went anyway",
        "I didn't feel like talking but I stayed and listened",
        "I forgot my keys but I still made it on time",
    ],
)
def test_words_said_to_what_was_the_moment_are_the_moment(session, session_factory, a, b, locale, moment) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    assert "What was the moment" in talk("log a moment").speech
    said = talk(moment)
    assert "Noted, a moment of reliability" in said.speech, said.speech
    assert rows(session) == [("reliability", None, TODAY, moment)]


def test_a_promise_named_in_full_at_the_moment_prompt_is_still_its_miss(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("log a moment")
    said = talk("I forgot the evening talk")
    assert "reflect" in said.speech, said.speech
    assert [(kind, name) for kind, name, _, _ in rows(session)] == [("missed", "evening talk")]


# --- 3. the keep's words keep their "I" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "note"),
    [
        ("I could just kill for a pizza right now", "I could just kill for a pizza right now"),
        ("I finally fixed the wobbly shelf in the hall", "I finally fixed the wobbly shelf in the hall"),
        ("Sam made me a cup of tea unasked", "Sam made me a cup of tea unasked"),
    ],
)
def test_a_moment_from_the_keeps_words_keeps_its_subject(session, session_factory, said, note) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    asked = talk(said)
    assert "moment of reliability?" in asked.speech, asked.speech
    noted = talk("yes")
    assert "Noted, a moment of reliability" in noted.speech, noted.speech
    assert rows(session) == [("reliability", None, TODAY, note)]


# --- 4. one's own journal -------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "said",
    [
        "add to my journal that this traffic is killing me",
        "write in my diary that work was long",
        "put it in my journal that I had a great day",
        "add a journal entry",
    ],
)
def test_writing_in_ones_own_journal_is_no_breach(session, session_factory, a, b, locale, said) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    answer = talk(said)
    assert "private journal is on the Trust Tracker website" in answer.speech, answer.speech
    assert "haven't saved anything" in answer.speech and not answer.open
    assert rows(session) == []
    assert session.scalar(select(func.count()).select_from(JournalEntry)) == 0


def test_distress_said_as_a_journal_line_still_gets_the_help_lines(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    answer = talk("add to my journal that he hit me again")
    assert "nine one one" in answer.speech, answer.speech
    assert session.scalar(select(func.count()).select_from(LogEntry)) == 0


def test_the_partner_reading_my_journal_is_still_told_as_theirs(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    answer = talk("Sam read my journal")
    assert "logged by the one who crossed the boundary" in answer.speech, answer.speech
    assert rows(session) == []


# --- 5. "change my answer" where a check-in resumes -----------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("repair", ["change my answer", "go back", "I want to change my last answer"])
def test_change_my_answer_at_a_resumed_checkin_asks_the_last_answer_again(
    session, session_factory, a, b, locale, repair
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    assert "with you?" in talk("start our check-in").speech
    assert "Question 1" in talk("no").speech
    talk("it was a good week")
    talk("we argued about money")
    assert not talk("stop").open
    assert "with you?" in talk("start our check-in").speech
    again = talk(repair)
    assert "Question 2" in again.speech, again.speech
    talk("we talked about money calmly in the end")
    assert answers(session) == [(a, 0, "It was a good week"), (a, 1, "We talked about money calmly in the end")]


def test_change_my_answer_before_any_answer_says_there_is_nothing_before(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("start our check-in")
    said = talk("change my answer")
    assert "nothing before it" in said.speech and said.open, said.speech
    assert answers(session) == []


@pytest.mark.parametrize("passed", ["pass", "skip", "I'll pass"])
def test_pass_at_is_sam_with_you_moves_on_alone(session, session_factory, passed) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("start our check-in")
    said = talk(passed)
    assert "Question 1" in said.speech and said.open, said.speech
    assert answers(session) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("passed", ["pass", "no"])
def test_pass_after_ones_own_checkin_says_it_is_answered(session, session_factory, a, b, locale, passed) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("start our check-in")
    talk("no")
    for answer in ["it was a good week", "we argued about money", "our evening talks", "more time together"]:
        talk(answer)
    before = answers(session)
    assert len(before) == 4
    talk("start our check-in")
    said = talk(passed)
    assert f"You've already answered this week's questions, {a}." in said.speech, said.speech
    assert f"{b} can answer later" in said.speech and not said.open
    assert answers(session) == before


@pytest.mark.parametrize(
    "turns",
    [
        ["I missed a promise", "I walked out of the room"],  # one word of the Sunday walk: may be it
        ["I had a setback", "I was grumpy on the phone"],  # a word of the open phone: may be it
        ["I snapped at Sam over nothing", "the blue one"],  # a lapse, then words that only point
    ],
)
def test_words_that_may_name_a_promise_are_asked_about_again(session, session_factory, turns) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    for said in turns:
        last = talk(said)
    assert last.open and "Logged" not in last.speech, last.speech
    assert "Which one" in last.speech or "Was it" in last.speech, last.speech  # the promises, again
    assert rows(session) == []
