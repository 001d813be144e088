"""The cadence rules, and every surface reporting the same streak.

History (tracking.current_streaks, the site's history page), Charts
(charts.commitment_stats), "how are we doing" (progress.progress, which the skill
speaks) and "what should we celebrate" (reports.celebration: a streak milestone whose
run is still going is told as it stands) must never disagree about a streak.
"""

import random
import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from tests.factories import NOW
from trust_tracker.models import cadence, charts, contracts, milestones, reports, strength, tracking
from trust_tracker.models.cadence import DayTally, Rule, Step
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, ItemKind, LogEntry, LogKind, Source

C = ItemKind.COMMITMENT
TODAY = date(2026, 11, 25)  # NOW is 7 am in New York on Wednesday 2026-11-25
MONDAY = date(2026, 11, 23)
DAILY = Rule(Cadence.DAILY, frozenset(), 1)
MON_WED_FRI = Rule(Cadence.WEEKDAYS, frozenset({0, 2, 4}), 1)
TWICE_A_WEEK = Rule(Cadence.WEEKLY, frozenset(), 2)
KEPT, MISSED = DayTally(kept=1), DayTally(missed=1)


# --- The rules, as pure functions.


def test_due_on_and_still_due_for_every_cadence():
    wednesday, thursday = TODAY, TODAY + timedelta(days=1)
    assert cadence.due_on(DAILY, thursday)
    assert cadence.due_on(MON_WED_FRI, wednesday) and not cadence.due_on(MON_WED_FRI, thursday)
    assert not cadence.due_on(TWICE_A_WEEK, wednesday)  # no day in particular
    assert cadence.still_due(TWICE_A_WEEK, wednesday, kept_this_week=1)
    assert not cadence.still_due(TWICE_A_WEEK, wednesday, kept_this_week=2)
    assert not cadence.still_due(MON_WED_FRI, thursday, kept_this_week=0)
    assert {r.unit for r in (DAILY, MON_WED_FRI)} == {"day"} and TWICE_A_WEEK.unit == "week"


def _steps(rule, tallies, first, last=TODAY, skipped=frozenset()):
    return [step for _, step in cadence.steps(rule, tallies, set(skipped), first, last, TODAY)]


def test_a_day_is_kept_skipped_or_broken():
    first = TODAY - timedelta(days=5)
    tallies = {
        first: KEPT,
        first + timedelta(days=1): DayTally(kept=1, missed=1),  # a miss logged too: broken
        # first + 2: nothing logged, a hard day: skipped
        first + timedelta(days=3): KEPT,  # a hard day's simplified form, kept: kept
        # first + 4: nothing logged: broken
    }
    hard = {first + timedelta(days=2), first + timedelta(days=3)}
    assert _steps(DAILY, tallies, first, skipped=hard) == [
        Step.KEPT,
        Step.BROKEN,
        Step.SKIPPED,
        Step.KEPT,
        Step.BROKEN,
        Step.SKIPPED,  # today, still open
    ]
    assert _steps(DAILY, {TODAY: MISSED}, TODAY) == [Step.BROKEN]  # a miss today ends it at once


def test_only_due_days_are_steps():
    history = cadence.steps(MON_WED_FRI, {MONDAY: KEPT}, set(), MONDAY - timedelta(days=7), TODAY, TODAY)
    assert [day for day, _ in history] == [date(2026, 11, d) for d in (16, 18, 20, 23, 25)]


def test_a_miss_logged_on_a_day_not_due_breaks_the_run():
    tuesday = MONDAY + timedelta(days=1)  # Mon, Wed, Fri: not due
    history = cadence.steps(MON_WED_FRI, {MONDAY: KEPT, tuesday: MISSED}, set(), MONDAY, TODAY, TODAY)
    assert history == [(MONDAY, Step.KEPT), (tuesday, Step.BROKEN), (TODAY, Step.SKIPPED)]
    assert cadence.current_run(history).counted == ()
    kept_only = cadence.steps(MON_WED_FRI, {MONDAY: KEPT, tuesday: KEPT}, set(), MONDAY, TODAY, TODAY)
    assert [day for day, _ in kept_only] == [MONDAY, TODAY]  # a keep on a day not due adds nothing


def test_a_week_is_dated_the_day_it_reached_its_target():
    tallies = {MONDAY - timedelta(days=7): KEPT, MONDAY - timedelta(days=4): KEPT, MONDAY - timedelta(days=3): KEPT}
    history = cadence.steps(TWICE_A_WEEK, tallies, set(), MONDAY - timedelta(days=7), TODAY, TODAY)
    assert history == [(date(2026, 11, 19), Step.KEPT), (TODAY, Step.SKIPPED)]  # this week is open


def test_a_short_week_is_skipped_only_when_hard_days_make_up_the_rest():
    last_monday = MONDAY - timedelta(days=7)
    once = {last_monday: KEPT}
    assert _steps(TWICE_A_WEEK, once, last_monday, last_monday + timedelta(days=6)) == [Step.BROKEN]
    hard = {last_monday + timedelta(days=2)}
    assert _steps(TWICE_A_WEEK, once, last_monday, last_monday + timedelta(days=6), hard) == [Step.SKIPPED]
    # A hard day with the thing logged excuses nothing; a miss breaks the week whatever else.
    assert _steps(TWICE_A_WEEK, once, last_monday, last_monday + timedelta(days=6), {last_monday}) == [Step.BROKEN]
    missed = {last_monday: KEPT, last_monday + timedelta(days=1): KEPT, last_monday + timedelta(days=2): MISSED}
    assert _steps(TWICE_A_WEEK, missed, last_monday, last_monday + timedelta(days=6)) == [Step.BROKEN]


def test_current_run_and_best_streak():
    d = [TODAY - timedelta(days=n) for n in range(6, -1, -1)]
    history = [
        (d[0], Step.KEPT),
        (d[1], Step.KEPT),
        (d[2], Step.KEPT),
        (d[3], Step.BROKEN),
        (d[4], Step.KEPT),
        (d[5], Step.SKIPPED),
        (d[6], Step.KEPT),
    ]
    assert cadence.current_run(history) == cadence.Run((d[4], d[6]), ended=True)
    assert cadence.best_streak(history) == 3
    # Unbroken back to the first step read: older history may extend it.
    assert cadence.current_run(history[4:]) == cadence.Run((d[4], d[6]), ended=False)
    assert cadence.current_run([]) == cadence.Run((), ended=False) and cadence.best_streak([]) == 0


def test_the_walk_back_finds_the_run_the_whole_walk_finds():
    """`current_runs` walks each commitment's steps newest first and stops where its run ends:
    the same run (and whether it ended) as every step taken oldest first, for every cadence."""
    rng = random.Random(27)
    first = TODAY - timedelta(days=40)
    kinds = (KEPT, MISSED, DayTally(kept=1, missed=1), None, None)
    for _ in range(300):
        tallies = {}
        for n in range(41):
            tally = rng.choice(kinds) if rng.random() < 0.9 else None
            if tally is not None and rng.random() < 0.95:
                tallies[first + timedelta(days=n)] = tally
        hard = {first + timedelta(days=n) for n in range(41) if rng.random() < 0.05}
        for rule in (DAILY, MON_WED_FRI, TWICE_A_WEEK):
            walked = cadence.steps(rule, tallies, hard, first, TODAY, TODAY)
            back = cadence.run_back(cadence.steps_back(rule, tallies, hard, first, TODAY, TODAY))
            assert back == cadence.current_run(walked)
            assert list(cadence.steps_back(rule, tallies, hard, first, TODAY, TODAY)) == walked[::-1]


def test_kept_rate_leaves_out_open_today_and_hard_days():
    first = TODAY - timedelta(days=6)
    tallies = {first: KEPT, first + timedelta(days=1): MISSED, first + timedelta(days=3): KEPT}
    hard = {first + timedelta(days=2)}
    # Seven days: today open, one hard day with nothing logged, so five count; two kept.
    assert cadence.kept_rate(DAILY, tallies, hard, first, TODAY, 7) == 2 / 5
    assert cadence.kept_rate(DAILY, {}, set(), TODAY, TODAY, 7) is None  # nothing due yet
    assert cadence.kept_rate(MON_WED_FRI, {MONDAY: KEPT}, set(), first, TODAY, 7) == 0.5  # Fri 20 unlogged


def test_strength_rises_with_kept_days_and_stands_still_on_hard_days():
    first = TODAY - timedelta(days=30)
    kept = {first + timedelta(days=n): KEPT for n in range(20)}
    rested = strength.strength(DAILY, kept, {first + timedelta(days=n) for n in range(20, 31)}, first, TODAY)
    idle = strength.strength(DAILY, kept, set(), first, TODAY)
    m = 0.5 ** (1 / 13)
    assert rested == pytest.approx(1 - m**20)
    assert 0 < idle < rested


def test_every_window_read_in_one_walk_agrees_with_each_window_alone():
    since = TODAY - timedelta(days=10)  # began ten days ago: the 30 and 90 days see the same
    tallies = {since + timedelta(days=n): KEPT for n in range(10)} | {TODAY - timedelta(days=3): MISSED}
    hard = {TODAY - timedelta(days=5)}
    del tallies[TODAY - timedelta(days=5)]  # a hard day with nothing logged: left out
    rates = cadence.kept_rates(DAILY, tallies, hard, since, TODAY, (90, 7, 30))
    assert rates == {7: 4 / 5, 30: 8 / 9, 90: 8 / 9}
    assert list(rates) == [7, 30, 90]  # shortest first, as Charts shows them
    for rule in (DAILY, MON_WED_FRI, TWICE_A_WEEK):
        for window, rate in cadence.kept_rates(rule, tallies, hard, since, TODAY, cadence.RATE_WINDOWS).items():
            assert rate == cadence.kept_rate(rule, tallies, hard, since, TODAY, window)
    assert cadence.kept_rates(DAILY, tallies, hard, TODAY + timedelta(days=1), TODAY, (7, 30)) == {7: None, 30: None}
    assert cadence.days(TODAY, TODAY - timedelta(days=1)) == ()
    assert cadence.days(date(2024, 2, 28), date(2024, 3, 1)) == (date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1))


# --- Every surface, the same figure.


@pytest.fixture
def contract(session, couple):
    alex, sam = couple
    agreed = NOW - timedelta(days=2100)
    version = contracts.propose_version(
        session,
        alex,
        [
            ItemDraft(C, "Call when late", short_name="call"),
            ItemDraft(C, "Evening talk", short_name="talk", cadence=Cadence.WEEKDAYS, weekdays="024"),
            ItemDraft(C, "House jobs", short_name="jobs", cadence=Cadence.WEEKLY, times_per_week=2),
            ItemDraft(C, "Open phone", short_name="phone", owner_id=alex.id),
        ],
        now=agreed,
    )
    contracts.agree_version(session, sam, version.id, now=agreed)
    return {item.spoken_name: item for item in version.items}


def _add(session, partner, kind, day, item=None):
    session.add(
        LogEntry(
            couple_id=partner.couple_id,
            partner_id=partner.id,
            kind=kind,
            lineage_id=item.lineage_id if item else None,
            local_date=day,
            created_at=datetime.combine(day, time(20), tzinfo=UTC),
            source=Source.WEB,
        )
    )


def _as_date(value) -> date | None:
    """A date bound to a query: a date (psycopg) or its ISO text (SQLite)."""
    if isinstance(value, date):
        return value
    return date.fromisoformat(value) if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def _streaks_everywhere(session, partner, now=NOW) -> dict[str, int]:
    """Each commitment's current streak, after checking History, Charts, "how are we doing" and
    "what should we celebrate" agree."""
    session.flush()
    runs = {s.commitment.spoken_name: s for s in tracking.current_streaks(session, partner, now)}
    history = {name: run.length for name, run in runs.items()}
    chart = {s.name: s.current_streak for s in charts.commitment_stats(session, partner.couple_id, now)}
    week = reports.week_report(session, partner, now)  # "how are we doing": the streaks and what is new
    spoken = {s.commitment.spoken_name: s.length for s in week.progress.streaks}
    assert history == chart == spoken
    celebrated = [*week.milestones, *reports.celebration(session, partner, now)]
    for told in (m for m in celebrated if m.kind == milestones.Kind.STREAK):
        if told.reached_on in runs[told.params["name"]].counted:  # its run is still going: told as it stands
            assert told.params["count"] == history[told.params["name"]], told.params
    return history


def test_a_2000_day_run_is_2000_days_everywhere(session, couple, contract, connection):
    alex, sam = couple
    session.add_all(
        LogEntry(
            couple_id=alex.couple_id,
            partner_id=sam.id,
            kind=LogKind.KEPT,
            lineage_id=contract["call"].lineage_id,
            local_date=TODAY - timedelta(days=n),
            created_at=NOW - timedelta(days=n),
            source=Source.VOICE,
        )
        for n in range(2000)
    )
    assert _streaks_everywhere(session, alex)["call"] == 2000
    best = {s.name: s.best_streak for s in charts.commitment_stats(session, alex.couple_id, NOW)}
    assert best["call"] == 2000
    # No cap, and never the whole history at once: growing windows of at most 53 weeks, back as far as it goes.
    reads = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if "FROM daily_stat" in statement:
            reads.append(parameters)

    event.listen(connection, "after_cursor_execute", record)
    try:
        tracking.current_streaks(session, alex, NOW)
    finally:
        event.remove(connection, "after_cursor_execute", record)
    # Tallies and hard days per window: 4, 8, 16, 32 weeks, then 53 at a time, back past 2,000 days.
    assert len(reads) == 2 * 9
    for parameters in reads:
        values = parameters.values() if isinstance(parameters, dict) else parameters
        dates = sorted(_as_date(v) for v in values if _as_date(v))
        assert len(dates) == 2 and (dates[1] - dates[0]).days < 7 * cadence.WINDOW_WEEKS


def test_gaps_and_misses_end_a_run_everywhere(session, couple, contract):
    alex, sam = couple
    call = contract["call"]
    for back in range(1, 11):
        _add(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    # Day 11 left unlogged; before it, a longer run that a miss ended.
    for back in range(12, 31):
        _add(session, sam, LogKind.KEPT, TODAY - timedelta(days=back), call)
    _add(session, alex, LogKind.MISSED, TODAY - timedelta(days=31), call)
    assert _streaks_everywhere(session, alex)["call"] == 10
    best = {s.name: s.best_streak for s in charts.commitment_stats(session, alex.couple_id, NOW)}
    assert best["call"] == 19
    _add(session, alex, LogKind.MISSED, TODAY, call)
    assert _streaks_everywhere(session, alex)["call"] == 0


def test_weekdays_and_weekly_cadences_agree_everywhere(session, couple, contract):
    alex, sam = couple
    talk, jobs = contract["talk"], contract["jobs"]
    # Mon, Wed, Fri for five weeks; the Tuesdays and weekends in between are not due.
    for week in range(5):
        for weekday in (0, 2, 4):
            _add(session, sam, LogKind.KEPT, MONDAY - timedelta(weeks=week + 1) + timedelta(days=weekday), talk)
        _add(session, sam, LogKind.KEPT, MONDAY - timedelta(weeks=week + 1) + timedelta(days=1), jobs)
        _add(session, alex, LogKind.KEPT, MONDAY - timedelta(weeks=week + 1) + timedelta(days=5), jobs)
    _add(session, sam, LogKind.KEPT, MONDAY, talk)
    streaks = _streaks_everywhere(session, alex)
    assert (streaks["talk"], streaks["jobs"]) == (16, 5)  # today's talk and this week's jobs are still open
    _add(session, sam, LogKind.KEPT, TODAY, jobs)
    _add(session, alex, LogKind.KEPT, TODAY, jobs)
    assert _streaks_everywhere(session, alex)["jobs"] == 6


def test_a_miss_on_a_day_not_due_ends_the_run_everywhere(session, couple, contract):
    alex, sam = couple
    talk = contract["talk"]  # Mon, Wed, Fri
    for week in range(3):
        for weekday in (0, 2, 4):
            _add(session, sam, LogKind.KEPT, MONDAY - timedelta(weeks=week + 1) + timedelta(days=weekday), talk)
    _add(session, sam, LogKind.KEPT, MONDAY, talk)
    assert _streaks_everywhere(session, alex)["talk"] == 10
    _add(session, sam, LogKind.MISSED, MONDAY + timedelta(days=1), talk)  # Tuesday: not due, but missed
    assert _streaks_everywhere(session, alex)["talk"] == 0


def test_hard_days_neither_break_nor_extend_everywhere(session, couple, contract):
    alex, sam = couple
    call, phone = contract["call"], contract["phone"]
    for back in range(1, 8):
        if back == 3:
            _add(session, sam, LogKind.HARD_DAY, TODAY - timedelta(days=back))  # nothing logged: skipped
        elif back == 5:
            _add(session, alex, LogKind.HARD_DAY, TODAY - timedelta(days=back))
            _add(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)  # the simplified form
        else:
            _add(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
            _add(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), phone)
    streaks = _streaks_everywhere(session, alex)
    assert streaks["call"] == 6  # 7 days back, one skipped
    # Alex's own commitment: Sam's hard day is not Alex's, and day 5 was left unlogged.
    assert streaks["phone"] == 2
    _add(session, alex, LogKind.HARD_DAY, TODAY - timedelta(days=3))
    assert _streaks_everywhere(session, alex)["phone"] == 5  # now Alex's hard days: both skipped


@pytest.mark.parametrize(
    ("first", "today"),
    [(date(2026, 2, 25), date(2026, 3, 12)), (date(2026, 10, 20), date(2026, 11, 4))],
    ids=["spring-forward", "fall-back"],
)
def test_a_run_across_a_daylight_saving_change_counts_local_days(session, couple, contract, first, today):
    alex, _ = couple
    new_york = ZoneInfo("America/New_York")
    # Logged by voice at 11:30 pm New York time: already the next day in UTC.
    day = first
    while day < today:
        at = datetime.combine(day, time(23, 30), tzinfo=new_york).astimezone(UTC)
        entry = tracking.log_entry(
            session, alex, LogKind.KEPT, source=Source.VOICE, lineage_id=contract["call"].lineage_id, now=at
        )
        assert entry.local_date == day
        day += timedelta(days=1)
    # 9 pm in New York, already tomorrow in UTC: today is still open, not a gap.
    now = datetime.combine(today, time(21, 0), tzinfo=new_york).astimezone(UTC)
    assert now.date() == today + timedelta(days=1)
    assert _streaks_everywhere(session, alex, now)["call"] == (today - first).days


def test_celebrate_tells_a_streak_still_going_as_long_as_it_is_now(session, couple, contract):
    """On main, "what should we celebrate" said 14 days in a row for 'call when late' while "how are
    we doing" said 15: the milestone was told at the threshold it reached yesterday."""
    alex, sam = couple
    call = contract["call"]
    for back in range(1, 15):
        _add(session, sam, LogKind.KEPT, TODAY - timedelta(days=back), call)
    assert _streaks_everywhere(session, alex)["call"] == 14  # 3, 7 and 14 reached, celebrated now
    _add(session, alex, LogKind.KEPT, TODAY, call)
    assert _streaks_everywhere(session, alex)["call"] == 15
    told = [m for m in reports.celebration(session, alex, NOW) if m.kind == milestones.Kind.STREAK]
    assert [(m.params["name"], m.params["count"]) for m in told] == [("call", 15)]  # once, as it stands
    # Stored as reached: 14 on the day it was reached, never rewritten.
    stored = milestones.recent(session, alex.couple_id, limit=10)
    assert [m.params["count"] for m in stored if m.kind == milestones.Kind.STREAK] == [14, 7, 3]


def test_a_streak_that_ended_is_celebrated_as_it_was_reached(session, couple, contract):
    alex, sam = couple
    call = contract["call"]
    for back in range(3, 10):
        _add(session, sam, LogKind.KEPT, TODAY - timedelta(days=back), call)
    assert _streaks_everywhere(session, alex, NOW - timedelta(days=2))["call"] == 7  # 3 and 7 reached then
    _add(session, sam, LogKind.MISSED, TODAY - timedelta(days=2), call)
    _add(session, sam, LogKind.KEPT, TODAY - timedelta(days=1), call)
    assert _streaks_everywhere(session, alex)["call"] == 1
    told = [m for m in reports.celebration(session, alex, NOW) if m.kind == milestones.Kind.STREAK]
    assert [m.params["count"] for m in told] == [7, 3]  # history: the run that reached them is over
