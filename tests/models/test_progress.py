"""How are we doing: this week against last, streaks, and the long arc."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from tests.factories import NOW, make_couple
from trust_tracker.models import contracts, progress
from trust_tracker.models.cadence import KeptRate
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind, Source

TODAY = date(2026, 11, 25)  # a Wednesday
MONDAY = date(2026, 11, 23)


def _log(session, partner, kind, day, lineage_id=None):
    session.add(
        LogEntry(
            couple_id=partner.couple_id,
            partner_id=partner.id,
            kind=kind,
            lineage_id=lineage_id,
            local_date=day,
            created_at=datetime.combine(day, time(20), tzinfo=UTC),
            source=Source.WEB,
        )
    )
    session.flush()


def _stretch(session, partner, first_day, kept, missed):
    """Spread kept and missed entries over a stretch of days, one a day."""
    for n in range(kept + missed):
        _log(session, partner, LogKind.KEPT if n < kept else LogKind.MISSED, first_day + timedelta(days=n))


@pytest.mark.parametrize(
    ("kept", "missed", "in_ten", "percent"),
    [(0, 0, 0, 0), (6, 4, 6, 60), (5, 3, 6, 63), (3, 1, 8, 75), (1, 2, 3, 33), (7, 0, 10, 100)],
)
def test_kept_rate_in_ten_rounds_half_up(kept, missed, in_ten, percent):
    rate = KeptRate(kept, missed)
    assert (rate.in_ten, rate.percent, rate.total) == (in_ten, percent, kept + missed)


def test_this_week_against_last_week_for_the_couple(session, couple):
    alex, sam = couple
    kim, _ = make_couple(session, first="Kim", second="Lee")
    _log(session, alex, LogKind.KEPT, MONDAY)
    _log(session, sam, LogKind.KEPT, TODAY)
    _log(session, sam, LogKind.MISSED, TODAY)
    _log(session, sam, LogKind.RELIABILITY, TODAY)  # not a promise: not counted
    _log(session, alex, LogKind.KEPT, MONDAY - timedelta(days=1))  # last Sunday
    _log(session, alex, LogKind.MISSED, MONDAY - timedelta(days=7))  # last Monday
    _log(session, alex, LogKind.MISSED, MONDAY - timedelta(days=8))  # the week before: neither
    _log(session, kim, LogKind.KEPT, TODAY)  # another couple's
    result = progress.progress(session, alex, NOW)
    assert result.week_start == MONDAY
    assert (result.this_week.kept, result.this_week.missed) == (2, 1)
    assert (result.last_week.kept, result.last_week.missed) == (1, 1)
    # The fair comparison: last week's Monday to the same weekday as today (Sunday is later).
    assert (result.last_week_so_far.kept, result.last_week_so_far.missed) == (0, 1)
    assert result.arc is None  # not enough history


def test_streaks_are_included(session, couple):
    alex, sam = couple
    version = contracts.propose_version(session, alex, [ItemDraft(ItemKind.COMMITMENT, "Call", short_name="call")])
    contracts.agree_version(session, sam, version.id)
    lineage = version.items[0].lineage_id
    for back in range(3):
        _log(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), lineage)
    [streak] = progress.progress(session, sam, NOW).streaks
    assert (streak.commitment.short_name, streak.length, streak.unit) == ("call", 3, "day")


def test_the_long_arc_over_three_months(session, couple):
    alex, sam = couple
    # Four weeks from three months back: 6 in 10. The last four weeks: 9 in 10.
    _stretch(session, alex, TODAY - timedelta(days=91), kept=12, missed=8)
    _stretch(session, sam, TODAY - timedelta(days=60), kept=1, missed=9)  # the middle is not compared
    _stretch(session, sam, TODAY - timedelta(days=19), kept=18, missed=2)
    _log(session, sam, LogKind.KEPT, TODAY - timedelta(days=200))  # long before: outside the arc
    arc = progress.progress(session, alex, NOW).arc
    assert (arc.then.kept, arc.then.missed, arc.then.in_ten) == (12, 8, 6)
    assert (arc.now.kept, arc.now.missed, arc.now.in_ten) == (18, 2, 9)
    assert arc.since == TODAY - timedelta(days=91) and arc.weeks == 13 and arc.direction == "rose"


def test_a_younger_couple_compares_with_their_first_weeks(session, couple):
    alex, _ = couple
    start = TODAY - timedelta(days=55)  # eight weeks of history
    _stretch(session, alex, start, kept=4, missed=6)
    _stretch(session, alex, TODAY - timedelta(days=9), kept=4, missed=6)
    arc = progress.progress(session, alex, NOW).arc
    assert arc.since == start and arc.weeks == 8
    assert (arc.then.in_ten, arc.now.in_ten, arc.direction) == (4, 4, "held")


def test_the_first_stretch_never_overlaps_the_last_four_weeks(session, couple):
    alex, _ = couple
    start = TODAY - timedelta(days=40)
    _stretch(session, alex, start, kept=0, missed=12)  # days -40 .. -29
    _stretch(session, alex, TODAY - timedelta(days=27), kept=20, missed=0)
    arc = progress.progress(session, alex, NOW).arc
    assert (arc.then.kept, arc.then.missed) == (0, 12) and arc.direction == "rose"


@pytest.mark.parametrize(
    ("days_back", "then_entries"),
    [(30, 10), (91, 3)],
    ids=["history-too-short", "too-few-entries-back-then"],
)
def test_no_arc_without_enough_to_compare(session, couple, days_back, then_entries):
    alex, _ = couple
    _stretch(session, alex, TODAY - timedelta(days=days_back), kept=then_entries, missed=0)
    _stretch(session, alex, TODAY - timedelta(days=10), kept=8, missed=2)
    assert progress.progress(session, alex, NOW).arc is None


def test_a_falling_rate_is_told_as_it_is(session, couple):
    alex, _ = couple
    _stretch(session, alex, TODAY - timedelta(days=91), kept=9, missed=1)
    _stretch(session, alex, TODAY - timedelta(days=9), kept=5, missed=5)
    assert progress.progress(session, alex, NOW).arc.direction == "fell"


def test_own_figures_count_only_what_the_partner_logged(session, couple):
    """ "How am I doing": the partner's own entries, never the other's nor another couple's."""
    alex, sam = couple
    kim, _ = make_couple(session, first="Kim", second="Lee")
    _log(session, alex, LogKind.KEPT, MONDAY)
    _log(session, alex, LogKind.MISSED, TODAY)
    _log(session, sam, LogKind.KEPT, TODAY)
    _log(session, sam, LogKind.KEPT, MONDAY)
    _log(session, sam, LogKind.MISSED, MONDAY - timedelta(days=7))  # last Monday: Sam's, not Alex's
    _log(session, alex, LogKind.KEPT, MONDAY - timedelta(days=6))  # last Tuesday
    _log(session, kim, LogKind.KEPT, TODAY)
    mine = progress.progress(session, alex, NOW, own=True)
    assert (mine.this_week.kept, mine.this_week.missed) == (1, 1)
    assert (mine.last_week_so_far.kept, mine.last_week_so_far.missed) == (1, 0)
    theirs = progress.progress(session, sam, NOW, own=True)
    assert (theirs.this_week.kept, theirs.this_week.missed) == (2, 0)
    assert (theirs.last_week_so_far.kept, theirs.last_week_so_far.missed) == (0, 1)
    both = progress.progress(session, alex, NOW)
    assert (both.this_week.kept, both.this_week.missed) == (3, 1)


def test_own_streaks_are_of_the_promises_the_partner_may_keep(session, couple):
    """Their own and shared promises (who may log what), never the other partner's."""
    alex, sam = couple
    drafts = [
        ItemDraft(ItemKind.COMMITMENT, "Call when late", short_name="call", owner_id=alex.id),
        ItemDraft(ItemKind.COMMITMENT, "Evening walk", short_name="walk"),
        ItemDraft(ItemKind.COMMITMENT, "House jobs", short_name="jobs", owner_id=sam.id),
    ]
    version = contracts.propose_version(session, alex, drafts)
    contracts.agree_version(session, sam, version.id)
    assert [s.commitment.short_name for s in progress.progress(session, alex, NOW, own=True).streaks] == [
        "call",
        "walk",
    ]
    assert [s.commitment.short_name for s in progress.progress(session, sam, NOW, own=True).streaks] == [
        "walk",
        "jobs",
    ]
    assert len(progress.progress(session, sam, NOW).streaks) == 3
