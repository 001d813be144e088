"""The charts' figures: the heatmap, weekly bars, the monthly trend, rates over due days, strength,
streaks agreeing with the voice, other couples never counted, years of history read as
aggregates, and figures read on from a streak record equal to the whole walk."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import event, func, select

from tests.factories import NOW, make_couple, make_entry
from tests.models.chart_contract import AGREED, TODAY, C, _stats
from tests.models.chart_contract import contract as contract
from trust_tracker.models import cadence, chart_figures, charts, contracts, strength, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Couple, LogEntry, LogKind, Source
from trust_tracker.models.stat_entities import StreakRecord


def test_heatmap_marks_kept_missed_hard_and_unlogged_days(session, couple, contract):
    alex, sam = couple
    call, talk = contract["call"], contract["talk"]
    make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=3), call)
    make_entry(session, alex, LogKind.KEPT, TODAY, talk)  # a shared commitment: kept by both today
    make_entry(session, sam, LogKind.KEPT, TODAY, talk)
    make_entry(session, alex, LogKind.MISSED, TODAY - timedelta(days=2), call)
    make_entry(session, alex, LogKind.HARD_DAY, TODAY - timedelta(days=1))
    make_entry(session, sam, LogKind.HARD_DAY, TODAY - timedelta(days=4))  # Sam's: not Alex's commitment
    make_entry(session, sam, LogKind.KEPT, TODAY - timedelta(days=2), talk)  # Monday, due
    make_entry(session, alex, LogKind.MISSED, TODAY - timedelta(days=2), talk)
    session.flush()

    maps = {m.name: m for m in charts.heatmaps(session, alex.couple_id, TODAY - timedelta(days=6), TODAY, NOW)}

    assert list(maps) == ["call", "talk", "jobs"]  # active commitments, in contract order
    call_days = {d.day: d for d in maps["call"].days}
    assert len(call_days) == 7 and min(call_days) == TODAY - timedelta(days=6)
    assert call_days[TODAY - timedelta(days=3)].state == "kept"
    assert call_days[TODAY - timedelta(days=3)].kept == 1
    assert call_days[TODAY - timedelta(days=2)].state == "missed"
    assert call_days[TODAY - timedelta(days=1)].state == "hard_day"
    assert call_days[TODAY - timedelta(days=4)].state == "unlogged"  # Sam's hard day is not Alex's
    talk_days = {d.day: d for d in maps["talk"].days}
    assert talk_days[TODAY - timedelta(days=2)].state == "mixed"
    assert talk_days[TODAY - timedelta(days=4)].hard_day  # a shared commitment: either partner's hard day
    assert talk_days[TODAY - timedelta(days=1)].state == "hard_day"
    assert talk_days[TODAY - timedelta(days=3)].state == "none"  # Sunday: not due
    assert (talk_days[TODAY].state, talk_days[TODAY].kept) == ("kept", 2)
    assert {d.state for d in maps["jobs"].days} <= {"none", "hard_day"}  # weekly: no day is due


def test_heatmap_range_is_capped_and_days_before_the_start_are_not_due(session, couple, contract):
    alex, _ = couple
    maps = charts.heatmaps(session, alex.couple_id, TODAY, TODAY - timedelta(days=2000), NOW)
    days = maps[0].days
    assert len(days) == charts.MAX_HEATMAP_DAYS and days[-1].day == TODAY
    agreed_day = date(2026, 5, 9)  # AGREED in New York
    assert not next(d for d in days if d.day == agreed_day - timedelta(days=1)).due
    assert next(d for d in days if d.day == agreed_day).due


def test_weekly_bars_cover_twelve_weeks_of_this_couple_only(session, couple, contract):
    alex, sam = couple
    call = contract["call"]
    make_entry(session, alex, LogKind.KEPT, TODAY, call)  # this week (Monday the 23rd)
    make_entry(session, sam, LogKind.KEPT, date(2026, 11, 23), contract["talk"])
    make_entry(session, alex, LogKind.MISSED, date(2026, 11, 22), call)  # Sunday: last week
    make_entry(session, alex, LogKind.KEPT, date(2026, 9, 7), call)  # 12th week back: the first bar
    make_entry(session, alex, LogKind.KEPT, date(2026, 9, 6), call)  # 13th: not shown
    make_entry(session, alex, LogKind.SMALL_WIN, TODAY)  # not kept or missed
    kim, _ = make_couple(session, first="Kim", second="Lee")
    make_entry(session, kim, LogKind.KEPT, TODAY)
    session.flush()

    bars = charts.weekly_kept_missed(session, alex.couple_id, NOW)

    assert len(bars) == 12
    assert bars[0].start == date(2026, 9, 7) and bars[-1].start == date(2026, 11, 23)
    assert (bars[-1].kept, bars[-1].missed) == (2, 0)
    assert (bars[-2].kept, bars[-2].missed) == (0, 1)
    assert (bars[0].kept, bars[0].missed) == (1, 0)
    assert sum(b.kept + b.missed for b in bars[1:-2]) == 0


def test_monthly_trend_runs_from_the_first_month_with_gaps_filled(session, couple, contract):
    alex, sam = couple
    call = contract["call"]
    assert charts.monthly_trend(session, alex.couple_id, NOW) == []
    make_entry(session, alex, LogKind.KEPT, date(2026, 7, 31), call)
    make_entry(session, alex, LogKind.MISSED, date(2026, 7, 1), call)
    make_entry(session, sam, LogKind.RELIABILITY, date(2026, 7, 15))
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 1), call)
    make_entry(session, alex, LogKind.KEPT, date(2026, 12, 1), call)  # after today: left out
    session.flush()

    points = charts.monthly_trend(session, alex.couple_id, NOW)

    assert [p.month for p in points] == [date(2026, m, 1) for m in (7, 8, 9, 10, 11)]
    assert (points[0].kept, points[0].missed, points[0].moments, points[0].rate) == (1, 1, 1, 0.5)
    assert points[1].rate is None
    assert points[-1].rate == 1.0


def test_rates_count_due_days_and_forgive_open_today_and_hard_days(session, couple, contract):
    alex, _ = couple
    call = contract["call"]
    for back in range(1, 90):  # kept every day but today...
        if back % 10 == 0:
            make_entry(session, alex, LogKind.MISSED, TODAY - timedelta(days=back), call)  # ...bar every tenth
        elif back == 5:
            make_entry(session, alex, LogKind.HARD_DAY, TODAY - timedelta(days=back))  # nothing logged
        else:
            make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)

    stats = _stats(session, alex)["call"]

    # 7 days: today open, day 5 forgiven -> 5 of 5 kept.
    assert stats.rates[7] == 1.0
    # 30 days: 29 past days, one forgiven, misses on days 10, 20 -> 26 of 28.
    assert stats.rates[30] == pytest.approx(26 / 28)
    # 90 days: days 1..89 minus the hard day, 8 misses -> 80 of 88.
    assert stats.rates[90] == pytest.approx(80 / 88)


def test_rates_of_weekday_and_weekly_commitments(session, couple, contract):
    alex, sam = couple
    # Evening talk is due Mon, Wed, Fri. In the last 7 days (Thu 19th .. Wed 25th):
    # Fri 20th kept, Mon 23rd unlogged, today open -> 1 of 2.
    make_entry(session, sam, LogKind.KEPT, date(2026, 11, 20), contract["talk"])
    make_entry(session, sam, LogKind.KEPT, date(2026, 11, 22), contract["talk"])  # Sunday: not due, not counted
    # House jobs twice a week, counted in whole weeks: the week that ended Sun 22 kept twice
    # (19th, 21st), this week once so far -> 3 of 3 in 7 days; over 30 days, three more
    # weeks owed 2 each and had none -> 3 of 9.
    for day in (19, 21, 24):
        make_entry(session, alex, LogKind.KEPT, date(2026, 11, day), contract["jobs"])

    stats = _stats(session, alex)

    assert stats["talk"].rates[7] == 0.5
    assert stats["jobs"].rates[7] == 1.0
    assert stats["jobs"].rates[30] == pytest.approx(3 / 9)


def test_a_new_commitment_has_no_rate_yet(session, couple):
    alex, sam = couple
    version = contracts.propose_version(session, alex, [ItemDraft(C, "Brand new")], now=NOW)
    contracts.agree_version(session, sam, version.id, now=NOW)
    stats = _stats(session, alex)["Brand new"]
    assert stats.rates == {7: None, 30: None, 90: None}
    assert stats.since == TODAY
    assert (stats.current_streak, stats.best_streak, stats.strength) == (0, 0, 0.0)


def test_strength_follows_loops_formula_and_forgives_a_single_miss(session, couple, contract):
    alex, _ = couple
    call = contract["call"]
    for back in range(1, 200):
        make_entry(session, alex, LogKind.MISSED if back == 1 else LogKind.KEPT, TODAY - timedelta(days=back), call)
    stats = _stats(session, alex)["call"]

    # Loop's daily multiplier: half the way to the new level in 13 days.
    m = 0.5 ** (1 / 13)
    expected = 0.0
    day = date(2026, 5, 9)  # the day it was agreed
    while day < TODAY:
        kept = TODAY - timedelta(days=199) <= day < TODAY - timedelta(days=1)
        expected = expected * m + kept * (1 - m)
        day += timedelta(days=1)
    assert stats.strength == pytest.approx(expected)
    # One miss after a long run: the streak is gone, the strength barely moves.
    assert stats.current_streak == 0 and stats.best_streak == 198
    assert 0.9 < stats.strength < 0.96


def test_strength_falls_with_repeated_misses_and_skips_hard_days(session, couple, contract):
    alex, _ = couple
    call = contract["call"]
    for back in range(11, 100):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    strong = _stats(session, alex)["call"].strength  # ten unlogged days already weigh on it
    for back in range(1, 11):
        make_entry(session, alex, LogKind.HARD_DAY, TODAY - timedelta(days=back))
    forgiven = _stats(session, alex)["call"].strength
    assert forgiven > strong


def test_weekly_strength_uses_the_rolling_window(session, couple, contract):
    alex, _ = couple
    jobs = contract["jobs"]
    for week in range(1, 28):  # twice a week for half a year
        monday = date(2026, 11, 23) - timedelta(weeks=week)
        make_entry(session, alex, LogKind.KEPT, monday, jobs)
        make_entry(session, alex, LogKind.KEPT, monday + timedelta(days=3), jobs)
    stats = _stats(session, alex)["jobs"]
    assert stats.strength > 0.9
    assert stats.unit == "week" and stats.current_streak == 27 == stats.best_streak


def test_streaks_agree_with_the_voice_and_keep_the_best(session, couple, contract):
    alex, sam = couple
    call, talk = contract["call"], contract["talk"]
    for back in range(30, 60):  # a 30-day run long ago
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    for back in range(4):  # and a 4-day run up to today
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    for day in (date(2026, 11, 16), date(2026, 11, 18), date(2026, 11, 20), date(2026, 11, 23)):
        make_entry(session, sam, LogKind.KEPT, day, talk)
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 24), contract["jobs"])

    stats = _stats(session, alex)
    voice = {s.commitment.spoken_name: s.length for s in tracking.current_streaks(session, alex, NOW)}

    assert {name: s.current_streak for name, s in stats.items()} == voice
    assert (stats["call"].current_streak, stats["call"].best_streak) == (4, 30)
    assert (stats["talk"].current_streak, stats["talk"].best_streak) == (4, 4)
    assert (stats["jobs"].current_streak, stats["jobs"].best_streak) == (0, 0)


def test_other_couples_entries_never_count(session, couple, contract):
    alex, _ = couple
    kim, lee = make_couple(session, first="Kim", second="Lee")
    version = contracts.propose_version(session, kim, [ItemDraft(C, "Call when late", short_name="call")], now=AGREED)
    contracts.agree_version(session, lee, version.id, now=AGREED)
    for back in range(1, 50):
        make_entry(session, kim, LogKind.KEPT, TODAY - timedelta(days=back), version.items[0])
    ours = _stats(session, alex)["call"]
    assert ours.best_streak == 0 and ours.strength == 0.0
    assert charts.weekly_kept_missed(session, alex.couple_id, NOW)[-2].kept == 0


def test_years_of_history_are_read_as_aggregates(session, couple, contract, connection):
    """Five years of a daily commitment come back as per-day totals, never entry by entry."""
    alex, sam = couple
    call = contract["call"]
    start = TODAY - timedelta(days=5 * 365)
    session.add_all(
        LogEntry(
            couple_id=alex.couple_id,
            partner_id=p.id,
            kind=LogKind.KEPT,
            lineage_id=call.lineage_id,
            local_date=start + timedelta(days=i),
            source=Source.VOICE,
            created_at=datetime.combine(start + timedelta(days=i), time(20), tzinfo=UTC),
        )
        for i in range(5 * 365 + 1)
        for p in (alex, sam)
    )
    session.flush()
    statements = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append(" ".join(statement.split()).upper())

    event.listen(connection, "after_cursor_execute", record)
    try:
        stats = _stats(session, alex)["call"]
        points = charts.monthly_trend(session, alex.couple_id, NOW)
    finally:
        event.remove(connection, "after_cursor_execute", record)

    assert stats.best_streak == stats.current_streak == 5 * 365 + 1
    assert stats.strength > 0.99 and stats.rates[90] == 1.0
    assert len(points) == 61 and points[-2].kept == 2 * 31  # October, both partners each day
    # The figures (models/stats.py), never the entries themselves.
    assert not [s for s in statements if "FROM LOG_ENTRY" in s]
    assert [s for s in statements if "FROM DAILY_STAT" in s] and [s for s in statements if "FROM MONTHLY_STAT" in s]


def _truth(session, couple_id: int) -> dict[str, tuple]:
    """Best streak, current streak and strength walked from the first day, as before the records."""
    today = TODAY
    items = contracts.active_commitments(session, couple_id)
    couple = session.get(Couple, couple_id)
    starts = chart_figures.start_dates(session, couple, items, today)
    tallies = cadence.daily_tallies(session, [i.lineage_id for i in items], None, today)
    hard = cadence.hard_days(session, couple_id, None, today)
    found = {}
    for item in items:
        rule, mine, skipped = cadence.Rule.of(item), tallies[item.lineage_id], cadence.skipped_days(item.owner_id, hard)
        history = cadence.steps(rule, mine, skipped, starts[item.lineage_id], today, today)
        found[item.spoken_name] = (
            cadence.best_streak(history),
            len(cadence.current_run(history).counted),
            round(strength.strength(rule, mine, skipped, starts[item.lineage_id], today), 9),
        )
    return found


def _shown(session, partner) -> dict[str, tuple]:
    return {n: (s.best_streak, s.current_streak, round(s.strength, 9)) for n, s in _stats(session, partner).items()}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stats_read_on_from_a_streak_record_equal_the_whole_walk(session, couple, contract, seed):
    alex, sam = couple
    rng = random.Random(seed)
    for back in range(200, 0, -1):
        day = TODAY - timedelta(days=back)
        for name, who in (("call", alex), ("talk", sam), ("jobs", rng.choice((alex, sam)))):
            roll = rng.random()
            if roll < 0.8:
                make_entry(session, who, LogKind.KEPT, day, contract[name])
            elif roll < 0.87:
                make_entry(session, who, LogKind.MISSED, day, contract[name])
        if rng.random() < 0.05:
            make_entry(session, rng.choice((alex, sam)), LogKind.HARD_DAY, day)
    first = _shown(session, alex)  # writes the records
    assert session.scalar(select(func.count()).select_from(StreakRecord)) == 3
    assert first == _shown(session, alex) == _truth(session, alex.couple_id)
    # A change to a day the records cover voids them (models/stats.py), and the figures follow it.
    changed = TODAY - timedelta(days=150)
    logged = session.scalar(
        select(LogEntry).where(
            LogEntry.partner_id == alex.id,
            LogEntry.lineage_id == contract["call"].lineage_id,
            LogEntry.local_date == changed,
        )
    )
    if logged is None:
        make_entry(session, alex, LogKind.MISSED, changed, contract["call"])
    else:  # one kept-or-missed a day: the day's entry changes its mind
        logged.kind = LogKind.KEPT if logged.kind is LogKind.MISSED else LogKind.MISSED
        session.flush()
    assert session.scalar(select(func.count()).select_from(StreakRecord)) == 0
    assert _shown(session, alex) == _truth(session, alex.couple_id)
    # A change after the records' Sunday leaves them be.
    make_entry(session, alex, LogKind.HARD_DAY, TODAY - timedelta(days=2))
    assert session.scalar(select(func.count()).select_from(StreakRecord)) == 3
    assert _shown(session, alex) == _truth(session, alex.couple_id)


@pytest.mark.parametrize(
    "stored_under",
    [
        lambda _: f"{cadence.STREAK_COUNTING}|weekly|0|1|None|2026-01-01",  # another rule
        lambda rule: rule.split("|", 1)[1],  # as written before misses on days not due ended a streak
    ],
    ids=["another-rule", "an-older-count"],
)
def test_a_changed_rule_voids_its_record(session, couple, contract, stored_under):
    alex, _sam = couple
    for back in range(120, 0, -1):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), contract["call"])
    _shown(session, alex)
    record = session.get(StreakRecord, contract["call"].lineage_id)
    rule = record.rule
    record.best = 999  # what a record computed under another rule would hold
    record.rule = stored_under(rule)
    session.flush()
    assert _shown(session, alex)["call"][0] == 120  # every day from 120 days back to yesterday
    assert session.get(StreakRecord, contract["call"].lineage_id).rule == rule  # summed up again
