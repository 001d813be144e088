"""Despair said as no reason to wake up or go on, and a plan to take all of one's medicine (a sixth
tester's finds: "I don't see the point of waking up tomorrow" was offered as a moment of
reliability and saved on yes; "I'm going to take everything in the medicine cabinet tonight" got
only the calm line). Read by skill/distress.py.

The everyday senses stay quiet: waking up early or at five for a run, going on holiday, a
meeting without a point; taking everything out of the cabinet to clean it, old pills back to
the chemist, the day's tablets with dinner."""

from __future__ import annotations

# Going on living, in the words people use for it.
_GO_ON = (
    r"(?:wak(?:e|ing) up|get(?:ting)? up|liv(?:e|ing)|be(?:ing)? alive|be(?:ing)? here|go(?:ing)? on|"
    r"carry(?:ing)? on|keep(?:ing)? going|stay(?:ing)? alive|fac(?:e|ing) (?:another day|tomorrow|each day)|"
    r"bother(?:ing)? (?:waking|getting) up)"
)
# Only a time or nothing after it: "waking up tomorrow", not "waking up early for the gym".
_ONLY_NOW = (
    r"(?= *$| (?:tomorrow|any ?more|any longer|again|at all|each (?:day|morning)|every (?:day|morning)|"
    r"in the morning|another day|like this|now|today|some days|most days)\b)"
)
# Where a whole supply of medicine is kept.
_STORE = (
    r"(?:medicine|bathroom|first aid|pill) (?:cabinet|cupboard|drawer|box|chest|kit|bottle)s?|first aid kit|"
    r"(?:house|flat|home|bathroom|drawer|cupboard)"
)
MEDICINE = (
    r"(?:pills|tablets|capsules|meds|medicine|medication|paracetamol|panadol|tylenol|ibuprofen|aspirin|"
    r"painkillers|pain killers|sleeping pills|sleeping tablets|antidepressants|insulin|codeine|diazepam|valium|"
    r"xanax|morphine|opioids|oxycodone|lithium)"
)
# Not a tidy-up or a return: "take everything out of the cabinet and clean it", "back to the chemist".
NOT_TIDYING = (
    r"(?! (?:\w+ ){0,2}(?:back|to the (?:chemist|pharmacy|doctor|gp|vet|clinic|tip)|for (?:disposal|recycling)|"
    r"and (?:clean|wipe|sort|tidy|check)|with (?:food|dinner|breakfast|lunch|a meal)|as prescribed|on time)\b)"
)

# Going on a trip, not going on living: "the point of going on holiday in winter".
# Living somewhere, not living at all: "tired of living out of a suitcase", "in this small flat".
LIVED_IN = (
    r"(?! (?:apart|separately|out of (?:a|my|our|boxes|suitcases?|bags?|a van)|in (?:this|that|a|an|the|my|our|his|her)(?: \w+){0,2}? "
    r"(?:flat|house|home|city|town|apartment|place|area|street|country|village|suburb|bedsit|room|tent|van|caravan|dorm|"
    r"hostel))\b)"
)
NOT_A_TRIP = r"(?! (?:a|an|the|holiday|holidays|vacation|trips?|dates?|tours?|about|with|at(?! all)|like|to)\b)"

_GIVING = r"(?:gave|given|giving|gives|give)"
_OWN_THINGS = (
    r"(?:his|her|their|my|all (?:of )?(?:his|her|their|my)) (?:\w+ )?(?:dog|cat|pets?|things|stuff|belongings|"
    r"possessions|guitar|clothes|books|records|games|tools|bike|car|jewellery|jewelry)"
)
_THEN_GOODBYE = (
    r"(?: \w+){0,4} (?:and|then|before) (?:\w+ )?(?:said|saying|says|sent|sending) (?:his |her |their |my )?"
    r"(?:goodbye|goodbyes|bye|farewell|farewells)\b"
)
# Not a move or a leaving do, anywhere in the words: "... said goodbye at the leaving party".
_NOT_A_MOVE = r"^(?!.*\b(?:party|do|drinks|lunch|dinner|card|move|moving|new job|flat|house|emigrating)\b)"
PLANS = [
    # "I don't see the point of waking up tomorrow", "there's no reason to go on".
    rf"\b(?:do not|can not|cannot|could not|no longer) see (?:the |any |a |much )?(?:point|reason) (?:in |of |to |for )?"
    rf"(?:me )?(?:even )?{_GO_ON}\b{_ONLY_NOW}",
    rf"\b(?:there is|i see|i find|i can see) no (?:point|reason) (?:in |of |to |for )?(?:me )?(?:even )?{_GO_ON}\b{_ONLY_NOW}",
    rf"\bwhat is (?:even )?the point (?:in |of )(?:me )?(?:even )?{_GO_ON}\b{_ONLY_NOW}",
    r"\b(?:do not|can not|cannot) see why i (?:should|would|even) (?:wake up|get up|go on|carry on|keep going|keep living|"
    rf"be here|stay alive|live)\b{_ONLY_NOW}",
    # Everything in the medicine cabinet, the whole bottle, every pill in the house.
    rf"\b(?:take|taking|swallow|swallowing|down|downing|eat|eating) (?:everything|all|every (?:pill|tablet)|all the {MEDICINE}) "
    rf"(?:\w+ ){{0,2}}(?:in|from) (?:the |my |our )?(?:{_STORE})\b{NOT_TIDYING}",
    rf"\b(?:swallow|swallowing|swallowed) (?:everything|all of it|the lot)\b{NOT_TIDYING}",
    rf"\b(?:take|taking|took|swallow|swallowing|swallowed|down|downing) (?:all of |all )?(?:the |a |my )?(?:whole|entire|full) "
    rf"(?:bottle|packet|pack|box|tub|strip|blister pack|jar)s? of (?:\w+ ){{0,2}}{MEDICINE}\b{NOT_TIDYING}",
    rf"\b(?:take|taking|swallow|swallowing) every (?:single )?(?:pill|tablet|capsule) (?:i (?:have|can find|own)|we (?:have|own)|"
    rf"left|at once|in (?:the|my|our) (?:{_STORE}))\b",
    # Told as a farewell: "he's been talking about ending things and gave away his guitar".
    r"\b(?:he|she|they|i|my partner|and) (?:\w+ )?(?:has been|have been|had been|is|am|was|keeps|kept|started|been) (?:talking|going on) "
    r"about (?:dying|death|not being (?:here|around)|ending (?:it|it all|things|(?:his|her|their|my) life))\b"
    r"(?! (?:\w+ ){0,3}(?:in|on|for) (?:the |a |his |her |my )?(?:film|movie|show|book|podcast|class|course|documentary|series|game|essay))",
    rf"\b(?:take|taking|swallow|swallowing) all (?:of )?(?:my|the|his|her) (?:\w+ )?{MEDICINE} at once\b",
    # Things given away, then goodbyes: "she gave away her cat and said goodbye to everyone",
    # "she's been giving her things away and saying goodbye to people".
    rf"{_NOT_A_MOVE}.*\b{_GIVING} away {_OWN_THINGS}\b{_THEN_GOODBYE}",
    rf"{_NOT_A_MOVE}.*\b{_GIVING} {_OWN_THINGS} away\b{_THEN_GOODBYE}",
]
