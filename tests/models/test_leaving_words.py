"""What a leaving partner wrote, and what only their entries reached, does not outlive them."""

import json
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from tests.factories import NOW, PASSWORD, agreed_contract, make_entry
from trust_tracker.models import checkin_questions, export, leaving, milestones, setbacks, stats
from trust_tracker.models.entities import ContractVersion, LogKind, Milestone
from trust_tracker.models.milestone_checks import Kind


def _keys(session, couple_id):
    return set(session.scalars(select(Milestone.key).where(Milestone.couple_id == couple_id)))


def test_the_leavers_notes_and_replies_go_and_the_stayers_stay(session, couple):
    alex, sam = couple
    first = agreed_contract(session, alex, sam)  # Alex's note: "Our first version"
    late = first.items[0]
    miss = make_entry(session, sam, LogKind.MISSED, date(2026, 11, 20), late)
    setback = setbacks.start_setback(session, sam, miss.id, now=NOW)
    words = ("the tram stopped under the river again", "a charger kept in the rucksack")
    setbacks.reflect(session, sam, setback.id, trigger=words[0], prevention=words[1], now=NOW)
    sams = setbacks.propose_change_from_setback(session, sam, setback.id, now=NOW)
    assert words[0] in sams.note  # before: his words stood here after he left
    checkin_questions.propose_questions(session, alex, ["What felt steady?", "What was hard?"], now=NOW)
    proposal = checkin_questions.waiting_proposal(session, alex.couple_id)
    checkin_questions.ask_for_changes(session, sam, proposal.id, proposal.revision, "Ask about the weekend; zürich")

    leaving.delete_partner(session, sam, PASSWORD)

    assert session.get(ContractVersion, first.id).note == "Our first version"  # Alex's own words stay
    assert session.get(ContractVersion, sams.id).note == ""
    assert checkin_questions.waiting_proposal(session, alex.couple_id).reply == ""
    copy = json.dumps(export.export_json(session, alex, now=NOW), default=str)
    for said in (*words, "tram stopped", "zürich", "weekend"):
        assert said not in copy
    assert "Our first version" in copy


def test_milestones_only_the_leavers_entries_reached_go(session, couple):
    alex, sam = couple
    version = agreed_contract(session, sam, alex)
    version.agreed_at = datetime(2026, 11, 1, tzinfo=UTC)  # weeks before: a clean week counts only under it
    sams_own, shared = version.items[0], version.items[1]
    sams_lineage = sams_own.lineage_id
    start = date(2026, 11, 13)  # a Friday, twelve days before NOW
    for n in range(12):  # Sam keeps his own every day: a streak of 7 and ten keeps
        make_entry(session, sam, LogKind.KEPT, start + timedelta(days=n), sams_own)
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 24), shared)  # in a week not yet over
    stats.rebuild(session, [alex.couple_id])
    milestones.record_milestones(session, alex.couple, now=NOW)
    before = _keys(session, alex.couple_id)
    assert {f"streak:{sams_own.lineage_id}:7", "kept:10", "clean-week:first"} <= before
    kept_by_alex = Milestone(
        couple_id=alex.couple_id, key=f"streak:{shared.lineage_id}:3", kind=Kind.STREAK, reached_on=start
    )
    kept_by_alex.params = {"lineage_id": shared.lineage_id, "name": "evening talk", "count": 3, "unit": "day"}
    session.add(kept_by_alex)
    session.flush()

    leaving.delete_partner(session, sam, PASSWORD)

    after = _keys(session, alex.couple_id)
    assert not {k for k in after if k.startswith(f"streak:{sams_lineage}:")}
    assert "kept:10" not in after  # one keep is left
    assert f"streak:{shared.lineage_id}:3" in after  # a shared commitment's is still the couple's
    assert "clean-week:first" not in after  # the weeks Sam's keeps made clean hold nothing now
