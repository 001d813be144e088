"""Brief and right (issue 8 points 4 and 5; the final tester's defect 7): words about no
promise are let go without reading the contract; "start over" and "go back" at the first
question say what they do; "honestly …" said when nothing was asked does what it says; notes
are read back with "you"; at the partner's news "more", "the other ones", "ask me again"
work. Through the simulator's ears and the real skill; spoken text and rows asserted."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import make_couple, make_entry
from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY, TODAY, entries
from tests.skill.test_logging_dialog import alex_talks, logged, mine
from tests.skill.test_partner_loop import acknowledged
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.dialog import FLOW
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.speech import for_locale

skill, home = conversations.skill, conversations.home
__all__ = ["alex_talks", "home", "mine", "skill"]
EN = for_locale("en-US")
NAMES = ("call when late", "evening talk", "evening walk")


# --- 3. words about no promise: let go, the contract never read aloud --------------------------


@pytest.mark.parametrize(
    "utterance",
    ["I'm listening to hit me baby one more time", "I'm watching the match", "I am just sitting down"],
)
def test_words_about_no_promise_are_let_go_without_reading_the_contract(session, mine, alex_talks, utterance):
    said = alex_talks(utterance)
    assert said.speech == SAY("log_let_go") and not said.open
    assert not any(name in said.speech for name in NAMES) and "am listening" not in said.speech
    assert entries(session) == []


def test_words_naming_part_of_a_promise_are_still_asked_about(session, mine, alex_talks):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": "called my mum"}))
    assert said.open and "call when late" in said.speech and entries(session) == []


@pytest.mark.parametrize("value", ["\u0007am listening", "am " + "la " * 40, "went" + "\u202e"])
def test_odd_values_heard_as_a_promise_write_nothing(session, mine, alex_talks, value):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": value}))
    assert entries(session) == [] and "\u202e" not in said.speech


# --- 4. start over, go back at the first question, "honestly …", "you" not "I" -----------------


def test_start_over_says_it_starts_again_then_asks_the_question(session, home, mine, alex_talks):
    alone(alex_talks)
    said = alex_talks("start over")
    assert said.speech in {f"{line} Question 1: {QUESTIONS[0]}" for line in EN.options("checkin_start_over_first")}
    assert said.open and answers(session) == []
    alex_talks("our walk")
    said = alex_talks("can we start over")
    assert said.speech in {f"{line} Question 2: {QUESTIONS[1]}" for line in EN.options("checkin_start_over")}
    assert len(answers(session)) == 1


def test_go_back_at_the_first_question_says_so_never_the_same_line_twice(session, home, mine, alex_talks):
    alone(alex_talks)
    first = alex_talks("go back")
    second = alex_talks("go back")
    lines = {f"{line} Question 1: {QUESTIONS[0]}" for line in EN.options("checkin_first_question")}
    assert first.speech in lines and second.speech in lines and first.speech != second.speech
    assert first.open and second.open and answers(session) == []


def test_honestly_with_a_miss_when_nothing_was_asked_logs_it(session, home, mine, alex_talks):
    said = alex_talks("honestly I forgot about the evening talk")
    assert "Logged: you missed your evening talk." in said.speech
    assert logged(session) == [(LogKind.MISSED, mine["evening talk"])]


def test_honestly_with_the_partners_promise_logs_nothing(session, home, mine, alex_talks):
    said = alex_talks("honestly I forgot to pick up the kids")
    assert "Sam" in said.speech and entries(session) == []


def test_honestly_with_no_request_is_not_expected_and_writes_nothing(session, home, mine, alex_talks):
    said = alex_talks("honestly it rained all day")
    assert said.speech.startswith(SAY("not_expecting")) and said.open and entries(session) == []


@pytest.mark.parametrize(
    ("utterance", "heard"),
    [
        ("we had a small win I called when running late", "Logged a small win: you called when running late."),
        ("note a moment of reliability I kept my word to myself", "Noted, a moment of reliability: you kept your"),
    ],
)
def test_notes_are_read_back_with_you(session, home, mine, alex_talks, utterance, heard):
    said = alex_talks(utterance)
    assert said.speech.startswith(heard) and " I " not in f" {said.speech} "
    assert len(entries(session)) == 1 and entries(session)[0].note.startswith(("I called", "I kept"))


def test_a_small_win_held_in_a_checkin_is_read_back_with_you(session, home, mine, alex_talks):
    alone(alex_talks)
    alex_talks.send(Match("LogSmallWinIntent", {"note": "I was on time"}))
    said = alex_talks("yes")
    assert said.speech.startswith("Logged a small win: you were on time.") and said.open
    assert [e.kind for e in entries(session)] == [LogKind.SMALL_WIN] and answers(session) == []


# --- 5. at the partner's news: more, the other ones, ask me again -------------------------------


def six_wins(session, sam) -> None:
    for day in range(6):
        make_entry(session, sam, LogKind.SMALL_WIN, TODAY - timedelta(days=6 - day), note=f"win {day}")


@pytest.mark.parametrize("more", ["more", "tell me more", "the other ones", "the rest", "AMAZON.NextIntent"])
def test_more_reads_the_next_ones_and_thanks_cover_all_heard(session, home, alex_talks, more):
    _, sam = home
    six_wins(session, sam)
    first = alex_talks("what did sam log this week")
    assert SAY("news_more", count=2) in first.speech
    said = alex_talks.send(Match(more)) if more.startswith("AMAZON.") else alex_talks(more)
    assert said.speech.startswith("Then Sam noted a small win") and "win 4" in said.speech and "win 5" in said.speech
    assert said.speech.endswith("Shall I tell Sam: seen, thank you?") and said.open
    assert len(said.speech.split()) < 75  # well under 30 s
    alex_talks("yes")
    assert acknowledged(session) == {f"win {day}": True for day in range(6)}


def test_ask_me_again_reads_the_same_ones_again(session, home, alex_talks):
    _, sam = home
    six_wins(session, sam)
    first = alex_talks("what did sam log this week")
    again = alex_talks("can you ask me again")
    assert again.speech == first.speech and again.open
    alex_talks("no")
    assert acknowledged(session) == {f"win {day}": False for day in range(6)}


def test_more_when_all_were_read_says_so_and_asks_again(session, home, alex_talks):
    _, sam = home
    make_entry(session, sam, LogKind.SMALL_WIN, TODAY, note="a win")
    alex_talks("what did sam log")
    said = alex_talks("more")
    assert said.speech == "That's everything new from Sam. Shall I tell Sam: seen, thank you?" and said.open
    alex_talks("yes")
    assert acknowledged(session) == {"a win": True}


def test_more_with_no_news_asked_is_not_a_loop_and_writes_nothing(session, home, mine, alex_talks):
    alex_talks.send(Match(None))
    said = alex_talks("more")
    assert said.open and entries(session) == []


def test_more_after_a_forged_news_flow_reads_nothing_of_another_couple(session, home, alex_talks):
    _, sam = home
    _, other = make_couple(session, "Robin", "Kai")
    theirs = make_entry(session, other, LogKind.SMALL_WIN, TODAY, note="theirs")
    make_entry(session, sam, LogKind.SMALL_WIN, TODAY, note="ours")
    alex_talks("what did sam log")
    alex_talks.conversation.attributes[FLOW]["entries"].append(theirs.id)
    alex_talks.conversation.attributes[FLOW]["before"] = ["x", None, 10**20]
    said = alex_talks("can you ask me again")
    assert "theirs" not in said.speech and said.open
    alex_talks("yes")
    assert acknowledged(session)["theirs"] is False


def test_more_for_another_partners_news_is_refused(session, home, alex_talks):
    _, sam = home
    make_entry(session, sam, LogKind.SMALL_WIN, TODAY, note="a win")
    alex_talks("what did sam log")
    alex_talks.conversation.attributes[FLOW]["partner"] = sam.id
    said = alex_talks("more")
    assert "a win" not in said.speech and acknowledged(session) == {"a win": False}
