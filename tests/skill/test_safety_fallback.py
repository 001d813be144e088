"""When Alexa understood nothing (AMAZON.FallbackIntent carries no words), a person in danger may
have been misheard: every "not understood", the first one too, suggests gently and in every locale
the words that reach the help ("If you're not safe, say: I need help."), at the menu and while a
question waits; said next, they get the locale's numbers with nothing written. Before safety10 the
second fallback offered only "help" and "stop"; since voice8 it also names two things to say there;
since safety23 the first says it too (tester-voice5: "no leave it, Rohan will belt me if he sees it
gone" at "Shall I remove it?" heard as FallbackIntent got the question again, and nothing else)."""

from __future__ import annotations

import pytest

from tests.skill.test_safety import LOCALES, alex, assert_support, envelope, say, skill, speech, then
from tests.skill.test_safety_states import stored

__all__ = ["alex", "say", "skill"]  # fixtures

GENTLE = "If you're not safe, say: I need help."


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.usefixtures("alex")
def test_every_fallback_suggests_asking_for_help_in_every_locale(say, session, locale) -> None:
    first = say(envelope("AMAZON.FallbackIntent", locale=locale))
    said = speech(first)
    assert said.startswith("Sorry, I didn't get that. You could say, for example: I kept my promise.")
    assert GENTLE in said and said.endswith("What would you like?") and len(said.split()) <= 30
    assert first["response"]["shouldEndSession"] is False
    assert_support(say(then(first, "SupportIntent", {}, locale=locale)), locale)  # said at once: the numbers
    first = say(envelope("AMAZON.FallbackIntent", locale=locale))
    second = say(then(first, "AMAZON.FallbackIntent", locale=locale))
    said = speech(second)
    assert said.startswith("I'm still not getting it. You could say:") and GENTLE in said
    assert len(said.split()) <= 25 and second["response"]["shouldEndSession"] is False
    kept = stored(session)
    assert_support(say(then(second, "SupportIntent", {}, locale=locale)), locale)  # "I need help", said next
    assert stored(session) == kept


@pytest.mark.usefixtures("alex")
def test_the_second_unclear_reply_to_a_waiting_question_suggests_it_too(say, session) -> None:
    question = say(envelope("StartCheckInIntent"))
    assert speech(question).endswith("Is Sam with you?")
    first = say(then(question, "AMAZON.FallbackIntent"))
    assert speech(first) == f"Sorry, I didn't get that. {GENTLE} Is Sam here for the check-in too? Yes or no?"
    second = say(then(first, "AMAZON.FallbackIntent"))
    assert GENTLE in speech(second) and speech(second).endswith("Yes or no?")
