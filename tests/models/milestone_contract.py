"""What the milestone tests share (tests/models/test_milestones*.py): a Wednesday to date entries by,
and a contract of a daily and a weekly promise agreed by both, weeks before (a clean week counts only under one)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from trust_tracker.models import contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, ItemKind

C = ItemKind.COMMITMENT
TODAY = date(2026, 11, 25)  # a Wednesday
MONDAY = date(2026, 11, 23)
AGREED = datetime(2026, 10, 1, 18, 0, tzinfo=UTC)


@pytest.fixture
def items(session, couple):
    alex, sam = couple
    version = contracts.propose_version(
        session,
        alex,
        [
            ItemDraft(C, "Call when I'm running late", short_name="call when late"),
            ItemDraft(C, "House jobs", short_name="house jobs", cadence=Cadence.WEEKLY, times_per_week=1),
        ],
        now=AGREED,
    )
    contracts.agree_version(session, sam, version.id, now=AGREED)
    return {item.short_name: item for item in version.items}
