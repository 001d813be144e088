"""Everyday logging the tester found misread (tests/skill/voice10_phrases.py): a trailing
command ("..., log that as a moment") names the kind and is never kept in the note; short forms
("log a moment: ..."); a keep naming its commitment loosely then telling how; "note that ..."
of an everyday moment is a moment of reliability. Through the real skill: speech and rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill import voice10_phrases as phrases
from tests.skill.talk import ALEX_VOICE, Talk, entries
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind, LogKind

skill, home = conversations.skill, conversations.home
__all__ = ["home", "skill"]

ALL = (
    phrases.TRAILING
    + phrases.TRAILING_HELD_OUT
    + phrases.SHORT
    + phrases.SHORT_HELD_OUT
    + phrases.LOOSE_KEEP
    + phrases.LOOSE_KEEP_HELD_OUT
    + phrases.NOTED
    + phrases.NOTED_HELD_OUT
    + phrases.CONTRACT_WORDS
    + phrases.CONTRACT_WORDS_HELD_OUT
)


@pytest.fixture
def demo_contract(session, home) -> dict[str, int]:
    """The demo's commitments: "house jobs" Sam's own, "open phone" Alex's."""
    alex, sam = home
    C = ItemKind.COMMITMENT
    drafts = [
        contracts.ItemDraft(
            C,
            "Call or text when I'm running more than 15 minutes late",
            short_name="call when late",
            hard_day_form="A one-word text, or a call from a borrowed phone",
        ),
        contracts.ItemDraft(C, "Have a 15-minute evening talk about our day", short_name="evening talk"),
        contracts.ItemDraft(C, "Answer questions about my phone openly", short_name="open phone", owner_id=alex.id),
        contracts.ItemDraft(C, "Do the house jobs I said I'd do", short_name="house jobs", owner_id=sam.id),
        contracts.ItemDraft(C, "Go for a walk together on Sundays, phones away", short_name="Sunday walk"),
        contracts.ItemDraft(ItemKind.BOUNDARY, "No contact with the former affair partner"),
        contracts.ItemDraft(ItemKind.EXAMPLE, "Texting 'running 20 minutes late, sorry' before the time we agreed"),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.short_name: item.lineage_id for item in version.items if item.short_name}


@pytest.mark.parametrize(("said", "kind", "commitment", "note"), ALL, ids=[p[0] for p in ALL])
def test_logged_as_the_kind_it_says_in_its_own_words(
    skill, session_factory, session, demo_contract, said, kind, commitment, note
) -> None:
    heard = Talk(skill, session_factory, person_id=ALEX_VOICE)(said)
    assert heard.speech.startswith(("Logged", "Noted")), heard.speech
    [entry] = entries(session)
    assert entry.kind is kind
    assert entry.lineage_id == (demo_contract[commitment] if commitment else None)
    if note is not None:
        assert entry.note.lower() == note.lower()  # as written: tests/skill/test_voice_notes_written.py
    for command in ("log that", "note that as", "put that down", "as a win", "as a moment", "save that"):
        assert command not in entry.note.lower()
    if kind is LogKind.RELIABILITY:
        assert "moment of reliability" in heard.speech


@pytest.mark.parametrize("said", phrases.ONE_WORD_ONLY)
def test_one_shared_word_logs_nothing(skill, session_factory, session, demo_contract, said) -> None:
    heard = Talk(skill, session_factory, person_id=ALEX_VOICE)(said)
    assert not heard.speech.startswith(("Logged", "Noted")), heard.speech
    assert entries(session) == []
