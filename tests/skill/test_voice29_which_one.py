"""Conversation defects tester-voice21 found (issue 8), through the skill's real request path for
two couples in en-US and en-GB/en-IN: spoken text and the rows saved.

1. A reply that names no promise ("the one", "that one", "this one", "the usual one") at "which one?"
   never logs a guess: asked again, and after two unclear replies nothing is logged and they hear how.
2. "I broke a promise" heard as a keep is a miss to name, and "broke a promise" is no note.
3. "I had a setback" is a miss to name ("which one did you miss?"), never a moment of reliability.
"""

from __future__ import annotations

import pytest

from tests.skill.voice12_home import four_promises
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.simulator import Match

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB"), ("Ravi", "Asha", "en-IN")]
NAMES_NOTHING = [
    "the one",
    "that one",
    "this one",
    "the usual one",
    "that one there",
    "you know, the one",
    "the thing",
    "um, you know, that thing",
]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("kind", ["kept", "missed"])
@pytest.mark.parametrize("vague", NAMES_NOTHING)
def test_a_reply_naming_no_promise_is_asked_again_never_logged(session, session_factory, a, b, locale, kind, vague):
    talk = four_promises(session, session_factory, a, b, locale)
    intent = "LogKeptIntent" if kind == "kept" else "LogMissedIntent"
    asked = talk.send(Match(intent, {}))
    assert asked.open and "call when late" in asked.speech, asked.speech
    again = talk.send(Match(intent, {"commitment": vague}))
    assert again.open and "Logged" not in again.speech, again.speech
    assert "call when late" in again.speech and "evening talk" in again.speech, again.speech
    assert rows(session) == []
    gave_up = talk.send(Match(intent, {"commitment": "that one"}))
    assert "haven't logged anything" in gave_up.speech and not gave_up.open, gave_up.speech
    assert f"I {kind} my promise to" in gave_up.speech, gave_up.speech
    assert rows(session) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("vague", ["the thing", "um the thing", "you know, that one"])
def test_a_pointing_reply_then_the_name_logs_it_without_the_pointing_words(
    session, session_factory, a, b, locale, vague
):
    """ "the thing", then "evening talk": kept, and "the thing" is no note of it (tester-voice31 E1)."""
    talk = four_promises(session, session_factory, a, b, locale)
    talk.send(Match("LogKeptIntent", {}))
    again = talk.send(Match("LogKeptIntent", {"commitment": vague}))
    assert again.open and "moment" not in again.speech, again.speech
    said = talk.send(Match("LogKeptIntent", {"commitment": "evening talk"}))
    assert "Logged" in said.speech, said.speech
    assert [(k, n, note or None) for k, n, _, note in rows(session)] == [("kept", "evening talk", None)]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_the_first_one_and_a_name_still_answer_which_one(session, session_factory, a, b, locale):
    talk = four_promises(session, session_factory, a, b, locale)
    talk.send(Match("LogKeptIntent", {}))
    said = talk.send(Match("LogKeptIntent", {"commitment": "the first one"}))
    assert "call when late" in said.speech and "Logged" in said.speech, said.speech
    assert [(k, n) for k, n, _, _ in rows(session)] == [("kept", "call when late")]
    talk.send(Match("LogMissedIntent", {}))
    said = talk.send(Match("LogMissedIntent", {"commitment": "the one about the evening talk"}))
    assert "evening talk" in said.speech and "Logged" in said.speech, said.speech
    assert [(k, n) for k, n, _, _ in rows(session)][1:] == [("missed", "evening talk")]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "broke",
    [
        "broke a promise",
        "broke my promise",
        "i broke a promise",
        "broke one of my promises",
        "let them down i broke my promise",  # tester-voice22 #9: "I let Sam down, I broke my promise"
        "sorry i broke a promise",
    ],
)
def test_i_broke_a_promise_heard_as_a_keep_is_a_miss_to_name(session, session_factory, a, b, locale, broke):
    talk = four_promises(session, session_factory, a, b, locale)
    asked = talk.send(Match("LogKeptIntent", {"commitment": broke}))
    assert asked.open and "Which one did you miss" in asked.speech, asked.speech
    assert "moment" not in asked.speech and rows(session) == []
    said = talk.send(Match("LogMissedIntent", {"commitment": "evening talk"}))
    assert "missed" in said.speech and "evening talk" in said.speech, said.speech
    assert [(k, n, note) for k, n, _, note in rows(session)] == [("missed", "evening talk", "")]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("intent", "setback"),
    [
        ("LogKeptIntent", "had a setback"),
        ("LogKeptIntent", "we had a setback"),
        ("LogKeptIntent", "i had a bit of a setback"),
        ("LogMissedIntent", "had a setback today"),
        ("LogKeptIntent", "had a setback yesterday"),
    ],
)
def test_a_setback_said_is_a_miss_to_name_never_a_moment(session, session_factory, a, b, locale, intent, setback):
    talk = four_promises(session, session_factory, a, b, locale)
    asked = talk.send(Match(intent, {"commitment": setback}))
    assert asked.open and "Which one did you miss" in asked.speech, asked.speech
    assert "moment" not in asked.speech and rows(session) == []
    said = talk.send(Match("LogMissedIntent", {"commitment": "open phone"}))
    assert "missed" in said.speech and "reflect" in said.speech, said.speech
    assert [(k, n, note) for k, n, _, note in rows(session)] == [("missed", "open phone", "")]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES[:2])
def test_a_setback_then_words_naming_no_promise_logs_nothing(session, session_factory, a, b, locale):
    talk = four_promises(session, session_factory, a, b, locale)
    talk.send(Match("LogKeptIntent", {"commitment": "had a setback"}))
    talk.send(Match("LogMissedIntent", {"commitment": "the one"}))
    said = talk.send(Match("LogMissedIntent", {"commitment": "this one"}))
    assert "haven't logged anything" in said.speech and "moment" not in said.speech, said.speech
    assert rows(session) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("said", ["I had a setback", "we had a setback", "I broke a promise", "I broke my promise"])
def test_said_aloud_a_setback_or_a_broken_promise_asks_which_was_missed(session, session_factory, a, b, locale, said):
    talk = four_promises(session, session_factory, a, b, locale)
    asked = talk(said)
    assert asked.open and "Which one did you miss" in asked.speech and "moment" not in asked.speech, asked.speech
    logged = talk("the second one")
    assert "evening talk" in logged.speech and "reflect" in logged.speech, logged.speech
    assert [(k, n, note) for k, n, _, note in rows(session)] == [("missed", "evening talk", "")]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(("intent", "heard"), [("LogKeptIntent", "you kept"), ("LogMissedIntent", "you missed")])
def test_a_short_name_read_as_a_thing_is_read_as_its_promise(session, session_factory, a, b, locale, intent, heard):
    """ "Logged: you kept your open phone." read as a phone left open (tester-voice21 #13)."""
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk.send(Match(intent, {"commitment": "open phone"}))
    assert f"Logged: {heard} your open phone promise." in said.speech, said.speech
    assert [(k, n) for k, n, _, _ in rows(session)] == [(heard.split()[1], "open phone")]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_the_name_as_read_back_is_heard_as_that_promise(session, session_factory, a, b, locale):
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk("I kept my open phone promise")
    assert "Logged: you kept your open phone promise." in said.speech, said.speech
    assert [(k, n) for k, n, _, _ in rows(session)] == [("kept", "open phone")]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(("answer", "kind"), [("yes", "reliability"), ("yes please", "reliability"), ("no", None)])
def test_the_moment_offered_at_which_one_is_noted_on_a_yes(session, session_factory, a, b, locale, answer, kind):
    """tester-voice22: "yes" to "Or shall I note it as a moment of reliability?", offered at "which one?"
    itself, was read as a promise's name ("I still couldn't tell which promise you meant")."""
    talk = four_promises(session, session_factory, a, b, locale)
    talk.send(Match("LogKeptIntent", {}))
    offered = talk.send(Match("LogKeptIntent", {"commitment": "the one where we laughed so much"}))
    assert offered.open and "moment of reliability?" in offered.speech, offered.speech
    said = talk.send(Match("LogKeptIntent", {"commitment": answer}))
    assert "couldn't tell" not in said.speech, said.speech
    assert [(k, n) for k, _, _, n in rows(session)] == ([(kind, "The one where we laughed so much")] if kind else []), (
        said.speech
    )


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("kind", ["kept", "missed"])
@pytest.mark.parametrize("asks", ["list them", "what are they", "read them to me", "can you list the options"])
def test_asking_for_the_choices_at_which_one_reads_them_and_spends_no_try(
    session, session_factory, a, b, locale, kind, asks
):
    """tester-voice29: "list them" counted as a promise not named, and the next unclear reply gave up."""
    talk = four_promises(session, session_factory, a, b, locale)
    intent = "LogKeptIntent" if kind == "kept" else "LogMissedIntent"
    talk.send(Match(intent, {}))
    talk.send(Match(intent, {"commitment": "that one"}))  # one try spent
    listed = talk.send(Match(intent, {"commitment": asks}))
    assert listed.open and "call when late" in listed.speech and "evening talk" in listed.speech, listed.speech
    assert "haven't logged anything" not in listed.speech and rows(session) == []
    said = talk.send(Match(intent, {"commitment": "evening talk"}))
    assert "Logged" in said.speech and [(k, n) for k, n, _, _ in rows(session)] == [(kind, "evening talk")], said.speech
