""" "Which one?" never guesses, and "keep it" keeps (issue 8, voice9): "yes" said to "Was it X, Y
or Z?" was heard as a promise called "yes" ("I couldn't find yes in your contract"); now it is
asked which one ("Which one: X, Y or Z?"), as a try of its own, nothing logged. "Keep it" said
while "Shall I remove it?" waits keeps the entry and says so. Through the real skill: spoken
text and rows."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import SAY, entries
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.simulator import Match

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture

EVENINGS = "evening talk or evening walk"


def rows(session) -> list[tuple[LogKind, int | None]]:
    return [(e.kind, e.lineage_id) for e in entries(session)]


@pytest.mark.parametrize("yes", ["yes", "yeah", "yes please", "sure"])
def test_yes_to_which_one_asks_which_never_logs(session, contract, alex_talks, yes):
    first = alex_talks("I kept my promise about the evening")
    assert first.speech == SAY("which_one_kept", options=EVENINGS)
    again = alex_talks.send(Match("LogKeptIntent", {"commitment": yes}))  # the elicited slot
    assert again.speech == SAY("which_one_yes_kept", options=EVENINGS) and again.open
    assert rows(session) == []
    alex_talks("the second one")
    assert rows(session) == [(LogKind.KEPT, contract["evening walk"])]


def test_the_yes_intent_to_which_one_asks_which(session, contract, alex_talks):
    alex_talks("I missed my promise about the evening")
    again = alex_talks.send(Match("AMAZON.YesIntent", {}))
    assert again.speech == SAY("which_one_yes_missed", options=EVENINGS) and again.open
    assert rows(session) == []


def test_yes_again_and_again_ends_with_nothing_logged(session, contract, alex_talks):
    alex_talks("I kept my promise about the evening")
    alex_talks.send(Match("LogKeptIntent", {"commitment": "yes"}))
    last = alex_talks.send(Match("LogKeptIntent", {"commitment": "yes"}))
    assert last.speech == SAY("which_one_give_up") and not last.open
    assert rows(session) == []


def test_yes_to_a_moment_offered_still_notes_it(session, contract, alex_talks):
    """ "Was it …? Or shall I note it as a moment of reliability?": the yes answers the last question."""
    alex_talks("I fixed the gate")
    alex_talks.send(Match("LogKeptIntent", {"commitment": "yes"}))
    assert [kind for kind, _ in rows(session)] == [LogKind.RELIABILITY]


@pytest.mark.parametrize(
    "pending",
    [
        {"kind": "kept", "ids": ["x"], "tries": 1, "said": "evening", "moment": False},
        {"kind": "breach", "ids": [1], "tries": 1, "said": "evening", "moment": False},
        {"kind": "kept", "ids": [99999], "tries": 1, "said": "evening", "moment": False},
        {"kind": "kept", "ids": [1], "tries": True, "said": "evening", "moment": False},
        "not a dict",
    ],
)
def test_a_forged_which_one_logs_nothing_on_yes(session, contract, alex_talks, pending):
    alex_talks("what can I say")
    alex_talks.conversation.attributes["pending_log"] = pending
    heard = alex_talks.send(Match("AMAZON.YesIntent", {}))
    assert "Which one:" not in heard.speech
    assert rows(session) == []


# --- "keep it" while "Shall I remove it?" waits ---------------------------------------------


@pytest.mark.parametrize(
    "keep", ["keep it", "no keep it", "keep it please", "leave it as it is", "do not remove it", "no"]
)
def test_keep_it_keeps_the_entry_and_says_so(session, contract, alex_talks, keep):
    alex_talks("log that I kept my promise to call when late")
    assert alex_talks("undo that").open
    heard = alex_talks(keep)
    assert heard.speech == SAY("undo_kept") == "Okay. Your earlier entry stays as it was."
    assert rows(session) == [(LogKind.KEPT, contract["call when late"])]
