"""Distress said alone that reached only Alexa's fallback (safety47): a fight that ended "with me curled up on
the bathroom floor", a door walked into told as clumsiness, "that's what I tell people", pushing up daisies if
I leave, where I am checked on the app every ten minutes, and tester33's UNREACHED. SupportIntent carries each
shape in every locale (interaction-model/source.json: "{…} ended with [me|him|her] {…}", "{…} that is what i
(tell|told) {…}", "{…} so clumsy", "clumsy me", "{…} (covers|hides) most of {…}", "told the [gp|doctor|nurse]
{…}", "{…} pushing up daisies", "[checks|tracks|watches] where i am {…}"), read whole; the rules widened by
shape (skill/distress_covered_up.py, skill/distress_in_other_words.py). Our phrasings were written before the
carriers and the rules.

The room for them (en-GB was 3,244 characters under the 900,000 guard): two carriers that others say whole
with the same reading, "(he|she) would not {…}" beside "(he|she) would {…}" and "there is no {…}" beside "there
(is|was|are|were) {…}" (SUPERSEDED: each reaches SupportIntent and help as before), and the new carriers share
their slots where the reading does not change with the word ("told the (doctor|gp|nurse) {…}").

And four false alarms quieted, their harmful readings still heard: a bruise "from footy" (the carrier read
"the bruise" as "the bruises", and "bruises from" knew no footy), an app explained as the bank's update, the
kids lost "in the crowd" at the zoo, "the ER" read as the filler "er"."""

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

# The brief's sentences and tester33's UNREACHED, said alone.
REACHED_NOW = [
    "the argument finished with me curled up on the bathroom floor",
    "clumsy me, walked into the door again, that's what I tell people",
    "he reckons I'll be pushing up daisies if I leave",
    "I'd be better off gone for good",
    "she said I'd end up six feet under if I told anyone",
    "he shared my location to his phone and locked it so I can't turn it off",
    "checks where I am on the app every ten minutes",
    "we spent the night in the ER after he pushed me",
    "the fight ended with me on the floor",
    "it ended with her on the floor",
    "make up covers most of it",
    "walked into a door again, so clumsy",
    "last night's row ended with me on the floor again",
    "Sam lost his temper and I ended up on the kitchen floor",
    "the foundation covers most of it now",
    "told the GP I fell against the table",
    "my face is still sore from the weekend, so clumsy",
]
# Ours, three or more of each shape, written before the carriers and rules.
HELD_OUT = [
    "the row finished with me lying on the kitchen floor",
    "every argument ends with me crying on the floor",
    "the shouting last night ended with me on the bathroom floor",
    "our fight finished with him on the floor and me running out",
    "fell down the stairs again, that's what I tell everyone",
    "walked into the cupboard door again, that's what I told my mum",
    "I say I'm clumsy when people ask about the bruises, that's what I tell them",
    "banged my face on the door again, so clumsy",
    "my arm is black and blue again, clumsy me",
    "concealer covers most of it these days",
    "my long sleeves hide most of it",
    "told the doctor I tripped over the dog",
    "told the nurse I fell in the garden",
    "she says I'll be pushing up daisies if I ever walk out",
    "he told me I'd be pushing up daisies before he let me have the kids",
    "if I leave him I'll be pushing up daisies, he said so",
    "my husband jokes I'll be pushing up daisies if I go to the police",
    "she checks where I am on her phone every five minutes",
    "tracks where I am on find my friends all day long",
    "he watches where I am on the map every hour",
    "my partner checks where I am on life360 every ten minutes",
]
# Everyday words of the same shapes: never the help lines (some reach SupportIntent and are let go).
TWINS = [
    "the argument finished with us laughing on the floor",
    "the party ended with me asleep on the floor",
    "the yoga class finished with me lying on the floor",
    "the game ended with me on the floor laughing",
    "clumsy me, walked into the door again, need glasses",
    "dropped my phone again, so clumsy",
    "clumsy me, spilt coffee on my shirt again",
    "I love a good curry, that's what I tell people",
    "my insurance covers most of it",
    "the rug hides most of it",
    "told the doctor I needed a sick note",
    "pushing up daisies is what grandad called it",
    "the old rose bush is pushing up daisies now",
    "we share our locations, we agreed",
    "I check where the bus is on the app every ten minutes",
    "she checks where her parcel is on the app every hour",
    "my mum checks where I am on the app when I drive home late, I asked her to",
]
# The false alarms, quiet said alone and as text; and their harmful readings, still heard.
FALSE_ALARMS = [
    "the bruise from footy is fading nicely",
    "the bruises from footy are fading nicely",
    "I found an app on my phone I didn't download, it was the bank's update",
    "she said she'd take the kids to the zoo and I'd never find them in the crowd",
    "waited at the ER with Sam's mum, she's fine now",
    "the er doctor was lovely",
]
HARMFUL_TWINS = [
    "the bruise from where he hit me is fading nicely",
    "I found an app on my phone I didn't download and he knows everything I text",
    "she said she'd take the kids abroad and I'd never find them",
    "he put me in the ER last month",
]
# Said through the two carriers that went, now carried by the wider ones.
SUPERSEDED = [
    "he would not let me leave the house",
    "she wouldn't let me see my friends",
    "there is no way out of this for me",
    "there's no point in going on anymore",
]


def _intents(said: list[str], locale: str) -> list[str | None]:
    return [turn["intent"] for turn in route_only([spoken(s) for s in said], locale)]


@pytest.mark.parametrize("locale", LOCALES)
def test_each_reaches_support_said_alone_in_every_locale(locale) -> None:
    said = REACHED_NOW + HELD_OUT + SUPERSEDED
    assert dict(zip(said, _intents(said, locale), strict=True)) == dict.fromkeys(said, "SupportIntent")


@pytest.mark.parametrize(
    ("said", "heard"),
    [(s, True) for s in REACHED_NOW + HELD_OUT + HARMFUL_TWINS + SUPERSEDED]
    + [(s, False) for s in TWINS + FALSE_ALARMS],
)
def test_each_is_heard_and_each_twin_stays_quiet(said, heard) -> None:
    assert is_distress(said, ("alex", "sam")) is heard and is_distress(said) is heard


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, REACHED_NOW + HELD_OUT + SUPERSEDED) == []
    assert rows(session) == []
    quiet = TWINS + FALSE_ALARMS[:4]
    assert sorted(unhelped(say, session, quiet)) == sorted(spoken(s) for s in quiet)
