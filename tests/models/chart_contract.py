"""What the chart tests share (tests/models/test_charts*.py): NOW's local day, a contract agreed
200 days ago with a daily, a weekday and a weekly commitment and a boundary, and the figures read
for one couple."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.factories import NOW
from trust_tracker.models import charts, contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, ItemKind

C = ItemKind.COMMITMENT
TODAY = date(2026, 11, 25)  # NOW is 7 am in New York on Wednesday 2026-11-25
AGREED = NOW - timedelta(days=200)


@pytest.fixture
def contract(session, couple):
    alex, sam = couple
    version = contracts.propose_version(
        session,
        alex,
        [
            ItemDraft(C, "Call when late", short_name="call", owner_id=alex.id),
            ItemDraft(C, "Evening talk", short_name="talk", cadence=Cadence.WEEKDAYS, weekdays="024"),
            ItemDraft(C, "House jobs", short_name="jobs", cadence=Cadence.WEEKLY, times_per_week=2),
            ItemDraft(ItemKind.BOUNDARY, "No contact with the ex"),
        ],
        now=AGREED,
    )
    contracts.agree_version(session, sam, version.id, now=AGREED)
    return {item.spoken_name: item for item in version.items}


def _stats(session, partner):
    session.flush()
    return {s.name: s for s in charts.commitment_stats(session, partner.couple_id, NOW)}
