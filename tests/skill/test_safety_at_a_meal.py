"""A blow "at" something is a game only when it is one (found by voice10's tests: "Sam hit me at
breakfast, log that as a moment" was noted as a moment): "he hit me at breakfast", "at home", "at
night" are harm; "she beat me at chess", "they beat us at home three nil" are games."""

from __future__ import annotations

import pytest

from trust_tracker.skill.distress import is_distress

NAMES = ("Alex", "Sam")
HARM = [
    "he hit me at breakfast",
    "he hit me at home",
    "she slapped me at dinner last night",
    "sam hit me at breakfast log that as a moment",
    "he kicked me at night when the kids were asleep",
    "she punched me at lunch",
    "he hit me at home again",
]
GAMES = [
    "she beat me at chess",
    "he beat me at darts again",
    "they beat us at home three nil",
    "they beat us at home 2 1",
    "sam beat me at the pub quiz",
    "she beat me at dinner party trivia",
    "he thrashed me at tennis",
]


@pytest.mark.parametrize("said", HARM)
def test_a_blow_at_a_meal_at_home_or_at_night_is_heard(said) -> None:
    assert is_distress(said, NAMES)


@pytest.mark.parametrize("said", GAMES)
def test_a_win_at_a_game_stays_a_game(said) -> None:
    assert not is_distress(said, NAMES)
