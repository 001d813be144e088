"""tester-voice26's distress saved or only doubted (on the merge 419289c; skill/distress_on_guard.py):
"he found my new address even though I moved" and "I'm basically his punching bag" (saved as check-in
answers and moments), a phone "he took away" and "scared he'd see who I'd been texting" (saved as a
missed promise's reason), "in hospital after taking too many tablets" (saved on the doubt's "yes"), and
shoes kept by the door "in case I need to leave fast" (offered as a moment). Each with sentences of ours
in the same shapes and everyday twins that share their words, heard with the couple's names and without,
and where a person would say it: as a win, a moment, a check-in answer, the reply to a question, at
"Which one?", as a note on a device not linked.

LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

from tests.skill.checked_lists import CheckedLists

DISTRESS = [
    # The tester's.
    "he found my new address even though I moved",
    "joke's on me, I'm the punching bag in this house",
    "I'm basically his punching bag",
    "I missed my evening talk because I couldn't call my sister because he took my phone away",
    "I missed it because I was in hospital after taking too many tablets",
    "I keep my shoes by the door in case I need to leave fast",
    "I missed my open phone promise because I was scared he'd see who I'd been texting",
    # Ours, in the same shapes, written after the rules.
    "she tracked down my new flat after I left",
    "my ex turned up at my new place last night",
    "I feel like her punching bag most days",
    "he treats me like a punching bag when he's drunk",
    "my husband grabbed my mobile off me when I tried to ring my mum",
    "I sleep with my trainers by the front door in case the kids and I have to get out in a hurry",
    "I'm scared he'll find out who I've been talking to",
    "I was afraid she would read my messages again",
    "I took a whole packet of paracetamol last night",
    "she swallowed a handful of sleeping pills",
]
TWINS = [
    "the courier found my new address without any trouble",
    "Sam found my new address book in the drawer",
    "I bought Sam a punching bag for the garage",
    "I'm the punching bag holder at boxing class",
    "I'm the punching bag at boxing class",
    "Sam took my phone away at dinner, a phone free night we agreed on",
    "Sam took my phone away so I could sleep",
    "he takes my phone off me to play games",
    "I keep my keys by the door in case I need to leave early for work",
    "I keep my shoes by the door so I don't lose them",
    "I was scared she'd see her birthday present",
    "I was scared Sam would see the surprise party invite",
    "I took too many vitamins this morning",
    "I took all my tablets on time this week",
]


LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS)
