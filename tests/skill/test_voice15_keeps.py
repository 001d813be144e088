"""Tester-voice5 #13, everyday keeps: a time said as words ("half eleven") is a time, never "partly
done"; a chore of one kind ("I hung the washing out") never keeps a commitment about another
("dishes"), while chores in general ("house jobs") take any; "at lunch" names "lunchtime text"; a promise said done ("the house jobs are done, log it", "we did it").
Through the real skill: spoken text and rows. Phrasings: voice15_phrases.py (held out)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import voice15_phrases as phrases
from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind, LogKind
from trust_tracker.skill.hedges import hedged


@pytest.mark.parametrize(("key", "said", "kept"), phrases.EVERYDAY_KEEPS + phrases.DONE_LOG_IT)
def test_an_everyday_keep_is_logged_against_its_commitment(session, session_factory, key, said, kept) -> None:
    alexa, _, _, items = couple_home(session, session_factory, key)
    heard = alexa(said)
    assert heard.speech == f"Logged: you kept your {kept}."
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id) == (LogKind.KEPT, items[kept])
    assert "log it" not in entry.note.lower()


@pytest.mark.parametrize("said", phrases.OTHER_CHORES)
def test_a_chore_of_another_kind_never_keeps_the_dishes(session, session_factory, said) -> None:
    alexa, first, second, _ = couple_home(session, session_factory, "rohan-frank")
    drafts = [contracts.ItemDraft(ItemKind.COMMITMENT, "Do the dishes after dinner", short_name="dishes")]
    version = contracts.propose_version(session, first, drafts, now=NOW - timedelta(days=1))
    contracts.agree_version(session, second, version.id, now=NOW - timedelta(days=1))
    session.flush()
    heard = alexa(said)
    assert "kept your dishes" not in heard.speech
    assert [e for e in entries(session) if e.kind is LogKind.KEPT] == []


@pytest.mark.parametrize("said", phrases.TIMES_AS_WORDS)
def test_a_time_said_as_words_is_no_hedge(said) -> None:
    assert not hedged(said)


@pytest.mark.parametrize("said", ["I half did the dishes", "I did half the dishes", "I sort of got home by midnight"])
def test_a_real_hedge_is_still_heard(said) -> None:
    assert hedged(said)


def test_a_time_said_as_words_is_never_offered_as_partly_done(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "rohan-frank")
    heard = alexa("I got home at half eleven last night")
    assert "partly" not in heard.speech
    assert entries(session) == []


@pytest.mark.parametrize("bad", ["", "time", "lunchtime", "half", "washing"])
def test_bare_or_odd_words_log_nothing_by_themselves(session, session_factory, bad) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace")
    if bad:
        alexa(f"I {bad}")
    assert entries(session) == []
