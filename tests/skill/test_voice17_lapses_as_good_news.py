"""Tester-voice6 #9: a lapse told inside a small win or a moment ("I only had two goes on the
pokies instead of my usual ten", "I got a message from her, the woman from before, and I replied",
"I went to the pub after work and didn't tell Faith") is the speaker's lapse: the boundary it
breaks is offered as a breach, never saved as good news. Held-out phrasings: voice17_phrases.py."""

from __future__ import annotations

import pytest

from tests.skill import voice17_phrases as phrases
from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from tests.skill.voice17_home import COUPLES
from trust_tracker.models.entities import LogKind

CARRIERS = ["log a small win: {}", "note a moment: {}", "{}"]


def _home(session, session_factory, key):
    return couple_home(session, session_factory, key, couples=COUPLES)


@pytest.mark.parametrize("carrier", CARRIERS)
@pytest.mark.parametrize(("key", "said", "boundary"), phrases.LAPSES_AS_GOOD_NEWS)
def test_a_lapse_told_as_good_news_is_offered_as_its_breach(
    session, session_factory, carrier, key, said, boundary
) -> None:
    alexa, _, _, items = _home(session, session_factory, key)
    offer = alexa(carrier.format(said))
    assert offer.speech.startswith("That sounds like your boundary about "), offer.speech
    assert offer.speech.endswith("Shall I log it as a breach?") and offer.open
    assert entries(session) == []
    logged = alexa("yes")
    assert f"breach of {boundary.lower()}" in logged.speech.lower()
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id) == (LogKind.BREACH, items[boundary])


@pytest.mark.parametrize(("key", "said", "_"), phrases.LAPSES_AS_GOOD_NEWS[::4])
def test_no_to_the_offer_saves_nothing_good(session, session_factory, key, said, _) -> None:
    alexa, *_ = _home(session, session_factory, key)
    alexa(f"log a small win: {said}")
    alexa("no")
    assert entries(session) == []


@pytest.mark.parametrize("carrier", CARRIERS[:2])
@pytest.mark.parametrize(("key", "said"), phrases.GOOD_NEWS + phrases.UNBOUNDED_WINS)
def test_good_news_that_is_no_lapse_of_theirs_is_saved(session, session_factory, carrier, key, said) -> None:
    alexa, *_ = _home(session, session_factory, key)
    heard = alexa(carrier.format(said))
    assert "breach" not in heard.speech, heard.speech
    [entry] = entries(session)
    assert entry.kind is (LogKind.SMALL_WIN if "win" in carrier else LogKind.RELIABILITY)
    assert entry.note.lower().rstrip(".") in said.lower().replace(",", "")


def test_the_partners_lapse_told_as_a_moment_is_not_the_speakers(session, session_factory) -> None:
    alexa, *_ = _home(session, session_factory, "hope-faith")
    heard = alexa("note a moment: Faith went to the pub and didn't tell me")
    assert "Shall I log it as a breach" not in heard.speech
    assert entries(session) == []


@pytest.mark.parametrize(
    "bad",
    ["only", "just didn't tell", "without telling", "and I replied", "I replied " + "x" * 200, "only had goes on"],
)
def test_bad_or_bare_words_as_a_win_are_never_a_breach(session, session_factory, bad) -> None:
    alexa, *_ = _home(session, session_factory, "will-bill")
    heard = alexa(f"log a small win: {bad}")
    assert "breach" not in heard.speech
    assert all(e.kind is not LogKind.BREACH for e in entries(session))
