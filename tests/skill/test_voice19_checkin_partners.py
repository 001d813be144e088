"""A promise of the partner's told while a check-in question waits (voice19, tester find 8):
"log that Sam kept her promise to call when late" and "log it" are Sam's to log, the same rule
the logbook keeps (skill/breach_doer.py partners_promise): nothing written under the speaker's
name, and the question comes back. The speaker's own keep, said the same way, is logged."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY, entries
from tests.skill.test_logging_dialog import alex_talks, mine, three_answered
from tests.skill.test_repairs import answers
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.simulator import Match

skill, home = conversations.skill, conversations.home
__all__ = ["alex_talks", "home", "mine", "skill"]  # fixtures shared with the logging dialog tests

PARTNERS = SAY("partners_own_log", name="Sam")


@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("LogKeptIntent", "sam kept her promise to call when late"),
        ("LogKeptIntent", "she did the evening talk tonight"),
        ("LogKeptIntent", "my wife went on the evening walk with me"),
        ("LogMissedIntent", "sam missed the evening talk"),
        ("LogMissedIntent", "he forgot to call when late again"),
    ],
)
def test_the_partners_promise_held_in_a_checkin_is_theirs_to_log(session, home, mine, alex_talks, intent, words):
    three_answered(alex_talks)
    said = alex_talks.send(Match(intent, {"commitment": words}))
    assert said.speech == SAY("checkin_log_or_answer") and entries(session) == []
    said = alex_talks("log it")
    assert said.speech == f"{PARTNERS} Question 4: {QUESTIONS[3]}" and said.open
    assert entries(session) == []


def test_the_speakers_own_keep_said_the_same_way_is_logged(session, home, mine, alex_talks):
    alex, _ = home
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {"commitment": "i kept my promise to call when late"}))
    said = alex_talks("log it")
    assert said.speech.endswith(f"Question 4: {QUESTIONS[3]}") and PARTNERS not in said.speech
    assert [(e.partner_id, e.kind, e.lineage_id) for e in entries(session)] == [
        (alex.id, LogKind.KEPT, mine["call when late"])
    ]


def test_the_partners_promise_can_still_be_the_answer(session, home, mine, alex_talks):
    three_answered(alex_talks)
    alex, _ = home
    said = alex_talks("log that sam kept her promise to call when late")
    assert said.speech == SAY("checkin_log_or_answer")
    said = alex_talks("my answer")
    assert said.speech.startswith("Thank you, Alex.") and entries(session) == []
    assert answers(session)[-1] == (alex.id, 3, "Log that Sam kept her promise to call when late")
