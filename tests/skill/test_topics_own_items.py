"""Topic carriers read with the couple's own contract (issue 8, point 3): showing up for one of
their commitments keeps it ("I showed up for our evening talk"), and a breach may name one of
their boundaries ("I overstepped with my phone again"); the words after a boundary are checked
("I crossed a boundary at the gym" is asked about, never logged). Through the whole skill on a
linked device."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import make_couple
from tests.skill.test_safety import alex, count, envelope, say, skill, speech, then
from tests.skill.test_topics import carrier
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind

__all__ = ["alex", "say", "skill"]  # fixtures

ASK_BREACH = "I'm not sure I followed. Shall I read your boundaries, or log that a boundary was crossed?"
LET_GO = "I'm not sure what you'd like me to do with that."
WHICH_BOUNDARY = "Which of your boundaries was it:"


def _with_phone_boundary(session, proposer, agreer) -> int:
    """An agreed contract whose boundary is about the phone, beside a commitment: its lineage."""
    drafts = [
        contracts.ItemDraft(ItemKind.COMMITMENT, "Have a short evening talk", short_name="evening talk"),
        contracts.ItemDraft(ItemKind.BOUNDARY, "No hiding my phone from each other"),
    ]
    version = contracts.propose_version(session, proposer, drafts, note="ours")
    contracts.agree_version(session, agreer, version.id)
    session.flush()
    return version.items_of(ItemKind.BOUNDARY)[0].lineage_id


def _entries(session) -> list[tuple[LogKind, int | None, str]]:
    session.expire_all()
    return [(e.kind, e.lineage_id, e.note or "") for e in session.query(LogEntry).order_by(LogEntry.id)]


# --- 1: showing up for a commitment of theirs keeps it -----------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [("i", "for our evening talk"), ("i", "for the evening talk on time"), ("honestly i", "for the evening talk")],
)
def test_showing_up_for_a_commitment_logs_it_kept(say, session, contract, alex, before, after) -> None:
    result = say(envelope(*carrier("LogReliabilityIntent", "showed up", before, after)))
    talk = next(i for i in contract.items if i.short_name == "evening talk")
    [(kind, lineage, note)] = _entries(session)
    assert (kind, lineage) == (LogKind.KEPT, talk.lineage_id) and "evening talk" in note  # in their words
    assert speech(result) == "Logged: you kept your evening talk."


def test_not_showing_up_for_a_commitment_logs_it_missed(say, session, contract, alex) -> None:
    say(envelope(*carrier("LogReliabilityIntent", "show up", "i did not", "for our evening talk")))
    talk = next(i for i in contract.items if i.short_name == "evening talk")
    assert [(kind, lineage) for kind, lineage, _ in _entries(session)] == [(LogKind.MISSED, talk.lineage_id)]


@pytest.mark.parametrize(
    ("before", "after"),
    [("i", "late for work"), ("the plumber", "for the job"), ("i", "for the gym class"), ("we", "for the party")],
)
def test_showing_up_for_anything_else_writes_nothing(say, session, contract, alex, before, after) -> None:
    result = say(envelope(*carrier("LogReliabilityIntent", "showed up", before, after)))
    assert speech(result) and count(session, LogEntry) == 0
    assert not result["response"]["shouldEndSession"]


# --- 2: a breach's words are checked; the couple's own boundaries are understood ---------------


@pytest.mark.parametrize(
    ("topic", "before", "after"),
    [
        ("crossed", "i", "a boundary at the gym"),
        ("crossed", "i", "a boundary on the motorway at the weekend"),
        ("boundary", "the football crossed the", "line"),
        ("crossed", "we", "a boundary into france"),
    ],
)
def test_words_after_a_boundary_are_checked_and_only_asked_about(say, session, contract, alex, topic, before, after):
    result = say(envelope(*carrier("LogBreachIntent", topic, before, after)))
    assert speech(result) == ASK_BREACH
    assert count(session, LogEntry) == 0
    say(then(result, "AMAZON.NoIntent"))
    assert count(session, LogEntry) == 0


def test_a_breach_said_with_plain_time_words_is_logged_once_its_boundary_is_named(say, session, contract, alex):
    asked = say(envelope(*carrier("LogBreachIntent", "crossed", "i", "one of our boundaries last night")))
    assert speech(asked).startswith(WHICH_BOUNDARY) and count(session, LogEntry) == 0  # it names none of theirs
    say(then(asked, "LogBreachIntent", {"note": "the first one"}))
    [boundary] = contract.items_of(ItemKind.BOUNDARY)
    # "last night" dates it, and is no part of the note (tester-voice38 D13)
    assert _entries(session) == [(LogKind.BREACH, boundary.lineage_id, "I crossed one of our boundaries")]
    [entry] = session.query(LogEntry).all()
    assert entry.local_date == entry.created_at.date() - timedelta(days=1)


@pytest.mark.parametrize(
    ("topic", "before", "after"),
    [
        ("overstepped", "i", "with my phone again"),
        ("crossed", "i", "the line about hiding my phone"),
        ("overstepped", "i", "again and hid my phone"),
    ],
)
def test_naming_one_of_their_own_boundaries_logs_the_breach(say, session, couple, alex, topic, before, after):
    phone = _with_phone_boundary(session, *couple)
    say(envelope(*carrier("LogBreachIntent", topic, before, after)))
    assert _entries(session) == [
        (LogKind.BREACH, phone, f"{before.capitalize()} {topic} {after}")
    ]  # about that boundary


def test_the_no_contact_rule_broken_is_a_breach(say, session, contract, alex) -> None:
    asked = say(envelope(*carrier("ReadBoundariesIntent", "rule", "i broke our no contact", "")))
    assert speech(asked).startswith(WHICH_BOUNDARY)  # their contract has no such rule: which one, first
    say(then(asked, "LogBreachIntent", {"note": "no deleting messages"}))
    assert [kind for kind, _, _ in _entries(session)] == [LogKind.BREACH]


def test_another_couples_boundary_is_not_theirs(say, session, couple, contract, alex) -> None:
    other = make_couple(session, "Kim", "Lee")
    _with_phone_boundary(session, *other)
    result = say(envelope(*carrier("LogBreachIntent", "overstepped", "i", "with my phone again")))
    assert speech(result).startswith(LET_GO) and count(session, LogEntry) == 0


@pytest.mark.parametrize("after", ["at the cinema with my phone", "with the phone \u0007 again", "phone " * 80])
def test_odd_words_beside_a_boundary_write_nothing(say, session, couple, alex, after) -> None:
    _with_phone_boundary(session, *couple)
    result = say(envelope(*carrier("LogBreachIntent", "overstepped", "i", after)))
    assert speech(result) and count(session, LogEntry) == 0
