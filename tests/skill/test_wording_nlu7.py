"""Wording (issue 8, item 5; nlu7): a commitment named by how one will be is read as a promise
("your promise to be on time for talks", never "you kept your on time for talks"); a note read
back is cut at a whole phrase, never on "at", "the", "and"; a small win just logged is worth
celebrating ("Nothing new to celebrate yet" was said right after one)."""

from __future__ import annotations

import pytest

from tests.skill.test_safety import alex, say, skill, speech
from tests.skill.test_topics_safe import home, spoken_to
from trust_tracker.skill.grammar import promise
from trust_tracker.skill.speech import for_locale
from trust_tracker.skill.speech_text import excerpt

__all__ = ["alex", "home", "say", "skill"]  # fixtures
EN = for_locale("en-GB")


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("on time for talks", "your promise to be on time for talks"),
        ("home by six", "your promise to be home by six"),
        ("honest about money", "your promise to be honest about money"),
        ("open about my phone", "your promise to be open about my phone"),
        ("in bed by eleven", "your promise to be in bed by eleven"),
        # unchanged: a thing, a deed
        ("open phone", "your open phone promise"),
        ("evening talk", "your evening talk"),
        ("call when late", "your promise to call when late"),
        ("open the post", "your promise to open the post"),
    ],
)
def test_a_commitment_named_by_how_one_will_be_is_a_promise_to_be(name, said) -> None:
    assert promise(EN, name) == said


@pytest.mark.parametrize(
    ("note", "read"),
    [
        (
            "we talked about the hard stuff without shouting at each other for the first time in months",
            "we talked about the hard stuff without shouting at each other…",
        ),
        (
            "we sat down and talked about the kids and the money and the future calmly tonight",
            "we sat down and talked about the kids and the money…",
        ),
        (
            "I borrowed a phone from a friend, so nobody waited and worried about me at all.",
            "I borrowed a phone from a friend…",
        ),
    ],
)
def test_a_note_read_back_ends_on_a_whole_phrase(note, read) -> None:
    assert excerpt(note) == read


def test_a_small_win_just_logged_is_worth_celebrating(say, session, home) -> None:
    spoken_to(say, "log a small win we cooked dinner together and laughed")
    text = speech(spoken_to(say, "what should we celebrate"))
    assert "Nothing new to celebrate" not in text
    assert "small win" in text and "We cooked dinner together and laughed" in text, text


def test_with_no_win_and_no_milestone_nothing_is_made_up(say, session, home) -> None:
    assert speech(spoken_to(say, "what should we celebrate")).startswith("Nothing new to celebrate yet")


@pytest.mark.parametrize("said", ["what did i log today", "what did i log"])
def test_asking_for_ones_own_log_is_told_it_is_ones_own(say, session, home, said) -> None:
    """The speaker's own newest entry is read back (voice11), never the partner's, and never "I only
    know Alex and Sam here": with nothing logged this week, that is said."""
    assert speech(spoken_to(say, said)) == "You haven't logged anything in the last week."
