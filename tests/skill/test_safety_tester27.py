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


LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

from tests.skill.checked_lists import CheckedLists

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


LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS)
