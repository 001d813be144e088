"""Tester-voice6 #16: laughter and cooking idioms ("I nearly died laughing at Faith's impression of
her mum", "I punched the bread dough") are neither a partly kept promise nor a keep: let go kindly,
nothing written; an idiom's "nearly" hedges nothing, while "I nearly forgot the walk" still does."""

from __future__ import annotations

import pytest

from tests.skill.talk import SAY, entries
from tests.skill.voice15_home import couple_home
from tests.skill.voice17_home import COUPLES
from trust_tracker.skill.hedges import hedged
from trust_tracker.skill.idioms import everyday_idiom

# Held out: other couples, other idioms of the same two families.
IDIOMS = [
    ("hope-faith", "I nearly died laughing at Faith's impression of her mum"),
    ("hope-faith", "I punched the bread dough"),
    ("will-bill", "I almost wet myself laughing at the footy highlights"),
    ("will-bill", "we were in stitches watching the cricket"),
    ("priya-tomas", "I beat the eggs for the pancakes"),
    ("priya-tomas", "I bashed the garlic for the curry"),
    ("rohan-frank", "we laughed till we cried at the film"),
    ("rohan-frank", "I murdered the chicken with too much chilli"),
    ("faith-grace", "I kneaded the dough for the pizza base"),
]
# Not idioms: a hedge around a promise, a real act.
NOT_IDIOMS = ["I nearly forgot the dog walk", "I almost missed the sunday dinner", "I punched the wall", "I beat him"]


@pytest.mark.parametrize(("key", "said"), IDIOMS)
def test_a_laughing_or_cooking_idiom_is_let_go(session, session_factory, key, said) -> None:
    alexa, *_ = couple_home(session, session_factory, key, couples=COUPLES)
    heard = alexa(said)
    assert "partly done" not in heard.speech and "Which one" not in heard.speech
    assert "moment of reliability" not in heard.speech, heard.speech
    assert heard.speech == SAY("log_let_go") or "not sure" in heard.speech or "didn't get" in heard.speech
    assert entries(session) == []


@pytest.mark.parametrize("said", NOT_IDIOMS)
def test_a_real_hedge_or_act_is_no_idiom(said) -> None:
    assert not everyday_idiom(said)


def test_an_idioms_nearly_hedges_nothing_but_a_promises_does() -> None:
    assert not hedged("I nearly died laughing at the dog")
    assert hedged("I nearly forgot the dog walk")


@pytest.mark.parametrize("bad", ["", "   ", "laughing", "nearly", "punched the", "died laughing " * 60])
def test_bad_or_bare_words_never_raise(bad) -> None:
    assert hedged(bad) in (True, False)
    assert everyday_idiom(bad) in (True, False)
