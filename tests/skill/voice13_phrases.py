"""Held-out phrasings for tester-voice4's logging rows #8, #9 and #14 (voice13), written before
the fixes from other couples' lives, none a sample or a rule's example. `{other}` is the
partner's name as the speaker says it. Measured through the handler chain first (main at
07c5c0f): hiding 0/5 let go, partner's lapses 0/5 answered warmly, own gambling by a sum 0/5
offered as a breach, loose names 0/5 logged; after: all of them."""

from __future__ import annotations

# Someone hiding themselves, in a game or for fun: no boundary's act, so never a breach of theirs.
HIDING_NOT_A_BREACH = (
    "we played sardines and {other} hid under the stairs for ages",
    "the kids and {other} played hide and seek and she hid behind the shed",
    "we were mucking about and {other} hid in the cupboard to scare me",
    "we played hide and go seek with the nephews and {other} hid up in the loft",
    "{other} hid inside the wardrobe during the kids' party",
)
# The speaker hiding a purchase: the boundary's own act, offered and logged on yes.
HIDING_A_PURCHASE = (
    "I hid the receipt for the new telly from {other}",
    "I hid the new shoes I bought from {other}",
)
# The partner's lapse, told by the other: nothing offered, nothing written, answered warmly.
PARTNERS_LAPSES = (
    "I found out {other} has been texting her ex again",
    "I just found out {other}'s been calling his ex again",
    "I think {other} has been messaging their ex",
    "I found out my husband has been on the betting app again",
    "I reckon {other} has been drinking again",
    "{other} lied to me about the kids party",
)
# The speaker's own bet, by a sum said in words or figures: offered as the gambling boundary's breach.
OWN_BETS = (
    "I put fifty bucks on the cricket with my phone",
    "I put ten dollars on the horses through the app last night",
    "I dropped forty dollars on a betting app",
    "I put a hundred on the footy",
    "I chucked 20 quid on the dogs",
)
# Money put somewhere that is no bet.
NOT_BETS = (
    "I put twenty dollars in the parking meter",
    "I put fifty dollars on the gas card",
    "I put a hundred dollars on the power bill",
    "I lost ten dollars on the bus",
    "I put some money on the kids' lunch accounts",
    "Sam has been drinking a lot less",
)
# A promise named loosely by one word only it shares: (said, the commitment it names).
LOOSE_NAMES = (
    ("I kept the walk promise", "saturday walk"),
    ("I kept my promise about the walk", "saturday walk"),
    ("I kept the cooking promise", "cook dinner"),
    ("I kept my text promise", "text before leaving work"),
    ("I did the walk one", "saturday walk"),
)
# The fifth blind list's families, in our own words: being late is what calling asks of him, and
# one's own word kept "like I said I would". (said, logged as a moment of reliability?)
RELIABLE_ABOUT_LATENESS = (
    ("{other} was so reliable today, she rang as soon as she knew she'd be late", True),
    ("{other} was really dependable, he texted the second he was running late", True),
    ("note that I followed through on booking the dentist, like I said I would", True),
    ("{other} was late again and never rang", False),
)
