"""Conversation repairs tester-voice20 found (issue 8, items 3 and 4), for two couples in en-US and
en-GB, through the skill's real request path (spoken text and the rows saved):

1. "skip", "none", "neither", "never mind", "forget it" at "which one?" end that question kindly:
   nothing logged, and how to log it next time (Alexa hears "skip" as AMAZON.NextIntent and "forget
   it" as AMAZON.CancelIntent).
3. "note it as a moment", "save it as a moment" at the skill's own offer to note it as a moment (and,
   for voice36, "moment of reliability", "the moment" without their "a"; "just a moment" stays a pause).
5. Only the command words are cut from a note, never its own first "the".
6. An idiom of a thing done to the speaker ("this traffic is killing me") is read back as said.
7. A moment said with a speech-verb carrier ("he said he would …") keeps its subject.
(2, a bare "log that", is left open: Alexa sends no words for it, so it needs samples the en-GB model
has no room for. 4, check-in answers written with their capitals, came later: test_voice30_repairs.py.)"""

from __future__ import annotations

import pytest

from tests.skill.voice12_home import four_promises
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.simulator import Match

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB")]
HELP = "That wasn't saved"
LEFT = "Alright, I haven't logged anything. Next time, name it, for example: I"


# --- 1. leaving "which one?" ---------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("leave", ["skip", "skip it", "none", "neither", "none of those", "never mind", "forget it"])
def test_leaving_which_one_logs_nothing_and_says_how_to_log_it(session, session_factory, a, b, locale, leave) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    asked = talk("I kept my promise")
    assert asked.open and "Which one" in asked.speech, asked.speech
    said = talk(leave)
    assert not said.open and said.speech.startswith(LEFT) and "I kept my promise to" in said.speech, said.speech
    assert rows(session) == []


@pytest.mark.parametrize("leave", ["skip", "forget it"])
def test_leaving_which_one_after_a_miss_says_how_to_log_a_miss(session, session_factory, leave) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    asked = talk("I missed my promise")
    assert asked.open and "Which one" in asked.speech, asked.speech
    said = talk(leave)
    assert not said.open and "I missed my promise to" in said.speech, said.speech
    assert rows(session) == []


def test_skip_with_no_question_waiting_is_no_which_one_answer(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    said = talk("skip")
    assert "logged" not in said.speech, said.speech
    assert rows(session) == []


def test_forget_it_with_no_question_waiting_is_still_goodbye(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    said = talk("forget it")
    assert not said.open and "logged" not in said.speech, said.speech
    assert rows(session) == []


def test_a_skip_during_the_checkin_still_skips_its_question(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("start our check-in")
    talk.send(Match("AnswerIntent", {"answer": "just me"}))
    said = talk("skip")
    assert said.open and "2" in said.speech and "logged" not in said.speech, said.speech


def test_distress_at_which_one_with_leaving_words_gets_the_help(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("I kept my promise")
    said = talk.send(Match("LogKeptIntent", {"commitment": "never mind, he'll hurt me if he sees this"}))
    assert HELP in said.speech, said.speech
    assert rows(session) == []


# --- 3. "note it as a moment" at the skill's offer -----------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "pick",
    [
        "note it as a moment",
        "save it as a moment",
        "yes, note it as a moment",
        "as a moment please",
        # its article dropped or changed (tester-voice34, voice36)
        "moment of reliability",
        "the moment",
        "it was a reliability moment",
    ],
)
def test_note_it_as_a_moment_at_the_offer_notes_it(session, session_factory, a, b, locale, pick) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    offered = talk("I kept my promise to water the plants")
    assert offered.open and "as a moment of reliability?" in offered.speech, offered.speech
    said = talk(pick)
    assert said.speech.startswith("Noted, a moment of reliability: water the plants"), said.speech
    assert [(k, n) for k, _, _, n in rows(session)] == [("reliability", "Water the plants")]


@pytest.mark.parametrize("pause", ["just a moment", "one moment"])
def test_a_pause_at_the_offer_notes_nothing(session, session_factory, pause) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk("I kept my promise to water the plants")
    said = talk(pause)
    assert "Noted" not in said.speech, said.speech
    assert rows(session) == []


def test_a_promise_named_at_the_offer_is_still_its_keep(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk("I kept my promise to water the plants")
    said = talk("the sunday walk")
    assert "Sunday walk" in said.speech, said.speech
    assert [(k, p) for k, p, _, _ in rows(session)] == [("kept", "Sunday walk")]


def test_distress_with_as_a_moment_at_the_offer_gets_the_help(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("I kept my promise to water the plants")
    said = talk.send(Match("LogKeptIntent", {"commitment": "note it as a moment, or he'll hit me again"}))
    assert HELP in said.speech, said.speech
    assert rows(session) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("said_it", ["save it as a moment", "note it as a moment", "log it as a moment please"])
def test_as_a_moment_with_nothing_offered_asks_what_it_was(session, session_factory, a, b, locale, said_it) -> None:
    """It saved the note "a moment" (noticed by voice28): the command's own words are no moment."""
    talk = four_promises(session, session_factory, a, b, locale)
    asked = talk(said_it)
    assert asked.open and "What was the moment" in asked.speech, asked.speech
    said = talk.send(Match("LogReliabilityIntent", {"note": f"{b} picked me up from the station"}))
    assert "picked you up from the station" in said.speech, said.speech
    assert [(k, n) for k, _, _, n in rows(session)] == [("reliability", f"{b} picked me up from the station")]


# --- 5. a note's own "the" -------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_a_scene_before_a_keep_keeps_its_the(session, session_factory, a, b, locale) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk("the kids were up late and grumpy but I still had our evening talk, log it")
    assert "evening talk" in said.speech, said.speech
    assert [(k, p, n) for k, p, _, n in rows(session)] == [
        ("kept", "evening talk", "The kids were up late and grumpy but I still had our evening talk")
    ]


@pytest.mark.parametrize(
    ("said_it", "note"),
    [
        ("log that I kept my promise to call when late, the traffic was awful", "The traffic was awful"),
        ("I kept my promise to call when late", None),
    ],
)
def test_the_command_words_are_still_cut(session, session_factory, said_it, note) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    said = talk(said_it)
    assert "call when late" in said.speech, said.speech
    [(kind, name, _, saved)] = rows(session)
    assert (kind, name) == ("kept", "call when late") and (saved or None) == note, saved


# --- 6. an idiom read back as said -------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("note", "read_back"),
    [
        ("this traffic is killing me", "this traffic is killing me"),
        ("work is doing my head in but i still rang {b}", "work is doing my head in but you still rang {b}"),
        ("my feet are killing me after our walk", "my feet are killing me after our walk"),
        ("{b} brought me a coffee", "{b} brought you a coffee"),
    ],
)
def test_an_idiom_done_to_the_speaker_is_read_back_as_said(
    session, session_factory, a, b, locale, note, read_back
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk.send(Match("LogReliabilityIntent", {"note": note.format(b=b.lower())}))
    assert f"moment of reliability: {read_back.format(b=b)}" in said.speech, said.speech
    assert [(k, n.lower()) for k, _, _, n in rows(session)] == [("reliability", note.format(b=b.lower()))]


# --- 7. a speech-verb carrier keeps its subject --------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "moment",
    ["he said he would pick up the kids and he did", "she said she'd pick up the kids and she did"],
)
def test_a_said_he_would_moment_keeps_its_subject(session, session_factory, a, b, locale, moment) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    offered = talk(moment)
    assert offered.open and "moment of reliability" in offered.speech, offered.speech
    said = talk("yes")
    assert said.speech == f"Noted, a moment of reliability: {moment}.", said.speech
    assert [(k, n) for k, _, _, n in rows(session)] == [("reliability", moment.capitalize())]


def test_a_small_win_named_before_it_is_still_left_out_of_the_note(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    said = talk("we had a small win I called when running late")
    assert "small win" in said.speech, said.speech
    assert [(k, n) for k, _, _, n in rows(session)] == [("small_win", "I called when running late")]


def test_a_threat_through_the_carrier_gets_the_help(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    said = talk("he said he'd make sure nobody ever found my body")
    assert HELP in said.speech, said.speech
    assert rows(session) == []
