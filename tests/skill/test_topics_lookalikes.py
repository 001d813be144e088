"""The README's claim, made true: everyday sentences that hold a topic word change nothing.
Each of our own lookalikes (tests/skill/topic_lookalikes.py) is routed as Alexa's model routes
it and sent through the whole skill on a linked device with an agreed contract, entries of
both partners and a weekly reminder held: no row is written, removed or changed, no reminder
set or stopped."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from tests.factories import agreed_contract, make_entry
from tests.skill.test_safety import alex, envelope, say, skill, speech
from tests.skill.test_topics_safe import MODEL
from tests.skill.topic_lookalikes import TOPIC_LOOKALIKES
from trust_tracker.models.entities import LogKind

__all__ = ["alex", "say", "skill"]  # fixtures

TABLES = ("log_entry", "checkin", "checkin_answer", "setback", "alexa_reminder", "milestone", "removed_entry")


def rows(session) -> dict[str, list[tuple]]:
    session.expire_all()
    return {t: [tuple(r) for r in session.execute(text(f"SELECT * FROM {t} ORDER BY id"))] for t in TABLES}


def test_the_list_is_long_and_each_is_distinct() -> None:
    assert len(TOPIC_LOOKALIKES) >= 120 and len(set(TOPIC_LOOKALIKES)) == len(TOPIC_LOOKALIKES)


@pytest.mark.parametrize("said", TOPIC_LOOKALIKES)
def test_an_everyday_sentence_with_a_topic_word_changes_nothing(say, session, couple, alex, said) -> None:
    agreed_contract(session, *couple)
    make_entry(session, couple[1], LogKind.RELIABILITY, date(2025, 3, 13), note="Sam cooked")
    make_entry(session, couple[0], LogKind.SMALL_WIN, date(2025, 3, 14), note="we walked")
    session.commit()
    before = rows(session)
    match = MODEL.match(said)  # matching no sample, Alexa sends its fallback
    heard = (match.intent, match.slots) if match is not None and match.intent else ("AMAZON.FallbackIntent", {})
    result = say(envelope(*heard))
    assert speech(result)
    assert rows(session) == before, speech(result)
