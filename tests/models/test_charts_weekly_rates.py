"""Figures that agree with their own tables (issue 11, item 2): a weekly commitment's rate counts
whole weeks, lowered by any miss logged, forgiving hard days and the first part week; a miss on a
day not due still counts; too early to tell for four weeks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tests.factories import NOW, make_entry
from tests.models.chart_contract import TODAY, C, _stats
from tests.models.chart_contract import contract as contract
from trust_tracker.models import charts, contracts, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, LogKind


def test_a_logged_miss_lowers_a_weekly_rate_however_many_were_kept(session, couple, contract):
    """Before: "N times a week" capped kept against expected, so a week kept three times
    with two misses read 100% while the calendar below listed the misses."""
    alex, _ = couple
    jobs = contract["jobs"]  # twice a week
    for day in (9, 10, 11):  # the week of Mon 9 Nov: kept three times...
        make_entry(session, alex, LogKind.KEPT, date(2026, 11, day), jobs)
    for day in (12, 13):  # ...and missed twice
        make_entry(session, alex, LogKind.MISSED, date(2026, 11, day), jobs)
    for day in (16, 17, 23):  # then 2 of 2 last week, and once so far this week
        make_entry(session, alex, LogKind.KEPT, date(2026, 11, day), jobs)

    rates = _stats(session, alex)["jobs"].rates

    assert rates[7] == 1.0  # the week that ended on Sun 22 (2 of 2), and this week so far (1)
    # 30 days (from Tue 27 Oct): the weeks ending Sun 1 and 8 Nov owed 2 each, none done; the
    # week of the 9th 2 kept and 2 missed; 2 of 2; 1 so far -> 5 of 11.
    assert rates[30] == pytest.approx(5 / 11)
    assert rates[30] < 1 and rates[90] < 1


def test_a_weekly_rate_counts_whole_weeks_not_the_days_of_the_window(session, couple, contract):
    """Before: the 7 days read 58% with every cell of the calendar kept or not due, because
    the week already done before the window still "owed" its share of the days in it."""
    alex, _ = couple
    jobs = contract["jobs"]
    for day in (16, 17, 23):  # done by Tuesday last week; once so far this week
        make_entry(session, alex, LogKind.KEPT, date(2026, 11, day), jobs)
    [heatmap] = [
        h for h in charts.heatmaps(session, alex.couple_id, TODAY - timedelta(days=6), TODAY, NOW) if h.name == "jobs"
    ]
    states = {d.state for d in heatmap.days}

    assert "missed" not in states and "unlogged" not in states
    assert _stats(session, alex)["jobs"].rates[7] == 1.0


def test_a_weekly_rate_forgives_hard_days_and_the_first_part_week(session, couple):
    alex, sam = couple
    # Agreed on Saturday 14 Nov: that week owes at most its two days; three times a week.
    version = contracts.propose_version(
        session,
        alex,
        [ItemDraft(C, "Jobs", short_name="jobs", cadence=Cadence.WEEKLY, times_per_week=3, owner_id=alex.id)],
        now=datetime(2026, 11, 14, 15, tzinfo=UTC),
    )
    contracts.agree_version(session, sam, version.id, now=datetime(2026, 11, 14, 15, tzinfo=UTC))
    jobs = version.items[0]
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 14), jobs)
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 15), jobs)
    # The week of the 16th: kept twice, the third excused by a hard day with nothing logged.
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 16), jobs)
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 18), jobs)
    make_entry(session, alex, LogKind.HARD_DAY, date(2026, 11, 20))
    make_entry(session, sam, LogKind.HARD_DAY, date(2026, 11, 21))  # not the owner's: excuses nothing

    assert _stats(session, alex)["jobs"].rates[30] == 1.0  # 2 of 2, 2 of 2, nothing yet this week


def test_a_miss_logged_on_a_day_not_due_still_counts(session, couple, contract):
    """The calendar shows it missed: the rate counts it too."""
    alex, sam = couple
    talk = contract["talk"]  # Mon, Wed, Fri
    make_entry(session, sam, LogKind.KEPT, date(2026, 11, 20), talk)
    make_entry(session, sam, LogKind.MISSED, date(2026, 11, 22), talk)  # a Sunday
    make_entry(session, sam, LogKind.KEPT, date(2026, 11, 23), talk)

    assert _stats(session, alex)["talk"].rates[7] == pytest.approx(2 / 3)


def test_a_commitment_due_one_weekday_counts_in_weeks(session, couple):
    """Before: three Sunday walks read "3 days" and "3 days in a row"."""
    alex, sam = couple
    agreed = datetime(2026, 10, 1, 15, tzinfo=UTC)
    version = contracts.propose_version(
        session,
        alex,
        [ItemDraft(C, "Walk", short_name="Sunday walk", cadence=Cadence.WEEKDAYS, weekdays="6")],
        now=agreed,
    )
    contracts.agree_version(session, sam, version.id, now=agreed)
    walk = version.items[0]
    for day in (8, 15, 22):
        make_entry(session, alex, LogKind.KEPT, date(2026, 11, day), walk)

    stats = _stats(session, alex)["Sunday walk"]
    assert (stats.current_streak, stats.unit) == (3, "week")
    [streak] = tracking.current_streaks(session, alex, NOW)
    assert (streak.length, streak.unit) == (3, "week")


def test_a_weekly_commitment_is_too_early_to_tell_for_four_weeks(session, couple, contract):
    """Three kept Sundays read 100% over 90 days beside a strength of 22%: under four weeks,
    a commitment counted in weeks shows neither."""
    alex, _ = couple
    stats = _stats(session, alex)
    jobs, call = stats["jobs"], stats["call"]
    assert not jobs.too_early(TODAY) and not call.too_early(TODAY)
    assert call.too_early(call.since + timedelta(days=6)) and not call.too_early(call.since + timedelta(days=7))
    assert jobs.too_early(jobs.since + timedelta(days=27)) and not jobs.too_early(jobs.since + timedelta(days=28))
