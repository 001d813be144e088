"""Natural phrasings tester-voice27 and 28 found not understood, each added by shape and heard through the
locale's own model (tests/skill/talk.py): "I broke a promise" and "I didn't keep a promise" are a miss that asks
which one (they were keeps not matched), "I want to record a nice moment" asks for the moment (it was taken
as a promise's name), "give me a summary of this week" and "how are things going between us" are our
progress, en-IN's "today was very difficult" is a hard day (those two, and the lookalikes of every shape, in
test_natural_phrasings_nlu7 and nlu9's lists). Other words of each shape too."""

from __future__ import annotations

import pytest

from tests.skill.test_natural_phrasings_nlu7 import (
    ASKED_MISSED,
    ASKED_MOMENT,
    LOCALES,
    _heard,
    _talk,
    asks_which_then_logs,
)
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.simulator import Match


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["I broke a promise", "I didn't keep a promise"])
def test_a_promise_let_down_naming_none_asks_which_and_the_answer_logs_it(session, session_factory, locale, said):
    talk = _talk(session, session_factory, locale)
    logged = asks_which_then_logs(session, talk, said, "LogMissedIntent", ASKED_MISSED, "call when late")
    assert logged == [("missed", "call when late")]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said", ["I want to record a nice moment", "I'd like to note a lovely moment", "I want to note a nice moment"]
)
def test_a_nice_moment_wished_for_asks_for_the_moment(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "LogReliabilityIntent"
    asked = talk(said)
    assert asked.speech.startswith(ASKED_MOMENT) and asked.open, asked.speech
    assert rows(session) == []


@pytest.mark.parametrize("odd", ["", "?", "🙂🙂", "sam " * 300])
def test_odd_words_for_which_one_after_a_promise_let_down_log_nothing(session, session_factory, odd) -> None:
    talk = _talk(session, session_factory, "en-IN")
    talk("I broke a promise")
    said = talk.send(Match("LogMissedIntent", {"commitment": odd}))
    assert said.speech and "Traceback" not in said.speech
    assert rows(session) == []
