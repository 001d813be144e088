from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import IntegrityError

from tests.factories import NOW, make_couple, make_entry
from trust_tracker.models import contracts, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, ItemKind, LogEntry, LogKind, Source
from trust_tracker.models.errors import Conflict, NotFound, ValidationError

C = ItemKind.COMMITMENT
TODAY = date(2026, 11, 25)  # NOW is noon UTC, 7 am in New York: the same day, a Wednesday


@pytest.fixture
def contract(session, couple):
    alex, sam = couple
    version = contracts.propose_version(
        session,
        alex,
        [
            ItemDraft(C, "Call when late", short_name="call when late"),
            ItemDraft(C, "Evening talk", short_name="evening talk", cadence=Cadence.WEEKDAYS, weekdays="024"),
            ItemDraft(C, "House jobs", short_name="house jobs", cadence=Cadence.WEEKLY, times_per_week=2),
            ItemDraft(ItemKind.BOUNDARY, "No contact with the ex"),
        ],
    )
    contracts.agree_version(session, sam, version.id)
    return {item.short_name or item.text: item for item in version.items}


def _streaks(session, partner):
    return {s.commitment.short_name: (s.length, s.unit) for s in tracking.current_streaks(session, partner, NOW)}


def test_log_entry_is_dated_in_the_couples_time_zone(session, couple, contract):
    alex, _ = couple
    # 03:00 UTC on Thursday is still Wednesday evening in New York.
    entry = tracking.log_entry(
        session,
        alex,
        LogKind.KEPT,
        source=Source.VOICE,
        lineage_id=contract["call when late"].lineage_id,
        note="  rang  at six ",
        now=datetime(2026, 11, 26, 3, 0, tzinfo=UTC),
    )
    assert entry.local_date == date(2026, 11, 25)
    assert entry.note == "Rang at six"  # heard in lower case, kept as written
    assert entry.partner_id == alex.id and entry.source is Source.VOICE


def test_log_entry_rejects_other_couples_and_non_commitments(session, couple, contract):
    alex, _ = couple
    kim, _lee = make_couple(session, first="Kim", second="Lee")
    theirs = contracts.propose_version(session, kim, [ItemDraft(C, "Theirs")])
    before = session.scalar(select(func.count(LogEntry.id)))
    with pytest.raises(NotFound):
        tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, lineage_id=theirs.items[0].lineage_id)
    with pytest.raises(ValidationError, match="Only commitments"):
        tracking.log_entry(
            session, alex, LogKind.KEPT, source=Source.WEB, lineage_id=contract["No contact with the ex"].lineage_id
        )
    with pytest.raises(ValidationError, match="at most"):
        tracking.log_entry(session, alex, LogKind.RELIABILITY, source=Source.WEB, note="x" * 1001)
    assert session.scalar(select(func.count(LogEntry.id))) == before


def test_a_partner_keeps_or_misses_only_their_own_or_shared_commitments(session, couple):
    alex, sam = couple
    v1 = contracts.propose_version(
        session, alex, [ItemDraft(C, "Alex's", owner_id=alex.id), ItemDraft(C, "Shared"), ItemDraft(C, "Dropped later")]
    )
    contracts.agree_version(session, sam, v1.id)
    mine, shared, dropped = (item.lineage_id for item in v1.items)
    v2 = contracts.propose_version(
        session,
        sam,
        [ItemDraft(C, "Alex's", owner_id=alex.id, lineage_id=mine), ItemDraft(C, "Shared", lineage_id=shared)],
    )
    contracts.agree_version(session, alex, v2.id)
    for kind in (LogKind.KEPT, LogKind.MISSED):
        with pytest.raises(ValidationError, match=r"That is Alex's commitment, so Alex logs it\."):
            tracking.log_entry(session, sam, kind, source=Source.VOICE, lineage_id=mine, now=NOW)
        with pytest.raises(ValidationError, match="not in your current contract"):
            tracking.log_entry(session, sam, kind, source=Source.VOICE, lineage_id=dropped, now=NOW)
    assert tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, lineage_id=mine, now=NOW)
    assert tracking.log_entry(session, sam, LogKind.KEPT, source=Source.WEB, lineage_id=shared, now=NOW)
    # Noticing a moment of reliability about the partner's commitment is not claiming it.
    assert tracking.log_entry(session, sam, LogKind.RELIABILITY, source=Source.WEB, lineage_id=mine, now=NOW)


@pytest.mark.parametrize(("back", "named"), [(1, "yesterday"), (3, "on Sunday"), (10, "on 15 November")])
def test_a_day_already_logged_is_named_from_today(session, couple, contract, back, named):
    alex, _ = couple
    call = contract["call when late"].lineage_id
    day = tracking.entry_date(alex.couple, NOW) - timedelta(days=back)
    tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, lineage_id=call, now=NOW, day=day)
    with pytest.raises(Conflict, match=f"^That is already logged as kept {named}, so it counts once\\.$"):
        tracking.log_entry(session, alex, LogKind.KEPT, source=Source.VOICE, lineage_id=call, now=NOW, day=day)


def test_the_same_commitment_logged_twice_in_a_day_counts_once(session, couple, contract):
    alex, sam = couple
    call = contract["call when late"].lineage_id
    tracking.log_entry(session, alex, LogKind.KEPT, source=Source.VOICE, lineage_id=call, now=NOW)
    with pytest.raises(Conflict, match="already logged as kept today"):
        tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, lineage_id=call, now=NOW)
    # Kept and then missed the same day: one or the other, never both.
    with pytest.raises(Conflict, match=r"already logged as kept today\. .*remove that entry first"):
        tracking.log_entry(session, alex, LogKind.MISSED, source=Source.VOICE, lineage_id=call, now=NOW)
    # Sam keeping the shared commitment, Sam's miss of another, or tomorrow: each is its own fact.
    tracking.log_entry(session, sam, LogKind.KEPT, source=Source.VOICE, lineage_id=call, now=NOW)
    talk = contract["evening talk"].lineage_id
    tracking.log_entry(session, sam, LogKind.MISSED, source=Source.WEB, lineage_id=talk, now=NOW)
    with pytest.raises(Conflict, match=r"already logged as missed today\. "):
        tracking.log_entry(session, sam, LogKind.KEPT, source=Source.WEB, lineage_id=talk, now=NOW)
    tracking.log_entry(session, alex, LogKind.KEPT, source=Source.VOICE, lineage_id=call, now=NOW + timedelta(days=1))
    assert session.scalar(select(func.count(LogEntry.id))) == 4


def test_the_database_itself_refuses_a_second_keep_of_the_day(session, couple, contract):
    alex, _ = couple
    call = contract["call when late"]
    make_entry(session, alex, LogKind.KEPT, TODAY, call)
    make_entry(session, alex, LogKind.RELIABILITY, TODAY, call)
    make_entry(session, alex, LogKind.RELIABILITY, TODAY, call)  # moments of reliability: as many as happen
    session.flush()
    with pytest.raises(IntegrityError), session.begin_nested():
        make_entry(session, alex, LogKind.KEPT, TODAY, call)
    assert session.scalar(select(func.count(LogEntry.id))) == 3


def test_daily_streak_counts_back_and_today_does_not_break_it(session, couple, contract):
    alex, sam = couple
    call = contract["call when late"]
    for back in range(1, 6):  # kept the five days before today, by either partner
        make_entry(session, alex if back % 2 else sam, LogKind.KEPT, TODAY - timedelta(days=back), call)
    make_entry(session, alex, LogKind.MISSED, TODAY - timedelta(days=6), call)
    make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=7), call)
    assert _streaks(session, alex)["call when late"] == (5, "day")
    make_entry(session, sam, LogKind.KEPT, TODAY, call)
    assert _streaks(session, alex)["call when late"] == (6, "day")


def test_a_miss_today_ends_the_streak(session, couple, contract):
    alex, _ = couple
    call = contract["call when late"]
    make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=1), call)
    make_entry(session, alex, LogKind.MISSED, TODAY, call)
    assert _streaks(session, alex)["call when late"] == (0, "day")


def test_weekday_streak_skips_days_that_are_not_due(session, couple, contract):
    alex, _ = couple
    talk = contract["evening talk"]  # Monday, Wednesday, Friday
    for day in (date(2026, 11, 13), date(2026, 11, 16), date(2026, 11, 18), date(2026, 11, 20), date(2026, 11, 23)):
        make_entry(session, alex, LogKind.KEPT, day, talk)
    assert _streaks(session, alex)["evening talk"] == (5, "day")
    # A gap on a due day breaks it.
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 9), talk)
    assert _streaks(session, alex)["evening talk"] == (5, "day")


def test_weekly_streak_counts_weeks_that_reached_the_target(session, couple, contract):
    alex, _ = couple
    jobs = contract["house jobs"]  # twice a week
    for monday in (date(2026, 11, 16), date(2026, 11, 9)):
        make_entry(session, alex, LogKind.KEPT, monday, jobs)
        make_entry(session, alex, LogKind.KEPT, monday + timedelta(days=3), jobs)
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 2), jobs)  # only once that week
    assert _streaks(session, alex)["house jobs"] == (2, "week")
    make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=1), jobs)  # once a day: Tuesday and today
    make_entry(session, alex, LogKind.KEPT, TODAY, jobs)
    assert _streaks(session, alex)["house jobs"] == (3, "week")


def test_week_summary_counts_this_week_per_partner(session, couple, contract):
    alex, sam = couple
    call = contract["call when late"]
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 23), call)  # Monday: this week
    make_entry(session, sam, LogKind.MISSED, date(2026, 11, 29), call)  # Sunday: this week
    make_entry(session, sam, LogKind.RELIABILITY, TODAY)
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 22), call)  # last Sunday: not this week
    summary = tracking.week_summary(session, alex, NOW)
    assert (summary.start, summary.end) == (date(2026, 11, 23), date(2026, 11, 29))
    assert summary.counts == {LogKind.KEPT: 1, LogKind.MISSED: 1, LogKind.RELIABILITY: 1}
    assert summary.by_partner[alex.id] == {LogKind.KEPT: 1}
    assert summary.by_partner[sam.id] == {LogKind.MISSED: 1, LogKind.RELIABILITY: 1}


def test_no_entry_is_written_in_a_savepoint_and_a_second_keep_is_still_refused(session, couple, contract):
    """A moment, a small win or a hard day has nothing to be refused; a keep is refused by the
    once-a-day index as it is inserted (ON CONFLICT DO NOTHING), its couple's writes held back (so
    two at once cannot both find nothing): none is written in a savepoint (before: a keep was, two
    statements more), the day is not looked for before the insert (before: a SELECT each keep), and
    a second keep is still refused, told what the day holds, with the first kept and the transaction
    still usable."""
    alex, _sam = couple
    call = contract["call when late"].lineage_id
    said: list[str] = []

    def heard(*args: object) -> None:
        said.append(str(args[2]))

    connection = session.connection()
    event.listen(connection, "before_cursor_execute", heard)
    try:
        for kind in (LogKind.RELIABILITY, LogKind.SMALL_WIN, LogKind.HARD_DAY):
            tracking.log_entry(session, alex, kind, source=Source.VOICE, note="on time", now=NOW)
        tracking.log_entry(session, alex, LogKind.KEPT, source=Source.VOICE, lineage_id=call, now=NOW)
        # (A process-wide cache may read in a savepoint of its own, rolled back: never one released.)
        assert said and not [s for s in said if "RELEASE SAVEPOINT" in s]
        assert not [s for s in said if "FROM log_entry" in s and s.lstrip().startswith("SELECT")]
        assert [s for s in said if s.startswith("INSERT INTO log_entry")][-1].count("DO NOTHING") == 1
        said.clear()
        with pytest.raises(Conflict, match="already logged as kept today"):
            tracking.log_entry(session, alex, LogKind.KEPT, source=Source.VOICE, lineage_id=call, now=NOW)
        assert len([s for s in said if "FROM log_entry" in s and s.lstrip().startswith("SELECT")]) == 1  # what it was
    finally:
        event.remove(connection, "before_cursor_execute", heard)
    kinds = session.scalars(select(LogEntry.kind).where(LogEntry.partner_id == alex.id).order_by(LogEntry.id)).all()
    assert kinds == [LogKind.RELIABILITY, LogKind.SMALL_WIN, LogKind.HARD_DAY, LogKind.KEPT]
