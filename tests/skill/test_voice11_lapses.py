"""A lapse naming a boundary's subject by another word (tester-voice3 #14): "I downloaded a
betting app last night", for a couple whose boundary is "No gambling apps", is offered as that
boundary's breach, never as a keep or a moment; logged only after a yes. Lookalikes ("the poker
night invite", "my ex boss", "wine on my shirt") are no lapse. Phrasings: voice11_phrases.py."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill import voice11_phrases as phrases
from tests.skill.talk import ALEX_VOICE, SAY, Talk, entries
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind, LogKind
from trust_tracker.skill.lapses import lapses_said

skill, home = conversations.skill, conversations.home
__all__ = ["home", "skill"]

ALL = phrases.LAPSES + phrases.LAPSES_HELD_OUT
LOOKALIKES = [
    "I opened the poker night invite",
    "I was on the bingo committee",
    "I got wine on my shirt",
    "I bought wine for mum's birthday",
    "I messaged my ex boss about the reference",
    "I downloaded the new banking app",
    "I was on my phone all evening",
]


@pytest.fixture
def boundary(session, home, request) -> tuple[str, int]:
    alex, sam = home
    drafts = [
        contracts.ItemDraft(ItemKind.COMMITMENT, "Go for our saturday walk", short_name="saturday walk"),
        contracts.ItemDraft(ItemKind.BOUNDARY, request.param),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    [item] = [i for i in version.items if i.kind is ItemKind.BOUNDARY]
    return request.param, item.lineage_id


@pytest.mark.parametrize(("boundary", "said"), ALL, ids=[s for _, s in ALL], indirect=["boundary"])
def test_a_lapse_named_by_a_synonym_is_offered_as_that_boundarys_breach(
    skill, session_factory, session, boundary, said
) -> None:
    alexa = Talk(skill, session_factory, person_id=ALEX_VOICE)
    [lapse] = lapses_said(said)
    heard = alexa(said)
    assert heard.speech == SAY("lapse_offer", about=lapse.about) and heard.open
    assert entries(session) == []  # nothing before the yes
    alexa("yes")
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id) == (LogKind.BREACH, boundary[1])
    assert entry.note.lower() in said.lower()


@pytest.mark.parametrize("said", LOOKALIKES)
def test_a_lookalike_is_no_lapse(said) -> None:
    assert lapses_said(said) == []


@pytest.mark.parametrize(
    "said", ["", "i", "downloaded", "a betting app", "x" * 500, "I downloaded a betting app " * 20]
)
def test_bad_input_is_read_without_error(said) -> None:
    assert isinstance(lapses_said(said), list)
