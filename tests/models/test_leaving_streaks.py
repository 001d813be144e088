"""A streak milestone of a shared commitment stands after a partner leaves only if the entries
left still reach it (models/milestone_upkeep.py), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.factories import NOW, PASSWORD, make_entry
from trust_tracker.models import contracts, leaving, milestones, stats
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ContractItem, ItemKind, LogKind, Milestone, Partner

TODAY = NOW.date()
AGREED = NOW - timedelta(days=30)


def day(back: int) -> date:
    return TODAY - timedelta(days=back)


def agree(session: Session, alex: Partner, sam: Partner, names: list[str]) -> dict[str, ContractItem]:
    drafts = [ItemDraft(ItemKind.COMMITMENT, name, short_name=name) for name in names]
    version = contracts.propose_version(session, alex, drafts, note="", now=AGREED)
    contracts.agree_version(session, sam, version.id, now=AGREED)
    session.flush()
    return {item.short_name: item for item in version.items}


def streaks(session: Session, couple_id: int) -> list[tuple[str, int]]:
    found = session.scalars(select(Milestone).where(Milestone.couple_id == couple_id, Milestone.kind == "streak"))
    return sorted((m.params["name"], m.params["count"]) for m in found)


def shared_history(session: Session, alex: Partner, sam: Partner) -> dict[str, ContractItem]:
    """Three shared daily promises and who kept each on the last days (1 = yesterday), each
    with its three-day streak milestone stored."""
    items = agree(session, alex, sam, ["take turns", "walk the dog", "water the plants"])
    kept_by = {
        "take turns": {5: sam, 4: alex, 3: sam, 2: alex, 1: alex},  # Alex's own best: two days
        "walk the dog": {6: sam, 5: sam, 4: alex, 3: alex, 2: alex, 1: alex},  # Alex's own: four
        "water the plants": {3: alex, 2: alex, 1: alex},  # Sam never logged it
    }
    for name, days in kept_by.items():
        for back, who in days.items():
            make_entry(session, who, LogKind.KEPT, day(back), items[name])
    stats.rebuild(session, [alex.couple_id])
    milestones.record_milestones(session, alex.couple, NOW)
    session.flush()
    assert streaks(session, alex.couple_id) == [("take turns", 3), ("walk the dog", 3), ("water the plants", 3)]
    return items


def test_a_shared_streak_only_the_leavers_keeps_made_goes(session, couple) -> None:
    alex, sam = couple
    couple_id = alex.couple_id
    shared_history(session, alex, sam)
    leaving.delete_partner(session, sam, PASSWORD)
    assert streaks(session, couple_id) == [("walk the dog", 3), ("water the plants", 3)]


def test_the_staying_partner_leaving_walks_the_same_rule(session, couple) -> None:
    alex, sam = couple
    couple_id = sam.couple_id
    shared_history(session, alex, sam)
    leaving.delete_partner(session, alex, PASSWORD)  # Sam's own keeps: one day, two days, none
    assert streaks(session, couple_id) == []


def test_a_commitment_no_longer_in_force_is_walked_by_its_newest_wording(session, couple) -> None:
    alex, sam = couple
    couple_id = alex.couple_id
    shared_history(session, alex, sam)
    agree(session, alex, sam, ["a new promise"])  # the three are in an older version only now
    leaving.delete_partner(session, sam, PASSWORD)
    assert streaks(session, couple_id) == [("walk the dog", 3), ("water the plants", 3)]


def test_a_first_clean_week_left_standing_says_what_is_left_of_it(session, couple) -> None:
    """tester-web49: "22 promises kept" stayed in the first clean week's milestone after the leaver's 7 went."""
    alex, sam = couple
    couple_id = alex.couple_id
    items = agree(session, alex, sam, ["take turns"])
    monday = date(2026, 11, 2)  # a whole week after the contract was agreed (Monday 26 October)
    for offset, who in enumerate([alex, alex, alex, sam, sam]):
        make_entry(session, who, LogKind.KEPT, monday + timedelta(days=offset), items["take turns"])
    stats.rebuild(session, [couple_id])
    milestones.record_milestones(session, alex.couple, NOW)
    session.flush()

    def clean_weeks() -> list[dict]:
        found = session.scalars(
            select(Milestone).where(Milestone.couple_id == couple_id, Milestone.kind == "first_clean_week")
        )
        return [m.params for m in found]

    [before] = clean_weeks()
    assert before["week_of"] == monday.isoformat() and before["kept"] == 5
    leaving.delete_partner(session, sam, PASSWORD)
    session.expire_all()
    assert [(p["week_of"], p["kept"]) for p in clean_weeks()] == [(monday.isoformat(), 3)]
