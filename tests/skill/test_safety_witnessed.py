"""Distress said as what one saw or thinks, as the partner's restraint, and as intimidation without
a blow (issue 8; an independent tester's finds, /work/notes/final2-finds.md items 1, 2 and 4).
These were offered as a moment of reliability and saved, logged as a missed promise against the
one who said them, or not understood. Each family is heard in phrasings written here (UK, US, AU
and IN voices), its everyday lookalikes stay quiet, and the tester's own sentences go through the
real handler chain: help in the locale's words, and no row written."""

from __future__ import annotations

import pytest

from tests.skill.test_safety import LOCALES, say, skill
from tests.skill.test_safety_states import _disclose
from trust_tracker.skill.distress import is_distress

__all__ = ["say", "skill"]  # fixtures, shared with test_safety.py

NAMES = ("Alex", "Sam")

FAMILIES: dict[str, list[str]] = {
    "someone else harmed, seen or thought": [
        "i reckon the kids next door are getting hit",
        "i'm worried my granddaughter is being hurt at home",
        "i think my sister's little boy is being beaten",
        "my friend's daughter might be being abused",
        "i keep seeing bruises on the neighbour's kid's face",
        "there were finger marks on my niece's arm",
        "i spotted a black eye on my mate's wife's face",
        "my son's got belt marks on his back",
        "i noticed scratches on her little girl's neck",
        "the children hide in the wardrobe whenever their dad gets drunk",
        "my son runs to his room as soon as his stepdad comes home",
        "the baby cries every time he raises his voice",
        "the kids are terrified of their stepdad",
        "my little one hid behind the sofa until he calmed down",
    ],
    "the partner's restraint": [
        "he didn't chuck anything at me this time",
        "my husband didn't smash my phone this week",
        "she didn't scream at me for once",
        "at least he didn't take my car keys this time",
        "my bloke didn't grab me last night",
        "my wife didn't hide my passport today",
        "he hasn't thrown stuff at me lately",
        "at least she didn't shout at me",
    ],
    "intimidation without a blow": [
        "my boyfriend cornered me in the bathroom",
        "she trapped me in the bedroom and wouldn't let me out",
        "he backed me into a corner and yelled",
        "he blocked the door so i couldn't leave",
        "my husband looms over me shouting",
        "she stood over me with her fist clenched",
        "my fella screams at me till i say yes",
        "he hid my car keys so i couldn't go to work",
        "she snatched my phone and refused to give it back",
        "he yanked the landline out of the wall",
        "my ex chucked all my clothes onto the front lawn",
        "he tossed my bags out on the road",
        "he swerved at the lorries to frighten me",
        "he speeds deliberately to terrify the kids",
        "she drove like a maniac on purpose",
    ],
}
# The same words in everyday life.
LOOKALIKES = [
    "i saw bruises on the apples",
    "there were marks on my son's homework",
    "my daughter got bruises on her arm from netball",
    "i noticed scratches on the car door",
    "the kids hide under the bed playing hide and seek",
    "the kids hide when he counts to ten",
    "my daughter hides her sweets from her brother",
    "he cornered the market",
    "she cornered me at the party to talk about crypto",
    "my boss cornered me after the meeting and asked about the report",
    "she took my phone to call a taxi",
    "he took my phone and gave it back after he checked the map",
    "he ripped the wrapping paper",
    "she ripped the old wallpaper off the wall",
    "she threw my old trainers in the bin",
    "he threw my birthday party in the garden",
    "he drives too fast on the motorway",
    "she drove to the coast to surprise me",
    "i didn't take my phone this time",
    "sam didn't forget the bins this time",
    "he didn't break anything when he fell off the ladder",
    "my son is being picked for the team",
    "he stands over the barbecue shouting at the football",
    "my kids are scared of spiders",
    "the kids are scared of their dad's driving",
    "the kids hide under the bed when the thunder starts",
]
# The tester's own sentences: offered as a moment, logged as a missed promise, or not understood.
TESTER = [
    "i think my neighbour's kids are being hurt",
    "i think the kids are being hurt",
    "i saw bruises on my daughter's arm",
    "i noticed marks on my son's neck",
    "the kids hide under the bed when he shouts",
    "my daughter hides when her dad comes home",
    "sam didn't take my phone this time",
    "sam didn't break anything this time",
    "he didn't scream at me this time",
    "sam didn't throw anything at me this time",
    "he cornered me in the kitchen",
    "he stands over me and shouts until i give in",
    "she took my phone and wouldn't give it back",
    "he ripped the phone out of the wall",
    "she threw my stuff out on the street",
    "he drives too fast on purpose when i'm in the car to scare me",
]


def test_the_lists_hold_what_they_say() -> None:
    phrasings = [said for family in FAMILIES.values() for said in family]
    assert len(phrasings) == len(set(phrasings)) and not set(phrasings) & set(TESTER + LOOKALIKES)
    assert all(len(family) >= 5 for family in FAMILIES.values())


@pytest.mark.parametrize("said", [said for family in FAMILIES.values() for said in family] + TESTER)
def test_every_family_is_heard(said) -> None:
    assert is_distress(said, NAMES)


def test_the_partners_restraint_is_heard_by_name_before_the_device_is_linked() -> None:
    assert is_distress("Riley didn't take my phone this time")
    assert is_distress("Sam didn't throw anything at me this time", ())


@pytest.mark.parametrize("said", LOOKALIKES)
def test_the_same_words_in_everyday_life_stay_quiet(said) -> None:
    assert not is_distress(said, NAMES)
    assert not is_distress(f"I {said}", NAMES)  # as a commitment slot is read


@pytest.mark.parametrize("said", ["", "   ", "\x00\x07", "bruises " * 2000, "he cornered\nme\tin the kitchen"])
def test_odd_text_is_answered_without_error(said) -> None:
    assert is_distress(said, NAMES) is ("cornered" in said)


# --- through the real handler chain ---------------------------------------------------------------
# Where the tester's words went: a moment of reliability offered from a kept promise, a note, a
# check-in answer, and the missed promise "{sam} didn't {take my phone this time}" logged.
PLACES = [
    ("not linked", "LogKeptIntent", {"commitment": "{said}"}),
    ("household, no voices", "LogReliabilityIntent", {"note": "{said}"}),
    ("mid check-in", "AnswerIntent", {"answer": "{said}"}),
    ("held log", "AnswerIntent", {"answer": "{said}"}),
]


@pytest.mark.parametrize("place", range(len(PLACES)), ids=[f"{s}-{i}" for s, i, _ in PLACES])
@pytest.mark.parametrize("said", TESTER)
def test_the_testers_words_get_help_and_nothing_is_written(say, session, couple, place, said) -> None:
    state, intent, slots = PLACES[place]
    locale = LOCALES[(TESTER.index(said) + place) % len(LOCALES)]
    _disclose(say, session, couple, state, intent, slots, said, locale)


@pytest.mark.parametrize("state", ["mid check-in", "household, no voices"])
@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Sam", "take my phone this time"),
        ("Sam", "throw anything at me this time"),
        ("he", "scream at me this time"),
        ("Sam", "break anything this time"),
    ],
)
def test_the_partners_restraint_is_never_logged_as_the_speakers_missed_promise(
    say, session, couple, state, before, after
) -> None:
    slots = {"before_did_not": before, "after_did_not": after}
    locale = LOCALES[len(before + after) % len(LOCALES)]
    _disclose(say, session, couple, state, "LogMissedTopicIntent", slots, "", locale)


@pytest.mark.parametrize("said", [family[0] for family in FAMILIES.values()])
@pytest.mark.parametrize("locale", LOCALES)
def test_each_family_gets_the_locales_help_as_a_small_win_note(say, session, couple, said, locale) -> None:
    _disclose(say, session, couple, "unknown voice", "LogSmallWinIntent", {"note": said}, said, locale)
