"""The log's figures (models/stats.py): kept in step with every write, equal to a rebuild."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from alembic.script import ScriptDirectory
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, event, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tests.factories import NOW, agreed_contract, lineages_of_old, make_couple, make_entry
from trust_tracker.models import disputes, entry_writes, milestone_checks, milestones, stats, tracking
from trust_tracker.models.db import alembic_config, upgrade
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind, Milestone, Partner, Source
from trust_tracker.models.stat_entities import RECORD_WEEKS, DailyStat, MilestoneLook, MonthlyStat, StreakRecord

TODAY = date(2026, 11, 25)


def _agree(session: Session, couple_id: int) -> bool:
    """The incremental figures equal a rebuild from the entries (rebuilt inside a savepoint)."""
    session.flush()
    incremental = stats.snapshot(session, couple_id)
    with session.begin_nested() as nested:
        stats.rebuild(session, [couple_id])
        rebuilt = stats.snapshot(session, couple_id)
        nested.rollback()
    assert incremental == rebuilt
    return True


def _daily(session: Session, partner_id: int, day: date) -> dict[int, tuple[int, int]]:
    rows = session.execute(
        select(DailyStat.lineage_id, DailyStat.kept, DailyStat.missed).where(
            DailyStat.partner_id == partner_id, DailyStat.local_date == day
        )
    )
    return {lineage: (kept, missed) for lineage, kept, missed in rows}


def test_an_entry_written_edited_disputed_and_deleted_moves_the_figures(session, couple, contract):
    alex, _sam = couple
    call = contract.items[0]
    entry = make_entry(session, alex, LogKind.KEPT, TODAY, call, source=Source.VOICE)
    assert _daily(session, alex.id, TODAY) == {call.lineage_id: (1, 0)}
    entry.kind = LogKind.MISSED
    session.flush()
    assert _daily(session, alex.id, TODAY) == {call.lineage_id: (0, 1)}
    entry.local_date = TODAY - timedelta(days=40)
    session.flush()
    assert _daily(session, alex.id, TODAY) == {}  # an all-zero row is not kept
    assert _daily(session, alex.id, TODAY - timedelta(days=40)) == {call.lineage_id: (0, 1)}
    disputes.dispute(session, alex, entry.id, NOW)
    assert _daily(session, alex.id, TODAY - timedelta(days=40)) == {}
    assert session.scalar(select(func.count()).select_from(MonthlyStat)) == 0
    entry.disputed_at = None
    session.flush()
    assert _daily(session, alex.id, TODAY - timedelta(days=40)) == {call.lineage_id: (0, 1)}
    session.delete(entry)
    session.flush()
    assert session.scalar(select(func.count()).select_from(DailyStat)) == 0
    assert _agree(session, alex.couple_id)


def test_monthly_figures_follow_the_days(session, couple, contract):
    alex, sam = couple
    call = contract.items[0]
    for back in range(40):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    make_entry(session, sam, LogKind.RELIABILITY, TODAY, note="on time")
    rows = session.execute(
        select(MonthlyStat.partner_id, MonthlyStat.month, MonthlyStat.kept, MonthlyStat.reliability).order_by(
            MonthlyStat.partner_id, MonthlyStat.month
        )
    ).all()
    assert [tuple(r) for r in rows] == [
        (alex.id, date(2026, 10, 1), 15, 0),
        (alex.id, date(2026, 11, 1), 25, 0),
        (sam.id, date(2026, 11, 1), 0, 1),
    ]
    assert _agree(session, alex.couple_id)


def test_another_couples_figures_are_their_own(session, couple, contract):
    alex, _ = couple
    kim, lee = make_couple(session, "Kim", "Lee")
    assert lee is not None
    theirs = agreed_contract(session, kim, lee)
    make_entry(session, kim, LogKind.KEPT, TODAY, theirs.items[0])
    make_entry(session, alex, LogKind.KEPT, TODAY, contract.items[0])
    mine, _ = stats.snapshot(session, alex.couple_id)
    assert {row[0] for row in mine} == {alex.id}
    assert _agree(session, alex.couple_id) and _agree(session, kim.couple_id)


def test_bulk_writes_of_entries_are_refused_but_bulk_acknowledging_is_allowed(session, couple, contract):
    alex, _sam = couple
    make_entry(session, alex, LogKind.KEPT, TODAY, contract.items[0])
    with pytest.raises(TypeError, match="one by one"):
        session.execute(update(LogEntry).values(kind=LogKind.MISSED))
    with pytest.raises(TypeError, match="one by one"):
        session.execute(delete(LogEntry))
    with pytest.raises(TypeError, match="one by one"):
        session.execute(
            insert(LogEntry),
            [
                {
                    "couple_id": alex.couple_id,
                    "partner_id": alex.id,
                    "kind": LogKind.SMALL_WIN,
                    "local_date": TODAY,
                    "source": Source.WEB,
                }
            ],
        )
    session.execute(update(LogEntry).where(LogEntry.partner_id == alex.id).values(acknowledged_at=NOW))
    assert _daily(session, alex.id, TODAY) == {contract.items[0].lineage_id: (1, 0)}
    assert _agree(session, alex.couple_id)


def test_a_removed_entry_leaves_the_figures_and_its_undo_brings_it_back(session, couple, contract):
    alex, _ = couple
    entry = make_entry(session, alex, LogKind.KEPT, TODAY, contract.items[0])
    removed = disputes.remove_entry(session, alex, entry.id, NOW)
    assert _daily(session, alex.id, TODAY) == {}
    disputes.undo_removal(session, alex, removed.id, NOW)
    assert _daily(session, alex.id, TODAY) == {contract.items[0].lineage_id: (1, 0)}
    assert _agree(session, alex.couple_id)


# --- Random writes, edits, deletions, disputes and removals: incremental equals rebuilt.

KINDS = list(LogKind)
_op = st.one_of(
    st.tuples(
        st.just("add"),
        st.integers(0, 1),
        st.sampled_from(KINDS),
        st.integers(0, 2),
        st.integers(0, 70),
    ),
    st.tuples(st.just("kind"), st.integers(0, 50), st.sampled_from(KINDS)),
    st.tuples(st.just("move"), st.integers(0, 50), st.integers(0, 70)),
    st.tuples(st.just("item"), st.integers(0, 50), st.integers(0, 2)),
    st.tuples(st.just("partner"), st.integers(0, 50), st.integers(0, 1)),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("dispute"), st.integers(0, 50)),
    st.tuples(st.just("undispute"), st.integers(0, 50)),
    st.tuples(st.just("remove"), st.integers(0, 50)),
    st.tuples(
        st.just("undo"),
    ),
    st.tuples(st.just("look"), st.integers(0, 1)),  # milestones looked for, as after any entry
    st.tuples(st.just("keep"), st.integers(0, 1), st.integers(0, 6)),  # looked for after a keep: a streak wait
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_op, min_size=1, max_size=25))
@example([("look", 0), ("add", 0, LogKind.KEPT, 1, 10)])  # a look that found nothing, then a clean week before it
@example(
    [("keep", 0, 3), ("keep", 0, 2), ("keep", 0, 0), ("add", 0, LogKind.HARD_DAY, 0, 1)]
)  # a hard day joins two runs
def test_incremental_figures_agree_with_a_rebuild_after_random_changes(session, couple, contract, monkeypatch, ops):
    monkeypatch.setattr("trust_tracker.models.stats.utcnow", lambda: NOW)  # written on the day they are dated
    alex, sam = couple
    partners = [alex, sam]
    lineages = [None, contract.items[0].lineage_id, contract.items[1].lineage_id]
    with session.begin_nested() as example:
        entries: list[LogEntry] = []
        removals = []
        for op in ops:
            try:
                with session.begin_nested():
                    _apply(session, op, partners, lineages, entries, removals)
            except IntegrityError:
                pass  # once a day: a second keep of the same day is refused, as in real use
            entries = [e for e in entries if e in session and e.id is not None]
        assert _agree(session, alex.couple_id)
        assert _looks_agree(session, alex.couple_id)
        example.rollback()


def _looks_agree(session: Session, couple_id: int) -> bool:
    """Every milestone look still stored as having found nothing finds nothing when made afresh
    (a write it did not see would have deleted it), and a rebuild drops them all."""
    session.flush()
    reached = set(session.scalars(select(Milestone.key).where(Milestone.couple_id == couple_id)))
    looks = session.scalars(select(MilestoneLook).where(MilestoneLook.couple_id == couple_id)).all()
    with session.begin_nested() as nested:
        for look in [look for look in looks if look.look.startswith("streak:")]:
            # A stored wait hides nothing: on the look's day, a fresh look finds no new streak milestone.
            day = look.through - timedelta(days=1)
            now = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=12)
            alex = session.get(
                Partner, session.scalars(select(LogEntry.partner_id).where(LogEntry.couple_id == couple_id)).first()
            )
            fresh = tracking.current_streaks(session, alex, now, only={int(look.look.split(":")[1])})
            assert milestone_checks.streaks_reached(fresh, reached) == [], look.key
        for look in [look for look in looks if not look.look.startswith("streak:")]:
            check = milestone_checks.first_clean_week if look.look == "clean-week" else milestone_checks.better_month
            assert check(session, couple_id, look.through, reached) == [], look.key
        stats.rebuild(session, [couple_id])
        assert session.scalars(select(MilestoneLook).where(MilestoneLook.couple_id == couple_id)).all() == []
        nested.rollback()
    return True


def _apply(session, op, partners, lineages, entries, removals) -> None:
    name, *args = op
    pick = entries[args[0] % len(entries)] if entries and name not in ("add", "undo", "look", "keep") else None
    if name == "look":
        milestones.record_milestones(session, partners[args[0]], NOW)
    elif name == "keep":
        who, back = args
        day = TODAY - timedelta(days=back)
        entry = LogEntry(
            couple_id=partners[who].couple_id,
            partner_id=partners[who].id,
            kind=LogKind.KEPT,
            lineage_id=lineages[1],
            local_date=day,
            created_at=NOW,
            source=Source.VOICE,
        )
        entry_writes.write(session, entry)  # by Core, as a voice keep is (an "add" is flushed by the ORM)
        entries.append(entry)
        milestones.record_milestones(
            session,
            partners[who],
            datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=21),
            logged=entry,
        )
    elif name == "add":
        who, kind, lineage, back = args
        lineage_id = lineages[lineage] if kind in (LogKind.KEPT, LogKind.MISSED) else None
        entry = LogEntry(
            couple_id=partners[who].couple_id,
            partner_id=partners[who].id,
            kind=kind,
            lineage_id=lineage_id,
            local_date=TODAY - timedelta(days=back),
            created_at=NOW,
            source=Source.VOICE,
        )
        session.add(entry)
        session.flush()
        entries.append(entry)
    elif pick is None:
        if name == "undo" and removals:
            removed = removals.pop()
            entries.append(disputes.undo_removal(session, partners[0], removed.id, NOW))
    elif name == "kind":
        pick.kind = args[1]
    elif name == "move":
        pick.local_date = TODAY - timedelta(days=args[1])
    elif name == "item":
        pick.lineage_id = lineages[args[1]]
    elif name == "partner":
        pick.partner_id = partners[args[1]].id
    elif name == "delete":
        session.delete(pick)
    elif name == "dispute":
        pick.disputed_at = NOW
    elif name == "undispute":
        pick.disputed_at = None
    elif name == "remove" and pick.partner_id == partners[0].id:
        removals.append(disputes.remove_entry(session, partners[0], pick.id, NOW))
    session.flush()


def test_migration_0008_fills_the_figures_from_the_entries_already_there(own_engine) -> None:
    before = ScriptDirectory.from_config(alembic_config(own_engine)).get_revision("0008").down_revision
    upgrade(own_engine, str(before))
    with Session(own_engine) as session, session.begin():
        alex, sam = make_couple(session)
        assert sam is not None
        [call] = lineages_of_old(session, alex.couple_id, [ItemKind.COMMITMENT])
        rows = [
            (alex, LogKind.KEPT, call, TODAY - timedelta(days=back))
            for back in range(0, 45)  # across a month's end
        ] + [(sam, LogKind.RELIABILITY, None, TODAY), (sam, LogKind.HARD_DAY, None, TODAY - timedelta(days=40))]
        for partner, kind, lineage, day in rows:  # the columns of that time only
            session.execute(
                insert(LogEntry.__table__).values(
                    couple_id=alex.couple_id,
                    partner_id=partner.id,
                    kind=kind,
                    lineage_id=lineage,
                    local_date=day,
                    created_at=NOW,
                    note="",
                    source=Source.WEB,
                )
            )
        couple_id = alex.couple_id
    upgrade(own_engine)
    with Session(own_engine) as session:
        filled = stats.snapshot(session, couple_id)
        assert len(filled[0]) == 47 and len(filled[1]) == 4  # Alex's days; Sam's two; two months each
        assert _agree(session, couple_id)


def test_only_kept_missed_and_hard_days_void_a_streak_record(session, couple, contract):
    """A streak record sums up kept, missed and hard days: a moment, a small win or a crossed
    boundary on a day it covers leaves it (one statement less per such write); the others void it."""
    alex, _sam = couple
    call, boundary = contract.items[0], contract.items[2]
    through = TODAY - timedelta(weeks=RECORD_WEEKS + 1)  # as Charts write them: a Sunday 13 weeks back at least

    def record_left() -> bool:
        session.flush()
        return session.get(StreakRecord, call.lineage_id) is not None

    for kind, item, voids in (
        (LogKind.RELIABILITY, None, False),
        (LogKind.SMALL_WIN, None, False),
        (LogKind.BREACH, boundary, False),
        (LogKind.KEPT, call, True),
        (LogKind.MISSED, call, True),
        (LogKind.HARD_DAY, None, True),
    ):
        session.merge(
            StreakRecord(
                lineage_id=call.lineage_id,
                couple_id=alex.couple_id,
                rule="r",
                through=through,
                run=3,
                best=9,
                score=0.5,
            )
        )
        assert record_left()
        entry = make_entry(session, alex, kind, through - timedelta(days=1), item)
        assert record_left() is not voids, kind
        session.delete(entry)  # a deletion of a streak kind voids it too
        assert record_left() is not voids, kind
    assert _agree(session, alex.couple_id)


@pytest.mark.parametrize(
    ("now", "drops_looks"),
    [
        (NOW, False),  # a Wednesday mid-month: no look can cover today
        # A Sunday (or a month's last day) in UTC is already the new week (or month) a day ahead,
        # where a look made today covers UTC's today: an entry of it drops the looks, never a record.
        (datetime(2026, 12, 6, 0, 30, tzinfo=UTC), True),
        (datetime(2026, 9, 30, 12, 0, tzinfo=UTC), True),
    ],
)
def test_an_entry_of_today_drops_no_record_or_look_in_no_statement(
    session, couple, contract, connection, monkeypatch, now, drops_looks
):
    """A streak record covers days at least 13 weeks back, a milestone look days before this week
    or month: a new entry of today cannot touch them, so its flush deletes neither (before: a
    DELETE of streak records with every keep); an entry of an older day still drops them. The
    clock is pinned: on a Sunday the first case failed CI (a look may already cover that day)."""
    monkeypatch.setattr("trust_tracker.models.stats.utcnow", lambda: now)
    alex, _sam = couple
    call = contract.items[0]
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(connection, "after_cursor_execute", record)
    try:
        tracking.log_entry(session, alex, LogKind.KEPT, source=Source.VOICE, lineage_id=call.lineage_id, now=now)
        tracking.log_entry(session, alex, LogKind.RELIABILITY, source=Source.VOICE, now=now)
        today = seen[:]
        seen.clear()
        # A hard day may excuse a day between two runs: it drops the streak waits (milestone looks
        # whose day it may precede), never a streak record.
        tracking.log_entry(session, alex, LogKind.HARD_DAY, source=Source.VOICE, now=now)
        hard_day = [s for s in seen if s.lstrip().upper().startswith("DELETE")]
        seen.clear()
        make_entry(session, alex, LogKind.MISSED, now.date() - timedelta(weeks=20), call)
    finally:
        event.remove(connection, "after_cursor_execute", record)
    deletes = [s for s in today if s.lstrip().upper().startswith("DELETE")]
    assert not any("streak_record" in s for s in deletes), deletes
    assert [("DELETE FROM milestone_look" in s) for s in deletes] == ([True] if drops_looks else []), deletes
    assert len(hard_day) == 1 and "DELETE FROM milestone_look" in hard_day[0], hard_day
    assert any("DELETE FROM streak_record" in s for s in seen) and any("DELETE FROM milestone_look" in s for s in seen)
