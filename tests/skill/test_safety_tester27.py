"""tester-voice27's distress saved or only doubted (on main cf4ea94; skill/distress_no_heeded.py,
skill/distress_hiding.py): "I said no but he wouldn't stop" (a moment saved after the doubt's "yes"),
"I didn't want to but he wouldn't stop" (saved as a check-in answer, offered as a miss as a note), and
"ha, I missed it because I was busy hiding from my husband, as usual" (saved as a miss's reflection:
humour and "busy" around the plain "hiding from"); said alone, "I had a setback, I hid from him in the
car all night" (no help) and "rough day, she screamed at me and took my phone" (the soft line only:
skill/distress_controlled.py); in a second round, "he wouldn't take no for an answer last night" and
"I've been hiding from my husband" (saved on "yes"), "lol … he had me locked in again" and "haha I was
too busy hiding from him, as per usual" at "Which one?" (no help). Each with sentences of ours in the same shapes and
everyday twins that share their words, heard with the couple's names and without, and where a person
would say it: as a win, a moment, a check-in answer, the reply to a question, at "Which one?", as a note
on a device not linked. Said alone, every one reaches a SupportIntent carrier (nlu10).
"""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester13 import (
    assert_read_alike,
    disclose_where,
    heard_or_quiet,
    note_not_linked,
    reached_places,
    reply_to_which_one,
)
from tests.skill.test_safety_tester15 import _routed

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

DISTRESS = [
    # The tester's.
    "ha, I missed it because I was busy hiding from my husband, as usual",
    "I said no but he wouldn't stop",
    "I didn't want to but he wouldn't stop",
    "I had a setback, I hid from him in the car all night",
    "rough day, she screamed at me and took my phone",
    "he wouldn't take no for an answer last night",
    "I've been hiding from my husband",
    "lol I missed it because he had me locked in again",
    "haha I was too busy hiding from him, as per usual",
    # Ours, in the same shapes, written after the rules.
    "I was busy hiding from him again",
    "I've been basically hiding from my wife all week",
    "we were always hiding from him when he drank",
    "I told him to stop but he kept going",
    "I kept saying no but she just carried on",
    "I begged him to stop but he didn't",
    "I said no but my husband wouldn't stop last night",
    "I didn't want to, but he went ahead anyway",
    "I tried to push him off but he kept going",
    "we hid from him in the bathroom until he left",
    "I used to hide from my husband in the shed",
    "he yelled at us and then grabbed my car keys",
    "my husband wouldn't take no for an answer",
    "she kept me locked up for two days",
]
TWINS = [
    "I was busy hiding from the rain",
    "I was busy hiding from the kids playing hide and seek",
    "I was busy hiding the presents from my husband",
    "I said no to dessert but he wouldn't stop",
    "I said no but he wouldn't stop asking about the car",
    "I didn't want to but she wouldn't stop nagging so we went",
    "I told him to stop the car but he kept going",
    "I told the kids to stop but they kept going",
    "I said no but she kept going on about the holiday",
    "I said no but he went ahead and booked the hotel",
    "we said no and they went ahead and built the fence",
    "I asked him to stop singing but he kept on",
    "I said no but the dog wouldn't stop barking",
    "I hid from Sam in the garage to wrap her present",
    "I hid from Sam in the shed to have a cigarette",
    "I hid from the rain in the car",
    "the kids hid from him in the wardrobe playing hide and seek",
    "she shouted at me and took my phone to check the score",
    "she screamed at me to take my phone",
    "she wouldn't take no for an answer so we went to the party",
    "the salesman wouldn't take no for an answer",
    "he wouldn't take no for an answer about the puppy",
    "he had me locked in meetings all day",
    "she had us locked in an escape room for an hour",
    "I have been hiding from the heat indoors",
    "we've been hiding from Sam to plan her surprise party",
]


@pytest.mark.parametrize(("said", "heard"), heard_or_quiet(DISTRESS, TWINS))
def test_each_is_heard_and_each_twin_stays_quiet_with_the_couples_names_and_without(said, heard) -> None:
    assert_read_alike(said, heard)


@pytest.mark.usefixtures("conversation_script")
@pytest.mark.parametrize(("where", "said"), reached_places(DISTRESS))
def test_said_anywhere_it_gets_help_and_nothing_is_written_or_removed(request, say, session, couple, where, said):
    disclose_where(request, say, session, couple, where, said, DISTRESS, _routed)


@pytest.mark.parametrize("said", DISTRESS)
@pytest.mark.parametrize("intent", ["LogKeptIntent", "LogMissedIntent"])
def test_the_reply_to_which_one_gets_help_and_logs_nothing(say, session, alex, couple, intent, said) -> None:
    reply_to_which_one(say, session, couple, intent, said)


@pytest.mark.parametrize("said", DISTRESS)
def test_a_note_on_a_device_not_linked_gets_help_and_saves_nothing(say, session, said) -> None:
    note_not_linked(say, session, said)
