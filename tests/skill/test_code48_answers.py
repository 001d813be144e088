"""code48, continued (tests/skill/test_code48_offers.py holds the couple and the days): "more talking" at a
check-in question is an answer, not a stranger's name; "carry on without him" at a resumed "Is Sam with you?"
goes on alone; on a shared device without voice profiles, the one named first gets the same answers."""

from __future__ import annotations

import pytest

from tests.factories import NOW
from tests.skill.talk import QUESTIONS, TODAY, Talk
from tests.skill.test_code48_offers import LOCALES, days, home, logged, rows, skill, talk_as
from tests.skill.test_repairs import answers
from trust_tracker.models import voice
from trust_tracker.models.entities import LogKind

__all__ = ["days", "home", "skill"]

# --- 5. an answer is an answer, a name only where one was asked ----------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "answer", ["more talking", "less talking", "honest talking", "better talking and listening", "more listening here"]
)
def test_words_with_talking_at_a_question_are_saved_as_the_answer(
    session, skill, session_factory, home, days, locale, answer
):
    alex, _ = home
    talk = talk_as(skill, session_factory, locale=locale)
    talk("start our check-in")
    talk("no")
    said = talk(answer)
    assert "Who's answering" not in said.speech and said.speech.endswith(QUESTIONS[1]), said.speech
    assert answers(session) == [(alex.id, 0, answer[:1].upper() + answer[1:])]


@pytest.mark.parametrize("stranger", ["Jordan speaking", "Priya here", "actually this is Jordan"])
def test_a_name_said_plainly_is_still_a_stranger(session, skill, session_factory, home, days, stranger):
    talk = talk_as(skill, session_factory)
    talk("start our check-in")
    talk("no")
    said = talk(stranger)
    assert said.speech.endswith("Who's answering: Alex or Sam?"), said.speech
    assert answers(session) == []


# --- 6. going on alone at a resumed "Is Sam with you?" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "said"),
    [
        ("Alex", "carry on without him"),
        ("Alex", "carry on without her"),
        ("Sam", "just carry on without him"),
        ("Alex", "carry on without Sam"),
        ("Alex", "keep going without him"),  # was saved as the answer to the question it stopped at
        ("Sam", "push on without her then"),
    ],
)
def test_carry_on_without_him_at_a_resumed_question_goes_on_alone(
    session, skill, session_factory, home, days, who, said
):
    people = {p.name: p for p in home}
    talk = talk_as(skill, session_factory, who)
    talk("start our check-in")
    talk("no")
    talk("we talked more")
    talk("stop")
    resumed = talk_as(skill, session_factory, who)
    assert "is " in resumed("start our check-in").speech
    on = resumed(said)
    assert on.speech.endswith(QUESTIONS[1]) and on.open, on.speech
    assert "emergency" not in on.speech.lower() and "help" not in on.speech.lower()
    assert answers(session) == [(people[who].id, 0, "We talked more")]


# --- a shared device without voice profiles: the name said first, then the same answers -----------------------


@pytest.fixture
def kitchen(session, skill, session_factory, home, days):
    alex, _ = home
    code = voice.issue_pairing_code(session, alex, now=NOW)
    voice.link_device(session, code, alexa_user_id="amzn1.ask.account.KITCHEN", person_id=None, now=NOW)
    session.flush()
    talk = Talk(skill, session_factory, person_id=None, locale="en-AU")
    talk.conversation.user_id = "amzn1.ask.account.KITCHEN"
    return talk


def test_on_a_shared_device_the_contradiction_is_asked_of_the_one_named(session, home, days, kitchen):
    alex, sam = home
    logged(session, sam, days["evening talk"], TODAY)
    assert kitchen("I missed the evening talk").speech.endswith("is this Alex or Sam?")
    asked = kitchen("Alex")
    assert asked.speech == "Sam logged your evening talk as kept today. Shall I log that you missed it?", asked.speech
    kitchen("yes")
    assert rows(session)[-1] == (alex.id, days["evening talk"], LogKind.MISSED, TODAY)


def test_on_a_shared_device_more_talking_is_the_answer(session, home, days, kitchen):
    _, sam = home
    kitchen("start our check-in")
    kitchen("Sam")
    kitchen("no")
    said = kitchen("more talking")
    assert said.speech.endswith(QUESTIONS[1]), said.speech
    assert answers(session) == [(sam.id, 0, "More talking")]


@pytest.mark.parametrize("said", ["I can't keep going without him", "I can't go on without her"])
def test_despair_at_a_resumed_question_still_gets_the_help_lines(session, skill, session_factory, home, days, said):
    alex, _ = home
    talk = talk_as(skill, session_factory)
    talk("start our check-in")
    talk("no")
    talk("we talked more")
    talk("stop")
    resumed = talk_as(skill, session_factory)
    resumed("start our check-in")
    helped = resumed(said)
    assert "call nine nine nine" in helped.speech and QUESTIONS[1] not in helped.speech, helped.speech
    assert answers(session) == [(alex.id, 0, "We talked more")]
