""" "The missus" (British and Australian for one's wife) is read as the partner wherever "my wife" is
(voice35): it shared SupportIntent's "the (neighbours|…|missus) {after_the_neighbours}" carrier, so "the
missus read my journal" was read as the neighbours', and "has the missus logged anything" was a
stranger's name ("I only know Alex and Sam here"). Partner words have one home (topic_patterns.SPOUSE)."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.e2e.harness import route_only
from tests.skill.test_safety import alex, assert_support, envelope, say, speech
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.topic_patterns import OTHER, PERSON

__all__ = ["alex", "say"]  # fixtures

# Each said of "the missus" and of "my wife": the same reply.
SAID = [
    "{} read my journal",
    "{} rang me at lunch",
    "{} came through for me today",
    "has {} logged anything",
    "thank {} for her entries",
]


def test_the_missus_is_the_other_partner_as_my_wife_is() -> None:
    for words in ("the missus", "my wife", "my missus", "the other half"):
        assert OTHER.fullmatch(words) and PERSON.search(f"{words} was on time"), words
    assert not OTHER.fullmatch("the neighbours")


@pytest.mark.parametrize("locale", ["en-GB", "en-AU"])
def test_said_of_the_missus_it_is_answered_as_said_of_my_wife(say, session, couple, alex, locale) -> None:
    agreed_contract(session, *couple)
    missus = route_only([s.format("the missus") for s in SAID], locale)
    wife = route_only([s.format("my wife") for s in SAID], locale)
    assert "after_the_neighbours" not in {slot for turn in missus for slot in turn["slots"]}
    for said, hers, mine in zip(SAID, missus, wife, strict=True):
        heard = speech(say(envelope(hers["intent"], hers["slots"], locale=locale)))
        assert heard == speech(say(envelope(mine["intent"], mine["slots"], locale=locale))), said
        assert not heard.startswith("I only know"), said
    assert rows(session) == []


def test_harm_by_the_missus_is_helped(say, session, alex) -> None:
    [turn] = route_only(["the missus hit me again"], "en-GB")
    assert turn["slots"] == {"after_my_partner": "hit me again"}
    assert_support(say(envelope(turn["intent"], turn["slots"], locale="en-GB")), "en-GB")
    assert rows(session) == []
