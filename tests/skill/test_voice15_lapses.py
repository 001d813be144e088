"""Tester-voice5 #8 (tester-voice4 #9): a lapse named by an app's brand ("I downloaded Sportsbet
again", "I reinstalled Bumble") is the speaker's lapse against the couple's boundary about apps,
betting or dating, offered as its breach, never noted as a moment; lookalikes ("I opened the
window again") are not; the partner's, told by the other, is never the speaker's. Through the real
skill, spoken text and rows. Phrasings: voice15_phrases.py (held out)."""

from __future__ import annotations

import pytest

from tests.skill import voice15_phrases as phrases
from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from trust_tracker.models.entities import LogKind
from trust_tracker.models.logbook import Doer
from trust_tracker.skill.breach_doer import who_did
from trust_tracker.skill.lapses import lapses_said, lapses_told


@pytest.mark.parametrize(("key", "said", "boundary"), phrases.OWN_APP_LAPSES)
def test_an_app_named_by_its_brand_is_offered_as_the_boundarys_breach(
    session, session_factory, key, said, boundary
) -> None:
    alexa, _, _, items = couple_home(session, session_factory, key)
    offer = alexa(said)
    about = boundary.lower().removeprefix("no ")
    assert offer.speech == f"That sounds like your boundary about {about}. Shall I log it as a breach?"
    assert entries(session) == []
    logged = alexa("yes")
    assert f"breach of {boundary.lower()}" in logged.speech
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id) == (LogKind.BREACH, items[boundary])


@pytest.mark.parametrize(("key", "said", "boundary"), phrases.OWN_APP_LAPSES[:3])
def test_no_to_the_offer_logs_nothing(session, session_factory, key, said, boundary) -> None:
    alexa, *_ = couple_home(session, session_factory, key)
    alexa(said)
    alexa("no")
    assert entries(session) == []


@pytest.mark.parametrize(("key", "said"), phrases.NOT_APP_LAPSES)
def test_opening_or_downloading_what_is_no_app_is_never_a_breach(session, session_factory, key, said) -> None:
    assert lapses_said(said) == []
    alexa, *_ = couple_home(session, session_factory, key)
    heard = alexa(said)
    assert "breach" not in heard.speech and "boundary" not in heard.speech, heard.speech


@pytest.mark.parametrize(("key", "said"), phrases.PARTNERS_APP_LAPSES)
def test_the_partners_lapse_is_told_but_never_the_speakers(session, session_factory, key, said) -> None:
    _, first, other, _ = couple_home(session, session_factory, key)
    words = said.format(other=other.name)
    assert lapses_told(words) and not lapses_said(words)
    assert who_did(words, first) is Doer.PARTNER


def test_an_app_lapse_without_a_boundary_about_it_is_let_go(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace")  # no boundary about apps or betting
    heard = alexa("I downloaded Sportsbet again last night")
    assert "breach" not in heard.speech
    alexa("yes")
    assert [e.kind for e in entries(session)] != [LogKind.BREACH]


@pytest.mark.parametrize(
    "bad", ["downloaded again", "reinstalled", "opened the", "x" * 300 + " downloaded tinder again"]
)
def test_bad_or_empty_app_words_never_offer_a_breach(bad) -> None:
    assert lapses_said(bad) == []
