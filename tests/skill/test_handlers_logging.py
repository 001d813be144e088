"""Logging a kept promise through raw request envelopes, with its database effect: named
exactly, fuzzily or in any case, ambiguous or unknown names asked about, no name, no contract,
forged or odd values; and one transaction per intent: errors spoken and rolled back."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

import pytest

from tests.factories import NOW
from tests.skill.raw_requests import (
    ALEX_VOICE,
    APOLOGY,
    SAY,
    agree,
    asks,
    entries,
    intent,
    lineage_of,
    reprompt,
    speech,
    tells,
)
from tests.skill.raw_requests import alex as alex
from tests.skill.raw_requests import contract as contract
from tests.skill.raw_requests import say as say
from tests.skill.raw_requests import skill as skill
from trust_tracker.models import contracts, tracking
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind, Source
from trust_tracker.models.errors import Conflict
from trust_tracker.skill.grammar import promise
from trust_tracker.skill.speech import for_locale
from trust_tracker.skill.speech_text import spoken


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("call when late", ""),
        ("Call When Late", ""),
        ("CALL WHEN LATE", ""),
        ("my promise to call when late", ""),
        ("calling when I'm late", "Calling when I'm late"),
        ("my promise to call when running late", "Call when running late"),
    ],
)
def test_log_a_named_commitment_exactly_fuzzily_or_in_any_case(say, session, couple, contract, said, words) -> None:
    result = say(intent("LogKeptIntent", {"commitment": said}))
    # Confirmed by the commitment's name; the words said are kept as the note when they are not just the name.
    assert speech(result) == spoken(SAY("logged_kept", commitment=promise(for_locale("en-US"), "call when late")))
    assert tells(result)
    [entry] = entries(session)
    assert (entry.partner_id, entry.kind, entry.source, entry.local_date, entry.note) == (
        couple[0].id,
        LogKind.KEPT,
        Source.VOICE,
        date(2026, 11, 25),
        words,
    )
    assert entry.lineage_id == lineage_of(session, couple[0].couple_id, "call when late")


def test_the_other_partners_own_commitment_is_theirs_to_log(say, session, couple, alex) -> None:
    sam = couple[1]
    version = contracts.propose_version(
        session,
        sam,
        [
            contracts.ItemDraft(
                ItemKind.COMMITMENT, "Share my plans for the day", short_name="share plans", owner_id=sam.id
            )
        ],
        now=NOW,
    )
    contracts.agree_version(session, alex, version.id, now=NOW)
    session.flush()
    result = say(intent("LogKeptIntent", {"commitment": "share plans"}, person_id=ALEX_VOICE))
    assert speech(result) == "That is Sam's commitment, so Sam logs it."
    assert entries(session) == []


def test_ambiguous_commitment_asks_which_and_the_answer_completes_the_log(say, session, couple, contract) -> None:
    question = say(intent("LogKeptIntent", {"commitment": "evening"}))
    which_one = SAY("which_one_kept", options="evening talk or evening walk")
    assert speech(question) == which_one
    assert asks(question)
    assert entries(session) == []
    attributes = question["sessionAttributes"]

    # Asked again without an answer: the same question, still nothing logged.
    again = say(intent("LogKeptIntent", new_session=False, attributes=attributes))
    assert speech(again) == which_one
    assert entries(session) == []

    answer = say(intent("LogKeptIntent", {"commitment": "the walk"}, new_session=False, attributes=attributes))
    assert speech(answer) == SAY("logged_kept", commitment=promise(for_locale("en-US"), "evening walk"))
    assert tells(answer)
    assert "pending_log" not in answer["sessionAttributes"]
    [entry] = entries(session)
    assert entry.lineage_id == lineage_of(session, couple[0].couple_id, "evening walk")
    assert (entry.partner_id, entry.source) == (couple[0].id, Source.VOICE)


def test_a_still_ambiguous_answer_prefers_what_was_offered(say, session, couple, alex) -> None:
    agree(session, *couple, ["evening talk", "evening walk", "morning walk"])
    question = say(intent("LogKeptIntent", {"commitment": "evening"}))
    answer = say(
        intent("LogKeptIntent", {"commitment": "walk"}, new_session=False, attributes=question["sessionAttributes"])
    )
    assert speech(answer) == SAY("logged_kept", commitment=promise(for_locale("en-US"), "evening walk"))


def test_unknown_commitment_lists_them_and_the_answer_completes_the_log(say, session, couple, contract) -> None:
    question = say(intent("LogKeptIntent", {"commitment": "juggling"}))
    options = "call when late, evening talk or evening walk"
    assert speech(question) == SAY("no_match_kept", options=options)
    # the moment offered with the list stays in its reprompt (task voice38)
    again = f"{SAY('which_one_reprompt_kept', options=options)} {SAY('which_one_or_moment')}"
    assert reprompt(question) == f"<speak>{again}</speak>"
    assert asks(question)
    assert entries(session) == []
    answer = say(
        intent(
            "LogKeptIntent", {"commitment": "evening talk"}, new_session=False, attributes=question["sessionAttributes"]
        )
    )
    assert speech(answer) == SAY("logged_kept", commitment=promise(for_locale("en-US"), "evening talk"))
    assert [e.lineage_id for e in entries(session)] == [lineage_of(session, couple[0].couple_id, "evening talk")]


def test_without_a_name_which_one_is_asked_and_the_answer_logs_it(say, session, couple, contract) -> None:
    question = say(intent("LogKeptIntent"))
    assert speech(question) == SAY("which_one_kept", options="call when late, evening talk or evening walk")
    assert asks(question) and entries(session) == []
    answer = say(
        intent(
            "LogKeptIntent",
            {"commitment": "the second one"},
            new_session=False,
            attributes=question["sessionAttributes"],
        )
    )
    assert speech(answer) == SAY("logged_kept", commitment=promise(for_locale("en-US"), "evening talk"))
    [entry] = entries(session)
    assert (entry.partner_id, entry.kind, entry.lineage_id, entry.source) == (
        couple[0].id,
        LogKind.KEPT,
        lineage_of(session, couple[0].couple_id, "evening talk"),
        Source.VOICE,
    )


def test_without_a_contract_a_named_promise_keeps_its_words_as_the_note(say, session, alex) -> None:
    unnamed = say(intent("LogKeptIntent"))
    assert speech(unnamed) == SAY("logged_unnamed_kept")
    named = say(intent("LogKeptIntent", {"commitment": "walk the dog"}))
    assert speech(named) == SAY("logged_no_contract_kept", said=promise(for_locale("en-US"), "walk the dog"))
    assert tells(named)
    assert [(e.lineage_id, e.note) for e in entries(session)] == [(None, ""), (None, "Walk the dog")]


def test_forged_pending_attributes_are_ignored(say, session, couple, contract) -> None:
    """Whatever a forged "which one?" says, the question asked is about this partner's own promises."""
    asked = SAY("which_one_kept", options="call when late, evening talk or evening walk")
    other_couple_lineage = 10**9
    result = say(intent("LogKeptIntent", new_session=False, attributes={"pending_log": [other_couple_lineage]}))
    assert speech(result) == asked
    result = say(intent("LogKeptIntent", new_session=False, attributes={"pending_log": "not a list"}))
    assert speech(result) == asked
    forged = {"pending_log": {"kind": "kept", "ids": [other_couple_lineage], "day": "1999-01-01"}}
    result = say(intent("LogKeptIntent", new_session=False, attributes=forged))
    assert speech(result) == asked
    # Candidates offered for a miss are not taken for a keep.
    evening = {"pending_log": {"kind": "missed", "ids": [lineage_of(session, couple[0].couple_id, "evening walk")]}}
    result = say(intent("LogKeptIntent", new_session=False, attributes=evening))
    assert speech(result) == asked
    assert entries(session) == []


@pytest.mark.parametrize("value", [None, "", "   ", "?", "!?.,;:", "\u200b"])
def test_empty_or_wordless_commitment_asks_which_one(say, session, contract, value) -> None:
    result = say(intent("LogKeptIntent", {"commitment": value}))
    assert speech(result) == SAY("which_one_kept", options="call when late, evening talk or evening walk")
    assert asks(result)
    assert entries(session) == []


@pytest.mark.parametrize(
    "value",
    [
        "a " * 150,
        "x" * 300,
        "<speak>call & 'late'</speak> \"now\"",
        "call when late; DROP TABLE log_entry; --",
        "évening tälk ☕",
    ],
)
def test_odd_commitment_values_never_fail(say, session, contract, value) -> None:
    result = say(intent("LogKeptIntent", {"commitment": value}))
    text = speech(result)  # well-formed SSML even with markup in what was heard
    assert text.startswith(
        ("That isn't one of your promises", "Logged:", "Which one", "I didn't catch which promise that was")
    )
    assert len(text) < 400
    if text.startswith(("That isn't one of your promises", "That was more")):  # longer than a name: refused, never cut
        assert asks(result)
        assert entries(session) == []


def test_a_domain_error_is_spoken_and_rolled_back(say, session, contract, monkeypatch) -> None:
    real = tracking.log_entry

    def log_then_clash(*args: Any, **kwargs: Any) -> LogEntry:
        real(*args, **kwargs)
        raise Conflict("That was logged a moment ago.")

    monkeypatch.setattr(tracking, "log_entry", log_then_clash)
    result = say(intent("LogKeptIntent", {"commitment": "call when late"}))
    assert speech(result) == "That was logged a moment ago."
    assert tells(result)
    assert entries(session) == []


def test_an_unexpected_error_is_logged_apologised_for_and_rolled_back(
    say, session, contract, monkeypatch, caplog
) -> None:
    real = tracking.log_entry

    def log_then_fail(*args: Any, **kwargs: Any) -> LogEntry:
        real(*args, **kwargs)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(tracking, "log_entry", log_then_fail)
    with caplog.at_level(logging.ERROR, logger="trust_tracker.skill.intents.basics"):
        result = say(intent("LogKeptIntent", {"commitment": "call when late"}))
    assert speech(result).startswith(APOLOGY)
    assert tells(result)
    assert entries(session) == []
    [record] = [
        r for r in caplog.records if r.name == "trust_tracker.skill.intents.basics" and r.levelno == logging.ERROR
    ]
    assert record.exc_info and "disk on fire" in caplog.text and "Traceback" in caplog.text

    # The next intent is unaffected.
    monkeypatch.undo()
    assert speech(say(intent("LogKeptIntent", {"commitment": "call when late"}))).startswith("Logged:")
    assert len(entries(session)) == 1


def test_saying_missed_after_kept_the_same_day_says_it_is_already_kept(say, session, couple, contract) -> None:
    say(intent("LogKeptIntent", {"commitment": "call when late"}))
    result = say(intent("LogMissedIntent", {"commitment": "call when late"}))
    assert "already logged as kept today" in speech(result)
    assert [(e.partner_id, e.kind) for e in entries(session)] == [(couple[0].id, LogKind.KEPT)]
