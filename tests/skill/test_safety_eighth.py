"""The eighth list written blind (tests/skill/distress_blind8.py EIGHTH_DISTRESS): its 31 misses
on main, by family: threats of fire, the river, "and then me", police his mates, unsafe when
drinking (skill/distress_menace.py); a tracker, a car outside for nights, everything recorded,
this skill's logs punished, made to say "I'm happy" (skill/distress_watched.py); food, meds,
money, papers and a bed withheld, no money and nowhere to go, a number off the bill
(skill/distress_denied.py); sorry after, not setting him off, "crazy", "no means not trying",
a weekend survived, a mark with a story that doesn't fit, the bridge right now, drowning unseen
(skill/distress_cycle.py). Each family is heard in phrasings written here, its everyday
lookalikes stay quiet, and the list's false alarm ("she set fire to the toast again") stays
quiet by its family: what catches fire when cooking."""

from __future__ import annotations

import pytest

from tests.skill.distress_blind8 import EIGHTH_DISTRESS, EIGHTH_LOOKALIKES
from tests.skill.distress_families import assert_blind_list_heard, family_checks
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import alex, say, skill
from tests.skill.test_safety_said_alone import helped, spoken
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures, shared

# Each family, in phrasings that are in no other list.
FAMILIES: dict[str, list[str]] = {
    "fire threatened on a home": [
        "she said she'd torch the house if i left",
        "he told me he would burn our flat down with me in it",
        "my husband threatened he'll set fire to the house if i call anyone",
        "she'll set our flat on fire if i leave",
        "he'll burn my things if i go out",
    ],
    "the river, the ditch": [
        "he says i'll end up in the canal if i talk",
        "she told me i'd end up in a ditch if i ever left",
        "you'll end up at the bottom of the lake if you tell anyone he said",
        "he said he'd throw me in the canal",
        "she says nobody will ever find my body",
        "he told me he can make me disappear",
    ],
    "the thing broken and then me": [
        "she said she'd smash the phone and then me",
        "he'll wreck the tv and then you he told me",
        "he threatened to break the alexa and then me if i used it",
    ],
    "rage promised for jobs undone": [
        "i haven't finished the ironing and he's going to go ballistic",
        "dinner's not cooked yet and she'll go mental",
        "i didn't get the shopping done he is going to go spare",
    ],
    "nobody would help": [
        "the cops are her friends round here",
        "the police are his mates he always says",
        "no point calling the guards they are his pals",
        "the police won't help me he is one of them",
        "she is a cop and says nobody will believe me",
    ],
    "unsafe when drinking": [
        "i'm safe most of the time except when she's drunk",
        "we feel fine apart from when he's been drinking",
        "i'm okay mostly unless he is high",
        "when she gets drunk i feel unsafe",
    ],
    "a tracker": [
        "she put a gps tracker on my car",
        "my ex has hidden an airtag in my bag",
        "he stuck a tracker under my van",
        "my ex has been sitting outside again",
    ],
    "someone waiting outside": [
        "a man's been parked outside my house every night this week",
        "someone sat across from our flat for two evenings",
        "there's been a van waiting outside my work for days",
    ],
    "everything recorded": [
        "she records every word i say on the phone",
        "my husband tapes all my calls",
        "he listens to everything i say through the baby monitor",
    ],
    "the car and spending policed": [
        "he checks the odometer every night",
        "my wife demands receipts for every penny",
        "she writes down my mileage every day",
    ],
    "the skill's record punished": [
        "he checks the app and hits me for every missed promise",
        "she reads what i log and punishes me for the late ones",
        "my partner looks at the history and takes it out on me over the broken promises",
        "she goes mental when the app shows a missed promise",
    ],
    "made to say all is well": [
        "she makes me tell alexa everything is fine",
        "he forced me to say we are happy at the check in",
        "my husband tells me to answer that i'm okay",
        "he made me tell you everything was fine",
    ],
    "food and medicine withheld": [
        "she won't let me eat until i've finished the jobs",
        "he never lets me take my insulin when he's angry",
        "my partner hides my tablets when i'm late home",
        "he stopped me eating all weekend",
        "i haven't eaten since friday she won't let me",
    ],
    "money, papers and credit taken": [
        "i'm no longer allowed to have my own bank account",
        "he locked the card and now i can't buy nappies",
        "my ex took out credit cards in my name",
        "he's taken out a loan in my name",
        "she keeps my passport and says i'll never go home",
    ],
    "put out of bed": [
        "she made me sleep on the floor last night",
        "he forces the kids to sleep in the garage",
        "my husband makes me sleep in the shed when i argue",
    ],
    "no way out": [
        "i want to leave but there's no money and nowhere to go",
        "somewhere i could stay where he won't find me",
        "where do i hide so she would not find me",
        "i've got no money and no place to go",
    ],
    "leaving no trace": [
        "is there a helpline that won't show up on my phone bill",
        "a number i can ring which won't show up on the statement",
        "i need a line so it doesn't show up on the call log",
    ],
    "sorry after": [
        "she's always so sorry afterwards",
        "he was really sorry the next day like always",
        "my husband is sorry after every time",
        "he always says sorry the next day",
    ],
    "calm because not provoked": [
        "good day i managed not to set her off",
        "i didn't provoke him once today",
        "a quiet night because i didn't set them off",
    ],
    "told i am crazy": [
        "she says i'm mad and nobody will believe me",
        "he keeps telling me i'm imagining things and no one would listen to me anyway",
        "my husband calls me psycho and says he'll take the kids",
    ],
    "no taken as failure": [
        "saying no means i'm not committed he says",
        "she tells me no means i'm not serious about us",
        "he says no means i am not putting in effort",
    ],
    "a night survived": [
        "i got through another night with him",
        "log that i made it through another weekend",
        "i survived another evening at home",
    ],
    "a mark with a story that doesn't fit": [
        "my son has bruises and she says he fell but he didn't",
        "there are marks on her neck and he claims she slipped but she never",
        "my daughter's got a burn and he told me it was an accident he says she tripped but she did not",
    ],
    "someone shouted at and marked": [
        "my stepdad yells at my mum and she has bruises on her neck",
        "my brother grabbed at her and now there are marks on her wrists",
        "he screams at my sister and she has cuts on her arms",
        "my nan has bruises and says she walked into a door",
    ],
    "on the edge right now": [
        "i'm standing on the ledge right now",
        "sat on the railings of the bridge tonight",
        "i'm stood on the edge looking down",
        "i'm on the ledge now",
        "i am on the bridge tonight",
    ],
    "drowning and nobody sees": [
        "i feel like i'm drowning and no one notices",
        "i'm slowly drowning and there's nobody",
        "i'm drowning and i can't breathe anymore",
    ],
}

# The same shapes in everyday life.
LOOKALIKES = [
    "i set fire to the bbq by accident",
    "he set light to the pan of oil",
    "we set fire to the garden waste",
    "i set fire to the christmas pudding",
    "the river walk was lovely",
    "we ended up in the river on the kayak trip",
    "the bridge club meets on thursday",
    "we're sitting on the bridge watching the boats",
    "i'm drowning in paperwork",
    "i feel like i'm drowning in laundry",
    "he bought me flowers for our anniversary",
    "she's always sorry when she's late",
    "my card was declined at the shop",
    "i changed the netflix password and can't log in",
    "he put a tracker on the dog's collar",
    "we have a tracker on the car for insurance",
    "there's a taxi waiting outside the house",
    "he records the football every week",
    "my accountant wants receipts for everything",
    "he checks the tyre pressure on the car",
    "she makes me say cheese for every photo",
    "the doctor says i can't eat before the operation",
    "i keep my meds in the kitchen",
    "she keeps my tablets in her handbag for me",
    "my mum keeps the kids' passports in her safe for us",
    "we put the mortgage in both our names",
    "the kids slept in the car on the way home",
    "we have no money for a holiday and nowhere to go at christmas",
    "where can i go for a nice dinner",
    "the refund won't show up on my statement until monday",
    "i survived another week of exams",
    "he says i'm crazy for liking pineapple on pizza",
    "no means no",
    "the baby has a bruise from the playground",
    "the coach shouts at the players",
    "he's going to go mental when he sees the football score",
    "the police are coming to the school fair",
    "i feel safe except when the car is on the motorway",
    "he said sorry after the argument",
    "the magician made me disappear in the show",
    "i'm on the bridge right now stuck in traffic",
    "i'm on the roof right now fixing the aerial",
    "i'm on the edge of my seat right now",
    "we've got no money and nowhere to go on holiday",
    "my ex is parked outside to drop off the kids",
    "he goes mad when the app crashes",
    "he'll burn the toast if i leave him to cook",
    "i'm safe at home except when the wifi is down",
    "my dad is a cop and he helps at the school fair",
    "she stopped me eating the whole cake",
    "i haven't eaten since lunch",
    "she took out a loan for the car in her name",
    "when he drinks coffee i feel wired",
]


(
    test_the_families_are_written_here_and_nowhere_else,
    test_every_family_is_heard,
    test_the_same_shapes_in_everyday_life_stay_quiet,
    test_each_family_gets_help_and_nothing_is_written_wherever_said,
) = family_checks(FAMILIES, LOOKALIKES, elsewhere=EIGHTH_DISTRESS + EIGHTH_LOOKALIKES, at_least=3)


def test_the_eighth_list_written_blind() -> None:
    """Unseen on main: 49/80 heard, 1/50 false alarms; tuned since: 80/80 and 0/50."""
    assert_blind_list_heard(EIGHTH_DISTRESS, EIGHTH_LOOKALIKES)


# A lookalike's rule explains only its own words, never a danger said beside it.
@pytest.mark.parametrize(
    "said",
    [
        "she set fire to the toast and then she set fire to my clothes",
        "i'm drowning in paperwork and he says i'll end up in the river if i tell",
        "he bought me flowers after he hit me",
    ],
)
def test_a_lookalike_never_silences_the_danger_said_beside_it(said) -> None:
    assert is_distress(said)


@pytest.mark.usefixtures("alex")
def test_the_eighth_blind_list_said_alone(conversation_script, say, session) -> None:
    """Each phrasing said alone ("Alexa, ask trust tracker ..."), routed by virtual-alexa over the
    en-US model and answered by the skill's whole handler chain: help, nothing written. Measured
    when the list was added (safety14): 64 of 80. Every phrasing that reaches an intent is helped;
    the 16 left reach none ("i'm sitting on the bridge right now", "where can i go tonight that he
    won't find me", "he records everything i say in the house"): no sample carries their openings,
    so Alexa's fallback brings no words to read (the interaction model is not this branch's)."""
    phrasings = list(dict.fromkeys(spoken(said) for said in EIGHTH_DISTRESS))
    missed = [turn for turn in route_only(phrasings) if not helped(say, session, turn)]
    print(f"eighth list said alone, helped: {len(phrasings) - len(missed)}/{len(phrasings)}")
    for turn in missed:
        print(f"  not helped: {turn['utterance']!r} -> {turn['intent']} {turn['slots']}")
    assert [turn for turn in missed if turn["intent"] is not None] == []
    assert len(phrasings) - len(missed) >= 64, missed
