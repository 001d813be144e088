"""Distress said aside (issue 8; the sixth list written blind, tests/skill/distress_blind.py
SIXTH_DISTRESS): an overdose told casually, hopelessness said softly, means looked up as a joke,
self-harm urges told as progress, a weapon kept to be seen, abuse while asleep or of a child,
papers, phone and email taken, an elder's pension, a child's marks, appeasement told by its
reason and regional blows (skill/distress_veiled.py, skill/distress_softly.py). Each family is
heard in phrasings written here, its everyday lookalikes stay quiet (the rule lives on the one
pattern), and each goes through the real handler chain wherever it may be said."""

from __future__ import annotations

import time

import pytest

from tests.skill.distress_blind6 import SIXTH_DISTRESS, SIXTH_LOOKALIKES
from tests.skill.distress_families import NAMES, assert_blind_list_heard, family_checks
from tests.skill.test_safety import say, skill
from trust_tracker.skill.distress import is_distress

__all__ = ["say", "skill"]  # fixtures, shared

# Each family, in phrasings that are in no other list.
FAMILIES: dict[str, list[str]] = {
    "an overdose taken": [
        "i swallowed a whole packet of paracetamol",
        "i necked a load of painkillers an hour ago",
        "took loads of sleeping pills tonight",
        "i took half a box of sleeping tablets",
        "i've swallowed the lot",
        "i took them all and now i feel sick",
    ],
    "hopelessness said softly": [
        "i really don't see the point in any of it anymore",
        "there's no point in any of this now",
        "i'm just so tired of being here",
        "honestly i'm sick of being alive",
        "i've left notes for the kids just in case",
        "i wrote a letter to my wife just in case anything happens to me",
    ],
    "means looked up": [
        "lol i googled how much paracetamol would be fatal",
        "joking but i looked up painless ways",
        "how many sleeping pills would kill you",
        "i've been researching how long it takes to bleed out",
    ],
    "self-harm urges told as progress": [
        "a whole week without wanting to die",
        "proud of myself the urge to cut was quieter today",
        "i've had no urges to hurt myself for days",
        "good news i only felt like wanting to not exist once",
    ],
    "a weapon kept to be seen": [
        "he sleeps with a knife under his pillow and tells me it's there",
        "my husband keeps a rifle in the wardrobe",
        "she carries a knife in her bag and shows me where the knife is",
        "he cleans his gun at the table while he stares at me",
    ],
    "sexual abuse while asleep or of a child": [
        "he touches me when i'm asleep",
        "i woke up and he was on top of me",
        "he does stuff to me when i was passed out",
        "my son says his uncle touched him",
        "her stepdad keeps touching her",
    ],
    "papers, phone and email taken": [
        "he's taking my passport and locked away my id",
        "she confiscated my papers and won't give them back",
        "he takes my phone off me when he goes out",
        "my husband hacked into my facebook",
        "she's been logging into my emails",
        "he reads every message i send",
    ],
    "someone else harmed": [
        "my nan's carer has been taking her pension",
        "my grandad's nephew pockets his pension",
        "the boy next door always has bruises",
        "the little girl upstairs came to school with burns on her arms",
    ],
    "appeasement told by its reason": [
        "i always apologise even when he is wrong because it's safer",
        "i give in because it's safer that way",
        "i stay quiet when he drinks so nothing happens",
        "i keep the kids upstairs when he comes in so nothing bad happens",
    ],
    "regional blows": [
        "she gave me a couple of digs last night",
        "my fella got stuck into her after the match",
        "my husband whupped me bad",
        "she took a swing at me",
        "he beat the crap out of me",
        "he laid into me with his fists",
        "he came at me with a knife",
    ],
}

# The same shapes in everyday life, each quiet by a rule written on its one pattern.
LOOKALIKES = [
    "i took a load of photos tonight",
    "i took a whole packet of biscuits to work",
    "i took loads of vitamins to the clinic for my gran",
    "i ate the lot",
    "i don't see the point in any of this meeting",
    "i'm so tired of being here at work every weekend",
    "tired of being here in the rain",
    "i'm sick of being here at the airport",
    "i wrote a note to the babysitter just in case",
    "i left a card for the neighbours just in case they call",
    "how many tablets should i take for a headache",
    "i looked up how to make bread",
    "the urge to cut my hair is strong",
    "he keeps a knife block in the kitchen",
    "he keeps a gun licence for work",
    "he keeps a knife for fishing",
    "he does the washing up while i'm asleep",
    "my stepdad touched base with the school",
    "her uncle touches up the paint every spring",
    "he's taken my passport to the post office for renewal",
    "she took my phone off the charger",
    "he takes my phone off me to play games",
    "my husband got into my car",
    "my mum got into my facebook to help set it up",
    "my editor reads everything i write",
    "the carer takes his pension to the post office for him",
    "the kids are covered in marks from felt tips",
    "my son came home with bruises from football",
    "the boy next door has marks from the trampoline",
    "he gave me a few digs about my cooking",
    "he gave me a few belts of whisky",
    "he laid into me about the money",
    "she came at me with a question",
    "she got stuck into me about the bills",
    "my brother whooped me at chess",
    "they beat us in the final",
    "they beat us by three goals",
    "i take the bus because it's safer",
    "i keep quiet in meetings because it's safer",
    "i always say sorry first because it's easier",
    "the puppy follows me everywhere",
    "the dog's following me to work",
    "the suicide doors on that car are cool",
    "we ran suicide drills at practice",
]


(
    test_the_families_are_written_here_and_nowhere_else,
    test_every_family_is_heard,
    test_the_same_shapes_in_everyday_life_stay_quiet,
    test_each_family_gets_the_locales_help_wherever_said_and_nothing_is_written,
) = family_checks(
    FAMILIES,
    LOOKALIKES,
    elsewhere=SIXTH_DISTRESS + SIXTH_LOOKALIKES,
    at_least=4,
)


def test_the_sixth_list_written_blind() -> None:
    """Unseen: 55/80 heard, 4/50 false alarms at the start of the day; 59/80 and 4/50 when added."""
    assert_blind_list_heard(SIXTH_DISTRESS, SIXTH_LOOKALIKES)


# A game, a film, a pet or a place explains only its own words, never a danger said beside it.
@pytest.mark.parametrize(
    "said",
    [
        "he's following me everywhere",
        "the cat follows me everywhere and so does my ex he follows me to work",
        "they beat us",
        "they beat us in the kitchen",
        "they beat us up in extra time",
        "my son made a suicide bid",
        "i watched suicide squad and now i feel suicidal",
        "i'm tired of being here at work and i'm so tired of being here",
        "he gave me a few digs about my cooking and then he gave me a few digs when he was drunk",
        "i take the bus because it's safer and i say sorry because it's safer",
    ],
)
def test_a_lookalike_never_silences_the_danger_said_beside_it(said) -> None:
    assert is_distress(said)


@pytest.mark.parametrize(
    "said",
    [
        "i took a load of pills\x00 tonight",
        "HE TOOK A RUN AT ME!!!",
        "  i’m so tired of being here…  ",
        "he\tgot stuck\ninto me",
    ],
)
def test_odd_characters_and_case_do_not_hide_it(said) -> None:
    assert is_distress(said)


@pytest.mark.parametrize("said", ["", "\x00\x07", "…", "just in case " * 800, "the little one next door is " * 350])
def test_odd_or_huge_values_are_quiet_and_cost_what_their_length_costs(said) -> None:
    started = time.perf_counter()
    assert not is_distress(said[:10_000], NAMES)
    assert time.perf_counter() - started < 10
