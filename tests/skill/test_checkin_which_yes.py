"""Asked which promise during a check-in, "yes" (or "no") is never heard as a promise named
"yes" (issue 8, W1): with one promise offered, yes logs it; with several, yes logs nothing and
says so; no logs nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind, LogKind

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture


@pytest.fixture
def one_promise(session, home) -> int:
    alex, sam = home
    draft = contracts.ItemDraft(ItemKind.COMMITMENT, "Be on time for our talks", short_name="on time for talks")
    version = contracts.propose_version(session, alex, [draft], now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.commit()
    return version.items[0].lineage_id


def asked_which_then(talk, said: str):
    """Alex, alone, asked which promise was kept during the check-in, then says `said`."""
    alone(talk)
    talk("i kept my promise")
    talk("log it")
    return talk(said)


@pytest.mark.parametrize("yes", ["yes", "yeah", "Yep!"])
def test_yes_to_the_only_promise_offered_logs_it(session, home, one_promise, alex_talks, yes):
    alex, _ = home
    alone(alex_talks)
    alex_talks("i kept my promise")
    asked = alex_talks("log it")
    assert "on time for talks" in asked.speech and asked.open
    said = alex_talks(yes)
    logged = entries(session)
    assert [(e.partner_id, e.kind, e.lineage_id) for e in logged] == [(alex.id, LogKind.KEPT, one_promise)]
    assert "yes" not in said.speech.lower().replace("yesterday", "") and said.speech.endswith(QUESTIONS[0])
    assert answers(session) == []


def test_no_to_the_only_promise_offered_logs_nothing(session, home, one_promise, alex_talks):
    said = asked_which_then(alex_talks, "no")
    assert entries(session) == [] and said.speech == f"{SAY('checkin_not_saved')} Question 1: {QUESTIONS[0]}"


def test_yes_to_several_promises_offered_logs_nothing_and_says_so(session, home, contract, alex_talks):
    said = asked_which_then(alex_talks, "yes")
    assert entries(session) == [] and said.speech == f"{SAY('checkin_log_later')} Question 1: {QUESTIONS[0]}"


@pytest.mark.parametrize("bad", ["ye\x07s", "yes " * 2500])
def test_bad_input_to_which_one_logs_nothing(session, home, one_promise, alex_talks, bad):
    said = asked_which_then(alex_talks, bad)
    assert said.speech and entries(session) == [] and answers(session) == []
