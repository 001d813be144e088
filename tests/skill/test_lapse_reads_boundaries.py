"""A note or a keep is read for a lapse before the couple's boundaries are (skill/intents/lapse.py):
words that tell no lapse and name no app leave the agreement unread, and a lapse or an app named
by its brand is still offered as the breach of the boundary it breaks."""

from __future__ import annotations

import pytest

from tests.skill import voice15_phrases, voice17_phrases
from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from tests.skill.voice17_home import COUPLES
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.intents import lapse


@pytest.fixture
def versions_read(monkeypatch) -> list[int]:
    """Each couple whose agreement the lapse reading reads (the real read, counted)."""
    read: list[int] = []
    active_version = lapse.active_version
    monkeypatch.setattr(
        lapse, "active_version", lambda session, couple_id: read.append(couple_id) or active_version(session, couple_id)
    )
    return read


def test_a_moment_that_tells_no_lapse_reads_no_boundary(session, session_factory, versions_read) -> None:
    alexa, *_ = couple_home(session, session_factory, "alex-sam", couples=COUPLES)
    said = alexa("note a moment: Sam was on time for our talk")
    assert said.speech == "Noted, a moment of reliability: Sam was on time for our talk."
    assert versions_read == []
    [entry] = entries(session)
    assert entry.kind is LogKind.RELIABILITY


@pytest.mark.parametrize(("key", "said", "boundary"), voice17_phrases.LAPSES_AS_GOOD_NEWS[:3])
def test_a_lapse_told_as_a_moment_still_reads_its_boundary(
    session, session_factory, versions_read, key, said, boundary
) -> None:
    alexa, *_ = couple_home(session, session_factory, key, couples=COUPLES)
    offer = alexa(f"note a moment: {said}")
    assert offer.speech.startswith("That sounds like your boundary about "), offer.speech
    assert versions_read and entries(session) == []


@pytest.mark.parametrize(("key", "said", "boundary"), voice15_phrases.OWN_APP_LAPSES[:3])
def test_an_app_named_by_its_brand_is_still_its_boundary_s(
    session, session_factory, versions_read, key, said, boundary
) -> None:
    alexa, *_ = couple_home(session, session_factory, key)
    offer = alexa(f"note a moment: {said}")
    about = boundary.lower().removeprefix("no ")
    assert offer.speech == f"That sounds like your boundary about {about}. Shall I log it as a breach?"
    assert versions_read and entries(session) == []
