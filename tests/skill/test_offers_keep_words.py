"""Words said first survive the question they raised (issue 8 item 4, vfix3; a tester's find):
"I crossed a line and read Priya's messages", asked about ("Shall I read your boundaries, or
log that a boundary was crossed?"), then "log it", was logged with a blank note and no
boundary. Whatever job is offered (a breach, a small win, a moment of reliability, a missed
promise), a yes or a pick does that job with the words first said: they are the note, or the
promise's words, and a breach's words are read for its boundary. Through the real skill."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import Talk, entries
from tests.skill.test_breach_unnamed import priya_and_dev
from trust_tracker.models.entities import ItemKind, LogKind
from trust_tracker.skill.simulator import Match

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

CHOICE = "I'm not sure I followed. Shall I read your boundaries, or log that a boundary was crossed?"
WHICH = "Which of your boundaries was it: no contact with the former affair partner? Or say: none of them."


@pytest.fixture
def alex_talks(skill, session_factory, home):
    return Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)


def rows(session) -> list[tuple[LogKind, int | None, str]]:
    return [(e.kind, e.lineage_id, e.note) for e in entries(session)]


@pytest.mark.parametrize("pick", ["log it", "the second one", "log that a boundary was crossed", "second"])
def test_a_breach_picked_from_two_keeps_its_words_without_boundaries(session, home, alex_talks, pick):
    assert alex_talks("i crossed a line and read sam's messages").speech == CHOICE
    said = alex_talks(pick)
    assert "I've logged it as a boundary breach, and Sam will see it" in said.speech
    assert rows(session) == [(LogKind.BREACH, None, "I crossed a line and read Sam's messages")]


def test_with_boundaries_the_words_are_asked_about_then_kept_as_the_note(session, contract, alex_talks):
    alex_talks("i crossed a line and read sam's messages")
    assert alex_talks("log it").speech == WHICH
    assert rows(session) == []
    said = alex_talks.send(Match("AnswerIntent", {"answer": "it doesn't matter"}))
    assert said.speech.startswith("Thank you for saying it plainly")
    assert rows(session) == [(LogKind.BREACH, None, "I crossed a line and read Sam's messages")]


def test_an_unclear_reply_to_the_choice_keeps_the_words_for_the_next(session, home, alex_talks):
    alex_talks("i crossed a line and read sam's messages")
    assert "Sorry, which one?" in alex_talks.send(Match("AnswerIntent", {"answer": "um"})).speech
    alex_talks("log it")
    assert rows(session) == [(LogKind.BREACH, None, "I crossed a line and read Sam's messages")]


def test_a_breachs_words_are_read_for_the_boundary_they_name(session, skill, session_factory):
    """Another couple, and a boundary the held words name: logged against it, the words its note."""
    talk, version = priya_and_dev(
        session, skill, session_factory, "No reading each other's messages", "No secret accounts", speaker=1
    )
    said = talk("i crossed a line and read priya's messages")
    if said.speech == CHOICE:  # the words name their boundary: logged at once, or after "log it"
        said = talk("log it")
    assert "a breach of no reading each other's messages, and Priya will see it" in said.speech
    [boundary] = [b.lineage_id for b in version.items_of(ItemKind.BOUNDARY) if "messages" in b.text]
    assert rows(session) == [(LogKind.BREACH, boundary, "I crossed a line and read Priya's messages")]


@pytest.mark.parametrize(
    ("words", "offer", "kind", "note"),
    [
        # ("sam lied about the kids party" was offered as a breach here: the partner's act is never the
        # speaker's to log now, tests/skill/test_breach_told.py)
        ("my team got a small win at work", "log a small win", LogKind.SMALL_WIN, "my team got a small win at work"),
        (
            "that was a moment of reliability with the bins",
            "log a moment of reliability",
            LogKind.RELIABILITY,
            "that was a moment of reliability with the bins",
        ),
    ],
)
def test_yes_to_a_single_offer_logs_the_words_first_said(session, home, alex_talks, words, offer, kind, note):
    assert alex_talks(words).speech == f"I'm not sure I followed. Shall I {offer}?"
    alex_talks("yes")
    assert rows(session) == [(kind, None, note[0].upper() + note[1:])]  # kept as written


@pytest.mark.parametrize(
    ("words", "pick", "kind", "name"),
    [
        ("i missed the walk with the kids on tuesday", "the evening walk", LogKind.MISSED, "evening walk"),
        ("i forgot the talk after dinner", "yes", LogKind.MISSED, "evening talk"),
    ],
)
def test_which_promise_answered_keeps_the_words_first_said_as_the_note(
    session, contract, alex_talks, words, pick, kind, name
):
    asked = alex_talks(words)
    assert asked.open and rows(session) == []
    alex_talks(pick)
    [(logged, lineage, note)] = rows(session)
    assert (logged, lineage) == (kind, contract[name])
    assert note and note.lower() in words  # their own words, never lost to the question


def test_just_log_it_to_what_was_it_logs_it_plain_never_as_its_note(session, home, alex_talks):
    assert alex_talks("a win for us tonight").speech == "What was the small win?"
    alex_talks("log it")
    assert rows(session) == [(LogKind.SMALL_WIN, None, "")]


@pytest.mark.parametrize("held", ["x\x00y", "a" * 10_000, 42, ["log"]])
def test_forged_or_stale_held_words_write_nothing_bad(session, home, alex_talks, held):
    alex_talks("sam lied about the kids party")
    alex_talks.conversation.attributes["topic_words"] = {"LogBreachIntent": {"note": held}}
    said = alex_talks("yes")
    assert said.speech
    assert all(len(note) < 1000 and "\x00" not in note for _k, _l, note in rows(session))
