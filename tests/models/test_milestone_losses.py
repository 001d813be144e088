"""A streak milestone reached and lost the same day does not stand (tester-web49: Charts showed the 14-day
milestone beside "Current streak 0"); one reached before the miss was earned and stays (models/milestone_losses.py)."""

from datetime import UTC, datetime, time, timedelta

from tests.factories import make_couple, make_entry
from tests.models.milestone_contract import MONDAY, TODAY
from tests.models.milestone_contract import items as items
from tests.models.test_milestones import _keys
from trust_tracker.models import charts, logbook, milestones, tracking
from trust_tracker.models.entities import LogKind, Source

EVENING = datetime.combine(TODAY, time(20), tzinfo=UTC)


def test_a_miss_the_same_day_takes_back_the_streak_it_reached_and_charts_agree(session, couple, items):
    alex, sam = couple
    call = items["call when late"]
    for back in range(1, 14):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    logged = logbook.log_note(
        session, alex, LogKind.KEPT, "", lineage_id=call.lineage_id, source=Source.WEB, now=EVENING
    )
    assert [m.params["count"] for m in logged.milestones if m.kind == "streak"] == [14]  # one, as it stands
    streaks = {k for k in _keys(session, alex.couple_id) if k.startswith("streak")}
    assert streaks == {f"streak:{call.lineage_id}:{n}" for n in (3, 7, 14)}
    # Sam logs the shared promise missed that day (a yes to "Alex logged it as kept"): the day is broken.
    tracking.log_entry(session, sam, LogKind.MISSED, source=Source.WEB, lineage_id=call.lineage_id, now=EVENING)
    streaks = {k for k in _keys(session, alex.couple_id) if k.startswith("streak")}
    assert streaks == {f"streak:{call.lineage_id}:{n}" for n in (3, 7)}  # earned before: they stand
    shown = charts.overview(session, alex.couple_id, 4, EVENING)
    assert [s.current_streak for s in shown.stats if s.lineage_id == call.lineage_id] == [0]
    assert all(m.params.get("count") != 14 for m in shown.milestones)
    session.flush()  # the milestone this session held is no longer its to write


def test_a_keep_after_the_miss_reaches_nothing_and_a_later_day_reaches_it_again(session, couple, items):
    alex, sam = couple
    call = items["call when late"]
    for back in range(1, 14):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    make_entry(session, alex, LogKind.KEPT, TODAY, call)
    milestones.record_milestones(session, alex, EVENING)
    make_entry(session, sam, LogKind.MISSED, TODAY, call)  # written by the ORM's flush: the same rule
    assert f"streak:{call.lineage_id}:14" not in _keys(session, alex.couple_id)
    assert milestones.record_milestones(session, alex, EVENING) == []  # the broken day reaches nothing


def test_a_miss_on_another_day_or_commitment_or_couple_leaves_the_milestone(session, couple, items):
    alex, sam = couple
    call, jobs = items["call when late"], items["house jobs"]
    kim, _ = make_couple(session, first="Kim", second="Lee")
    for back in range(14):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    milestones.record_milestones(session, alex, EVENING)
    before = _keys(session, alex.couple_id)
    make_entry(session, sam, LogKind.MISSED, TODAY + timedelta(days=1), call)  # the next day: earned, then lost
    make_entry(session, sam, LogKind.MISSED, TODAY, jobs)  # another promise
    make_entry(session, sam, LogKind.MISSED, TODAY)  # about no promise
    make_entry(session, kim, LogKind.MISSED, TODAY)  # another couple
    make_entry(session, sam, LogKind.KEPT, TODAY, call)  # a keep breaks nothing
    assert _keys(session, alex.couple_id) == before


def test_a_weekly_streak_reached_in_a_week_a_miss_breaks_goes(session, couple, items):
    alex, sam = couple
    jobs = items["house jobs"]
    for weeks_back in range(3):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(weeks=weeks_back), jobs)
    milestones.record_milestones(session, alex, EVENING)
    assert f"streak:{jobs.lineage_id}:3" in _keys(session, alex.couple_id)  # reached on Wednesday
    make_entry(session, sam, LogKind.MISSED, MONDAY - timedelta(days=1), jobs)  # last Sunday: another week
    assert f"streak:{jobs.lineage_id}:3" in _keys(session, alex.couple_id)
    make_entry(session, sam, LogKind.MISSED, MONDAY, jobs)  # this Monday: the week is broken
    assert f"streak:{jobs.lineage_id}:3" not in _keys(session, alex.couple_id)


def test_a_withdrawn_dispute_of_a_miss_breaks_the_day_again(session, couple, items):
    alex, sam = couple
    call = items["call when late"]
    miss = make_entry(session, sam, LogKind.MISSED, TODAY, call)
    miss.disputed_at = EVENING  # "not me": counts nowhere
    for back in range(14):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    milestones.record_milestones(session, alex, EVENING)
    assert f"streak:{call.lineage_id}:14" in _keys(session, alex.couple_id)
    miss.disputed_at = None
    session.flush()
    assert f"streak:{call.lineage_id}:14" not in _keys(session, alex.couple_id)
