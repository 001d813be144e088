"""Chores said by what was done (issue 8, voice9): "I washed the dishes", "I did the washing up",
"I tidied the kitchen", "I hoovered", "I took the bins out" log the couple's chores commitment,
whatever its wording; "I let Sam down about the dishes", "I dropped the ball on the dishes" a
miss of it. A family of chore verbs and things (skill/chores.py) matched to a commitment written
about chores, tried with five wordings of it. Through the real skill: spoken text and rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import Talk, entries
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind, LogKind

skill, home = conversations.skill, conversations.home
__all__ = ["home", "skill"]

# (text, short name, category): five ways a couple writes it, none with the words said below.
WORDINGS = [
    ("Do the house jobs I said I'd do", "house jobs", "other"),
    ("Share the housework fairly", None, "other"),
    ("Do my chores without being asked", "my chores", "other"),
    ("Keep the kitchen tidy every day", "kitchen", "other"),
    ("Pull my weight at home", "pull my weight", "chores"),
]
KEPT = ["I washed the dishes", "I did the washing up", "I tidied the kitchen", "I hoovered", "I took the bins out"]
MISSED = ["I let Sam down about the dishes", "I dropped the ball on the dishes", "I forgot to take the bins out"]
NOT_CHORES = ["I washed my hair", "I cleaned my teeth", "I took the kids out", "I did the school run"]


def agree(session, home, drafts) -> dict[str, int]:
    alex, sam = home
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.text: item.lineage_id for item in version.items}


def with_chores(session, home, wording) -> int:
    text, short, category = wording
    drafts = [
        contracts.ItemDraft(ItemKind.COMMITMENT, "Call when I'm running late", short_name="call when late"),
        contracts.ItemDraft(ItemKind.COMMITMENT, text, short_name=short, category=category),
        contracts.ItemDraft(ItemKind.COMMITMENT, "An evening walk together", short_name="evening walk"),
    ]
    return agree(session, home, drafts)[text]


def alex(skill, session_factory) -> Talk:
    return Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)


def rows(session) -> list[tuple[LogKind, int | None]]:
    return [(e.kind, e.lineage_id) for e in entries(session)]


@pytest.mark.parametrize("wording", WORDINGS, ids=[w[0] for w in WORDINGS])
@pytest.mark.parametrize("said", KEPT)
def test_a_chore_done_keeps_the_chores_commitment(skill, session_factory, session, home, wording, said):
    chores = with_chores(session, home, wording)
    heard = alex(skill, session_factory)(said)
    assert heard.speech.startswith("Logged: you kept")
    assert rows(session) == [(LogKind.KEPT, chores)]


@pytest.mark.parametrize("wording", WORDINGS, ids=[w[0] for w in WORDINGS])
@pytest.mark.parametrize("said", MISSED)
def test_a_chore_let_slide_is_a_miss_of_it(skill, session_factory, session, home, wording, said):
    chores = with_chores(session, home, wording)
    alex(skill, session_factory)(said)
    assert rows(session) == [(LogKind.MISSED, chores)]


@pytest.mark.parametrize("said", NOT_CHORES)
def test_what_is_no_chore_names_nothing(skill, session_factory, session, home, said):
    with_chores(session, home, WORDINGS[0])
    heard = alex(skill, session_factory)(said)
    assert not heard.speech.startswith("Logged")
    assert rows(session) == []


def test_no_chores_commitment_logs_nothing(skill, session_factory, session, home):
    agree(session, home, [contracts.ItemDraft(ItemKind.COMMITMENT, "Call when I'm running late", short_name="late")])
    alex(skill, session_factory)("I washed the dishes")
    assert rows(session) == []


def test_two_chores_commitments_are_asked_about(skill, session_factory, session, home):
    ids = agree(
        session,
        home,
        [
            contracts.ItemDraft(ItemKind.COMMITMENT, "Do the dishes after dinner", short_name="dishes"),
            contracts.ItemDraft(ItemKind.COMMITMENT, "Do the laundry on Sundays", short_name="laundry"),
        ],
    )
    talk = alex(skill, session_factory)
    heard = talk("I hoovered")
    assert heard.open and "dishes" in heard.speech and "laundry" in heard.speech
    assert rows(session) == []
    talk("the laundry")
    assert rows(session) == [(LogKind.KEPT, ids["Do the laundry on Sundays"])]
