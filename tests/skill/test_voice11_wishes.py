"""A wish or a plan about a promise is not a keep (tester-voice3 #13): "I'm dying to go on our
saturday walk" was logged as kept. Now nothing is logged and a short line says how to log it
once done. Kept promises told around such words ("I called when I was going to be late") are
still kept. Through the real skill: spoken text and log rows. Phrasings: voice11_phrases.py."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill import voice11_phrases as phrases
from tests.skill.talk import SAY, entries
from tests.skill.test_logging_dialog import alex_talks, mine
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.hedges import wished

skill, home = conversations.skill, conversations.home
__all__ = ["alex_talks", "home", "mine", "skill"]

ALL = phrases.WISHES + phrases.WISHES_HELD_OUT
KEPT = ["I kept the evening walk", "I did our evening talk", "I kept my promise to call when late"]
NOT_WISHES = [
    "called when I was going to be late",
    "Will did the evening walk",
    "will called when he was late",
    "the evening walk",
    "wanted to skip it",
]


def alexa_model(talk):
    return talk.model


@pytest.mark.parametrize("said", ALL)
def test_a_wish_or_a_plan_logs_nothing(session, mine, alex_talks, said) -> None:
    match = alex_talks.conversation.hear(alexa_model(alex_talks), said)
    heard = alex_talks.send(match)
    assert entries(session) == []
    assert not heard.speech.startswith(("Logged", "Noted"))
    if match.intent == "LogKeptIntent":  # "I'm going to ...": heard by the safety carriers, never a keep
        assert heard.speech == SAY("wish_not_logged") and not heard.open


@pytest.mark.parametrize("said", KEPT)
def test_a_keep_is_still_a_keep(session, mine, alex_talks, said) -> None:
    heard = alex_talks(said)
    assert heard.speech.startswith("Logged")
    [entry] = entries(session)
    assert entry.kind is LogKind.KEPT


@pytest.mark.parametrize("said", NOT_WISHES)
def test_words_that_only_contain_a_wish_are_not_one(said) -> None:
    assert not wished(said)


@pytest.mark.parametrize("said", ["", "   ", "going", "dying to " * 60, "\u00e9\u00e9"])
def test_bad_input_is_read_without_error(said) -> None:
    assert wished(said) in (True, False)
