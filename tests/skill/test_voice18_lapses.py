"""Tester-voice7 #9: a lapse is offered against the boundary its words name, never saved as a moment.
An app named in a boundary's own words ("No using Grindr") claims "I got back on Grindr" before a
boundary a kind of app only suggests ("No online poker"); a loan taken or money borrowed is a
spending lapse ("No secret loans"); going over a drink limit is drinking. Held-out phrasings,
written before the fix, in voice18_phrases.py (before: 2 of the 17 the model hears offered right)."""

from __future__ import annotations

import pytest

from tests.skill import voice18_phrases as phrases
from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from tests.skill.voice18_home import COUPLES
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.lapses import brand_said, lapses_told

# Said whole in the model's samples today (the others are shown by the readers below).
HEARD = [case for case in phrases.LAPSES if not case[1].startswith(("jumped", "had "))]


def _home(session, session_factory, key):
    return couple_home(session, session_factory, key, couples=COUPLES)


@pytest.mark.parametrize(("key", "said", "boundary"), HEARD)
def test_a_lapse_is_offered_and_logged_against_the_boundary_it_names(
    session, session_factory, key, said, boundary
) -> None:
    alexa, one, _, items = _home(session, session_factory, key)
    offer = alexa(said)
    assert offer.speech.startswith("That sounds like your boundary about ") and offer.open, offer.speech
    assert entries(session) == []
    logged = alexa("yes")
    assert f"breach of {boundary.lower()}" in logged.speech.lower(), logged.speech
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id, entry.partner_id) == (LogKind.BREACH, items[boundary], one.id)


@pytest.mark.parametrize(("key", "said", "_"), HEARD[::3])
def test_no_to_the_offer_saves_nothing_and_never_a_moment(session, session_factory, key, said, _) -> None:
    alexa, *_ = _home(session, session_factory, key)
    alexa(said)
    alexa("no")
    assert entries(session) == []


@pytest.mark.parametrize(("key", "said"), [case for case in phrases.NOT_OFFERED if "Rich got" not in case[1]])
def test_no_lapse_of_theirs_is_never_offered(session, session_factory, key, said) -> None:
    alexa, *_ = _home(session, session_factory, key)
    heard = alexa(said)
    assert "breach" not in heard.speech, heard.speech
    assert all(e.kind is not LogKind.BREACH for e in entries(session))


@pytest.mark.parametrize(("_", "said", "__"), phrases.LAPSES)
def test_every_held_out_lapse_is_read_as_one(_, said, __) -> None:
    assert lapses_told(said) or brand_said(said)


@pytest.mark.parametrize(
    "said",
    [
        "I borrowed a book from the library",
        "I got a loan of a drill from Jim",
        "had one too many biscuits",
        "I haven't been on Grindr all week",
        "I went on holiday",
        "I was on call last night",
        "",
        "on",
        "x" * 300,
    ],
)
def test_lookalikes_and_bad_input_are_no_lapse(said) -> None:
    assert not lapses_told(said) and brand_said(said) is None


def test_the_partners_brand_app_is_theirs_not_offered(session, session_factory) -> None:
    alexa, *_ = _home(session, session_factory, "mark-rich")
    heard = alexa("log a small win: I found out Rich got back on Grindr")
    assert "Shall I log it as a breach" not in heard.speech
    assert entries(session) == []


def test_a_brand_no_boundary_of_theirs_names_is_let_go(session, session_factory) -> None:
    alexa, *_ = _home(session, session_factory, "rose-joy")  # "No Tinder", and no boundary about apps
    heard = alexa("I got back on Grindr last night")  # which promise it went against, if one (voice30)
    assert "breach" not in heard.speech and "Did it go against one of your promises" in heard.speech
    assert entries(session) == []
