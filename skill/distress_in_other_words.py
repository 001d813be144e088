"""Harm said in other words (tester-voice33, 2026-12-06, on lead3; the fights left on the floor, the door walked
into "so clumsy" and the threats of a grave are skill/distress_covered_up.py's): a body part kept covered "so nobody
asks" without the word bruise, an injury still hurting laughed off as "clumsy me", the phone watched by
an app "I didn't put there" or a location shared because "she made me", each saved as a small win and
read back as "worth noticing".

Each needs its frame; the everyday beside them stays quiet: a scarf "because it was freezing", sleeves
"so nobody sees my tattoo", "stubbed my toe, clumsy me", ribs sore "from Saturday's rugby", locations
shared "we agreed", an app the app store made me share my location for.
"""

from __future__ import annotations

from .distress_vocab import CLOSE

# Where a mark shows: what a scarf, a sleeve or dark glasses are kept on to hide.
_BODY = (
    r"(?:neck|throat|arms?|wrists?|face|eyes?|cheeks?|jaw|lips?|legs?|back|shoulders?|chest|ribs|thighs?|hands?|"
    r"upper arms?)"
)
# What covers it.
_COVER = (
    r"(?:a |my |the |those )?(?:scarf|scarves|turtle ?necks?|polo ?necks?|roll necks?|high necks?|long sleeves|"
    r"sunglasses|dark glasses|(?:a )?hoodie|foundation|concealer|make ?up)"
)
# Whoever might see it: "so nobody asks", "so the kids don't see", "so my mum doesn't notice".
_SEEN = (
    r"so (?:that )?(?:no one|nobody|noone|people|anyone|they|the kids|the children|(?:my|our|the) \w+)(?: at work)?"
    r"(?: can not| will not| would not| does not| do not| did not| can| will| would| never)? (?:see|sees|notice|"
    r"notices|spot|spots|ask|asks|stare|stares|find out|finds out|comment|comments)\b"
)
# Covered for what is no harm: a tattoo, a skin complaint, grey roots, the cold or the sun.
_NOT_VAIN = (
    r"(?!.*\b(?:tattoos?|ink|eczema|psoriasis|rash|acne|spots|pimples?|zits?|freckles|moles?|grey|gray|roots|"
    r"wrinkles|dark circles|bags|tired|hungover|hangover|sunburn|tan lines?|love bites?|hickeys?|cold|freezing|chilly|sun|hay ?fever|"
    r"surgery|operation|stitches from|scar from (?:my|the) (?:op|operation|surgery|c ?section)|hair ?cut|fake tan)\b)"
)
# Hurt from something named: a sport, a hobby, a job, a fall at the gym.
_NOT_SPORT = (
    r"(?!.*\b(?:rugby|football|footy|soccer|netball|hockey|cricket|gym|training|yoga|pilates|running|run|climbing|"
    r"bike|cycling|skiing|skating|horse|riding|trampoline|surfing|match|game|garden|gardening|digging|moving house|"
    r"lifting|dog|the kids|surgery|operation|dentist)\b)"
)
# Laughed off: "clumsy me", "silly me", "so clumsy", "typical me".
_LAUGHED_OFF = r"(?:clumsy me|silly me|stupid me|so clumsy|such a klutz|clumsy as ever|typical me|me and my clumsiness)"

IN_OTHER_WORDS = [
    # A body part kept covered so nobody sees: "I keep my arms covered so nobody sees", "I've started wearing
    # a scarf in summer so nobody asks about my neck", "sunglasses indoors so the kids don't see my eye".
    rf"^{_NOT_VAIN}.*\b(?:wear|wears|wore|wearing|keep|keeps|kept|keeping|use|used|using|put on|putting on) (?:"
    rf"{_COVER}|(?:my|the) {_BODY} (?:covered|hidden|covered up))\b(?: [\w']+){{0,4}}? {_SEEN}",
    # Make up that covers "it", the mark left unnamed: "make up covers most of it".
    rf"^{_NOT_VAIN}(?:.* )?{_COVER} (?:covers|covered|hides|hid|does not cover|can not cover)(?: (?:most|all|the worst|"
    r"some) of)? it\b(?: (?:now|mostly|just about|nearly|again|today))?(?: *$| but\b| if\b| so\b)",
    # Still hurting, laughed off, the day unnamed: "my ribs still hurt from Saturday, clumsy me".
    rf"^{_NOT_SPORT}.*\bmy {_BODY} (?:is |are )?(?:still |really )?(?:hurt|hurts|ache|aches|sore|killing me|"
    rf"throbs|black and blue)\b.*\b{_LAUGHED_OFF}\b",
    # An app on the phone not put there by me: "I found an app on my phone I didn't put there".
    r"\b(?:found|find|noticed|notice|spotted|there is|there was) (?:an? |some |this |another )?(?:\w+ )?(?:app|"
    r"application|program|programme|software|tracker|tracking app|something) (?:on|in) my (?:phone|mobile|laptop|"
    r"computer|tablet|ipad|car)\b(?: [\w']+){0,2}? (?:that )?i (?:did not|never|do not remember|can not remember|"
    r"have never) (?:put|install(?:ed|ing)?|download(?:ed|ing)?|add(?:ed|ing)?|set up)\b",
    # Made to share where I am: "she made me share my location", "he makes me keep my location on".
    rf"\b{CLOSE}(?: [\w']+){{0,2}}? (?:made|makes|make|forced|forces|force|is making) me (?:to )?(?:share|turn on|switch "
    r"on|keep on|leave on|keep|leave) (?:my )?(?:live )?(?:location|find my (?:phone|iphone|friends)|gps|location "
    r"sharing)\b",
]
