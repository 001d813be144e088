"""Setbacks as data: reflection, and a proposed contract change that quotes it."""

from datetime import date, timedelta

import pytest
from sqlalchemy import event, func, select

from tests.factories import NOW, agreed_contract, make_couple, make_entry
from tests.races import second_between_look_up_and_write
from trust_tracker.models import contracts, disputes, setbacks, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.db import make_sessionmaker
from trust_tracker.models.entities import (
    ContractVersion,
    ItemKind,
    LogKind,
    Partner,
    Setback,
    Source,
    VersionStatus,
)
from trust_tracker.models.errors import Conflict, NotFound, ValidationError

C, B = ItemKind.COMMITMENT, ItemKind.BOUNDARY


def _missed(session, partner, version, kind=LogKind.MISSED):
    lineage = version.items[0].lineage_id if kind is LogKind.MISSED else None
    return tracking.log_entry(session, partner, kind, source=Source.VOICE, lineage_id=lineage, now=NOW)


def _count(session, model):
    return session.scalar(select(func.count(model.id)))


def _words(setback, partner):
    """What `partner` has written on the setback: (trigger, prevention), empty if nothing."""
    mine = setbacks.reflection_of(setback, partner.id)
    return (mine.trigger, mine.prevention) if mine else ("", "")


def test_start_reflect_and_propose_a_change(session, couple, contract):
    alex, sam = couple
    entry = _missed(session, alex, contract)
    setback = setbacks.start_setback(session, alex, entry.id, now=NOW)
    assert setback.couple_id == alex.couple_id and setback.log_entry == entry
    assert setbacks.start_setback(session, sam, entry.id) == setback  # the same one, not a second
    setbacks.reflect(session, alex, setback.id, trigger="  A meeting ran  over ")
    setbacks.reflect(session, alex, setback.id, prevention="Setting a reminder at five")
    assert _words(setback, alex) == ("A meeting ran over", "Setting a reminder at five")

    version = setbacks.propose_change_from_setback(session, alex, setback.id, now=NOW)
    assert version.status is VersionStatus.PROPOSED and version.proposed_by_id == alex.id
    assert version.number == 2 and setback.version_id == version.id
    assert version.note == (
        "After a missed “call when late” on Wed 25 Nov 2026. What triggered it: “A meeting ran over”. "
        "What would have prevented it: “Setting a reminder at five”."
    )
    # A faithful copy of the active contract, keeping every item's lineage.
    copied = [
        (
            i.kind,
            i.text,
            i.short_name,
            i.owner_id,
            i.cadence,
            i.times_per_week,
            i.hard_day_form,
            i.consequence,
            i.lineage_id,
        )
        for i in version.items
    ]
    original = [
        (
            i.kind,
            i.text,
            i.short_name,
            i.owner_id,
            i.cadence,
            i.times_per_week,
            i.hard_day_form,
            i.consequence,
            i.lineage_id,
        )
        for i in contract.items
    ]
    assert copied == original
    # The partner agrees on the site like any other proposal.
    contracts.agree_version(session, sam, version.id)
    assert contracts.active_version(session, alex.couple_id) == version


def test_a_breach_is_a_setback_too(session, couple, contract):
    _, sam = couple
    entry = _missed(session, sam, contract, LogKind.BREACH)
    setback = setbacks.start_setback(session, sam, entry.id)
    setbacks.reflect(session, sam, setback.id, trigger="An old message", prevention="Blocking the number")
    version = setbacks.propose_change_from_setback(session, sam, setback.id, now=NOW)
    assert version.note.startswith("After a boundary breach on Wed 25 Nov 2026. What triggered it")


def test_a_proposal_without_reflection_still_says_where_it_came_from(session, couple, contract):
    alex, _ = couple
    setback = setbacks.start_setback(session, alex, _missed(session, alex, contract).id)
    version = setbacks.propose_change_from_setback(session, alex, setback.id, now=NOW)
    assert version.note == "After a missed “call when late” on Wed 25 Nov 2026."


@pytest.mark.parametrize("kind", [LogKind.KEPT, LogKind.RELIABILITY, LogKind.SMALL_WIN, LogKind.HARD_DAY])
def test_only_missed_and_breach_entries_are_setbacks(session, couple, contract, kind):
    alex, _ = couple
    lineage = contract.items[0].lineage_id if kind is LogKind.KEPT else None
    entry = tracking.log_entry(session, alex, kind, source=Source.WEB, lineage_id=lineage, now=NOW)
    with pytest.raises(ValidationError, match="missed commitment or a boundary breach"):
        setbacks.start_setback(session, alex, entry.id)
    assert _count(session, Setback) == 0


def test_another_couples_entries_and_setbacks_are_not_found(session, couple, contract):
    alex, _ = couple
    kim, _lee = make_couple(session, first="Kim", second="Lee")
    theirs = tracking.log_entry(session, kim, LogKind.BREACH, source=Source.WEB, now=NOW)
    with pytest.raises(NotFound):
        setbacks.start_setback(session, alex, theirs.id)
    with pytest.raises(NotFound):
        setbacks.start_setback(session, alex, 999_999)
    their_setback = setbacks.start_setback(session, kim, theirs.id)
    with pytest.raises(NotFound):
        setbacks.reflect(session, alex, their_setback.id, trigger="peeking")
    with pytest.raises(NotFound):
        setbacks.propose_change_from_setback(session, alex, their_setback.id, now=NOW)
    assert _words(their_setback, alex) == ("", "") and their_setback.reflections == []
    assert setbacks.setbacks(session, alex.couple_id) == []
    assert setbacks.setbacks(session, kim.couple_id) == [their_setback]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"trigger": ""}, "What triggered it cannot be empty"),
        ({"trigger": "   "}, "What triggered it cannot be empty"),
        ({"prevention": "x" * 1001}, "What would have prevented it can be at most 1000"),
        ({"trigger": "fine", "prevention": ""}, "What would have prevented it cannot be empty"),
        ({"trigger": 42}, "What triggered it cannot be empty"),
    ],
)
def test_bad_reflections_are_refused_and_nothing_is_written(session, couple, contract, fields, message):
    alex, _ = couple
    setback = setbacks.start_setback(session, alex, _missed(session, alex, contract).id)
    with pytest.raises(ValidationError, match=message):
        setbacks.reflect(session, alex, setback.id, **fields)
    assert setback.reflections == []


def test_a_long_reflection_is_quoted_shortened_and_the_note_fits(session, couple, contract):
    alex, _ = couple
    setback = setbacks.start_setback(session, alex, _missed(session, alex, contract).id)
    setbacks.reflect(session, alex, setback.id, trigger="t" * 1000, prevention="p" * 1000)
    version = setbacks.propose_change_from_setback(session, alex, setback.id, now=NOW)
    assert len(version.note) <= contracts.MAX_NOTE and "…" in version.note
    assert _words(setback, alex)[0] == "t" * 1000  # the reflection itself is kept whole


def test_an_open_proposal_is_a_kind_conflict_and_nothing_is_written(session, couple, contract):
    alex, sam = couple
    contracts.propose_version(session, sam, [ItemDraft(C, "Something new")])
    setback = setbacks.start_setback(session, alex, _missed(session, alex, contract).id)
    before = _count(session, ContractVersion)
    with pytest.raises(Conflict, match="already a proposed change waiting for you both"):
        setbacks.propose_change_from_setback(session, alex, setback.id, now=NOW)
    assert _count(session, ContractVersion) == before and setback.version_id is None


def test_one_proposal_per_setback(session, couple, contract):
    alex, sam = couple
    setback = setbacks.start_setback(session, alex, _missed(session, alex, contract).id)
    version = setbacks.propose_change_from_setback(session, alex, setback.id, now=NOW)
    contracts.agree_version(session, sam, version.id)
    with pytest.raises(Conflict, match="already been proposed"):
        setbacks.propose_change_from_setback(session, alex, setback.id, now=NOW)


def test_no_agreed_contract_yet(session, couple):
    alex, _ = couple
    entry = tracking.log_entry(session, alex, LogKind.BREACH, source=Source.VOICE, now=NOW)
    setback = setbacks.start_setback(session, alex, entry.id)
    with pytest.raises(Conflict, match="no agreed contract"):
        setbacks.propose_change_from_setback(session, alex, setback.id, now=NOW)


def test_setbacks_newest_first_with_who_logged_them(session, couple, contract):
    alex, sam = couple
    first = setbacks.start_setback(session, alex, _missed(session, alex, contract).id, now=NOW - timedelta(days=2))
    second = setbacks.start_setback(session, sam, _missed(session, sam, contract, LogKind.BREACH).id, now=NOW)
    listed = setbacks.setbacks(session, alex.couple_id)
    assert listed == [second, first]
    assert [s.log_entry.partner.name for s in listed] == ["Sam", "Alex"]
    assert listed[0].log_entry.local_date == date(2026, 11, 25)


def test_a_setback_started_by_both_at_once_is_one_setback(fresh_engine):
    """Sam starts it between Alex's look-up and Alex's insert: Alex gets Sam's setback."""
    sessions = make_sessionmaker(fresh_engine)
    with sessions.begin() as session:
        alex, sam = make_couple(session)
        entry_id = _missed(session, alex, agreed_contract(session, alex, sam)).id
        ids = alex.id, sam.id

    def start(partner_id):
        return lambda session: setbacks.start_setback(session, session.get_one(Partner, partner_id), entry_id).id

    first, second = second_between_look_up_and_write(fresh_engine, start(ids[0]), start(ids[1]), "FROM setback")
    assert isinstance(first, int) and first == second
    with sessions() as session:
        assert session.scalars(select(Setback.log_entry_id)).all() == [entry_id]


def test_lapses_are_each_partners_own_to_do_and_the_others_as_information(session, couple, contract):
    alex, sam = couple
    kim, _ = make_couple(session, first="Kim", second="Lee")
    tracking.log_entry(session, kim, LogKind.BREACH, source=Source.WEB, now=NOW)  # another couple's
    tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, now=NOW)  # not a lapse
    first = _missed(session, alex, contract)
    breach = _missed(session, sam, contract, kind=LogKind.BREACH)
    assert setbacks.lapses_for(session, alex) == setbacks.Lapses(mine=[first], partners=[breach])
    assert setbacks.lapses_for(session, sam) == setbacks.Lapses(mine=[breach], partners=[first])
    # Starting a setback is no reflection: it stays until Sam writes theirs.
    setback = setbacks.start_setback(session, sam, breach.id, now=NOW)
    assert setbacks.lapses_for(session, sam).mine == [breach]
    setbacks.reflect(session, sam, setback.id, trigger="An old message")
    assert setbacks.lapses_for(session, sam).mine == []
    assert setbacks.lapses_for(session, alex).partners == [breach]  # Alex has not written theirs
    assert setbacks.lapses_for(session, alex, limit=0) == setbacks.Lapses([], [])


def test_dismissing_puts_a_lapse_away_for_that_partner_only(session, couple, contract):
    alex, sam = couple
    first = _missed(session, alex, contract)
    breach = _missed(session, sam, contract, kind=LogKind.BREACH)
    setbacks.dismiss(session, alex, breach.id, now=NOW)
    setbacks.dismiss(session, alex, breach.id, now=NOW)  # twice is once
    assert setbacks.lapses_for(session, alex) == setbacks.Lapses(mine=[first], partners=[])
    assert setbacks.lapses_for(session, sam) == setbacks.Lapses(mine=[breach], partners=[first])
    kept = tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, now=NOW)
    kim, _ = make_couple(session, first="Kim", second="Lee")
    theirs = tracking.log_entry(session, kim, LogKind.BREACH, source=Source.WEB, now=NOW)
    for entry_id in (kept.id, theirs.id, 999_999):
        with pytest.raises(NotFound):
            setbacks.dismiss(session, alex, entry_id)


def test_each_partner_writes_their_own_reflection_and_never_the_others(session, couple, contract):
    alex, sam = couple
    setback = setbacks.start_setback(session, alex, _missed(session, alex, contract).id)
    setbacks.reflect(session, alex, setback.id, trigger="A meeting ran over", prevention="An alarm")
    setbacks.reflect(session, sam, setback.id, trigger="I called at a bad time")
    setbacks.reflect(session, sam, setback.id, prevention="Text first")
    assert _words(setback, alex) == ("A meeting ran over", "An alarm")
    assert _words(setback, sam) == ("I called at a bad time", "Text first")
    assert [r.author_id for r in setback.reflections] == [alex.id, sam.id]
    # Sam proposing quotes Sam's words, never Alex's.
    version = setbacks.propose_change_from_setback(session, sam, setback.id, now=NOW)
    assert "I called at a bad time" in version.note and "meeting" not in version.note


def test_a_change_is_drafted_for_editing_without_writing_anything(session, couple, contract):
    alex, _ = couple
    setback = setbacks.start_setback(session, alex, _missed(session, alex, contract).id)
    setbacks.reflect(session, alex, setback.id, trigger="A meeting ran over")
    before = _count(session, ContractVersion)
    drafts, note = setbacks.draft_change_from_setback(session, alex, setback.id)
    assert [(d.kind, d.text, d.lineage_id) for d in drafts] == [
        (item.kind, item.text, item.lineage_id) for item in contract.items
    ]
    assert note == "After a missed “call when late” on Wed 25 Nov 2026. What triggered it: “A meeting ran over”."
    assert _count(session, ContractVersion) == before and setback.version_id is None
    assert contracts.open_proposal(session, alex.couple_id) is None


def test_the_edited_change_is_proposed_and_linked_to_the_setback(session, couple, contract):
    alex, _ = couple
    setback = setbacks.start_setback(session, alex, _missed(session, alex, contract).id)
    drafts, _ = setbacks.draft_change_from_setback(session, alex, setback.id)
    drafts[0].hard_day_form = "A text from any phone"
    version = setbacks.propose_change_from_setback(
        session, alex, setback.id, now=NOW, items=drafts, note="Charge the phone at lunch"
    )
    assert version.note == "Charge the phone at lunch" and version.items[0].hard_day_form == "A text from any phone"
    assert setback.version_id == version.id


def test_drafting_refuses_what_proposing_would(session, couple, contract):
    alex, sam = couple
    setback = setbacks.start_setback(session, alex, _missed(session, alex, contract).id)
    contracts.propose_version(session, sam, [ItemDraft(C, "Something new")])
    with pytest.raises(Conflict, match="already a proposed change waiting for you both"):
        setbacks.draft_change_from_setback(session, alex, setback.id)
    kim, _ = make_couple(session, "Kim", "Lee")
    with pytest.raises(NotFound):
        setbacks.draft_change_from_setback(session, kim, setback.id)


def test_a_withdrawn_proposal_frees_the_setback_for_a_new_one(session, couple, contract):
    alex, _ = couple
    setback = setbacks.start_setback(session, alex, _missed(session, alex, contract).id)
    first = setbacks.propose_change_from_setback(session, alex, setback.id, now=NOW)
    contracts.withdraw_version(session, alex, first.id)
    assert setback.version_id is None
    second = setbacks.propose_change_from_setback(session, alex, setback.id, now=NOW)
    assert second.number == first.number + 1 and setback.version_id == second.id


@pytest.mark.parametrize(
    ("trigger", "prevention", "expected"),
    [
        (
            "My phone died on the bus.",
            "A charger in my bag!",
            " What triggered it: “My phone died on the bus.” What would have prevented it: “A charger in my bag!”",
        ),
        ("Was it the bus?", "", " What triggered it: “Was it the bus?”"),
        ("Tired", "", " What triggered it: “Tired”."),
    ],
)
def test_the_change_note_never_doubles_punctuation(session, couple, contract, trigger, prevention, expected):
    alex, _ = couple
    setback = setbacks.start_setback(session, alex, _missed(session, alex, contract).id)
    setbacks.reflect(session, alex, setback.id, trigger=trigger, prevention=prevention or None)
    _, note = setbacks.draft_change_from_setback(session, alex, setback.id)
    assert note == "After a missed “call when late” on Wed 25 Nov 2026." + expected
    assert ".”." not in note and "!”." not in note and "?”." not in note


def test_setbacks_logged_counts_a_partners_misses_and_breaches_from_the_monthly_figures(
    session, couple, contract, connection
):
    alex, sam = couple
    call = contract.items[0]
    assert setbacks.setbacks_logged(session, alex) == 0
    today = NOW.date()
    for back, kind in ((400, LogKind.MISSED), (35, LogKind.BREACH), (3, LogKind.MISSED), (2, LogKind.KEPT)):
        make_entry(session, alex, kind, today - timedelta(days=back), None if kind is LogKind.BREACH else call)
    make_entry(session, sam, LogKind.MISSED, today - timedelta(days=3), call)
    said = make_entry(session, alex, LogKind.MISSED, today - timedelta(days=1), call, source=Source.VOICE)
    assert setbacks.setbacks_logged(session, alex) == 4  # this one counted, in its own flush
    disputes.dispute(session, alex, said.id, now=NOW)  # "not me": it counts nowhere

    seen: list[str] = []
    record = lambda conn, cursor, statement, *rest: seen.append(statement.upper())  # noqa: E731
    event.listen(connection, "after_cursor_execute", record)
    try:
        counts = (setbacks.setbacks_logged(session, alex), setbacks.setbacks_logged(session, sam))
    finally:
        event.remove(connection, "after_cursor_execute", record)
    assert counts == (3, 1)
    # A row a month of the figures, never every entry of the partner's history.
    assert seen and all("FROM MONTHLY_STAT" in s and "LOG_ENTRY" not in s for s in seen)
