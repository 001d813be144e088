"""Tester-voice7 #13's half-right keeps. "I texted Joy as soon as I left the office" and "I rang Mark
on my lunch break" (asked "Was it X or Y?") log their promise since voice17's everyday words; "I
haven't touched online poker all week" was read as a miss by its "haven't" and asked "Was it lunch
call or sunday surf?": a boundary held names no promise missed, so it is offered as a moment."""

from __future__ import annotations

import pytest

from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from tests.skill.voice18_home import COUPLES
from trust_tracker.models.entities import LogKind


def _home(session, session_factory, key):
    return couple_home(session, session_factory, key, couples=COUPLES)


@pytest.mark.parametrize(
    ("key", "said", "promise"),
    [
        ("rose-joy", "I texted Joy as soon as I left the office", "leaving text"),
        ("mark-rich", "I rang Mark on my lunch break", "lunch call"),
        ("jon-joan", "I messaged Joan before the train", "train message"),
    ],
)
def test_a_clear_everyday_keep_logs_its_promise(session, session_factory, key, said, promise) -> None:
    alexa, one, _, items = _home(session, session_factory, key)
    heard = alexa(said)
    assert heard.speech.startswith("Logged: you kept"), heard.speech
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id, entry.partner_id) == (LogKind.KEPT, items[promise], one.id)


@pytest.mark.parametrize(
    ("key", "said"),
    [
        # 3.88 after safety32's retrain (asked "shall I save it?"), 0.85 after safety34's, trained on
        # everyday progress (tests/skill/distress_progress.py, which does not hold this sentence).
        ("mark-rich", "I haven't touched online poker all week"),
        ("mark-rich", "I haven't been on Grindr all week"),
        ("jon-joan", "I haven't had a drink all week"),
        ("priya-tomas", "I haven't been on Bumble since we talked"),
    ],
)
def test_a_boundary_held_is_offered_as_a_moment_never_a_miss(session, session_factory, key, said) -> None:
    alexa, one, _, _ = _home(session, session_factory, key)
    offer = alexa(said)
    assert offer.speech.endswith("Or shall I note it as a moment of reliability?"), offer.speech
    assert entries(session) == []
    alexa("yes")
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id, entry.partner_id) == (LogKind.RELIABILITY, None, one.id)


@pytest.mark.parametrize(
    ("key", "said", "promise"),
    [
        ("jon-joan", "I didn't water the plants", "plants"),
        ("rose-joy", "I didn't put the bins out", "bins"),
        ("rose-joy", "I didn't text when leaving the office", "leaving text"),
    ],
)
def test_a_promise_missed_is_still_its_miss(session, session_factory, key, said, promise) -> None:
    alexa, _, _, items = _home(session, session_factory, key)
    alexa(said)
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id) == (LogKind.MISSED, items[promise])


def test_a_boundary_held_in_another_couples_words_is_no_moment_offered_here(session, session_factory) -> None:
    alexa, *_ = _home(session, session_factory, "rose-joy")  # no boundary about poker or Grindr
    heard = alexa("I haven't been on Grindr all week")
    assert "moment of reliability" not in heard.speech
    assert entries(session) == []
