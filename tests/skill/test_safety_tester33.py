"""tester-voice33's distress saved and read back (/work/tv33/report.md D1-D7, on lead3 f7f36f1): "we had a
row and I ended up on the kitchen floor" logged as a small win ("That's worth noticing."), a scarf worn "so
nobody asks about my neck", "I told the nurse I fell off a ladder", "my ribs still hurt from Saturday, clumsy
me", "he said he'd put me in the ground", an app "I didn't put there", "she made me share my location":
skill/distress_in_other_words.py and skill/distress_covered_up.py. And its false alarms: keys taken "so I
wouldn't drink-drive", phone photos picked for the album and a passport in the safe "we agreed", "a hiding at
squash". Each with sentences of ours in the same shapes, written before the rules, and everyday twins.

LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.checked_lists import CheckedLists
from tests.skill.test_safety import alex, assert_support, count, envelope, say, skill, speech, then
from tests.skill.test_safety_said_alone import spoken
from trust_tracker.models.entities import LogEntry

__all__ = ["alex", "say", "skill"]  # fixtures

TESTER = [
    "we had a row and I ended up on the kitchen floor",
    "the fight ended with me on the floor",
    "it ended with her on the floor",
    "we had a fight and he ended up on the floor",
    "I ended up on the floor after the argument",
    "he said he'd put me in the ground",
    "I found an app on my phone I didn't put there, he always knows where I've been",
    "she made me share my location and she rings if I stop at the shop",
    "I've started wearing a scarf in summer so nobody asks about my neck",
    "I told the nurse I fell off a ladder",
    "my ribs still hurt from Saturday, clumsy me",
    "I keep my arms covered so nobody sees",
    "I wear sunglasses indoors so the kids don't see my eye",
    "make up covers most of it",
    "I've been wearing polo necks so nobody sees my neck",
    "walked into a door again, so clumsy",
]
# Ours, in the same shapes, written before the rules.
HELD_OUT = [
    "we had a massive argument and she ended up on the bathroom floor",
    "last night's row ended with me on the floor again",
    "I ended up on the hallway floor during the fight",
    "Sam lost his temper and I ended up on the kitchen floor",
    "I've been wearing long sleeves all summer so nobody sees my arms",
    "I wear a polo neck to work so my colleagues don't ask",
    "I keep my neck covered so the kids don't notice",
    "I put on concealer every morning so nobody at work notices",
    "the foundation covers most of it now",
    "I told the doctor I slipped on the stairs",
    "I told A&E I tripped over the dog",
    "told the GP I fell against the table",
    "my wrist still aches from last week, silly me",
    "my face is still sore from the weekend, so clumsy",
    "I walked into the door again, clumsy me",
    "she said she'd put me in my grave",
    "my husband says he'll put me six feet under if I leave",
    "he told me he would put me in hospital",
    "he threatened to put me in the ground",
    "there's an app on my laptop I never installed and he knows my passwords",
    "I noticed some software on my phone that I didn't download",
    "he makes me keep my location on all the time",
    "my wife forced me to turn on find my iphone",
    # The false alarms' distress twins, still heard.
    "he took my car keys so I couldn't drive",
    "he goes through my phone photos to find pictures of other men",
    "she keeps my passport in the safe so I can't leave",
    "my dad gave me a hiding at home",
]
FALSE_ALARMS = [
    "someone took my keys so I wouldn't drink-drive",
    "she hid my car keys so I couldn't drink and drive",
    "Sam goes through my phone photos to pick ones for the album, we agreed",
    "Sam keeps my passport in the safe with hers, we agreed that",
    "my boss gave me a hiding at squash last night",
]
TWINS = [
    *FALSE_ALARMS,
    "we had a pillow fight and I ended up on the floor laughing",
    "we had a water fight and I ended up on the kitchen floor laughing",
    "I wore a scarf because it was freezing",
    "I'm getting good at covering the grey hairs",
    "someone took my keys so I wouldn't drink drive",
    # Ours.
    "my brother took my keys so I wouldn't drive drunk",
    "Sam hid my keys so I wouldn't drink drive after the wedding",
    "he goes through my phone pictures to choose some for the calendar, as agreed",
    "my wife keeps my passport in the safe with hers, we both agreed",
    "Sam gave me a proper thrashing at tennis",
    "my brother gave me a good hiding at chess",
    "we had a snowball fight and I ended up on the ground",
    "we had a play fight and he ended up on the floor",
    "the yoga class ended with me on the floor",
    "it ended with me on the floor laughing",
    "I wear long sleeves so nobody sees my tattoo",
    "I keep my arms covered so nobody sees my eczema",
    "I wear a scarf so nobody sees my grey roots",
    "concealer covers most of the spots",
    "I wear sunglasses indoors because of my migraine",
    "I told the nurse I fell asleep in the waiting room",
    "I told the doctor I fell off my bike last week",
    "stubbed my toe, clumsy me",
    "my ribs still hurt from Saturday's rugby",
    "my back still aches from the gardening, silly me",
    "the dog walked into the door again, so clumsy",
    "he said he'd put the bulbs in the ground",
    "my mum says she'll put me in my grave if I forget her birthday",
    "we share our locations, we agreed",
    "Sam always knows where I left my keys",
    "the app made me share my location to book the taxi",
    "I found an app on my phone I forgot I downloaded",
]
DISTRESS = TESTER + HELD_OUT
# Written after the rules, in other locales' words: heard and quiet only.
AFTER = [
    "we got into a fight and I wound up on the floor",
    "our argument ended with me in hospital",
    "I wear turtlenecks so my coworkers don't see my neck",
    "I keep my wrists covered so nobody asks",
    "I told the emergency room I fell down the steps",
    "my arm still hurts from Tuesday, so clumsy",
    "he told me he'd put me six feet under",
    "I found a tracking app on my phone I never installed",
]
AFTER_TWINS = [
    "the match ended with him on the floor",
    "my mate said he'd put me in the ground if I dropped his phone",
    "he said he'd put me in my grave if I forget the milk",
    "I wear sunglasses so nobody sees my tired eyes",
]

# Said alone, each reaches SupportIntent since safety47 (test_said_alone_safety47.py), tester33's UNREACHED then.
LISTS = CheckedLists(heard=DISTRESS + AFTER, quiet=TWINS + AFTER_TWINS, disclosed=DISTRESS)


@pytest.mark.parametrize("said", TESTER[:2] + TESTER[5:8])
def test_told_as_a_small_win_it_gets_help_and_no_win_is_logged(say, session, alex, couple, said) -> None:
    """The tester's worst case: the words were logged and read back with "That's worth noticing"."""
    agreed_contract(session, *couple)
    assert_support(say(envelope("LogSmallWinIntent", {"note": spoken(said)}, locale="en-US")), "en-US")
    assert count(session, LogEntry) == 0


@pytest.mark.parametrize("said", FALSE_ALARMS)
def test_the_false_alarms_get_no_help_lines_and_the_wins_are_logged_as_said(say, session, alex, couple, said) -> None:
    agreed_contract(session, *couple)
    served = say(envelope("LogSmallWinIntent", {"note": spoken(said)}, locale="en-GB"))
    if speech(served).startswith("I haven't saved that yet"):
        served = say(then(served, "AMAZON.YesIntent", locale="en-GB"))
    assert not speech(served).startswith("I'm sorry you're going through this"), speech(served)
    # Sam going through a phone is read as Sam's breach of the open-phone boundary, Sam's to log.
    if "phone photos" not in said:
        assert speech(served).startswith("Logged a small win: "), speech(served)
        assert count(session, LogEntry) == 1
