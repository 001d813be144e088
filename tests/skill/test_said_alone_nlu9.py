"""Distress said alone that reached only Alexa's fallback before nlu9 (tester-voice25 and 26: a phone or a
passport kept until ..., a child shaking while he shouted, a punching bag, a new flat tracked down, pills
swallowed), carried by SupportIntent samples of their shapes (interaction-model/source.json): what he or
she did to me, what I am to him or her, what someone swallowed or took. Sentences of ours in the same
shapes, written after the carriers, reach them in every locale; everyday twins that share their words
reach them too and are let go. "He shot me a text" stays out of the bare "he shot me" carrier, and a game
lost to Sam said alone is read whole ("{…} and {name} beat {…}": skill/carrier_reading.py)."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester10 import _answered, unhelped
from tests.skill.test_safety_tester13 import LOCALES, assert_read_alike, heard_or_quiet
from trust_tracker.models.steering_words import spoken

__all__ = ["alex", "conversation_script", "say"]  # fixtures

# Ours, in the carriers' shapes, heard by the detector as they are rebuilt from the slots.
HEARD = [
    "my husband won't give my passport back so I can't visit my family",
    "he wouldn't give my cards back so I couldn't buy food",
    "the kids were hiding under the table while he was screaming at me",
    "I was shaking while he shouted in my face",
    "I'm just her punching bag when things go wrong",
    "most nights I'm his emotional punching bag",
    "I feel like a human punching bag at home",  # by skill/distress_punching_bag.py
    "he hunted me down at my sister's house",
    "she tracked me down after I moved out",
    "he swallowed all his pills at once last night",
    "my wife took a whole bottle of painkillers",
    "I think she downed a bottle of tablets",
    # Heard by rule since (skill/distress_held_over.py, nlu10): the soft line only before.
    "he wouldn't give me my keys back until I said sorry",
    "she refused to give my phone back all weekend",
    "my son was crying in the hallway while she yelled at me",
    "my ex tracked down where I work now",
]
TWINS = [
    "Sam wouldn't give my phone back until I finished my dinner",
    "the dog was barking while he was shouting at the football",
    "the baby slept while he was shouting at the telly",
    "I bought a punching bag for the garage",
    "I'm the punching bag holder at boxing class",
    "she tracked down the parcel for me",
    "Sam tracked down my favourite old record",
    "he hunted down the best price for our holiday",
    "he swallowed his pride and apologised",
    "I took a handful of grapes",
    "she took a whole packet of biscuits to work",
]
SHOT_AT_ME = ["he shot me a text", "she shot me a look", "he shot me a message this morning"]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_sentence_of_these_shapes_reaches_support_in_every_locale(locale) -> None:
    said = HEARD
    assert [turn["intent"] for turn in route_only([spoken(s) for s in said], locale)] == ["SupportIntent"] * len(said)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_heard_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, [*HEARD, "we played cards and then Sam beat me"]) == []
    assert [words for words, helped in _answered(say, session, TWINS) if helped] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_a_shot_text_or_look_is_not_the_bare_shot(locale) -> None:
    turns = route_only([*SHOT_AT_ME, "he shot me", "my partner shot me again"], locale)
    assert [turn["intent"] for turn in turns] == [None] * len(SHOT_AT_ME) + ["SupportIntent"] * 2


@pytest.mark.parametrize(
    ("said", "heard"),
    heard_or_quiet(
        [
            "he treats me like a punching bag when he's drunk",
            "I feel like a human punching bag at home",
            "she used me as her emotional punching bag for years",
        ],
        [
            "I feel like a punching bag after boxing class",
            "my brother treats me like a punching bag at the gym",
            "I feel like a bag of nerves before the interview",
        ],
    ),
)
def test_a_punching_bag_to_him_is_heard_and_one_at_training_is_not(said, heard) -> None:
    assert_read_alike(said, heard)


@pytest.mark.parametrize(
    ("said", "heard"),
    heard_or_quiet(
        ["he's threatening to put our bedroom videos online", "she threatened to post my private photos"],
        ["he's threatening to put our holiday videos online"],
    ),
)
def test_intimate_videos_threatened_are_heard_and_holiday_videos_are_not(said, heard) -> None:
    assert_read_alike(said, heard)
