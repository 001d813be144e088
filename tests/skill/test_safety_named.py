"""Distress that names the partner ("Riley hit me", "I'm afraid of Jordan") is heard on a linked
device, in a note, a check-in answer or said as the whole request: help, and nothing stored."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from tests.factories import make_couple
from tests.skill.test_safety import USER, alex, assert_support, count, envelope, say, skill, speech, then
from trust_tracker.models import voice
from trust_tracker.models.entities import CheckInAnswer, LogEntry, Partner
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.simulator import InteractionModel

__all__ = ["alex", "say", "skill"]  # fixtures, shared with test_safety.py

NAMES = ("Jordan", "Riley")
JORDAN_VOICE = "amzn1.ask.person.SAFETY-JORDAN"

# The tester's sentences with this couple's names, and variants nobody tried yet.
NAMED = [
    "note a moment of reliability riley hit me",
    "riley only hit me once",
    "jordan scares me",
    "riley hit me last night",
    "my answer is I'm afraid of Riley",
    "I'm scared of Riley",
    "Jordan hurt me again",
    "Riley gets violent",
    "Riley grabbed me by the throat",
    "I'm worried Riley will hurt me",
    "I'm going to hurt Riley",
    # Unseen variants.
    "riley slapped me yesterday",
    "Riley's been hitting me again",
    "honestly riley frightens me",
    "I'm terrified of riley",
    "riley kicked me in the stomach",
    "riley twisted my arm",
    "I'm afraid Riley is going to kill me",
    "riley keeps threatening me",
    "riley won't let me see my friends",
    "riley is controlling me",
    "I am petrified of Jordan",
    "riley makes me so scared",
    "I live in fear of Riley",
]
# Without any name: the other phrase families the testers found missing.
UNNAMED = [
    "my partner scares me",
    "I'm petrified of him",
    "I'm so scared right now",
    "honestly I'm scared all the time",
    "he grabbed my wrist",
    "she twisted my arm behind my back",
    "I feel like ending it",
    "I've been thinking about ending it",
    "some days I think about ending it",
    "I hate my life",
    "I'm trapped",
    "I feel so trapped",
    "I need to get out",
    "I just need to get out of here",
    "we have to get out of this house",
    "I need to get away from him",
    "I'm not allowed to see my friends",
    "I'm not allowed to call my family",
    "my partner is controlling me",
    "my husband controls me",
    "he frightens the kids",
    "I feel hopeless",
    "I'm not okay",
]
# Hard days and names in ordinary sentences: never help lines.
ORDINARY = [
    "riley forgot to call me",
    "I'm afraid of Riley's reaction",
    "I was afraid to tell Riley about the money",
    "riley hit me up last night",
    "riley beat me at chess",
    "it hurt me when Riley didn't call",
    "riley was late again",
    "jordan kept his promise to cook",
    "riley's mum hit the jackpot",
    "I'm scared of heights",
    "I'm scared of spiders",
    "I need to get out more",
    "I'm trapped in traffic",
    "I'm trapped at work till six",
    "I feel trapped by my schedule",
    "I'm afraid of losing Riley",
    "riley hurt my feelings",
    "I hate my commute",
    "I'm not allowed to eat sugar",
    "we ended it on a good note",
    "I want to end it with a walk",
    "riley scared me with a prank",
    "will riley call me",
]


@pytest.fixture
def jordan(session) -> Partner:
    """Jordan and Riley's device, linked to Jordan, whose voice Alexa knows."""
    one, two = make_couple(session, *NAMES)
    assert two is not None
    code = voice.issue_pairing_code(session, one, now=one.created_at)
    voice.link_device(session, code, alexa_user_id=USER, person_id=JORDAN_VOICE, now=one.created_at)
    session.flush()
    return one


def _named(name: str, slots: dict[str, str | None] | None = None, **kwargs):
    return envelope(name, slots, person_id=JORDAN_VOICE, **kwargs)


@pytest.mark.parametrize("said", NAMED)
def test_the_couple_s_names_count_as_the_partner(said) -> None:
    assert is_distress(said, NAMES)


@pytest.mark.parametrize("said", UNNAMED)
def test_the_missing_phrase_families_are_heard(said) -> None:
    assert is_distress(said)


@pytest.mark.parametrize("said", ORDINARY)
def test_ordinary_sentences_with_the_names_are_not_distress(said) -> None:
    assert not is_distress(said, NAMES)


def test_any_name_doing_harm_is_heard_but_fear_of_a_name_only_for_the_couple_s() -> None:
    # Hitting is what a person does, whoever: another household's name, or none told yet.
    assert is_distress("riley hit me", ("Alex", "Sam")) and is_distress("riley hit me")
    # Fear of a person by a name never told is heard too (issue 8); fear of things is not.
    assert is_distress("I'm afraid of Riley", NAMES) and is_distress("I'm afraid of Riley", ("Alex", "Sam"))
    assert is_distress("I'm scared of what Jordan will do when he gets home")
    assert not is_distress("I'm afraid of spiders", NAMES) and not is_distress("I'm no longer afraid of Riley")
    # A name that is also a word is never the partner: "will hit me up" stays "will".
    assert not is_distress("it will hurt me to miss it", ("Will", "Riley"))


@pytest.mark.parametrize("intent", ["LogReliabilityIntent", "LogSmallWinIntent", "LogBreachIntent"])
@pytest.mark.parametrize("said", ["riley hit me", "riley only hit me once", "jordan scares me", "I'm afraid of Riley"])
def test_a_note_naming_the_partner_gets_help_and_is_not_logged(say, session, jordan, intent, said) -> None:
    assert_support(say(_named(intent, {"note": said})))
    assert count(session, LogEntry) == 0


@pytest.mark.parametrize("said", ["my partner is controlling me", "I feel like ending it", "I'm trapped"])
def test_a_note_with_the_new_phrases_gets_help_and_is_not_logged(say, session, jordan, said) -> None:
    assert_support(say(_named("LogSmallWinIntent", {"note": said})))
    assert count(session, LogEntry) == 0


@pytest.mark.parametrize(
    "said", ["riley forgot to call me", "I'm afraid of Riley's reaction", "riley beat me at chess"]
)
def test_an_ordinary_note_naming_the_partner_is_logged(say, session, jordan, said) -> None:
    reply = speech(say(_named("LogSmallWinIntent", {"note": said})))
    assert "I'm sorry you're going through this" not in reply
    assert count(session, LogEntry) == 1


@pytest.mark.parametrize(
    "said", ["Riley hit me last night", "my answer is I'm afraid of Riley", "riley's been hurting me"]
)
def test_a_checkin_answer_naming_the_partner_gets_help_and_is_not_saved(say, session, jordan, said) -> None:
    asked = say(_named("StartCheckInIntent"))
    assert speech(asked).endswith("Is Riley with you?")
    question = say(then(asked, "AMAZON.NoIntent", person_id=JORDAN_VOICE))
    assert speech(question).startswith("Question 1:")
    assert_support(say(then(question, "AnswerIntent", {"answer": said}, person_id=JORDAN_VOICE)))
    assert count(session, CheckInAnswer) == 0


def test_the_answer_to_is_riley_with_you_that_discloses_gets_help(say, session, jordan) -> None:
    asked = say(_named("StartCheckInIntent"))
    assert speech(asked).endswith("Is Riley with you?")
    assert_support(say(then(asked, "AnswerIntent", {"answer": "Riley scares me"}, person_id=JORDAN_VOICE)))
    assert count(session, CheckInAnswer) == 0


def test_a_name_outside_the_couple_doing_harm_gets_help_and_fear_of_it_is_logged(say, session, alex) -> None:
    make_couple(session, *NAMES)  # another household, not linked to this device
    assert_support(say(envelope("LogSmallWinIntent", {"note": "riley hit me"})))
    assert count(session, LogEntry) == 0
    say(envelope("LogSmallWinIntent", {"note": "I'm no longer afraid of riley"}))
    assert count(session, LogEntry) == 1


def test_support_with_a_name_slot_gets_help_on_an_unlinked_device(say, session) -> None:
    assert_support(say(envelope("SupportIntent", {"name": "riley"})))
    assert count(session, LogEntry) == 0


def test_help_does_not_wait_on_a_broken_database(skill, tmp_path) -> None:
    broken = sessionmaker(create_engine(f"sqlite:///{tmp_path}/missing/nowhere.db"))
    result = invoke(skill, broken, envelope("LogSmallWinIntent", {"note": "he hit me"}), now=None)
    assert_support(result)


WHOLE = [
    "riley hit me",
    "jordan scares me",
    "i am afraid of riley",
    "i'm afraid of riley",
    "riley grabbed me by the throat",
    "riley is violent",
    "i'm worried riley will hurt me",
    "my partner is controlling me",
    "my partner scares me",
    "i feel hopeless",
    "i'm not okay",
    "i hate my life",
    "i'm trapped",
    "i need to get out",
    "i feel like ending it",
    "i've been thinking about ending it",
    "i'm not allowed to see my friends",
    "he grabbed my wrist",
]


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_whole_requests_naming_the_partner_are_support(locale) -> None:
    model = InteractionModel.load(locale=locale)
    missed = [said for said in WHOLE if getattr(model.match(said), "intent", None) != "SupportIntent"]
    assert missed == []
