"""Words that name none of the couple's promises are never read back mid-line (voice21, issue 8):
"I forgot our chat after dinner" was answered "I couldn't find I forgot our chat after dinner in
your contract. Was it your evening talk?". Now, in every locale and for any couple: "That isn't one
of your promises by name. Was it …?", the speaker's sentence not parroted, nothing written before
a yes."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.talk import Talk
from tests.skill.voice12_home import VOICE, linked_couple, logged
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.simulator import Match

NOT_BY_NAME = "That isn't one of your promises by name."
LOCALES = ("en-US", "en-GB", "en-AU", "en-IN", "en-CA")


def _talk(session, session_factory, a: str, b: str, locale: str) -> Talk:
    one, two = linked_couple(session, a, b, person_id=VOICE)
    agreed_contract(session, one, two)
    session.flush()
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("couple", "said", "echo"),
    [
        (("Alex", "Sam"), "I forgot our chat after dinner", "chat after dinner"),
        (("Priya", "Rohan"), "I skipped our talk after the kids went to bed", "after the kids went to bed"),
        (("Alex", "Sam"), "we went swimming after work", "swimming after work"),
        (("Priya", "Rohan"), "I kept my promise to water the plants", "water the plants"),
    ],
)
def test_words_naming_no_promise_are_not_read_back(session, session_factory, locale, couple, said, echo) -> None:
    talk = _talk(session, session_factory, *couple, locale)
    heard = talk(said)
    assert heard.speech.startswith(NOT_BY_NAME), heard.speech
    assert echo not in heard.speech.lower() and "couldn't find" not in heard.speech, heard.speech
    assert heard.open and heard.reprompt
    assert logged(session) == []


def test_a_yes_after_the_plain_line_still_logs_what_was_offered(session, session_factory) -> None:
    talk = _talk(session, session_factory, "Alex", "Sam", "en-GB")
    asked = talk("I forgot our chat after dinner")
    assert asked.speech == f"{NOT_BY_NAME} Was it your evening talk?", asked.speech
    talk("yes")
    assert [(who, kind) for who, kind, _ in logged(session)] == [("Alex", "missed")]


@pytest.mark.parametrize("said", ["<speak>juggling</speak>", "juggling & plates", "x" * 300])
def test_odd_words_are_not_read_back_either(session, session_factory, said) -> None:
    talk = _talk(session, session_factory, "Alex", "Sam", "en-AU")
    heard = talk.send(Match("LogKeptIntent", {"commitment": said}))
    assert said not in heard.speech
    assert "couldn't find" not in heard.speech and heard.speech, heard.speech
    assert logged(session) == []
