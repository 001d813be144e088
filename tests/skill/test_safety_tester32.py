"""tester-voice32's distress saved or not helped (on lead2, bf5f943): bruises kept covered "with long sleeves
so nobody asks", "I walked into a door again, ha ha, the usual", "we had a fight and I ended up on the
floor, but we're good now" (each saved as a moment and as a check-in answer), and "he installed something on
my phone and knows everything I say" (at "which one?" read as Sam's to log; doubted as a note, and "yes"
saved it): skill/distress_covered_up.py. Its lookalike given the help lines, car keys taken "so I wouldn't
drive after the party, good call", is a kindness (skill/distress_vocab.py KEPT_FROM_DRINK_DRIVING); "so I
couldn't drive" is still heard. Its other 36 distress sentences were helped everywhere. Each with sentences
of ours in the same shapes and everyday twins, heard with the couple's names and without, and where a
person would say it.

LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

from tests.skill.checked_lists import CheckedLists

DISTRESS = [
    # The tester's.
    "I keep my bruises covered with long sleeves so nobody asks",
    "I walked into a door again, ha ha, the usual",
    "we had a fight and I ended up on the floor, but we're good now",
    "he installed something on my phone and knows everything I say",
    # Ours, in the same shapes, written after the rules.
    "I keep the bruises on my arms hidden under my jumper at work",
    "I bumped into the cupboard door again lol",
    "we argued and I ended up in A and E",
    "Sam lost his temper last night and I ended up on the floor",
    "she put an app on my phone and now she knows where I am",
    "my husband installed a tracker on my car so he knows where I go",
    "he took my car keys so I couldn't drive after the party",
    # A threat said with "murder" (the lead, from the tester's "could murder a cup of tea").
    "he said he could murder me",
    "he threatened to murder me",
    "my husband said he will murder me if I leave",
]
TWINS = [
    "Sam took my car keys so I wouldn't drive after the party, good call",
    "Sam took my car keys so I wouldn't drive home drunk",
    "I keep my rugby bruises covered for the wedding photos",
    "I keep the tattoo covered at work",
    "I walked into a glass door at the shopping centre, so embarrassing",
    "the dog walked into the door again",
    "we had a pillow fight and I ended up on the floor laughing",
    "the kids had a water fight and I ended up on the floor soaked",
    "we had an argument about the bins and I ended up on the sofa",
    "he installed an app on my phone so we can share the shopping list",
    "Sam installed something on my laptop and now it runs faster",
    "he installed a password manager on my laptop and it knows all my passwords",
    "I ran into a wall again with this essay",
    "my wife said she will murder me if I forget the milk",
    "mum said she'd murder me if I missed dinner",
    "he says he could murder me when I forget the bins",
    "I could murder a cup of tea right now",
]
# Said alone, every one is reached now (nlu13's carriers: tests/skill/test_said_alone_nlu13.py).
UNREACHED: list[str] = []


LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS, unreached=UNREACHED)
