"""Voice notes kept as they are written (#16 of /work/notes/tester-voice2.md): Alexa sends lower
case, so a note is stored with a first capital, the pronoun "I" and the couple's names as they
spell them, and shown so on the site; no other word gains a capital. Said through the real skill."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, SAM_VOICE, Talk, entries
from trust_tracker.models.entities import LogKind, Source
from trust_tracker.models.errors import ValidationError
from trust_tracker.models.text import written_from_speech
from trust_tracker.models.tracking import log_entry

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

NAMES = ["Alex", "Sam"]


@pytest.mark.parametrize(
    ("heard", "written"),
    [
        ("alex read my journal", "Alex read my journal"),
        ("i made alex a coffee", "I made Alex a coffee"),
        ("we laughed and i cried at sam's joke", "We laughed and I cried at Sam's joke"),
        ("i'm proud of sam, i've told him", "I'm proud of Sam, I've told him"),
        ("samuel and alexander came to paris", "Samuel and alexander came to paris"),  # no other capitals
        ("Already Written", "Already Written"),
        ("", ""),
        ("4 coffees for sam", "4 coffees for Sam"),
    ],
)
def test_what_alexa_heard_is_written_with_the_couples_spelling(heard, written) -> None:
    assert written_from_speech(heard, NAMES) == written


def test_a_name_spelled_oddly_is_kept_as_the_couple_spells_it() -> None:
    assert written_from_speech("deshawn and mcKenzie went", ["DeShawn", "McKenzie"]) == "DeShawn and McKenzie went"


def test_a_name_that_is_an_everyday_word_is_left_alone() -> None:
    assert written_from_speech("i will call will later", ["Will", "Jo"]) == "I will call will later"


@pytest.mark.parametrize(
    ("said", "note"),
    [
        ("log a small win i made alex a coffee", "I made Alex a coffee"),
        ("note a moment of reliability alex was on time for our talk", "Alex was on time for our talk"),
        ("log a moment: alex brought me tea in bed", "Alex brought me tea in bed"),
    ],
)
def test_a_note_said_by_voice_is_stored_as_written(skill, session_factory, session, contract, said, note) -> None:
    heard = Talk(skill, session_factory, person_id=SAM_VOICE)(said)
    assert heard.speech.startswith(("Logged", "Noted"))
    assert [(e.note, e.source) for e in entries(session)] == [(note, Source.VOICE)]


def test_a_keep_in_their_own_words_is_stored_as_written(skill, session_factory, session, contract) -> None:
    Talk(skill, session_factory, person_id=ALEX_VOICE)("log that i kept my promise to call when late from the train")
    [entry] = entries(session)
    assert entry.lineage_id == contract["call when late"]
    assert entry.note[:1].isupper() and entry.note == entry.note[:1] + entry.note[1:].lower()


def test_a_note_typed_on_the_site_is_kept_exactly(session, home) -> None:
    alex, _ = home
    entry = log_entry(session, alex, LogKind.SMALL_WIN, source=Source.WEB, note="we talked calmly, sam and i")
    assert entry.note == "we talked calmly, sam and i"


@pytest.mark.parametrize("bad", ["a\x00b", "x" * 1200, "sam\u202eevil"])
def test_bad_notes_are_refused_before_they_are_written(session, home, bad) -> None:
    alex, _ = home
    with pytest.raises(ValidationError):
        log_entry(session, alex, LogKind.SMALL_WIN, source=Source.VOICE, note=bad)
