"""Harm told as good news (skill/distress_good_news.py, tester-voice6 #1-#5): a win or a note that
only makes sense after harm or with a method at hand is heard as distress; its everyday twins are
not. Our own phrasings, other couples' names; the tester's own sentences are not here."""

from __future__ import annotations

import pytest

from trust_tracker.skill.distress import is_distress

NAMES = ("Priya", "Tomás")

HEARD = [
    "my husband hasn't slapped me since the weekend",
    "Priya didn't grab me once this week, small win",
    "I didn't punch her back when she went for me",
    "I left the pills in the cupboard instead of taking them on myself",
    "log a win: I didn't swallow the tablets tonight",
    "the blades I keep hidden are still in the box",
    "I didn't drive up to the cliffs last night",
    "I'm planning not to be around by new year",
    "I wish I could just vanish",
    "I've had enough of being alive",
    "my family would manage better without me anyway",
    "the children would be better off with a different dad",
    "he took the kids to his mother's and told me I'd never see them",
    "she let me see my sister and didn't check my phone afterwards",
    "she's been talking about jumping off the quarry",
    "I goes along with it in bed because it's easier than another fight",
    "I felt like throwing him off the balcony",
    "he keeps a knife in the car and says it's for me",
    "I kept walking past the chemist wondering about it",
    "he pushes me into things in the bedroom I never want",
    "her brother said he'd get me sectioned unless I behave",
    "she gets violent now and then but it's my own fault",
]
LOOKALIKES = [
    "he didn't beat me at scrabble this time",
    "I didn't hit the ball back over the net",
    "we didn't go to the bridge club tonight",
    "I didn't use the knife, I used the bread saw",
    "planning to be gone by sunday for the conference",
    "I wish I could disappear into the garden all day",
    "everyone would manage fine without me at the party",
    "I've had my fill of living in a rented flat",
    "she didn't look at my phone after I said it was a surprise",
    "I wanted to push him off the couch so I could sit down",
    "he made me do the dishes in bed socks and I didn't want to",
    "I go along with it at night because it's easier than arguing about the heating",
    "she didn't follow me to work today because she had the day off",
    "I didn't hit him back with the cushion",
    "my boss will kill me if the figures are late",
    "we keep driving past the pharmacy and thinking about lunch",
]


@pytest.mark.parametrize("said", HEARD)
def test_harm_told_as_good_news_is_heard(said) -> None:
    assert is_distress(said, NAMES)


@pytest.mark.parametrize("said", LOOKALIKES)
def test_its_everyday_twins_are_not(said) -> None:
    assert not is_distress(said, NAMES)
