"""Revisions: withdrawing a proposal, commenting on it, and comparing versions by lineage."""

from datetime import time, timedelta

import pytest
from sqlalchemy import func, select

from tests.factories import NOW, make_couple
from trust_tracker.models import contract_comments, contract_diff, contracts, setbacks, tracking
from trust_tracker.models.contract_diff import Change
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import (
    Cadence,
    ItemKind,
    LogKind,
    Setback,
    Source,
    VersionComment,
    VersionStatus,
)
from trust_tracker.models.errors import Conflict, NotAllowed, NotFound, ValidationError

C, B, E = ItemKind.COMMITMENT, ItemKind.BOUNDARY, ItemKind.EXAMPLE


def _first_version(session, alex, sam):
    items = [
        ItemDraft(C, "Call when I'm running late", short_name="call when late"),
        ItemDraft(C, "Evening talk", short_name="evening talk", cadence=Cadence.WEEKDAYS, weekdays="0123"),
        ItemDraft(C, "Share my calendar", short_name="calendar"),
        ItemDraft(B, "No contact with the ex", consequence="Tell each other within a day"),
        ItemDraft(E, "Texting before the agreed time"),
    ]
    version = contracts.propose_version(session, alex, items, now=NOW)
    contracts.agree_version(session, sam, version.id, now=NOW)
    return version


def _same(item, **changes):
    """A draft continuing `item` unchanged except for `changes`."""
    fields = {name: getattr(item, name) for name in contract_diff.COMPARED_FIELDS}
    return ItemDraft(kind=item.kind, lineage_id=item.lineage_id, **(fields | changes))


# --- withdrawing ---------------------------------------------------------------


def test_the_proposer_withdraws_and_a_new_proposal_can_be_made(session, couple):
    alex, sam = couple
    v1 = contracts.propose_version(session, alex, [ItemDraft(C, "Call when late")])
    withdrawn = contracts.withdraw_version(session, alex, v1.id)
    assert withdrawn.status is VersionStatus.WITHDRAWN
    assert contracts.open_proposal(session, alex.couple_id) is None
    v2 = contracts.propose_version(session, sam, [ItemDraft(C, "Call or text when late")])
    assert v2.number == 2 and v2.status is VersionStatus.PROPOSED
    with pytest.raises(Conflict):
        contracts.agree_version(session, sam, v1.id)  # a withdrawn version cannot come back


def test_only_the_proposer_can_withdraw(session, couple):
    alex, sam = couple
    version = contracts.propose_version(session, alex, [ItemDraft(C, "Call when late")])
    with pytest.raises(NotAllowed):
        contracts.withdraw_version(session, sam, version.id)
    assert version.status is VersionStatus.PROPOSED


def test_an_agreed_version_cannot_be_withdrawn(session, couple):
    alex, sam = couple
    version = _first_version(session, alex, sam)
    with pytest.raises(Conflict):
        contracts.withdraw_version(session, alex, version.id)
    assert version.status is VersionStatus.ACTIVE


def test_another_couples_proposal_cannot_be_withdrawn_or_commented(session, couple):
    alex, _ = couple
    kim, _ = make_couple(session, first="Kim", second="Lee")
    theirs = contracts.propose_version(session, kim, [ItemDraft(C, "Theirs")])
    with pytest.raises(NotFound):
        contracts.withdraw_version(session, alex, theirs.id)
    with pytest.raises(NotFound):
        contract_comments.comment_on(session, alex, theirs.id, "Looks good")
    with pytest.raises(NotFound):
        contract_comments.comments(session, alex.couple_id, theirs.id)
    assert theirs.status is VersionStatus.PROPOSED
    assert contract_comments.comments(session, kim.couple_id, theirs.id) == []


# --- comments -------------------------------------------------------------------


def test_both_partners_comment_on_a_proposal(session, couple):
    alex, sam = couple
    version = contracts.propose_version(session, alex, [ItemDraft(C, "Call when late")])
    contract_comments.comment_on(session, sam, version.id, "  Can we say 15 minutes?\nNot just 'late'.  ", now=NOW)
    contract_comments.comment_on(session, alex, version.id, "Yes, I'll change it.", now=NOW + timedelta(minutes=5))
    shown = contract_comments.comments(session, alex.couple_id, version.id)
    assert [(c.partner_id, c.body) for c in shown] == [
        (sam.id, "Can we say 15 minutes?\nNot just 'late'."),
        (alex.id, "Yes, I'll change it."),
    ]
    assert shown[0].created_at == NOW


@pytest.mark.parametrize(
    "body, message",
    [("", "cannot be empty"), ("  \n ", "cannot be empty"), ("x" * 2001, "at most 2000"), (None, "cannot be empty")],
)
def test_bad_comments_are_rejected_and_nothing_is_written(session, couple, body, message):
    alex, sam = couple
    version = contracts.propose_version(session, alex, [ItemDraft(C, "Call when late")])
    with pytest.raises(ValidationError, match=message):
        contract_comments.comment_on(session, sam, version.id, body)
    assert session.scalar(select(func.count(VersionComment.id))) == 0


def test_a_comment_at_the_limit_is_kept(session, couple):
    alex, sam = couple
    version = contracts.propose_version(session, alex, [ItemDraft(C, "Call when late")])
    assert len(contract_comments.comment_on(session, sam, version.id, "x" * 2000).body) == 2000


def test_agreed_and_withdrawn_versions_take_no_comments(session, couple):
    alex, sam = couple
    active = _first_version(session, alex, sam)
    with pytest.raises(Conflict):
        contract_comments.comment_on(session, sam, active.id, "Too late for this")
    proposal = contracts.propose_version(session, alex, [ItemDraft(C, "Call when late")])
    contracts.withdraw_version(session, alex, proposal.id)
    with pytest.raises(Conflict):
        contract_comments.comment_on(session, sam, proposal.id, "Never mind")


# --- the conflict rule keeps the earlier proposal intact ----------------------------


def test_a_conflicting_proposal_writes_nothing(session, couple):
    alex, sam = couple
    first = contracts.propose_version(session, alex, [ItemDraft(C, "Call when late")])
    with pytest.raises(Conflict, match="already a proposal"):
        contracts.propose_version(session, sam, [ItemDraft(C, "Something else")], note="mine")
    assert [v.id for v in contracts.versions(session, alex.couple_id)] == [first.id]


# --- baselines and diffs -------------------------------------------------------------


def test_the_baseline_is_the_newest_agreed_version_before(session, couple):
    alex, sam = couple
    v1 = _first_version(session, alex, sam)
    assert contract_diff.baseline_of(session, v1) is None
    v2 = contracts.propose_version(session, sam, [_same(v1.items[0])])
    contracts.withdraw_version(session, sam, v2.id)
    v3 = contracts.propose_version(session, sam, [_same(v1.items[0], text="Call before I'm late")])
    assert contract_diff.baseline_of(session, v2) == v1
    assert contract_diff.baseline_of(session, v3) == v1
    contracts.agree_version(session, alex, v3.id)
    v4 = contracts.propose_version(session, alex, [_same(v3.items[0])])
    assert contract_diff.baseline_of(session, v4) == v3


def test_diff_against_nothing_is_all_added(session, couple):
    alex, sam = couple
    v1 = _first_version(session, alex, sam)
    rows = contract_diff.diff_versions(None, v1)
    assert [r.change for r in rows] == [Change.ADDED] * 5
    assert [r.new for r in rows] == list(v1.items) and all(r.old is None for r in rows)


def test_diff_shows_added_removed_changed_moved_and_unchanged(session, couple):
    alex, sam = couple
    v1 = _first_version(session, alex, sam)
    call, talk, calendar, ex, _texting = v1.items
    drafts = [
        _same(calendar),  # moved up, past two items
        _same(call, text="Call or text when 15 minutes late", due_time=time(18, 0)),
        _same(talk),
        ItemDraft(C, "Put my phone away at dinner", short_name="phone away"),  # new
        _same(ex),
        # the example "texting" is removed
    ]
    v2 = contracts.propose_version(session, sam, drafts, note="Clearer")
    rows = contract_diff.diff_versions(v1, v2)
    summary = [(r.change, (r.old or r.new).text, r.fields) for r in rows]
    assert summary == [
        (Change.MOVED, "Share my calendar", ()),
        (Change.CHANGED, "Call when I'm running late", ("text", "due_time")),
        (Change.UNCHANGED, "Evening talk", ()),
        (Change.ADDED, "Put my phone away at dinner", ()),
        (Change.UNCHANGED, "No contact with the ex", ()),
        (Change.REMOVED, "Texting before the agreed time", ()),
    ]
    changed = rows[1]
    assert changed.old.text == "Call when I'm running late"
    assert changed.new.text == "Call or text when 15 minutes late"
    assert not changed.moved  # "call" kept its order relative to the rest
    assert rows[0].moved and rows[0].old == calendar and rows[0].new.lineage_id == calendar.lineage_id
    # Both sides of every row stay within the item's own kind.
    assert all((r.old or r.new).kind is r.kind for r in rows)


def test_moving_one_item_marks_only_that_item(session, couple):
    alex, sam = couple
    v1 = _first_version(session, alex, sam)
    call, talk, calendar, ex, texting = v1.items
    v2 = contracts.propose_version(session, sam, [_same(i) for i in (calendar, call, talk, ex, texting)])
    changes = [r.change for r in contract_diff.diff_versions(v1, v2)]
    assert changes == [Change.MOVED, Change.UNCHANGED, Change.UNCHANGED, Change.UNCHANGED, Change.UNCHANGED]


def test_an_item_that_changed_and_moved_is_changed_and_flagged_moved(session, couple):
    alex, sam = couple
    v1 = _first_version(session, alex, sam)
    call, talk, calendar, ex, texting = v1.items
    v2 = contracts.propose_version(
        session, sam, [_same(calendar, consequence="Say so"), _same(call), _same(talk), _same(ex), _same(texting)]
    )
    first = contract_diff.diff_versions(v1, v2)[0]
    assert (first.change, first.fields, first.moved) == (Change.CHANGED, ("consequence",), True)


def test_removed_items_line_up_after_their_old_neighbour(session, couple):
    alex, sam = couple
    v1 = _first_version(session, alex, sam)
    _call, talk, _calendar, ex, _texting = v1.items
    v2 = contracts.propose_version(session, sam, [_same(talk), _same(ex)])
    rows = contract_diff.diff_versions(v1, v2)
    assert [(r.change, (r.old or r.new).text) for r in rows] == [
        (Change.REMOVED, "Call when I'm running late"),
        (Change.UNCHANGED, "Evening talk"),
        (Change.REMOVED, "Share my calendar"),
        (Change.UNCHANGED, "No contact with the ex"),
        (Change.REMOVED, "Texting before the agreed time"),
    ]


def test_every_compared_field_is_reported(session, couple):
    alex, sam = couple
    v1 = _first_version(session, alex, sam)
    talk = v1.items[1]
    edited = _same(
        talk,
        short_name="talk",
        owner_id=alex.id,
        cadence=Cadence.WEEKLY,
        weekdays="",
        times_per_week=3,
        category="communication",
        hard_day_form="Two minutes",
        consequence="We talk it through",
    )
    v2 = contracts.propose_version(session, sam, [edited])
    row = next(r for r in contract_diff.diff_versions(v1, v2) if r.change is Change.CHANGED)
    assert set(row.fields) == {
        "short_name",
        "owner_id",
        "cadence",
        "weekdays",
        "times_per_week",
        "category",
        "hard_day_form",
        "consequence",
    }


# --- revising one's own proposal ---------------------------------------------------------


def test_a_revision_keeps_the_number_and_the_comments_and_diffs_against_the_commented_draft(session, couple):
    alex, sam = couple
    v1 = _first_version(session, alex, sam)
    v2 = contracts.propose_version(session, alex, [_same(v1.items[0])], note="First try")
    contract_comments.comment_on(session, sam, v2.id, "Keep the evening talk, please")
    revised = contracts.revise_proposal(session, alex, v2.id, [_same(v1.items[0]), _same(v1.items[1])], note="Kept it")
    assert (v2.status, revised.status) == (VersionStatus.REVISED, VersionStatus.PROPOSED)
    assert (revised.number, revised.revision, revised.note) == (2, 1, "Kept it")  # "version 2, revised", not 3
    assert contracts.open_proposal(session, alex.couple_id) == revised
    # The revision shows the comment it answers; the draft keeps its own.
    assert [c.body for c in contract_comments.comments(session, alex.couple_id, revised.id)] == [
        "Keep the evening talk, please"
    ]
    assert [c.body for c in contract_comments.comments(session, alex.couple_id, v2.id)] == [
        "Keep the evening talk, please"
    ]
    # Against the draft that was commented on: only the evening talk came back.
    assert contract_diff.previous_draft(session, revised) == v2
    assert contract_diff.previous_draft(session, v2) is None
    rows = contract_diff.diff_versions(contract_diff.previous_draft(session, revised), revised)
    assert [(r.change, r.new.text if r.new else None) for r in rows] == [
        (Change.UNCHANGED, "Call when I'm running late"),
        (Change.ADDED, "Evening talk"),
    ]
    assert contract_diff.baseline_of(session, revised) == v1
    # Sam agrees to the revision; the next proposal takes the next number.
    contracts.agree_version(session, sam, revised.id)
    assert contracts.propose_version(session, sam, [_same(v1.items[0])]).number == 3
    assert [(v.number, v.revision) for v in contracts.versions(session, alex.couple_id)] == [
        (3, 0),
        (2, 1),
        (2, 0),
        (1, 0),
    ]


def test_the_other_partner_revises_and_then_the_proposer_agrees(session, couple):
    alex, sam = couple
    v1 = contracts.propose_version(session, alex, [ItemDraft(C, "Call when late")])
    contract_comments.comment_on(session, alex, v1.id, "Open to ideas")
    counter = contracts.revise_proposal(session, sam, v1.id, [ItemDraft(C, "Call or text when late")])
    assert (counter.number, counter.revision, counter.proposed_by_id) == (1, 1, sam.id)
    with pytest.raises(NotAllowed):
        contracts.agree_version(session, sam, counter.id)  # not one's own revision
    again = contracts.revise_proposal(session, alex, counter.id, [ItemDraft(C, "Call or text when 15 min late")])
    assert (again.number, again.revision) == (1, 2)
    assert [c.body for c in contract_comments.comments(session, alex.couple_id, again.id)] == ["Open to ideas"]
    contracts.agree_version(session, sam, again.id)
    assert contracts.active_version(session, alex.couple_id) == again


def test_a_stale_draft_says_it_was_revised(session, couple):
    alex, sam = couple
    v1 = contracts.propose_version(session, alex, [ItemDraft(C, "Call when late")])
    contracts.revise_proposal(session, alex, v1.id, [ItemDraft(C, "Call or text when late")])
    for attempt in (
        lambda: contracts.agree_version(session, sam, v1.id),
        lambda: contract_comments.comment_on(session, sam, v1.id, "Fine by me"),
        lambda: contracts.revise_proposal(session, sam, v1.id, [ItemDraft(C, "Mine")]),
        lambda: contracts.withdraw_version(session, alex, v1.id),
    ):
        with pytest.raises(Conflict, match="revised meanwhile"):
            attempt()
    assert session.scalar(select(func.count(VersionComment.id))) == 0
    assert len(contracts.versions(session, alex.couple_id)) == 2


def test_a_refused_revision_changes_nothing(session, couple):
    alex, sam = couple
    v1 = contracts.propose_version(session, alex, [ItemDraft(C, "Call when late")])
    with pytest.raises(ValidationError):
        contracts.revise_proposal(session, alex, v1.id, [ItemDraft(C, "")])
    assert v1.status is VersionStatus.PROPOSED
    assert [v.id for v in contracts.versions(session, alex.couple_id)] == [v1.id]
    kim, _ = make_couple(session, first="Kim", second="Lee")
    with pytest.raises(NotFound):
        contracts.revise_proposal(session, kim, v1.id, [ItemDraft(C, "Mine")])
    assert v1.status is VersionStatus.PROPOSED
    contracts.agree_version(session, sam, v1.id)
    with pytest.raises(Conflict):
        contracts.revise_proposal(session, alex, v1.id, [ItemDraft(C, "Too late")])


def test_a_revision_carries_the_setback_that_led_to_it(session, couple):
    alex, sam = couple
    v1 = _first_version(session, alex, sam)
    entry = tracking.log_entry(
        session, alex, LogKind.MISSED, lineage_id=v1.items[0].lineage_id, source=Source.WEB, now=NOW
    )
    setback = setbacks.start_setback(session, alex, entry.id, now=NOW)
    copy = setbacks.propose_change_from_setback(session, alex, setback.id, now=NOW)
    revision = contracts.revise_proposal(
        session, alex, copy.id, [_same(v1.items[0], due_time=time(17, 0))], note=copy.note
    )
    assert session.get(Setback, setback.id).version_id == revision.id
