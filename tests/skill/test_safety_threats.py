"""Threats and injuries, harm to someone else, cover stories and everyday control (issue 8,
item 1; skill/distress_threats.py). An independent tester's sentences were logged on main as a
small win, saved as a moment of reliability or a check-in answer, or got only the calm line:
none of the 15 was heard by the detector before this change, all are now. Each family is heard
in phrasings written here too, its everyday lookalikes stay quiet, and the tester's sentences
and the families go through the real handler chain where they were said, in every locale."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import LOCALES, alex, say, skill
from tests.skill.test_safety_said_alone import helped, spoken
from tests.skill.test_safety_softly import EVERY_PLACE, PLACES, family_said_in_place
from tests.skill.test_safety_states import _disclose
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures, shared with test_safety.py

NAMES = ("Alex", "Sam")

# The tester's sentences (S1-S5), none heard before.
TESTER = [
    "log a small win: he said he'd break my arm if I told anyone",
    "she threatened to break my arm",
    "he said he'd smash my teeth in",
    "my husband said he will break my legs",
    "he dislocated my shoulder",
    "my mate's fella put her in hospital",
    "my stepdad belts my little brother",
    "I told the doctor I fell down the stairs, again",
    "I get scared when he raises his voice and I hide",
    "he's taken my bank card and gives me twenty quid a week",
    "my wife laughs when I cry and says nobody would ever want me",
    "I kept my promise not to tell anyone about the bruises",
    "my uncle touches me when nobody's home",
    "he makes me ask permission before I eat",
    "I've started sleeping in my car so I don't have to go home",
]
# Each family, in words that are in no other list.
FAMILIES: dict[str, list[str]] = {
    "a body part threatened or broken": [
        "my boyfriend says he'll snap my neck if I leave",
        "she swore she'd break my fingers",
        "he threatened to smash my kneecaps",
        "he fractured my cheekbone last year",
        "my ex kicked my head in",
        "my husband knocked my teeth out",
    ],
    "someone put in hospital": [
        "her husband put her in the hospital again",
        "my dad put my mum in intensive care",
        "he beat her so badly she ended up in hospital",
    ],
    "a child or relative beaten or touched": [
        "my stepmum whips my little sister",
        "her boyfriend hits her kids",
        "my grandad touched my daughter when they were alone",
        "my brother in law gropes my niece",
        "my uncle touches me when my mum is out",
    ],
    "a cover story": [
        "I had to tell the nurse I walked into a door",
        "he makes me say I tripped on the stairs",
        "I told work I slipped in the shower again",
        "I lied to the doctor about the bruises",
    ],
    "marks kept secret": [
        "I wear long sleeves to hide the bruises",
        "I promised never to show anyone the marks",
        "I cover my black eye with makeup",
    ],
    "a raised voice feared": [
        "the kids and I freeze when he raises his voice",
        "when she raises her voice I run to the bathroom",
        "I'm terrified every time my husband raises his voice",
    ],
    "money doled out": [
        "my husband only gives me fifty dollars a week",
        "she gives me an allowance like a child",
        "he has confiscated my debit card",
        "I have to beg him for money",
    ],
    "leave asked to eat or sleep": [
        "I have to ask him before I can eat",
        "she makes me get permission to use the toilet",
        "I need his permission to sleep",
    ],
    "contempt for tears, no one would want you": [
        "he mocks me when I cry",
        "she keeps telling me no other man would ever want me",
        "he says nobody would ever love someone like me",
    ],
    "home avoided": [
        "I sat in the car park for hours to avoid going home",
        "I slept at work so I wouldn't have to see him",
        "I've been sleeping in the van because I'm scared",
    ],
}
# The same words in everyday life.
LOOKALIKES = [
    "I'm scared of missing the train tomorrow",
    "I'm scared of missing the train",
    "I broke my arm skiing",
    "the physio put my shoulder back",
    "the physio put my shoulder back into place",
    "my dad belts out karaoke",
    "my uncle touches up the paint",
    "I kept my promise not to tell anyone about the surprise party",
    "I sleep in the car on long drives",
    "I'll break my neck on those stairs",
    "this job will break my back",
    "he broke his arm playing rugby",
    "the flu put me in hospital",
    "they put her in hospital overnight for observation",
    "my dad beats my little brother at chess",
    "my brother kicked my little sister's ball over the fence",
    "I told the doctor I fell off my bike last week",
    "I have to say I slipped up",
    "I have to say I fell in love with the place",
    "I told the doctor I fell asleep again at work",
    "I have to say I fell off the wagon again",
    "I hide the presents when she comes home",
    "I covered the marks on the wall",
    "my daughter raises her voice when she's excited",
    "he gave me twenty quid for petrol",
    "my mum gives me pocket money",
    "I ask him before I eat the last biscuit",
    "she laughs when I cry at films",
    "nobody would want to miss the party",
    "I slept in the car on the way to the festival",
    "I sat in the car waiting for the rain to stop",
    "he broke my heart",
]


def test_the_lists_hold_what_they_say() -> None:
    said = TESTER + [p for phrasings in FAMILIES.values() for p in phrasings] + LOOKALIKES
    assert len(said) == len(set(said))
    assert all(len(phrasings) >= 3 for phrasings in FAMILIES.values())


@pytest.mark.parametrize("said", TESTER + [p for phrasings in FAMILIES.values() for p in phrasings])
def test_threats_injuries_and_control_are_heard(said) -> None:
    assert is_distress(said, NAMES)


@pytest.mark.parametrize("said", LOOKALIKES)
def test_their_everyday_lookalikes_stay_quiet(said) -> None:
    assert not is_distress(said, NAMES)
    assert not is_distress(f"I {said}", NAMES)  # as a commitment slot is read


# --- through the real handler chain: the places the tester used, in every locale ---------------
@pytest.mark.parametrize(("state", "intent", "slot"), PLACES, ids=[f"{s}-{i}" for s, i, _ in PLACES])
@pytest.mark.parametrize("said", TESTER)
def test_the_testers_words_get_help_and_nothing_is_written(say, session, couple, state, intent, slot, said) -> None:
    locale = LOCALES[(TESTER.index(said) + PLACES.index((state, intent, slot))) % len(LOCALES)]
    words = said.removeprefix("log a small win: ")  # Alexa hands the skill the note alone
    slot_words = words.removeprefix("I ") if slot == "commitment" else words
    _disclose(say, session, couple, state, intent, {slot: slot_words}, words, locale)


@EVERY_PLACE
@pytest.mark.parametrize("family", list(FAMILIES))
def test_each_family_gets_help_wherever_said(say, session, couple, place, family) -> None:
    spoken = {name: [said.lower() for said in phrasings] for name, phrasings in FAMILIES.items()}
    family_said_in_place(say, session, couple, place, spoken, family)


# --- said alone ("Alexa, ask trust tracker ..."): routed over the en-US model, then answered ----
@pytest.mark.usefixtures("alex")
def test_said_alone_the_testers_words_end_at_help_and_the_lookalikes_do_not(conversation_script, say, session) -> None:
    routed = route_only([spoken(said) for said in TESTER + LOOKALIKES])
    answered = {turn["utterance"] for turn in routed if helped(say, session, turn)}
    unrouted = {turn["utterance"] for turn in routed if turn["intent"] is None}
    missed = [spoken(said) for said in TESTER if spoken(said) not in answered]
    print(f"the tester's words said alone, helped: {len(TESTER) - len(missed)}/{len(TESTER)}; missed: {missed}")
    assert set(missed) <= unrouted  # Alexa's fallback carries no words to read
    assert not answered & {spoken(said) for said in LOOKALIKES}
