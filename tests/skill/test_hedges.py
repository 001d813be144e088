"""A soft hedge is left out of the words saved, and only the hedge: "I think I …" keeps the "I"
that makes the rest a sentence (skill/hedges.py). It used to save "some days am too much for
everyone" for "some days I think I am too much for everyone"."""

from __future__ import annotations

import pytest

from tests.skill.talk import entries
from trust_tracker.skill.hedges import hedged, unsure, without_hedge
from trust_tracker.skill.simulator import Match


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("I think I kept the evening talk", "i kept the evening talk"),
        ("some days I think I am late for everything", "some days i am late for everything"),
        ("I guess I sort of called when late", "i called when late"),
        ("maybe I did the walk", "i did the walk"),
        ("I'm not sure if I kept it", "i kept it"),
        ("probably kept it", "kept it"),
        ("I nearly kept it", "i nearly kept it"),  # a hedge that turns it stays
    ],
)
def test_the_soft_hedge_alone_is_left_out(said, left) -> None:
    assert hedged(said)
    assert without_hedge(said) == left


@pytest.mark.parametrize("said", ["I think we kept it", "I thinking about it", "maybe later"])
def test_think_or_maybe_without_an_i_after_is_no_hedge_to_leave_out(said) -> None:
    assert without_hedge(said) == said.lower()


def test_a_hedged_keep_without_a_contract_saves_the_words_as_a_sentence(session, home, alex_talks) -> None:
    heard = alex_talks.send(Match("LogKeptIntent", {"commitment": "some days I think I was on time for everything"}))
    assert heard.speech.startswith("It sounds like you're not sure. Shall I log that as kept?"), heard.speech
    assert entries(session) == []
    alex_talks("yes")
    [entry] = entries(session)
    assert entry.note == "Some days I was on time for everything"


@pytest.mark.parametrize(
    ("said", "not_sure"),
    [
        ("I think I called when I was late", True),
        ("maybe I did the walk", True),
        ("I'm not sure if I kept it", True),
        ("I think I sort of kept it", False),  # half done as well: "partly done"
        ("I half did it", False),
        ("I nearly missed it", False),
    ],
)
def test_a_hedge_that_only_doubts_it_happened_is_unsure(said, not_sure) -> None:
    assert unsure(said) is not_sure
