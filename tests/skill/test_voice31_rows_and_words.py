"""Wrong rows, lost words and repairs (issue 8, items 3-5; tester-voice24 6, 8, 10; note20 "Left" 2
and 3), spoken through the skill for two couples (en-US, en-GB) and asserted on speech and rows:

1. At "which one?", a sentence about something else that shares one word with a promise ("I should
   have walked away", the Sunday walk) is never logged as it; "the walk", "walking", "Sunday" still are.
2. A note keeps what was said but the words that log it: "I didn't want to…" is not "Want to…", a
   reason after the promise's name does not gain "Because".
3. At "Is Sam with you?" (fresh or resumed), "Sam's in the shower" says Sam is not here, never an answer.
4. "Never mind" at a free-text prompt leaves it, nothing saved; "skip" and "go back" at "Is Sam with
   you?" are understood (skip: on alone; go back: asked again), never counted as misses.
5. "I stuffed up, didn't call when I said I would" reaches the miss path, not the safety's soft line.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.factories import NOW
from tests.skill.talk import Talk
from tests.skill.voice12_home import four_promises, linked_couple
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models import contracts
from trust_tracker.models.entities import CheckInAnswer, ItemKind, Partner
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.skill.builder import build_skill

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB")]
SOFT_LINE = "say: I need help"


def answers(session) -> list[tuple[str, int, str]]:
    session.expire_all()
    found = session.scalars(select(CheckInAnswer).order_by(CheckInAnswer.id))
    return [(session.get(Partner, a.partner_id).name, a.position, a.answer) for a in found]


def kinds(session) -> list[tuple[str, str | None]]:
    return [(kind, name) for kind, name, _, _ in rows(session)]


# --- 1. "which one?" never logs a sentence about something else --------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "reply",
    [
        "I was tired and I should have walked away",
        "I should have walked away",
        "I walked the dog",
        "I walked out of the room",
        "I talked back to her",
        "we had a phone call with my mum",
    ],
)
def test_one_shared_word_in_a_sentence_about_something_else_logs_nothing(
    session, session_factory, a, b, locale, reply
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    assert "Which one" in talk("I missed a promise").speech
    said = talk(reply)
    assert said.open and "Logged" not in said.speech, said.speech
    assert "call when late" in said.speech and "Sunday walk" in said.speech, said.speech  # the list, again
    assert rows(session) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("reply", "promise"),
    [
        ("the walk", "Sunday walk"),
        ("walking", "Sunday walk"),
        ("Sunday", "Sunday walk"),
        ("the phone one", "open phone"),
        ("phone", "open phone"),
        ("the talk", "evening talk"),
        ("I forgot the walk because of work", "Sunday walk"),
    ],
)
def test_a_short_reply_still_names_its_promise(session, session_factory, a, b, locale, reply, promise) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("I missed a promise")
    said = talk(reply)
    assert "Logged" in said.speech, said.speech
    assert kinds(session) == [("missed", promise)]


def test_another_couples_promises_are_not_named_by_a_passing_word(session, session_factory) -> None:
    one, two = linked_couple(session, "Robin", "Kit", person_id="amzn1.ask.person.VOICE31")
    drafts = [
        contracts.ItemDraft(ItemKind.COMMITMENT, "Cook dinner together on Fridays", short_name="Friday dinner"),
        contracts.ItemDraft(ItemKind.COMMITMENT, "Put the phone down at bedtime", short_name="phone down"),
    ]
    contracts.agree_version(session, two, contracts.propose_version(session, one, drafts, now=NOW).id, now=NOW)
    session.flush()
    talk = Talk(build_skill(), session_factory, person_id="amzn1.ask.person.VOICE31", locale="en-US")
    assert "Which one" in talk("I missed a promise").speech
    for sentence in ["I should have cooked something lighter", "he cooked and I sulked all evening"]:
        said = talk(sentence)
        assert "Logged" not in said.speech, said.speech
    assert rows(session) == []
    talk("I missed a promise")
    assert "Logged" in talk("dinner").speech
    assert kinds(session) == [("missed", "Friday dinner")]


# --- 2. notes keep what was said -----------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "note"),
    [
        ("I missed my evening talk because I was stuck at work", "I was stuck at work"),
        ("I missed my evening talk cause the kids were sick", "The kids were sick"),
        ("I missed my evening talk since my phone died", "My phone died"),
        ("I missed the evening talk as I fell asleep early", "I fell asleep early"),
    ],
)
def test_a_reason_after_the_name_gains_no_because(session, session_factory, a, b, locale, said, note) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    assert "Logged" in talk(said).speech
    assert [(kind, name, saved) for kind, name, _, saved in rows(session)] == [("missed", "evening talk", note)]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "note"),
    [
        ("I forgot to text like I promised", "I forgot to text like I promised"),
        # Heard through the "did not" carrier (LogMissedTopicIntent), rebuilt as said, "didn't" (voice42): no word lost.
        ("I didn't text her when I was late", "I didn't text her when I was late"),
        ("I didn't call I was driving", "I didn't call I was driving"),
    ],
)
def test_a_note_keeps_its_first_words(session, session_factory, a, b, locale, said, note) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    asked = talk(said)
    if "Logged" not in asked.speech:  # "Was it your promise to call when late?", or which one
        assert "call when late" in asked.speech, asked.speech
        assert "Logged" in talk("yes" if "Was it" in asked.speech else "call when late").speech
    assert [(kind, name, saved) for kind, name, _, saved in rows(session)] == [("missed", "call when late", note)]


def test_the_words_that_log_are_still_left_out_of_the_note(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    assert "Logged" in talk("I missed my promise to do the evening talk, I was exhausted").speech
    assert [saved for _, _, _, saved in rows(session)] == ["I was exhausted"]


# --- 3. "Is Sam with you?": where Sam is, never an answer ----------------------------------------

AWAY = ["{b}'s in the shower", "{they}'s asleep", "{they}'s out walking the dog", "{b} is in the garden",
        "{they}'s feeding the baby", "no {they}'s in bed"]  # fmt: skip
HERE = ["yes {they}'s here", "{b} just walked in", "{they}'s sitting next to me"]


def stopped_after_one(talk, b: str) -> None:
    assert "with you?" in talk("start our check-in").speech
    assert "Question 1" in talk("no").speech
    talk("it was a good week")
    talk("stop")
    resumed = talk("start our check-in")
    assert "where you left off" in resumed.speech and f"is {b} with you?" in resumed.speech, resumed.speech


@pytest.mark.parametrize(
    ("a", "b", "locale", "they"), [("Alex", "Sam", "en-US", "she"), ("Grace", "Faith", "en-GB", "he")]
)
@pytest.mark.parametrize("where", AWAY)
def test_a_resumed_checkin_hears_where_the_partner_is(session, session_factory, a, b, locale, they, where) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    stopped_after_one(talk, b)
    said = talk(where.format(b=b, they=they))
    assert said.open and "We were on: What didn't go well?" in said.speech, said.speech
    assert answers(session) == [(a, 0, "It was a good week")]
    assert "Question 3" in talk("we argued less").speech
    assert answers(session)[-1] == (a, 1, "We argued less")


@pytest.mark.parametrize(
    ("a", "b", "locale", "they"), [("Alex", "Sam", "en-US", "she"), ("Grace", "Faith", "en-GB", "he")]
)
@pytest.mark.parametrize("here", HERE)
def test_a_resumed_checkin_hears_the_partner_is_here(session, session_factory, a, b, locale, they, here) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    stopped_after_one(talk, b)
    said = talk(here.format(b=b, they=they))  # both here: the partner begins with their own first question
    assert said.open and f"{b}, question 1" in said.speech and "We were on" not in said.speech, said.speech
    assert answers(session) == [(a, 0, "It was a good week")]


@pytest.mark.parametrize("where", AWAY)
def test_a_fresh_checkin_hears_where_the_partner_is(session, session_factory, where) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("start our check-in")
    said = talk(where.format(b="Sam", they="she"))
    assert said.open and "Question 1" in said.speech, said.speech
    assert answers(session) == []


# --- 4. ways out of a free-text prompt, and "skip" or "go back" at "Is Sam with you?" ------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("asked", ["log a moment", "log a small win"])
@pytest.mark.parametrize("left", ["never mind", "oh never mind", "never mind then", "forget it", "forget about it"])
def test_never_mind_at_a_note_saves_nothing(session, session_factory, a, b, locale, asked, left) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    assert talk(asked).open
    said = talk(left)
    assert not said.open, said.speech
    assert "What was" not in said.speech, said.speech
    assert rows(session) == []


@pytest.mark.parametrize("left", ["never mind", "oh never mind", "never mind then"])
def test_never_mind_at_a_checkin_question_leaves_it_for_later(session, session_factory, left) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("start our check-in")
    talk("no")
    said = talk(left)
    assert said.open and "Question 2" in said.speech, said.speech
    assert answers(session) == []


def test_never_mind_at_a_reflection_saves_nothing(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("I missed my promise to call when late")
    assert "triggered" in talk("yes").speech
    said = talk("never mind")
    assert "never mind" not in said.speech.lower(), said.speech
    assert [(kind, name, bool(saved)) for kind, name, _, saved in rows(session)] == [
        ("missed", "call when late", False)
    ]
    session.expire_all()
    assert list(session.scalars(select(SetbackReflection))) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_skip_at_is_sam_with_you_goes_on_alone(session, session_factory, a, b, locale) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("start our check-in")
    said = talk("skip")
    assert said.open and "Question 1" in said.speech, said.speech
    talk("we laughed a lot")
    assert answers(session) == [(a, 0, "We laughed a lot")]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("back", ["go back", "change my answer"])
def test_go_back_at_is_sam_with_you_asks_it_again_and_is_no_miss(session, session_factory, a, b, locale, back) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("start our check-in")
    for _ in range(4):  # never counted as a reply not understood: the check-in never ends for it
        said = talk(back)
        assert said.open and "nothing before it" in said.speech and b in said.speech, said.speech
    assert "Question 1" in talk("no").speech
    assert answers(session) == []


# --- 5. a lapse told in own words reaches the miss path ------------------------------------------


@pytest.mark.parametrize("locale", ["en-AU", "en-US", "en-GB"])
@pytest.mark.parametrize(
    "told",
    [
        "I stuffed up, didn't call when I said I would",
        "I messed up and didn't text when I told her I would",
        "I didn't call like I promised",
    ],
)
def test_a_lapse_told_in_own_words_reaches_the_miss(session, session_factory, locale, told) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", locale)
    said = talk(told)
    assert SOFT_LINE not in said.speech and said.open, said.speech
    assert "call when late" in said.speech, said.speech
    assert "Logged: you missed" in talk("yes" if "Was it" in said.speech else "call when late").speech
    assert kinds(session) == [("missed", "call when late")]


@pytest.mark.parametrize("told", ["he didn't call when he said he would", "I called when I said I would"])
def test_a_word_kept_or_the_partners_is_no_miss_of_mine(session, session_factory, told) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk(told)
    assert ("missed", "call when late") not in kinds(session)
