"""models.logbook: one operation per thing said to have happened, and its outcome.

The domain is given an understanding of words; these tests give it a plain one (exact
names, "the second one" by index) so they are about the rules, not the vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.factories import NOW
from trust_tracker.models import contracts, logbook, still_open, tracking
from trust_tracker.models.entities import Cadence, ContractItem, ItemKind, LogEntry, LogKind, Milestone, Source
from trust_tracker.models.errors import ValidationError

C = ItemKind.COMMITMENT


class Exact:
    """Names are matched whole; "second" picks the second one offered; calls are counted; "against …"
    goes against the promise named, "denied …" denies what it says not to do."""

    def __init__(self) -> None:
        self.calls = 0

    def named(
        self, said: str, commitments: Sequence[ContractItem], offered: Sequence[ContractItem]
    ) -> list[ContractItem]:
        self.calls += 1
        if said == "second" and len(offered) > 1:
            return [offered[1]]
        said = said.removeprefix("against ").removeprefix("denied ")
        return [c for c in commitments if said in c.short_name]

    def own_words(self, said: str, item: ContractItem) -> str:
        return said if said != item.short_name else ""

    def how_told(self, said: str, item: ContractItem) -> str:
        return said.removeprefix(f"{item.short_name}, ") if said.startswith(f"{item.short_name}, ") else ""

    def called(self, said: str, item: ContractItem) -> bool:
        return item.short_name in said

    def goes_against(self, said: str, item: ContractItem) -> bool:
        return said.startswith("against ")  # "i got defensive", of "… without getting defensive"

    def denied(self, said: str, item: ContractItem) -> bool:
        return said.startswith("denied ")  # "i didn't get defensive"


@pytest.fixture
def contract(session, couple) -> dict[str, int]:
    alex, sam = couple
    drafts = [
        contracts.ItemDraft(C, "Call when late", short_name="call when late", owner_id=alex.id),
        contracts.ItemDraft(C, "Evening talk", short_name="evening talk"),
        contracts.ItemDraft(C, "Evening walk", short_name="evening walk"),
        contracts.ItemDraft(C, "House jobs", short_name="house jobs", owner_id=sam.id),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW)
    contracts.agree_version(session, sam, version.id, now=NOW)
    session.flush()
    return {item.short_name: item.lineage_id for item in version.items}


def log_said(session, partner, said: str, kind: LogKind = LogKind.KEPT, **options) -> logbook.LogOutcome:
    return logbook.log_said(
        session, partner, kind, said, understanding=options.pop("understanding", Exact()), now=NOW, **options
    )


def rows(session) -> list[tuple[int | None, str]]:
    return [(e.lineage_id, e.note) for e in session.scalars(select(LogEntry).order_by(LogEntry.id))]


def names(items: list[ContractItem]) -> list[str]:
    return [c.short_name for c in items]


def test_one_commitment_named_is_logged_with_their_words(session, couple, contract) -> None:
    alex, _ = couple
    outcome = log_said(session, alex, "call when late")
    assert isinstance(outcome, logbook.Logged)
    assert outcome.commitment is not None and outcome.commitment.lineage_id == contract["call when late"]
    assert (outcome.entry.source, outcome.note, outcome.contract) == (Source.VOICE, "", True)
    assert rows(session) == [(contract["call when late"], "")]
    assert log_said(session, alex, "talk").note == "talk"  # their own words for it, kept as the note


def test_a_keep_told_against_its_promise_is_asked_and_nothing_written(session, couple, contract) -> None:
    alex, _ = couple
    outcome = log_said(session, alex, "against call when late")
    assert isinstance(outcome, logbook.Against) and outcome.commitment.lineage_id == contract["call when late"]
    assert rows(session) == []


def test_a_miss_that_denies_what_its_promise_says_not_to_do_is_kept(session, couple, contract) -> None:
    alex, _ = couple
    outcome = log_said(session, alex, "denied call when late", LogKind.MISSED)
    assert isinstance(outcome, logbook.Logged) and outcome.entry.kind is LogKind.KEPT
    assert rows(session) == [(contract["call when late"], "Denied call when late")]


def test_several_fit_ambiguous_and_nothing_written(session, couple, contract) -> None:
    alex, _ = couple
    outcome = log_said(session, alex, "evening")
    assert isinstance(outcome, logbook.Ambiguous) and names(outcome.candidates) == ["evening talk", "evening walk"]
    assert rows(session) == []


def test_none_fit_unknown_offers_only_what_the_partner_may_log(session, couple, contract) -> None:
    alex, sam = couple
    outcome = log_said(session, alex, "the dishes")
    assert isinstance(outcome, logbook.Unknown)
    assert names(outcome.candidates) == ["call when late", "evening talk", "evening walk"]  # not Sam's house jobs
    assert names(outcome.candidates) == names(tracking.loggable_commitments(session, alex))
    assert names(log_said(session, sam, "the dishes").candidates) == ["evening talk", "evening walk", "house jobs"]
    assert rows(session) == []


def test_the_other_partners_commitment_is_refused_saying_whose(session, couple, contract) -> None:
    _, sam = couple
    with pytest.raises(ValidationError, match=re.escape("That is Alex's commitment, so Alex logs it.")):
        log_said(session, sam, "call when late")
    assert rows(session) == []


def test_nothing_named_asks_which_one_and_writes_nothing(session, couple, contract) -> None:
    """tester-voice13 #8: "I kept my promise" logged unattached could never get its promise after."""
    alex, _ = couple
    outcome = log_said(session, alex, "")
    assert isinstance(outcome, logbook.Ambiguous)
    assert names(outcome.candidates) == names(tracking.loggable_commitments(session, alex))
    assert rows(session) == []


def test_nothing_named_without_a_promise_to_choose_is_logged_unattached(session, couple) -> None:
    alex, _ = couple
    outcome = log_said(session, alex, "")
    assert isinstance(outcome, logbook.Logged) and outcome.commitment is None
    assert rows(session) == [(None, "")]


def test_nothing_named_with_one_promise_to_choose_logs_that_one(session, couple) -> None:
    alex, sam = couple
    drafts = [contracts.ItemDraft(C, "Evening talk", short_name="evening talk")]
    version = contracts.propose_version(session, alex, drafts, now=NOW)
    contracts.agree_version(session, sam, version.id, now=NOW)
    outcome = log_said(session, alex, "")
    assert isinstance(outcome, logbook.Logged) and outcome.commitment.short_name == "evening talk"
    assert rows(session) == [(version.items[0].lineage_id, "")]


def test_an_answer_naming_nothing_to_a_one_promise_question_is_asked_again(session, couple, contract) -> None:
    """ "Was it your evening talk?" "um": the one offered is asked about again, never logged on a guess."""
    alex, _ = couple
    outcome = log_said(session, alex, "", offered=[contract["evening talk"]], first_words="after dinner")
    assert isinstance(outcome, logbook.Ambiguous) and names(outcome.candidates) == ["evening talk"]
    assert rows(session) == []


def test_an_answer_to_which_one(session, couple, contract) -> None:
    alex, _ = couple
    offered = [contract["evening walk"], contract["evening talk"]]  # in the order heard
    asked = {"offered": offered, "first_words": "after dinner"}
    outcome = log_said(session, alex, "", **asked)
    assert isinstance(outcome, logbook.Ambiguous) and names(outcome.candidates) == ["evening walk", "evening talk"]
    picked = log_said(session, alex, "second", **asked)
    assert isinstance(picked, logbook.Logged) and picked.commitment.short_name == "evening talk"
    assert picked.note == "after dinner"  # the answer is just the name: the words first said are the note
    # An unclear answer is never a guess, however often asked: nothing logged.
    unclear = log_said(session, alex, "purple", **asked)
    assert isinstance(unclear, logbook.Unknown | logbook.Ambiguous)
    assert rows(session) == [(contract["evening talk"], "After dinner")]


def test_an_answer_to_which_one_after_the_list_changed_is_asked_again(session, couple, contract) -> None:
    alex, sam = couple
    offered = [contract["call when late"], contract["evening talk"]]  # heard before the site's change
    version = contracts.propose_version(
        session, alex, [contracts.ItemDraft(C, "Evening talk", short_name="evening talk")], now=NOW
    )
    contracts.agree_version(session, sam, version.id, now=NOW)
    session.flush()
    # "The second one" was evening talk when heard; now it would be nothing, or another: never taken.
    again = log_said(session, alex, "second", offered=offered, first_words="")
    assert isinstance(again, logbook.Ambiguous) and again.changed
    assert names(again.candidates) == ["evening talk"]
    assert rows(session) == []


def test_without_a_contract_the_words_are_the_note(session, couple) -> None:
    alex, _ = couple
    outcome = log_said(session, alex, "called from the train")
    assert isinstance(outcome, logbook.Logged) and not outcome.contract and outcome.note == "called from the train"


def test_a_keep_celebrates_what_it_reaches_a_miss_does_not(session, couple, contract) -> None:
    alex, _ = couple
    for _ in range(9):
        tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, now=NOW)
    missed = log_said(session, alex, "evening walk", LogKind.MISSED)
    assert isinstance(missed, logbook.Logged) and missed.milestones == []
    kept = log_said(session, alex, "evening talk")
    assert isinstance(kept, logbook.Logged) and "kept:10" in [m.key for m in kept.milestones]
    assert session.scalar(select(Milestone.celebrated_at).where(Milestone.key == "kept:10")) == NOW
    assert logbook.log_note(session, alex, LogKind.SMALL_WIN, "again", now=NOW).milestones == []  # said once


@pytest.mark.parametrize(
    ("said", "message"),
    [
        ("call\x00when late", "A note cannot contain control characters."),
        ("late\x07", "A note cannot contain control characters."),
        ("x" * 10_000, "A note can be at most 1000 characters."),
    ],
)
def test_bad_words_are_refused_before_anything_is_matched_or_written(session, couple, contract, said, message) -> None:
    alex, _ = couple
    understanding = Exact()
    with pytest.raises(ValidationError, match=re.escape(message)):
        log_said(session, alex, said, understanding=understanding)
    assert understanding.calls == 0 and session.scalar(select(func.count(LogEntry.id))) == 0


def test_a_breach_note_offers_no_celebration(session, couple) -> None:
    alex, _ = couple
    for _ in range(10):
        tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, now=NOW)
    breach = logbook.log_note(session, alex, LogKind.BREACH, "", now=NOW)
    assert breach.milestones == [] and breach.entry.kind is LogKind.BREACH
    assert session.scalar(select(func.count(Milestone.id)).where(Milestone.celebrated_at.is_not(None))) == 0


@pytest.mark.parametrize("doer", [logbook.Doer.PARTNER, logbook.Doer.SOMEONE_ELSE])
@pytest.mark.parametrize("unattached", [False, True])
def test_a_breach_told_of_anyone_but_the_speaker_is_never_logged(session, couple, contract, doer, unattached) -> None:
    """Only the one who crossed a boundary logs it (breach11): told of the partner or of someone
    else, nothing is written, whatever boundary the words name or whether one was chosen."""
    alex, _ = couple
    understanding = Exact()
    outcome = logbook.log_breach(
        session, alex, "read my journal", understanding=understanding, unattached=unattached, now=NOW, doer=doer
    )
    assert outcome == logbook.NotTheirs(doer) and understanding.calls == 0
    assert session.scalar(select(func.count(LogEntry.id))) == 0


def test_the_speakers_own_breach_is_logged_by_them(session, couple) -> None:
    alex, _ = couple
    outcome = logbook.log_breach(session, alex, "i read the journal", understanding=Exact(), now=NOW)
    assert isinstance(outcome, logbook.NoteLogged) and outcome.entry.partner_id == alex.id
    assert outcome.entry.kind is LogKind.BREACH and outcome.entry.note == "I read the journal"


def test_a_past_day_a_promise_was_not_due_logs_nothing_and_lists_what_was(session, couple) -> None:
    """Brief voice47: "I missed the Saturday walk on Monday" is refused with what of the speaker's was due Monday; a keep
    on an off day is kept (as today's is)."""
    alex, sam = couple
    drafts = [
        contracts.ItemDraft(C, "Evening talk", short_name="evening talk"),
        contracts.ItemDraft(C, "Saturday walk", short_name="saturday walk", cadence=Cadence.WEEKDAYS, weekdays="5"),
        contracts.ItemDraft(C, "Gym", short_name="gym", cadence=Cadence.WEEKDAYS, weekdays="0", owner_id=alex.id),
        contracts.ItemDraft(C, "Sam's run", short_name="run", cadence=Cadence.WEEKDAYS, weekdays="0", owner_id=sam.id),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW)
    contracts.agree_version(session, sam, version.id, now=NOW)
    monday, saturday = date(2026, 11, 23), date(2026, 11, 21)
    outcome = log_said(session, alex, "saturday walk", LogKind.MISSED, day=monday)
    assert isinstance(outcome, still_open.NotDue) and outcome.day == "on Monday"
    assert (outcome.commitment.short_name, names(outcome.due)) == ("saturday walk", ["evening talk", "gym"])
    assert rows(session) == []
    assert isinstance(log_said(session, alex, "saturday walk", LogKind.MISSED, day=saturday), logbook.Logged)
    assert isinstance(log_said(session, alex, "saturday walk"), logbook.Logged)  # today said plainly: as before
