from datetime import date, timedelta

import pytest

from tests.factories import NOW, make_couple, make_entry
from trust_tracker.models import timeline
from trust_tracker.models.entities import LogKind
from trust_tracker.models.errors import NotAllowed, NotFound, ValidationError
from trust_tracker.models.timeline import Filters


def test_filters_and_pages(session, couple):
    alex, sam = couple
    kim, _ = make_couple(session, first="Kim", second="Lee")
    start = date(2026, 1, 1)
    for i in range(120):
        make_entry(
            session, alex if i % 2 else sam, LogKind.KEPT if i % 3 else LogKind.MISSED, start + timedelta(days=i)
        )
    make_entry(session, kim, LogKind.KEPT, start)

    first = timeline.timeline(session, alex.couple_id)
    assert len(first.entries) == timeline.PAGE_SIZE and first.has_more
    assert first.entries[0].local_date == start + timedelta(days=119)  # newest first
    last = timeline.timeline(session, alex.couple_id, page=3)
    assert len(last.entries) == 20 and not last.has_more
    assert all(e.couple_id == alex.couple_id for e in first.entries + last.entries)

    alexs = timeline.timeline(session, alex.couple_id, Filters(partner_id=alex.id, kind=LogKind.MISSED))
    assert alexs.entries and all(e.partner_id == alex.id and e.kind is LogKind.MISSED for e in alexs.entries)
    window = timeline.timeline(session, alex.couple_id, Filters(start=date(2026, 1, 10), end=date(2026, 1, 12)))
    assert [e.local_date.day for e in window.entries] == [12, 11, 10]
    # Another couple's partner as a filter finds nothing of theirs.
    assert timeline.timeline(session, alex.couple_id, Filters(partner_id=kim.id)).entries == []
    assert timeline.timeline(session, alex.couple_id, Filters(lineage_id=999_999)).entries == []


@pytest.mark.parametrize("page", [0, -1, timeline.MAX_PAGE + 1])
def test_bad_pages_and_reversed_dates_are_refused(session, couple, page):
    alex, _ = couple
    with pytest.raises(ValidationError):
        timeline.timeline(session, alex.couple_id, page=page)
    with pytest.raises(ValidationError):
        timeline.timeline(session, alex.couple_id, Filters(start=date(2026, 2, 1), end=date(2026, 1, 1)))


def test_acknowledge_the_partners_entry_once(session, couple):
    alex, sam = couple
    entry = make_entry(session, alex, LogKind.KEPT, date(2026, 11, 24))
    timeline.acknowledge(session, sam, entry.id, now=NOW)
    timeline.acknowledge(session, sam, entry.id, now=NOW + timedelta(hours=1))
    assert entry.acknowledged_at == NOW


def test_acknowledge_refuses_own_and_other_couples_entries(session, couple):
    alex, sam = couple
    kim, _ = make_couple(session, first="Kim", second="Lee")
    mine = make_entry(session, alex, LogKind.KEPT, date(2026, 11, 24))
    theirs = make_entry(session, kim, LogKind.KEPT, date(2026, 11, 24))
    with pytest.raises(NotAllowed):
        timeline.acknowledge(session, alex, mine.id, now=NOW)
    for entry_id in (theirs.id, theirs.id + 1000):
        with pytest.raises(NotFound):
            timeline.acknowledge(session, sam, entry_id, now=NOW)
    assert mine.acknowledged_at is None and theirs.acknowledged_at is None
