"""Ordinary conversations tester-voice33 and tester-voice34 found mishandled (task voice36), for two
couples in two locales, through the skill's real request path (spoken text and the rows saved). Item 4
(the moment picked without its "a") is in test_voice28_repairs.py; item 6's pauses at "Is Sam with you?"
in test_hesitation_at_together.py.

6. Pauses during a setback's reflection ("hang on", then "wait no") are asked again gently, at the offer
   and at its questions: never "just yes or no", never the reflection ended.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.skill.voice12_home import four_promises
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.private_entities import SetbackReflection

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB")]


# --- 6. pauses in a reflection -------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_pauses_during_a_reflection_ask_again(session, session_factory, a, b, locale) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    assert "reflect on it?" in talk("I missed my open phone").speech
    for pause in ["hang on", "wait no"]:
        said = talk(pause)
        assert said.open and said.speech.endswith("Would you like to reflect on it now? Yes or no?"), said.speech
        assert "Just yes or no" not in said.speech, said.speech
    assert talk("yes").speech == "What triggered it?"
    for pause in ["hang on", "wait no", "erm"]:
        said = talk(pause)
        assert said.open and said.speech.endswith(" What triggered it?"), said.speech
    assert talk("I was tired after work").speech.endswith("What would have prevented it?")
    assert [r.trigger for r in session.scalars(select(SetbackReflection))] == ["I was tired after work"]
    assert [k for k, _, _, _ in rows(session)] == ["missed"]
