import pytest
from sqlalchemy import func, select

from tests.factories import make_couple
from trust_tracker.models import contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, ContractVersion, ItemKind, ItemLineage, VersionStatus
from trust_tracker.models.errors import Conflict, NotAllowed, NotFound, ValidationError

C, B, E = ItemKind.COMMITMENT, ItemKind.BOUNDARY, ItemKind.EXAMPLE


def _items(**overrides):
    return [
        ItemDraft(C, "Call when I'm running late", short_name="call when late", **overrides),
        ItemDraft(
            C, "Evening talk about our day", short_name="evening talk", cadence=Cadence.WEEKDAYS, weekdays="0123"
        ),
        ItemDraft(B, "No contact with the ex", consequence="Tell each other within a day"),
        ItemDraft(E, "Texting before the agreed time"),
    ]


def test_propose_then_the_other_partner_agrees(session, couple):
    alex, sam = couple
    version = contracts.propose_version(session, alex, _items(), note="First draft")
    assert version.number == 1 and version.status is VersionStatus.PROPOSED
    assert contracts.active_version(session, alex.couple_id) is None
    assert contracts.open_proposal(session, alex.couple_id) == version

    contracts.agree_version(session, sam, version.id)
    active = contracts.active_version(session, alex.couple_id)
    assert active == version and active.agreed_by_id == sam.id
    assert [i.short_name for i in active.items_of(C)] == ["call when late", "evening talk"]
    assert [i.kind for i in active.items] == [C, C, B, E]


def test_a_partner_cannot_agree_to_their_own_proposal(session, couple):
    alex, _ = couple
    version = contracts.propose_version(session, alex, _items())
    with pytest.raises(NotAllowed):
        contracts.agree_version(session, alex, version.id)


def test_second_proposal_while_one_is_open_is_a_conflict(session, couple):
    alex, sam = couple
    contracts.propose_version(session, alex, _items())
    with pytest.raises(Conflict):
        contracts.propose_version(session, sam, _items())


def test_revision_keeps_lineage_and_supersedes(session, couple):
    alex, sam = couple
    v1 = contracts.propose_version(session, alex, _items())
    contracts.agree_version(session, sam, v1.id)
    call = v1.items[0]
    revised = [
        ItemDraft(C, "Call or text when 15 minutes late", short_name="call when late", lineage_id=call.lineage_id)
    ]
    v2 = contracts.propose_version(session, sam, revised, note="Clearer")
    contracts.agree_version(session, alex, v2.id)
    assert v1.status is VersionStatus.SUPERSEDED
    assert v2.status is VersionStatus.ACTIVE and v2.number == 2
    assert v2.items[0].lineage_id == call.lineage_id
    assert [v.number for v in contracts.versions(session, alex.couple_id)] == [2, 1]
    with pytest.raises(Conflict):
        contracts.agree_version(session, alex, v1.id)


def test_another_couples_ids_are_not_found(session, couple):
    alex, sam = couple
    kim, _ = make_couple(session, first="Kim", second="Lee")
    theirs = contracts.propose_version(session, kim, _items())
    with pytest.raises(NotFound):
        contracts.get_version(session, alex.couple_id, theirs.id)
    with pytest.raises(NotFound):
        contracts.agree_version(session, sam, theirs.id)
    stolen = [ItemDraft(C, "Mine now", lineage_id=theirs.items[0].lineage_id)]
    with pytest.raises(NotFound):
        contracts.propose_version(session, alex, stolen)


@pytest.mark.parametrize(
    "draft, message",
    [
        (ItemDraft(C, "   "), "cannot be empty"),
        (ItemDraft(C, "x" * 501), "at most 500"),
        (ItemDraft(C, "ok", short_name="x" * 61), "at most 60"),
        (ItemDraft(C, "ok", category="astrology"), "categories"),
        (ItemDraft(C, "ok", cadence=Cadence.WEEKDAYS, weekdays=""), "day of the week"),
        (ItemDraft(C, "ok", cadence=Cadence.WEEKDAYS, weekdays="78"), "day of the week"),
        (ItemDraft(C, "ok", cadence=Cadence.WEEKLY, times_per_week=0), "between 1 and 7"),
        (ItemDraft(C, "ok", cadence=Cadence.WEEKLY, times_per_week=8), "between 1 and 7"),
        (ItemDraft(C, "ok", owner_id=999_999), "owner"),
    ],
)
def test_invalid_items_are_rejected(session, couple, draft, message):
    alex, _ = couple
    with pytest.raises(ValidationError, match=message):
        contracts.propose_version(session, alex, [draft])


def _counts(session):
    return [session.scalar(select(func.count(t.id))) for t in (ContractVersion, ItemLineage)]


def test_nothing_is_written_until_every_item_is_valid(session, couple):
    alex, _sam = couple
    before = _counts(session)
    with pytest.raises(ValidationError):
        contracts.propose_version(session, alex, [ItemDraft(C, "fine"), ItemDraft(C, "")])
    with pytest.raises(ValidationError):
        contracts.propose_version(session, alex, [])
    assert _counts(session) == before


def test_the_same_item_twice_is_rejected(session, couple):
    alex, sam = couple
    v1 = contracts.propose_version(session, alex, _items())
    contracts.agree_version(session, sam, v1.id)
    lineage = v1.items[0].lineage_id
    with pytest.raises(ValidationError):
        contracts.propose_version(
            session, alex, [ItemDraft(C, "a", lineage_id=lineage), ItemDraft(C, "b", lineage_id=lineage)]
        )


def test_item_names_keep_the_newest_wording_even_after_removal(session, couple):
    alex, sam = couple
    v1 = contracts.propose_version(session, alex, _items())
    contracts.agree_version(session, sam, v1.id)
    call, talk = v1.items[0], v1.items[1]
    v2 = contracts.propose_version(
        session, sam, [ItemDraft(C, "Call or text when late", short_name="", lineage_id=call.lineage_id)]
    )
    contracts.agree_version(session, alex, v2.id)
    kim, _ = make_couple(session, first="Kim", second="Lee")
    contracts.propose_version(session, kim, [ItemDraft(C, "Theirs")])
    names = contracts.item_names(session, alex.couple_id)
    assert names[call.lineage_id] == "Call or text when late"
    assert names[talk.lineage_id] == "evening talk"  # dropped in v2, still named
    assert len(names) == 4
    commitments = contracts.item_names(session, alex.couple_id, kind=C)
    assert list(commitments) == [call.lineage_id, talk.lineage_id]


def test_an_item_cannot_change_kind_and_says_so(session, couple):
    alex, sam = couple
    v1 = contracts.propose_version(session, alex, _items())
    contracts.agree_version(session, sam, v1.id)
    before = _counts(session)
    with pytest.raises(contracts.ItemProblems) as raised:
        contracts.propose_version(session, alex, [ItemDraft(B, v1.items[0].text, lineage_id=v1.items[0].lineage_id)])
    [problem] = raised.value.problems
    assert (problem.index, problem.field) == (0, "kind")
    assert str(raised.value) == (
        f"Item 1 (“{v1.items[0].text}”): An item cannot change kind: remove it and add a new one."
    )
    assert _counts(session) == before


def test_every_problem_of_every_item_is_told_at_once(session, couple):
    alex, _ = couple
    before = _counts(session)
    drafts = [
        ItemDraft(C, "fine"),
        ItemDraft(C, "Evening talk", cadence=Cadence.WEEKDAYS, weekdays="", short_name="x" * 61),
        ItemDraft(B, "  "),
    ]
    with pytest.raises(contracts.ItemProblems) as raised:
        contracts.propose_version(session, alex, drafts)
    assert [(p.index, p.field) for p in raised.value.problems] == [(1, "short_name"), (1, "weekdays"), (2, "text")]
    assert str(raised.value) == (
        "Item 2 (“Evening talk”): A short name can be at most 60 characters. "
        "Item 2 (“Evening talk”): Choose at least one day of the week for this commitment. "
        "Item 3: Boundary text cannot be empty."
    )
    assert _counts(session) == before
    # The same check, without proposing: nothing is written either way.
    assert [(p.index, p.field) for p in contracts.check_items(session, alex, drafts)] == [
        (1, "short_name"),
        (1, "weekdays"),
        (2, "text"),
    ]
    assert contracts.check_items(session, alex, drafts[:1]) == []
    assert _counts(session) == before
