"""A watch the speaker asked for (tests/skill/distress_watch_asked.py: "my wife tracks my location
on her phone because I asked her to after my accident") is no distress: not heard, not doubted
wherever it is saved, and saved as the moment it is; the same watch not asked for is heard."""

from __future__ import annotations

import pytest

from tests.skill.distress_watch_asked import WATCH_ASKED_LOOKALIKES
from tests.skill.talk import entries
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.saved_words import BANDS
from trust_tracker.skill.simulator import Match

NAMES = ("Alex", "Sam")
NOT_ASKED_FOR = [
    "my wife tracks my location on her phone and I never asked her to",
    "he tracks my location without asking",
]


@pytest.mark.parametrize("said", WATCH_ASKED_LOOKALIKES)
def test_a_watch_asked_for_is_not_heard_with_the_couples_names_or_without(said) -> None:
    assert not is_distress(said, NAMES) and not is_distress(said)


@pytest.mark.parametrize("said", WATCH_ASKED_LOOKALIKES)
def test_a_watch_asked_for_is_doubted_nowhere(said) -> None:
    assert [place for place, band in BANDS.items() if band.doubts(said, NAMES)] == []


@pytest.mark.parametrize("said", NOT_ASKED_FOR)
def test_the_same_watch_not_asked_for_is_heard(said) -> None:
    assert is_distress(said, NAMES) and is_distress(said)


@pytest.mark.parametrize("said", WATCH_ASKED_LOOKALIKES)
def test_a_watch_asked_for_is_saved_as_a_moment_without_a_question(session, home, contract, alex_talks, said):
    heard = alex_talks.send(Match("LogReliabilityIntent", {"note": said}))
    assert heard.speech.startswith("Noted, a moment of reliability"), heard.speech
    [entry] = entries(session)
    assert entry.kind is LogKind.RELIABILITY and entry.note is not None and entry.note.lower() in said.lower()
