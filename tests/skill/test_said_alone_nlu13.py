"""Distress said alone that reached only the fallback, or a carrier that did not hear it (nlu13): a fight
"and I ended up on the floor" (tester-voice32), disappearing or vanishing for good, bruises that match my
eyeshadow, the money in my purse counted (tester-voice29), someone leaving notes "and I think it's him", and
nlu12's held-out sentences its carriers did not bring or hear (a gun without a licence, the cover story told
the teacher, the one place she can't hear, sleeping in a tent, the swelling round my eye, the bridge
tempting). SupportIntent carries each shape in every locale (interaction-model/source.json), read whole
(skill/carrier_reading.py); our phrasings were written before the carriers. The swelling healing on an
ankle is no longer heard (skill/distress_sideways_signs.py); swelling on the face still is."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester10 import unhelped
from tests.skill.test_safety_tester13 import LOCALES
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.steering_words import spoken
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say"]  # fixtures

# The testers' and nlu12's, said alone: the fallback took them, or a carrier let them go.
REACHED_NOW = [
    "Sam lost his temper last night and I ended up on the floor",
    "lol I'd be fine if I just disappeared, nobody would notice anyway",
    "at least my new bruises match my eyeshadow",
    "maybe it's time I just disappeared for good",
    "he counts the money in my purse every night",
    "it's about time I vanished forever",
    "someone keeps leaving notes on my car and I think it's him",
    "where can I buy a gun tonight without a licence",
    "I told the teacher my black eye was from falling off my bike",
    "I'm whispering from the garage because it's the one place she can't hear",
    "me and my son have been sleeping in a tent in the park",
    "the swelling round my eye has nearly gone down now",
    "the bridge looks more and more tempting every day",
]
# Ours, three or more of each shape, written before the carriers and rules.
HELD_OUT = [
    "he lost it again and I ended up with a split lip",
    "my husband got angry and I ended up in hospital",
    "she flew off the handle and I ended up on the kitchen floor",
    "everyone would be better off if I just vanished",
    "honestly it would be easier if I disappeared for good",
    "honestly things would be simpler if I vanished for good",
    "the bruise on my cheek matches my lipstick now",
    "my bruises go with my purple top",
    "at least the bruises on my arm match my new dress",
    "my husband counts the change in my bag when I get home",
    "she checks every penny in my purse when I get home",
    "my boyfriend goes through the money in my wallet every evening",
    "somebody has been leaving flowers on my doorstep every day and I know it's her",
    "someone keeps ringing from a withheld number and I'm sure it's my ex",
    "someone has been following me home from work and I think it's my husband",
    "the swelling under my left eye is going down finally",
    "the swelling on my lip has gone down at last",
]
# Everyday words of the same shapes: never the help lines (some reach SupportIntent and are let go).
TWINS = [
    "I vanished for a week to Spain",
    "honestly I vanished for a week to Spain",
    "he counts the change for the bus",
    "she counts the money in the till at work",
    "my nails match my eyeshadow",
    "my shoes match my handbag",
    "I ended up on the floor laughing",
    "we had a pillow fight and I ended up on the floor laughing",
    "he got drunk at the party and I ended up driving home",
    "someone left a present on the doorstep and I think it's him",
    "how do I get a gun licence for clay shooting",
    "I told the teacher the black eye on my son was from football practice",
    "the shed is the one place he can't hear the football",
    "me and my son have been sleeping in a tent in the garden for fun",
    "the swelling on my ankle is going down at last",
    "the swelling on my knee is going down now",
    "the swelling on my ankle has gone down so I can run again",
    "the swelling on my finger is going down at last",
    "I could just disappear forever into this game",
    "I should just disappear for a bit and go to the beach",
]
# Heard wherever written, but said alone no carrier takes the present tense ("i (|just) disappear"): the fallback.
HEARD_NOT_CARRIED = ["maybe I should just disappear for good", "I could just vanish and nobody would notice"]
# Swelling from a blow stays heard wherever it is said.
SWOLLEN = ["my face is still swollen from where he hit me", "the swelling on my face is going down at last"]


def _intents(said: list[str], locale: str) -> list[str | None]:
    return [turn["intent"] for turn in route_only([spoken(s) for s in said], locale)]


@pytest.mark.parametrize("locale", LOCALES)
def test_each_reaches_support_said_alone_in_every_locale(locale) -> None:
    said = REACHED_NOW + HELD_OUT
    assert _intents(said, locale) == ["SupportIntent"] * len(said)


@pytest.mark.parametrize(
    ("said", "heard"),
    [(s, True) for s in REACHED_NOW + HELD_OUT + HEARD_NOT_CARRIED + SWOLLEN] + [(s, False) for s in TWINS],
)
def test_each_is_heard_and_each_twin_stays_quiet(said, heard) -> None:
    assert is_distress(said, ("alex", "sam")) is heard and is_distress(said) is heard


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, REACHED_NOW + HELD_OUT) == []
    assert rows(session) == []
    # The twins go where they went before (one's own deed, "i vanished …", is the keep "i {commitment}" serves).
    assert sorted(unhelped(say, session, TWINS)) == sorted(spoken(s) for s in TWINS)
