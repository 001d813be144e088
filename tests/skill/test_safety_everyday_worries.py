"""An everyday fear of the speaker's own said to SupportIntent's "i'm scared of {...}" carriers
(issue 8, item 1 of safety10's brief: "I'm scared of missing the train" got the calm line on how to
ask for the numbers): answered as a worry, with what the skill can do, nothing written, in every
locale and mid check-in. Fear of a person, said the same way, still gets help; a fear that names
no everyday thing ("the exam is tomorrow and I'm scared") keeps the calm line.

Measured with this test before the change: all 10 worries said alone got the calm line."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import LOCALES, alex, assert_support, envelope, say, skill, speech, then
from tests.skill.test_safety_states import STATES, stored
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.distress_worries import an_everyday_worry
from trust_tracker.skill.safety import WORDING

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures

WORRIES = [
    "i'm scared of missing the train",
    "i'm afraid of failing my exam",
    "i'm terrified of spiders",
    "i'm scared of flying tomorrow",
    "i'm worried about my flight",
    "i'm scared i'll miss the bus",
    "i'm so scared of the dentist",
    "i'm afraid of heights",
    "i'm really worried about my job interview",
    "i'm scared of being late for work",
]
# Fear of a person, or harm beside the everyday thing: help, always.
FEARED = [
    "i'm scared of him",
    "i'm scared of my husband",
    "i'm scared of what he'll do when he gets home",
    "i'm scared of missing the train because he hits me when i'm late",
    "i'm terrified of jordan",
    "i'm afraid of him driving the kids when he's drunk",
]


def worry_answer(locale: str = "en-US") -> str:
    return f"{WORDING[locale]['worry']} {WORDING[locale]['played_menu']}"


@pytest.mark.parametrize("said", WORRIES)
def test_an_everyday_worry_is_not_distress_and_is_read_as_a_worry(said) -> None:
    assert not is_distress(said) and an_everyday_worry(said)


@pytest.mark.parametrize("said", FEARED)
def test_fear_of_a_person_is_distress(said) -> None:
    assert is_distress(said)


@pytest.mark.usefixtures("alex")
def test_worries_said_alone_are_answered_as_worries_with_nothing_written(conversation_script, say, session) -> None:
    for turn in route_only(WORRIES):
        assert turn["intent"] == "SupportIntent", turn
        before = stored(session)
        result = say(envelope("SupportIntent", turn["slots"]))
        assert speech(result) == worry_answer(), turn
        assert result["response"]["shouldEndSession"] is False
        assert stored(session) == before


@pytest.mark.usefixtures("alex")
def test_fear_of_a_person_said_alone_still_gets_help(conversation_script, say, session) -> None:
    for turn in route_only(FEARED):
        before = stored(session)
        assert_support(say(envelope(turn["intent"], turn["slots"])))
        assert stored(session) == before


@pytest.mark.parametrize("locale", LOCALES)
def test_a_worry_is_answered_in_every_locale(say, session, couple, locale) -> None:
    result = say(envelope("SupportIntent", {"after_i_am_scared_of": "missing the train"}, locale=locale))
    assert speech(result) == worry_answer(locale)
    assert "I need help" not in speech(result)


def test_a_fear_naming_no_everyday_thing_keeps_the_calm_line(say, session, couple) -> None:
    result = say(envelope("SupportIntent", {"before_and_i_am_scared": "the exam is tomorrow"}))
    assert speech(result) == WORDING["en-US"]["unsure"]


def test_a_worry_mid_checkin_is_the_answer_and_the_checkin_goes_on(say, session, couple) -> None:
    """Said while a check-in question waits, an everyday worry is its answer (tester-voice21 #7)."""
    before, person = STATES["mid check-in"](say, session, couple)
    entries, answers, *rest = stored(session)
    result = say(then(before, "SupportIntent", {"after_i_am_scared_of": "missing the train"}, person_id=person))
    assert "Question 2" in speech(result) and WORDING["en-US"]["worry"] not in speech(result), speech(result)
    assert stored(session) == (entries, answers + 1, *rest)
