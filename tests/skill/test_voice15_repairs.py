"""Tester-voice5 #12 and tester-voice4 #16, repair words around "undo": at "Shall I remove it?",
"no wait, leave it" keeps the entry; "not that one, the one before" (or "undo that" again) offers
the speaker's own entry before it, never the partner's; "no, scratch that" after a log offers it
back; "never mind, that's wrong" never offers to remove the partner's entry. Through the real
skill: spoken text and rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill.talk import SAY, count, entries
from tests.skill.voice15_home import couple_home
from trust_tracker.models.entities import LogKind, SetbackReflection, Source
from trust_tracker.models.tracking import log_entry

KEPT_ENTRY = "Your last entry, today, says you kept your {}. Shall I remove it?"
# Further back, said so (tester-voice40 D6: "undo that" again at the offer, heard as a yes, removed the wrong one).
BEFORE_ENTRY = "Not that one, then. The entry before it, today, says you kept your {}. Shall I remove it?"


@pytest.mark.parametrize("leave", ["no wait, leave it", "no, leave it", "leave it", "wait leave it"])
def test_leave_it_at_the_remove_offer_keeps_the_entry(session, session_factory, leave) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace")
    alexa("I did the school run")
    assert alexa("undo that").speech == KEPT_ENTRY.format("school run")
    assert alexa(leave).speech == "Okay. Your earlier entry stays as it was."
    assert [e.kind for e in entries(session)] == [LogKind.KEPT]


@pytest.mark.parametrize("further", ["not that one, the one before", "no, the one before", "the one before that"])
def test_the_one_before_offers_the_speakers_earlier_entry(session, session_factory, further) -> None:
    alexa, _, _, items = couple_home(session, session_factory, "faith-grace")
    alexa("I did the film night")
    alexa("I did the school run")
    alexa("undo that")
    assert alexa(further).speech == BEFORE_ENTRY.format("film night")
    alexa("yes")
    assert [e.lineage_id for e in entries(session)] == [items["school run"]]


def test_the_one_before_the_first_is_nothing_and_removes_nothing(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace")
    alexa("I did the school run")
    alexa("undo that")
    heard = alexa("the one before")
    assert "Shall I remove" not in heard.speech
    assert len(entries(session)) == 1


def test_the_one_before_never_reaches_the_partners_entry(session, session_factory) -> None:
    alexa, _, grace, _ = couple_home(session, session_factory, "faith-grace")
    log_entry(
        session, grace, LogKind.SMALL_WIN, source=Source.VOICE, note="a calm talk", now=NOW - timedelta(minutes=2)
    )
    session.flush()
    alexa("I did the school run")
    alexa("undo that")
    heard = alexa("not that one, the one before")
    assert "calm talk" not in heard.speech and "Shall I remove" not in heard.speech
    alexa("yes")
    assert len(entries(session)) == 2


@pytest.mark.parametrize("said", ["no, scratch that", "no wait, scratch that"])
def test_no_scratch_that_after_a_log_offers_to_take_it_back(session, session_factory, said) -> None:
    alexa, *_ = couple_home(session, session_factory, "rohan-frank")
    alexa("I did the dishes")
    assert alexa(said).speech == KEPT_ENTRY.format("dishes")
    alexa("yes")
    assert entries(session) == []


def test_never_mind_thats_wrong_never_offers_the_partners_entry(session, session_factory) -> None:
    alexa, _, frank, _ = couple_home(session, session_factory, "rohan-frank")
    log_entry(session, frank, LogKind.BREACH, source=Source.VOICE, note="a bet", now=NOW - timedelta(minutes=1))
    session.flush()
    heard = alexa("never mind, that's wrong")
    assert "breach" not in heard.speech and "Shall I remove" not in heard.speech
    assert len(entries(session)) == 1


def test_a_forged_offer_of_the_partners_entry_goes_back_to_the_speakers_own(session, session_factory) -> None:
    alexa, _, grace, _ = couple_home(session, session_factory, "faith-grace")
    theirs = log_entry(session, grace, LogKind.SMALL_WIN, source=Source.VOICE, note="x", now=NOW)
    session.flush()
    alexa("I did the school run")
    alexa("undo that")
    alexa.conversation.attributes["flow"] = {"name": "undo", "step": "remove?", "entry": theirs.id}
    heard = alexa("the one before")
    assert heard.speech == KEPT_ENTRY.format("school run")
    assert SAY("undo_kept") == alexa("no").speech
    assert len(entries(session)) == 2


@pytest.mark.parametrize(
    "said", ["actually I did do them, scratch that", "no I did them after all, undo that", "sorry, take that back"]
)
def test_taking_a_miss_back_at_the_reflection_offer_saves_no_reflection(session, session_factory, said) -> None:
    alexa, *_ = couple_home(session, session_factory, "rohan-frank")
    alexa("I missed the dishes")
    heard = alexa(said)
    assert heard.speech == "Your last entry, today, says you missed your dishes. Shall I remove it?", heard.speech
    alexa("yes")
    assert entries(session) == []
    assert count(session, SetbackReflection) == 0


def test_a_reflection_that_only_mentions_scratching_is_still_saved(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "rohan-frank")
    alexa("I missed the dishes")
    alexa("the cat scratched me and I forgot")
    assert count(session, SetbackReflection) == 1
