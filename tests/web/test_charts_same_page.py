"""The charts page of a seeded couple, byte for byte as recorded (tests/web/golden/): what makes
the page cheaper (models/charts.py, cadence.py, strength.py, web/charts_svg.py) must not change
a character of it, on either database, with its streak records written (the first view) or read
back (the next). The couple: eleven months of random keeps, misses, hard days, moments and a
breach, four commitments (daily and one partner's, chosen weekdays and shared, N times a week,
one weekday), so every state of a cell, a rate, a streak and the long arc shows.

To record it again after a change of what the page shows, on purpose:
`TRUST_TRACKER_WRITE_GOLDEN=1 .venv/bin/pytest -n 0 tests/web/test_charts_same_page.py`
(it then fails, saying so: a recording is never a pass).
"""

from __future__ import annotations

import os
import random
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.factories import NOW, make_entry
from trust_tracker.models import contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, ItemKind, LogKind

GOLDEN = Path(__file__).with_name("golden") / "charts_page.html"
TODAY = date(2026, 11, 25)
DAYS = 330


def _seed(session, alex, sam) -> None:
    agreed = NOW - timedelta(days=DAYS)
    version = contracts.propose_version(
        session,
        alex,
        [
            ItemDraft(ItemKind.COMMITMENT, "Call when late", short_name="call", owner_id=alex.id),
            ItemDraft(ItemKind.COMMITMENT, "Evening talk", short_name="talk", cadence=Cadence.WEEKDAYS, weekdays="024"),
            ItemDraft(ItemKind.COMMITMENT, "House jobs", short_name="jobs", cadence=Cadence.WEEKLY, times_per_week=2),
            ItemDraft(
                ItemKind.COMMITMENT,
                "Sunday walk",
                short_name="walk",
                owner_id=sam.id,
                cadence=Cadence.WEEKDAYS,
                weekdays="6",
            ),
            ItemDraft(ItemKind.BOUNDARY, "No deleting messages"),
        ],
        now=agreed,
    )
    contracts.agree_version(session, sam, version.id, now=agreed)
    call, talk, jobs, walk, boundary = version.items
    rng = random.Random(12)
    for back in range(DAYS - 1, -1, -1):
        day = TODAY - timedelta(days=back)
        for partner, items in ((alex, (call, talk, jobs)), (sam, (talk, jobs, walk))):
            if rng.random() < 0.04:
                make_entry(session, partner, LogKind.HARD_DAY, day)
                continue
            for item in items:
                roll = rng.random()
                if roll < 0.6:
                    make_entry(session, partner, LogKind.KEPT, day, item)
                elif roll < 0.7:
                    make_entry(session, partner, LogKind.MISSED, day, item)
        if rng.random() < 0.1:
            make_entry(session, rng.choice((alex, sam)), LogKind.RELIABILITY, day, note="on time")
        if rng.random() < 0.01:
            make_entry(session, sam, LogKind.BREACH, day, boundary)
    session.flush()


def _page(client) -> str:
    """The page, its log-out form's CSRF token (signed with the time) left out, and the
    commitments' row ids (in their headings' and charts' ids) numbered in the order they show (a shared PostgreSQL's sequences
    have moved on by the other tests' rows)."""
    response = client.get("/history/charts")
    assert response.status_code == 200
    page = re.sub(r'(name="csrf_token" value=")[^"]*"', r'\1"', response.text)
    order: dict[str, int] = {}
    return re.sub(
        r"\b(commitment|chart-[a-z]+)-(\d+)", lambda m: f"{m[1]}-{order.setdefault(m[2], len(order) + 1)}", page
    )


@pytest.mark.postgres_smoke
def test_the_charts_page_is_byte_for_byte_as_recorded(client, alex, couple, session) -> None:
    _seed(session, *couple)
    first, again = _page(client), _page(client)  # the streak records written, then read back
    assert first == again
    if os.environ.get("TRUST_TRACKER_WRITE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(first, encoding="utf-8")
        raise AssertionError(f"recorded {GOLDEN}: run again without TRUST_TRACKER_WRITE_GOLDEN")
    assert first == GOLDEN.read_text(encoding="utf-8")
