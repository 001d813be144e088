"""tester-voice37's D16 (on lead7): ordinary plans and statements heard through a SupportIntent carrier got "If
you or someone else isn't safe, say: I need help", a crisis hint with no way on: lateness told ahead with a call,
the stakes of a lost bet, hindsight about handing the phone over, a bag packed for a birth (skill/carrier_plain.py).
Their distress twins stay heard. Also tester-voice36's carried-apart chore: "life would be so much easier without
me | nagging about the dishes" is read whole, never its first half alone (skill/carrier_reading.py).

LISTS names the sentences of the checks every tester file shares, run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.skill.checked_lists import CheckedLists
from tests.skill.test_safety import alex, envelope, say, skill, speech
from tests.skill.test_safety_states import stored

__all__ = ["alex", "say", "skill"]  # fixtures

HELP = "I'm sorry you're going through this."
UNSURE = "isn't safe"
TWINS = [
    # The tester's.
    "I am going to be late tonight, I will call sam on the way",
    "if she finds out I lost the bet she'll make me pay for dinner",
    "I could have just handed her the phone",
    "keeping a bag packed by the door for the hospital, the baby is due any day",
    "life would be so much easier without me nagging about the dishes",
    # Ours, in the same shapes, written before the rules.
    "we're going to be a bit late, we'll ring mum from the car",
    "if he finds out i lost the quiz he'll make me buy the drinks",
    "i could have just asked her",
    "i'm sleeping at my dad's while he recovers from his knee operation",
    "our baby is due next week so the cot is finally up",
    "things would be so much calmer without me nagging about the bins",
    # tester-voice38 D8, and ours: a call or a meeting planned.
    "I'm going to ring alex at lunch to sort the kids",
    "we're going to call mum after tea to plan christmas",
    "I'll text Sam tonight to ask about the weekend",
]
DISTRESS = [
    "keeping a bag packed by the door just in case",
    "i am going to be late tonight, he'll kill me",
    "i'm going to be late tonight, i'll call sam on the way so he doesn't hit me",
    "life would be so much easier without me",
    "i am going to call the refuge tomorrow",
    "I rang a women's shelter this morning",
    "i'm going to call the police on him tonight",
]
LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=[])

# (the carrier slots Alexa filled, what is said first): as the tester's Alexa sent them.
CARRIED = [
    ({"after_i_am_going": "to be late tonight i will call sam on the way"}, "Thanks for telling me."),
    ({"after_if_he": "finds out i lost the bet she'll make me pay for dinner"}, "Thanks for telling me."),
    ({"after_if_he": "finds out i lost the quiz he'll make me buy the drinks"}, "Thanks for telling me."),
    ({"after_i_could_have": "just handed her the phone"}, "Thanks for telling me."),
    ({"after_i_am_going": "to ring alex at lunch to sort the kids"}, "Thanks for telling me."),
    ({"after_i_am_sleeping": "at my mum's most nights while she gets over her operation"}, "Thanks for telling me."),
    ({"before_nagging": "life would be so much easier without me", "after_nagging": "about the dishes"}, ""),
]


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
@pytest.mark.parametrize(("slots", "first"), CARRIED)
def test_an_ordinary_sentence_through_a_carrier_gets_no_crisis_hint_and_nothing_is_stored(
    say, session, alex, slots, first, locale
):
    kept = stored(session)
    intent = "StopRemindersTopicIntent" if "before_nagging" in slots else "SupportIntent"
    said = speech(say(envelope(intent, slots, locale=locale)))
    assert not said.startswith(HELP) and said.startswith(first) and UNSURE not in said, said
    assert stored(session) == kept


@pytest.mark.parametrize("slots", [{"after_i_am_going": "to be late tonight he'll kill me"}])
def test_its_distress_twin_through_the_same_carrier_is_helped(say, session, alex, slots):
    assert speech(say(envelope("SupportIntent", slots))).startswith(HELP)
