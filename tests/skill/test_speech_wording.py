"""Well-formed speech (issue 8, an independent voice tester's findings): commitments read as
promises, the pronoun "I" capitalised when echoed, no emoji read out, no "…." and no
"none of those" echoed, singular and plural, stored text cut at a clean break."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.conftest import NOW
from tests.factories import agreed_contract, make_entry
from tests.skill.test_safety import alex, envelope, say, skill, speech, then
from trust_tracker.models import contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind
from trust_tracker.skill.grammar import promise
from trust_tracker.skill.speech import for_locale
from trust_tracker.skill.speech_text import excerpt, spoken

__all__ = ["alex", "say", "skill"]  # fixtures, shared with test_safety.py

EN = for_locale("en-US")


@pytest.fixture
def home(session, couple, alex):
    agreed_contract(session, *couple)
    session.flush()
    return alex


def test_a_note_with_emoji_is_spoken_without_them_and_stored_as_typed(say, session, home) -> None:
    said = speech(say(envelope("LogReliabilityIntent", {"note": "Sam was on time 😊 🎉"})))
    assert said == "Noted, a moment of reliability: Sam was on time."
    assert session.scalars(select(LogEntry.note)).one() == "Sam was on time 😊 🎉"


def test_the_speakers_i_echoed_from_a_slot_is_you(say, session, home) -> None:
    said = speech(say(envelope("LogSmallWinIntent", {"note": "i called even though i didn't want to"})))
    assert said.startswith("Logged a small win: you called even though you didn't want to.")
    assert session.scalars(select(LogEntry.note)).one() == "I called even though I didn't want to"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("it… And 1 more", "it… And 1 more"),
        ("it…. And 1 more", "it… And 1 more"),
        ("we did it 👍🏽 ❤️ ok", "we did it ok"),
        ("i'm here, i think; Hi and i.", "I'm here, I think; Hi and I."),
        ("iPhone, ie, it's", "iPhone, ie, it's"),
    ],
)
def test_spoken_text_is_tidied(text, said) -> None:
    assert spoken(text) == said


def test_a_long_note_is_read_by_its_first_words_up_to_a_clean_break() -> None:
    note = "I borrowed a phone from a friend, so nobody waited and worried about me at all."
    assert excerpt(note) == "I borrowed a phone from a friend…"
    assert excerpt("we cooked together.") == "we cooked together"
    assert excerpt("word " * 30).count(" ") == 11 and excerpt("word " * 30).endswith("word…")


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("call when late", "your promise to call when late"),
        ("open phone", "your open phone promise"),  # a thing kept open, not a thing to open (the fourth tester)
        ("open phone policy", "your open phone policy"),
        ("open the post", "your promise to open the post"),
        ("clean up", "your promise to clean up"),
        ("call mum", "your promise to call mum"),
        ("evening talk", "your evening talk"),
        ("calling when late", "your promise of calling when late"),
    ],
)
def test_commitments_read_as_promises(name, said) -> None:
    assert promise(EN, name) == said


def test_undo_says_the_entry_as_a_sentence(say, session, home) -> None:
    logged = say(envelope("LogMissedIntent", {"commitment": "call when late"}))
    assert "you missed your promise to call when late" in speech(logged)
    asked = say(envelope("UndoIntent"))
    assert speech(asked) == "Your last entry, today, says you missed your promise to call when late. Shall I remove it?"
    done = speech(say(then(asked, "AMAZON.YesIntent")))
    assert done.startswith("Removed the entry saying you missed your promise to call when late.")


def test_none_of_those_is_never_echoed_as_a_commitment(say, home) -> None:
    said = speech(say(envelope("LogKeptIntent", {"commitment": "none of those"})))
    assert "none of those" not in said and said.startswith("Which one did you keep:")


def test_hard_day_forms_are_sentences_not_a_list_with_colons(say, session, couple, alex) -> None:
    one, two = couple
    drafts = [
        ItemDraft(ItemKind.COMMITMENT, "Call when late", owner_id=one.id, hard_day_form="A one-line text is enough"),
        ItemDraft(ItemKind.COMMITMENT, "Walk the dog", owner_id=one.id, hard_day_form="SMS the walker instead"),
    ]
    version = contracts.propose_version(session, one, drafts, now=NOW)
    contracts.agree_version(session, two, version.id, now=NOW)
    said = speech(say(envelope("HardDayIntent")))
    assert (
        "The simpler versions you agreed are enough today. For Call when late, a one-line text is enough. "
        "For Walk the dog, SMS the walker instead."
    ) in said
    assert ": " not in said


def test_a_long_partner_note_is_cut_at_a_clean_break_without_a_double_stop(say, session, couple, home) -> None:
    note = "I texted you from the bus, because the meeting ran over and my phone had died on the way home."
    for back in range(6):
        make_entry(session, couple[1], LogKind.SMALL_WIN, NOW.date() - timedelta(days=back + 1), note=note)
    said = speech(say(envelope("PartnerNewsIntent", {"partner": "Sam"})))
    assert ": I texted you from the bus… and noted a small win" in said, said
    assert "…." not in said and len(said.split()) <= 75
