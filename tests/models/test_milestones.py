"""Milestones: what counts, stored once, celebrated once (what they cost to find: test_milestones_cheap.py)."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from tests.factories import NOW, make_couple, make_entry
from tests.models.milestone_contract import MONDAY, TODAY, C
from tests.models.milestone_contract import items as items
from trust_tracker.models import contracts, milestones
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import (
    Cadence,
    CheckIn,
    LogKind,
    Milestone,
)
from trust_tracker.skill import speech
from trust_tracker.web import filters


def _keys(session, couple_id):
    return set(session.scalars(select(Milestone.key).where(Milestone.couple_id == couple_id)))


def test_streaks_of_three_and_seven_days_each_once(session, couple, items):
    alex, _ = couple
    call = items["call when late"]
    for back in range(1, 3):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    assert milestones.record_milestones(session, alex, NOW) == []
    make_entry(session, alex, LogKind.KEPT, TODAY, call)
    [three] = milestones.record_milestones(session, alex, NOW)
    assert three.key == f"streak:{call.lineage_id}:3" and three.reached_on == TODAY
    assert (three.kind, three.params) == (
        "streak",
        {"lineage_id": call.lineage_id, "name": "call when late", "count": 3, "unit": "day"},
    )
    assert milestones.record_milestones(session, alex, NOW) == []  # stored once
    for back in range(3, 7):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    new = milestones.record_milestones(session, alex.couple, NOW)
    assert [m.key for m in new if m.key.startswith("streak")] == [f"streak:{call.lineage_id}:7"]


def test_a_weekly_commitment_counts_its_streak_in_weeks(session, couple, items):
    _, sam = couple
    jobs = items["house jobs"]
    for weeks_back in range(3):
        make_entry(session, sam, LogKind.KEPT, TODAY - timedelta(weeks=weeks_back), jobs)
    [three] = [m for m in milestones.record_milestones(session, sam, NOW) if m.key.startswith("streak")]
    assert three.key == f"streak:{jobs.lineage_id}:3" and three.params["unit"] == "week"
    assert three.reached_on == TODAY  # the day its third week reached its target


def test_kept_promises_counted_for_the_couple(session, couple):
    alex, sam = couple
    kim, _ = make_couple(session, first="Kim", second="Lee")
    for n in range(9):
        make_entry(session, alex if n % 2 else sam, LogKind.KEPT, TODAY)
        make_entry(session, kim, LogKind.KEPT, TODAY)  # another couple's never count
    make_entry(session, alex, LogKind.MISSED, TODAY)
    assert milestones.record_milestones(session, alex, NOW) == []
    make_entry(session, sam, LogKind.KEPT, TODAY)
    [ten] = milestones.record_milestones(session, alex, NOW)
    assert (ten.key, ten.kind, ten.params) == ("kept:10", "kept_count", {"count": 10})
    for _ in range(15):
        make_entry(session, sam, LogKind.KEPT, TODAY)
    assert [m.key for m in milestones.record_milestones(session, alex, NOW)] == ["kept:25"]


def test_first_full_week_without_a_lapse(session, couple, items):
    alex, sam = couple
    call = items["call when late"]
    two_weeks_ago = MONDAY - timedelta(weeks=2)
    make_entry(session, alex, LogKind.KEPT, two_weeks_ago, call)
    make_entry(session, sam, LogKind.BREACH, two_weeks_ago + timedelta(days=3))  # a breach spoils that week
    make_entry(session, alex, LogKind.RELIABILITY, MONDAY - timedelta(days=5))  # nothing kept last week
    make_entry(session, alex, LogKind.KEPT, TODAY, call)  # this week is not over yet
    assert "clean-week:first" not in {m.key for m in milestones.record_milestones(session, alex, NOW)}
    make_entry(session, sam, LogKind.KEPT, MONDAY - timedelta(days=4), call)
    make_entry(session, sam, LogKind.KEPT, MONDAY - timedelta(days=2), call)
    [clean] = [m for m in milestones.record_milestones(session, alex, NOW) if m.key == "clean-week:first"]
    assert clean.reached_on == MONDAY - timedelta(days=1)
    assert (clean.kind, clean.params) == ("first_clean_week", {"week_of": "2026-11-16", "kept": 2})
    # Only the first is a milestone.
    make_entry(session, sam, LogKind.KEPT, MONDAY + timedelta(days=1), call)
    later = milestones.record_milestones(session, alex, NOW + timedelta(weeks=1))
    assert "clean-week:first" not in {m.key for m in later}


def _completed_checkin(session, couple_id, monday):
    session.add(
        CheckIn(
            couple_id=couple_id,
            week_start=monday,
            completed_at=datetime.combine(monday + timedelta(days=6), time(20), tzinfo=UTC),
            questions=["How was the week?"],
        )
    )
    session.flush()


def test_four_checkins_in_a_row_but_not_with_a_gap(session, couple):
    alex, _ = couple
    for weeks_back in (5, 3, 2, 1):  # week 4 was skipped
        _completed_checkin(session, alex.couple_id, MONDAY - timedelta(weeks=weeks_back))
    session.add(
        CheckIn(couple_id=alex.couple_id, week_start=MONDAY, questions=["How was the week?"])
    )  # started, not completed
    assert milestones.record_milestones(session, alex, NOW) == []
    _completed_checkin(session, alex.couple_id, MONDAY - timedelta(weeks=4))
    assert [m.key for m in milestones.record_milestones(session, alex, NOW)] == ["checkins:4"]


def _month(session, partner, first_day, kept, missed):
    for n in range(kept + missed):
        make_entry(session, partner, LogKind.KEPT if n < kept else LogKind.MISSED, first_day + timedelta(days=n))


def test_a_month_better_than_the_month_before(session, couple):
    alex, sam = couple
    _month(session, alex, date(2026, 9, 1), kept=6, missed=4)
    _month(session, sam, date(2026, 10, 1), kept=9, missed=1)
    _month(session, sam, date(2026, 11, 1), kept=1, missed=9)  # this month is not over: not compared
    [better] = [m for m in milestones.record_milestones(session, alex, NOW) if m.key.startswith("better")]
    assert better.key == "better-month:2026-10" and better.reached_on == date(2026, 10, 31)
    assert (better.kind, better.params) == ("better_month", {"month": "2026-10", "now": 9, "then": 6, "out_of": 10})


def test_a_month_better_by_less_than_a_tenth_is_told_in_percent(session, couple):
    alex, _ = couple
    _month(session, alex, date(2026, 9, 1), kept=8, missed=2)
    _month(session, alex, date(2026, 10, 1), kept=21, missed=4)
    [better] = [m for m in milestones.record_milestones(session, alex, NOW) if m.key.startswith("better")]
    # 8 in 10 both: told in percent, so the improvement is heard.
    assert better.params == {"month": "2026-10", "now": 84, "then": 80, "out_of": 100}


@pytest.mark.parametrize(
    ("september", "october"),
    [((9, 1), (6, 4)), ((5, 5), (5, 5)), ((1, 3), (4, 0)), ((0, 0), (10, 0))],
    ids=["worse", "equal", "too-few-before", "nothing-before"],
)
def test_no_better_month_when_it_is_not_honestly_better(session, couple, september, october):
    alex, _ = couple
    _month(session, alex, date(2026, 9, 1), *september)
    _month(session, alex, date(2026, 10, 1), *october)
    assert not any(m.key.startswith("better-month") for m in milestones.record_milestones(session, alex, NOW))


def test_uncelebrated_then_celebrated_once(session, couple):
    alex, sam = couple
    for _ in range(10):
        make_entry(session, sam, LogKind.KEPT, TODAY)
    milestones.record_milestones(session, sam, NOW)
    [pending] = milestones.uncelebrated(session, alex.couple_id)
    kim, _ = make_couple(session, first="Kim", second="Lee")
    assert milestones.uncelebrated(session, kim.couple_id) == []
    # Another couple cannot mark ours.
    assert milestones.mark_celebrated(session, kim.couple_id, [pending.id], NOW) == 0
    assert milestones.mark_celebrated(session, alex.couple_id, [pending.id], NOW) == 1
    assert milestones.mark_celebrated(session, alex.couple_id, [pending.id], NOW) == 0
    assert milestones.mark_celebrated(session, alex.couple_id, [], NOW) == 0
    assert milestones.uncelebrated(session, alex.couple_id) == []
    assert session.get(Milestone, pending.id).celebrated_at == NOW
    assert milestones.recent(session, alex.couple_id) == [pending]
    assert milestones.recent(session, kim.couple_id) == []


def test_celebrate_returns_each_new_milestone_once(session, couple):
    alex, sam = couple
    for _ in range(9):
        make_entry(session, sam, LogKind.KEPT, TODAY)
    assert milestones.celebrate(session, alex, NOW) == []
    make_entry(session, alex, LogKind.KEPT, TODAY)
    [reached] = milestones.celebrate(session, alex, NOW)
    assert reached.key == "kept:10" and reached.celebrated_at == NOW
    assert milestones.celebrate(session, sam, NOW) == []


def test_recent_is_newest_first_and_limited(session, couple, items):
    alex, _ = couple
    for n in range(3):
        session.add(
            Milestone(
                couple_id=alex.couple_id,
                key=f"k{n}",
                kind="other",
                params={"text": f"m{n}"},
                reached_on=TODAY - timedelta(days=3 - n),
            )
        )
    session.flush()
    assert [m.key for m in milestones.recent(session, alex.couple_id, limit=2)] == ["k2", "k1"]


def test_a_couple_without_a_contract_or_entries_has_nothing_yet(session):
    solo, _ = make_couple(session, first="Robin", second=None)
    assert milestones.record_milestones(session, solo.couple, NOW) == []


def test_a_milestone_stored_concurrently_is_not_stored_twice(session, couple):
    alex, sam = couple
    for _ in range(10):
        make_entry(session, sam, LogKind.KEPT, TODAY)
    # As if another request stored it between this one's look-up and its insert.
    original = milestones.kept_counts

    def racing(*args):
        found = original(*args)
        with session.begin_nested():
            session.add(
                Milestone(
                    couple_id=alex.couple_id, key="kept:10", kind="kept_count", params={"count": 10}, reached_on=TODAY
                )
            )
        return found

    milestones.kept_counts = racing
    try:
        assert milestones.record_milestones(session, alex, NOW) == []
    finally:
        milestones.kept_counts = original
    assert session.scalar(select(func.count(Milestone.id)).where(Milestone.key == "kept:10")) == 1


def test_kept_count_milestones_are_dated_by_the_nth_kept_entry(session, couple):
    """Before: every kept-count milestone was dated the day it was noticed (here, TODAY)."""
    alex, sam = couple
    first = TODAY - timedelta(days=40)
    for n in range(30):  # one kept a day from `first` on, with a miss and a small win between
        make_entry(session, alex if n % 2 else sam, LogKind.KEPT, first + timedelta(days=n))
        make_entry(session, alex, LogKind.MISSED, first + timedelta(days=n))
    make_entry(session, alex, LogKind.KEPT, first - timedelta(days=1))  # logged late, for an earlier day
    new = {m.key: m.reached_on for m in milestones.record_milestones(session, alex, NOW)}
    assert new == {"kept:10": first + timedelta(days=8), "kept:25": first + timedelta(days=23)}
    assert all(isinstance(day, date) for day in new.values())
    stored = session.scalars(select(Milestone).where(Milestone.key == "kept:25")).one()
    session.expire(stored)
    assert stored.reached_on == first + timedelta(days=23)


def test_kept_count_milestones_all_reached_are_not_offered_again(session, couple):
    reached = {f"kept:{n}" for n in milestones.KEPT_THRESHOLDS}
    assert milestones.kept_counts(reached, (TODAY,) * len(milestones.KEPT_THRESHOLDS)) == []
    assert [c.key for c in milestones.kept_counts({"kept:10"}, (TODAY, TODAY, None, None))] == ["kept:25"]


def test_day_streak_milestones_are_dated_by_the_day_they_were_reached(session, couple, items):
    """Before: dated the day they were noticed (TODAY) however long ago they were reached."""
    alex, _ = couple
    call = items["call when late"]
    for back in range(1, 9):  # kept the last eight days, not yet today: the streak is 8
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    new = {m.key: m.reached_on for m in milestones.record_milestones(session, alex, NOW) if m.key.startswith("streak")}
    assert new == {
        f"streak:{call.lineage_id}:3": TODAY - timedelta(days=6),
        f"streak:{call.lineage_id}:7": TODAY - timedelta(days=2),
    }


def test_a_streak_on_chosen_days_counts_only_those_days_back(session, couple):
    alex, sam = couple
    version = contracts.propose_version(
        session, alex, [ItemDraft(C, "Gym", short_name="gym", cadence=Cadence.WEEKDAYS, weekdays="024")]
    )  # Mon, Wed, Fri
    contracts.agree_version(session, sam, version.id)
    gym = version.items[0]
    # Wed 25 Nov (today), Mon 23, Fri 20, Wed 18: four in a row, today included.
    for day in (TODAY, MONDAY, MONDAY - timedelta(days=3), MONDAY - timedelta(days=5)):
        make_entry(session, alex, LogKind.KEPT, day, gym)
    [three] = [m for m in milestones.record_milestones(session, alex, NOW) if m.key.startswith("streak")]
    assert three.reached_on == MONDAY  # Wed 18, Fri 20, Mon 23


def test_a_streak_on_one_weekday_is_said_in_weeks(session, couple):
    """Before: three Sunday walks were "3 days in a row of keeping “Sunday walk”"."""
    alex, sam = couple
    version = contracts.propose_version(
        session, alex, [ItemDraft(C, "Walk", short_name="Sunday walk", cadence=Cadence.WEEKDAYS, weekdays="6")]
    )
    contracts.agree_version(session, sam, version.id)
    for day in (8, 15, 22):
        make_entry(session, alex, LogKind.KEPT, date(2026, 11, day), version.items[0])
    [three] = [m for m in milestones.record_milestones(session, alex, NOW) if m.key.startswith("streak")]
    said = "3 weeks in a row of keeping “Sunday walk”. That is what steady looks like."
    assert filters.milestone_words(three) == said
    assert speech.for_locale("en-US").milestone(three) == said


# One of every wording models.milestones.wording can choose.
EVERY_WORDING = [
    Milestone(kind="streak", params={"lineage_id": 1, "name": "call when late", "count": 3, "unit": "day"}),
    Milestone(kind="streak", params={"lineage_id": 2, "name": "house jobs", "count": 7, "unit": "week"}),
    *(Milestone(kind="kept_count", params={"count": n}) for n in milestones.KEPT_THRESHOLDS),
    Milestone(kind="first_clean_week", params={"week_of": "2026-11-16", "kept": 2}),
    Milestone(kind="checkins_in_a_row", params={"count": 4}),
    Milestone(kind="better_month", params={"month": "2026-01", "now": 9, "then": 6, "out_of": 10}),
    Milestone(kind="better_month", params={"month": "2026-10", "now": 84, "then": 80, "out_of": 100}),
    Milestone(kind="other", params={"text": "First kept promise"}),
]


def test_every_milestone_has_words_in_every_locale_and_on_the_site():
    assert {m.kind for m in EVERY_WORDING} == set(milestones.Kind)
    for language in speech.LANGUAGES.values():
        assert all(language.milestone(m) for m in EVERY_WORDING), language.locale
    assert all(filters.milestone_words(m) for m in EVERY_WORDING)


def test_a_milestone_is_worded_per_language():
    clean_week, better, percent = EVERY_WORDING[-5], EVERY_WORDING[-3], EVERY_WORDING[-2]
    said = "Your first full week without a lapse: 2 promises kept and none missed, the week of"
    assert speech.for_locale("en-US").milestone(clean_week) == f"{said} November 16."
    assert speech.for_locale("en-GB").milestone(clean_week) == f"{said} 16 November."
    assert speech.for_locale("en-US").milestone(EVERY_WORDING[1]) == (
        "7 weeks in a row of keeping “house jobs”. That is what steady looks like."
    )
    assert filters.milestone_words(better) == (
        "January was better than December: you kept 9 in 10 promises, up from 6 in 10."
    )
    assert filters.milestone_words(percent) == (
        "October was better than September: you kept 84% of your promises, up from 80%."
    )
    assert filters.milestone_words(EVERY_WORDING[-1]) == "First kept promise"


def test_no_clean_week_before_a_whole_week_under_an_agreed_contract(session, couple):
    """tester-voice48: a couple made today logged one keep for yesterday and heard "your first full week without
    a lapse: 1 promises kept". A week counts only when an agreed contract covered every day of it."""
    alex, sam = couple
    wednesday = datetime.combine(MONDAY - timedelta(days=5), time(9), tzinfo=UTC)  # mid-week, the week before
    version = contracts.propose_version(session, alex, [ItemDraft(C, "Text when leaving")], now=wednesday)
    contracts.agree_version(session, sam, version.id, now=wednesday)
    [text] = version.items
    make_entry(session, sam, LogKind.KEPT, MONDAY - timedelta(days=2), text)  # after the agreement, same week
    assert "clean-week:first" not in _keys(session, alex.couple_id) | {
        m.key for m in milestones.record_milestones(session, alex, NOW)
    }
    # A week wholly under it, then: the first clean week, told as one promise.
    make_entry(session, alex, LogKind.KEPT, MONDAY + timedelta(days=1), text)
    later = NOW + timedelta(weeks=1)
    [clean] = [m for m in milestones.record_milestones(session, alex, later) if m.key == "clean-week:first"]
    assert clean.params == {"week_of": MONDAY.isoformat(), "kept": 1}
    said = "Your first full week without a lapse: one promise kept and none missed, the week of"
    assert speech.for_locale("en-US").milestone(clean) == f"{said} November 23."
    assert speech.for_locale("en-GB").milestone(clean) == f"{said} 23 November."
    assert filters.milestone_words(clean) == f"{said} November 23."


def test_no_clean_week_without_any_agreed_contract(session, couple):
    alex, sam = couple
    contracts.propose_version(session, alex, [ItemDraft(C, "Text when leaving")], now=NOW - timedelta(weeks=4))
    make_entry(session, sam, LogKind.KEPT, MONDAY - timedelta(days=3))  # a proposal only, never agreed
    assert "clean-week:first" not in {m.key for m in milestones.record_milestones(session, alex, NOW)}
