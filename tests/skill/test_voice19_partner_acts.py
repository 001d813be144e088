"""A partner's everyday act told through the "my husband {…}" carrier (voice19, tester find 7) is
no safety matter: thanked, and asked what to do, never the line about help; what the partner did
that may be control keeps that line, and distress still gets the help lines. Nothing is written,
but during a check-in, where the act is the answer to the question waiting.
skill/partner_acts.py read directly, and through the real skill (spoken text, rows)."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.skill.help_words import EN_US
from trust_tracker.skill.partner_acts import everyday_act
from trust_tracker.skill.simulator import Match

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]  # fixtures

TOLD = f"{EN_US['told']} {EN_US['played_menu']}"
EVERYDAY = [
    "my husband rang me at lunch",
    "my wife made me breakfast",
    "my boyfriend picked me up from work",
    "my girlfriend was home on time",
    "my husband cooked dinner tonight",
]
NOT_EVERYDAY = ["took my phone", "called me names", "texted me forty times", "made me feel worthless", "took the kids"]


@pytest.mark.parametrize("said", EVERYDAY)
def test_the_partners_everyday_act_is_thanked_not_met_with_safety(session, home, contract, alex_talks, said):
    heard = alex_talks(said)
    assert heard.speech == TOLD and heard.open
    assert "safe" not in heard.speech and "nine one one" not in heard.speech
    assert entries(session) == []


def test_the_partners_act_that_keeps_a_promise_is_theirs_to_log(session, home, contract, alex_talks):
    """One of the couple's promises named ("call when late": a text when running late) is their log, as
    "Sam texted me …" is: Sam's to log, offered as a moment (skill/carrier_promise.py)."""
    heard = alex_talks("my partner texted me to say he was running late")
    assert heard.speech.startswith("That's Sam's to log, so Sam logs it. Shall I note it as a moment") and heard.open
    assert entries(session) == []


@pytest.mark.parametrize("words", NOT_EVERYDAY)
def test_what_may_be_control_is_no_everyday_act(words):
    assert not everyday_act(words)


def test_what_may_be_control_keeps_the_line_about_help(session, home, contract, alex_talks):
    heard = alex_talks("my husband took my phone")
    assert heard.speech == EN_US["unsure"] and entries(session) == []


@pytest.mark.parametrize("said", ["my husband rang me at lunch and said he would kill me", "my wife hit me at lunch"])
def test_distress_after_an_everyday_start_gets_the_help_lines(session, home, contract, alex_talks, said):
    heard = alex_talks(said)
    assert "nine one one" in heard.speech and entries(session) == []


def test_during_a_checkin_it_is_the_questions_answer_and_the_checkin_goes_on(session, home, contract, alex_talks):
    """What went well, told through the carrier: saved as that answer (voice29: it was lost before,
    and a lookalike the carrier took dropped the check-in to the menu)."""
    alone(alex_talks)
    heard = alex_talks.send(Match("SupportIntent", {"after_my_partner": "rang me at lunch"}))
    assert "Question 2" in heard.speech and "nine one one" not in heard.speech, heard.speech
    assert [(position, answer) for _, position, answer in answers(session)] == [(0, "My partner rang me at lunch")]
