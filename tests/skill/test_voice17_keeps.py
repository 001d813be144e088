"""Tester-voice6 #15: everyday keeps said in everyday words ("I rang Sam when the train was
delayed" keeps call when late, "our evening chat" the evening talk, "we hit the gym together" the
Saturday gym, not a small win) and a partner whose name is a word read as the partner only where
it can only be the name ("Will didn't ...", not "will you log that ..."). Spoken text and rows."""

from __future__ import annotations

import pytest

from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from tests.skill.voice17_home import COUPLES
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.naming import Shared, shared
from trust_tracker.skill.topic_families import partner_named
from trust_tracker.skill.topic_words import topic_read

# Held out: (couple, said, the commitment kept).
KEEPS = [
    ("alex-sam", "I rang Sam when the train was delayed", "call when late"),
    ("alex-sam", "I gave Sam a ring when my bus was delayed", "call when late"),
    ("alex-sam", "we had our evening chat after dinner", "evening talk"),
    ("alex-sam", "we had our evening natter on the sofa", "evening talk"),
    ("will-bill", "we hit the gym together", "saturday gym"),
    ("will-bill", "we went to the gym together this morning", "saturday gym"),
]
# A win said as one, or naming no promise of theirs: still a small win.
WINS = [
    ("will-bill", "we cleaned the car together"),
    ("will-bill", "log a small win we went to the gym together"),
]


@pytest.mark.parametrize(("key", "said", "kept"), KEEPS)
def test_an_everyday_keep_in_everyday_words_is_logged(session, session_factory, key, said, kept) -> None:
    alexa, _, _, items = couple_home(session, session_factory, key, couples=COUPLES)
    heard = alexa(said)
    assert heard.speech.startswith("Logged: you kept your"), heard.speech
    assert kept in heard.speech
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id) == (LogKind.KEPT, items[kept])


@pytest.mark.parametrize(("key", "said"), WINS)
def test_a_win_said_as_one_or_naming_none_stays_a_win(session, session_factory, key, said) -> None:
    alexa, *_ = couple_home(session, session_factory, key, couples=COUPLES)
    heard = alexa(said)
    assert heard.speech.startswith("Logged a small win"), heard.speech
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id) == (LogKind.SMALL_WIN, None)


@pytest.mark.parametrize(
    ("said", "name"),
    [("I rang the plumber", "call when late"), ("the train was delayed", "call when late"), ("ring", "evening talk")],
)
def test_one_everyday_word_names_no_promise(said, name) -> None:
    assert shared(said, name) is not Shared.ALL


@pytest.mark.parametrize(
    "said",
    [
        "I'm gutted the footy got called off and I'm dead on my feet",  # tester-voice15 D10
        "they called the match off because of the rain",
        "we called it a day early and went home",
    ],
)
def test_a_call_that_means_something_else_shares_nothing_with_a_call(said) -> None:
    assert shared(said, "call when late") is Shared.NONE
    assert shared("I called Sam when I was late", "call when late") is Shared.ALL


@pytest.mark.parametrize(
    ("words", "names", "named"),
    [
        ("will didn't hang out the washing", ("will", "bill"), True),
        ("will brought me coffee in bed", ("will", "bill"), True),
        ("will you log that i went to the gym", ("will", "bill"), False),
        ("i will do it tomorrow", ("will", "bill"), False),
        ("we paid the bill", ("will", "bill"), False),
        ("faith walked the dog", ("hope", "faith"), True),
        ("with faith in each other we did sunday dinner", ("hope", "faith"), False),
        ("i hope so", ("hope", "faith"), False),
        ("i went to the gym with grace", ("faith", "grace"), True),
        ("by the grace of god", ("faith", "grace"), False),
        ("frank made tea", ("rohan", "frank"), True),
        ("to be frank i forgot", ("rohan", "frank"), False),
        ("sam you star", ("alex", "sam"), True),
    ],
)
def test_a_name_that_is_a_word_is_the_partner_only_where_it_must_be(words, names, named) -> None:
    assert partner_named(words, names) is named


def test_the_win_carrier_keeps_a_promise_it_names_fully() -> None:
    promises = ("saturday gym", "Go to the gym together on Saturdays")
    assert topic_read("we hit the gym", "together", "", "LogSmallWinIntent", ("will", "bill"), promises).intent == (
        "LogKeptIntent"
    )
    assert topic_read("we cleaned the car", "together", "", "LogSmallWinIntent", ("will", "bill"), promises).intent == (
        "LogSmallWinIntent"
    )


@pytest.mark.parametrize("bad", ["", " ", "will", "faith in", "'s", "will " * 100])
def test_bad_words_never_raise(bad) -> None:
    assert partner_named(bad, ("will", "faith")) in (True, False)
    assert shared(bad, "call when late") in tuple(Shared)
