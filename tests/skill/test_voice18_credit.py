"""A keep or a miss told of the other partner ("Sam didn't do the house jobs", "she missed the
evening walk") is theirs to log: nothing goes under the speaker's name, and they hear who logs it.
"We did it", the speaker acting later, and a partner's name read as its everyday word stay the
speaker's (voice17's names that are words). Held-out couples: voice18_home.py."""

from __future__ import annotations

import pytest

from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from tests.skill.voice18_home import COUPLES
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.breach_doer import partners_act

PARTNERS_ACTS = [
    ("mark-rich", "Rich didn't do the chooks", "Rich"),
    ("priya-tomas", "Tomas did the house jobs", "Tomás"),
    ("priya-tomas", "she missed the evening walk", "Tomás"),
    ("hope-will", "Will did the house jobs", "Will"),
    ("hope-will", "Will didn't walk the dog", "Will"),
    ("jon-joan", "Joan missed the plants", "Joan"),
    ("rose-joy", "Joy missed film night", "Joy"),
]
SPEAKERS_OWN = [
    ("mark-rich", "we had our sunday surf", LogKind.KEPT),
    ("mark-rich", "I fed the chooks", LogKind.KEPT),
    ("hope-will", "we did the house jobs", LogKind.KEPT),
    ("hope-will", "will you log that I did the house jobs", LogKind.KEPT),
    ("priya-tomas", "Tomas reminded me and I did the house jobs", LogKind.KEPT),
    ("priya-tomas", "Priya did the house jobs", LogKind.KEPT),
    ("hope-will", "Hope missed the dog walk", LogKind.MISSED),
]


def _home(session, session_factory, key):
    return couple_home(session, session_factory, key, couples=COUPLES)


@pytest.mark.parametrize(("key", "said", "name"), PARTNERS_ACTS)
def test_the_partners_keep_or_miss_is_theirs_to_log(session, session_factory, key, said, name) -> None:
    alexa, *_ = _home(session, session_factory, key)
    heard = alexa(said)
    if " did the " in said:  # their keep, seen: a moment of reliability offered (tester-voice37 D8)
        assert heard.speech.startswith(f"That's {name}'s to log, so {name} logs it. Shall I note it as a moment")
        assert entries(session) == []
        alexa("yes")  # the moment, never a promise logged under the speaker's name
        assert [(e.kind, e.lineage_id) for e in entries(session)] == [(LogKind.RELIABILITY, None)]
        return
    assert (
        heard.speech
        == f"That sounds like {name}'s to log, so {name} logs it; I haven't logged anything under your name."
    )
    assert entries(session) == []
    alexa("yes")  # no question was waiting: a yes logs nothing
    assert entries(session) == []


@pytest.mark.parametrize(("key", "said", "kind"), SPEAKERS_OWN)
def test_the_speakers_own_keep_or_miss_is_logged_as_theirs(session, session_factory, key, said, kind) -> None:
    alexa, one, _, _ = _home(session, session_factory, key)
    alexa(said)
    [entry] = entries(session)
    assert (entry.kind, entry.partner_id) == (kind, one.id)


def test_another_couples_partner_named_is_no_partner_here(session, session_factory) -> None:
    alexa, one, _, _ = _home(session, session_factory, "mark-rich")
    heard = alexa("I fed the chooks for Joan")
    assert "logs it" not in heard.speech
    assert all(e.partner_id == one.id for e in entries(session))


@pytest.mark.parametrize(
    ("bad", "theirs"),
    [
        ("", False),
        ("Rich", True),
        ("   ", False),
        ("he " + "x" * 300, True),
        ("I did, Rich didn't", False),
        ("Richard fed them", False),
    ],
)
def test_odd_words_are_read_whole(session, session_factory, bad, theirs) -> None:
    _, mark, _, _ = _home(session, session_factory, "mark-rich")
    assert partners_act(bad, mark) is theirs
