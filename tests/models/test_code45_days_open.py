"""Another day's "which one did you miss?" (still_open.to_ask_about) and a day already taken (tracking.day_taken):
one rule each, read by the skill before it asks (code45). On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.factories import NOW
from trust_tracker.models import contracts, still_open, tracking
from trust_tracker.models.entities import Cadence, ItemKind, LogKind, Source
from trust_tracker.models.errors import LoggedOtherwise, LoggedThatDay
from trust_tracker.models.localtime import local_today


@pytest.fixture
def lineages(session, couple) -> dict[str, int]:
    alex, sam = couple
    drafts = [
        contracts.ItemDraft(ItemKind.COMMITMENT, "Call when late", short_name="call"),
        contracts.ItemDraft(ItemKind.COMMITMENT, "Talk", short_name="talk", cadence=Cadence.WEEKDAYS, weekdays="01234"),
        contracts.ItemDraft(ItemKind.COMMITMENT, "Walk", short_name="walk", cadence=Cadence.WEEKDAYS, weekdays="6"),
        contracts.ItemDraft(ItemKind.COMMITMENT, "Bins", short_name="bins", owner_id=sam.id),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.short_name: item.lineage_id for item in version.items}


def _a_weekday_before(today: date, weekday: int) -> date:
    return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)


def test_another_day_lists_only_what_was_due_and_not_logged(session, couple, lineages):
    alex, sam = couple
    today = local_today(alex.couple, NOW)
    monday = _a_weekday_before(today, 0)
    tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, lineage_id=lineages["call"], now=NOW, day=monday)
    names = [c.short_name for c in still_open.to_ask_about(session, alex, LogKind.MISSED, now=NOW, day=monday)]
    assert names == ["talk"]  # call kept that day, the walk due on Sundays, the bins Sam's
    names = [c.short_name for c in still_open.to_ask_about(session, sam, LogKind.MISSED, now=NOW, day=monday)]
    assert names == ["call", "talk", "bins"]  # the shared call Alex logged is still open for Sam (d.mine)
    sunday = _a_weekday_before(today, 6)
    names = [c.short_name for c in still_open.to_ask_about(session, alex, LogKind.MISSED, now=NOW, day=sunday)]
    assert names == ["call", "walk"]
    keeps = [c.short_name for c in still_open.to_ask_about(session, alex, LogKind.KEPT, now=NOW, day=monday)]
    assert keeps == ["talk"]  # a past day's keep (voice50): what was due and open then, as a miss's
    keeps = [c.short_name for c in still_open.to_ask_about(session, alex, LogKind.KEPT, now=NOW)]
    assert keeps == ["call", "talk", "walk"]  # today (a Wednesday): due and open first, then the walk, not due


def test_a_day_taken_says_what_is_on_record(session, couple, lineages):
    alex, sam = couple
    today = local_today(alex.couple, NOW)
    yesterday = today - timedelta(days=1)
    tracking.log_entry(
        session, alex, LogKind.KEPT, source=Source.WEB, lineage_id=lineages["call"], now=NOW, day=yesterday
    )
    other = tracking.day_taken(session, alex, lineages["call"], LogKind.MISSED, yesterday, today)
    assert isinstance(other, LoggedOtherwise) and str(other).startswith("That is already logged as kept yesterday.")
    again = tracking.day_taken(session, alex, lineages["call"], LogKind.KEPT, yesterday, today)
    assert isinstance(again, LoggedThatDay) and str(again).endswith("so it counts once.")
    assert tracking.day_taken(session, sam, lineages["call"], LogKind.MISSED, yesterday, today) is None  # Sam's own day
    assert tracking.day_taken(session, alex, lineages["call"], LogKind.MISSED, today, today) is None
    with pytest.raises(LoggedOtherwise, match=str(other)):  # the very refusal the write meets
        tracking.log_entry(
            session, alex, LogKind.MISSED, source=Source.WEB, lineage_id=lineages["call"], now=NOW, day=yesterday
        )
