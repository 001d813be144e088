"""Children shielded from a partner's anger (tester-voice30: "whichever one stops him yelling at the
kids", said at "which one?" and saved as a moment on "yes"): a promise or anything sought because it
stops him or her shouting at the children; the speaker keeping something up so he or she does not go
off at them; the children shouting at until they cry, shake or hide.

A parent raising a voice once is everyday: "he yells at the kids to come to dinner", "he yelled at the
kids to tidy their rooms" stay quiet, and so do a coach or a teacher who shouts, and a shout in play.
What is heard is the shape of shielding and of the children's fear.
"""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_OR_SHE, PARTNER_AS_HIM_OR_HER

_CHILD = (
    r"(?:the|my|our|his|her) (?:kids|children|child|son|daughter|baby|boys|girls|little ones|youngest|eldest|toddler)"
)
_SHOUTING = r"(?:yelling|screaming|shouting|raging|going off|losing it|kicking off|taking it out)"
_SHOUT = r"(?:yell|scream|shout|rage|go off|lose it|kick off|take it out)"
_SHOUTS = r"(?:yells|screams|shouts|rages|goes off|yelled|screamed|shouted|raged|went off|is yelling|was yelling)"
_NOT = r"(?:does not|doesn't|do not|did not|will not|won't|would not|wouldn't|can not|cannot)"

CHILDREN_SHIELDED = [
    # Anything that stops him at the children: "whichever one stops him yelling at the kids".
    rf"\b(?:whichever|whatever|anything|something|the one|the promise|which ever)\b(?: one)?(?: that)? (?:stops|keeps|"
    rf"will stop|would stop|might stop|could stop) {PARTNER_AS_HIM_OR_HER} (?:from )?{_SHOUTING} (?:at|on) {_CHILD}\b",
    # Kept up so he or she does not go off at them: "I keep the house quiet so he doesn't yell at the kids".
    rf"\bso (?:that )?{PARTNER_AS_HE_OR_SHE} {_NOT} {_SHOUT} (?:at|on) (?:{_CHILD}|them)\b",
    # Shouted at until they cry, shake or hide: "he screams at the kids until they cry".
    rf"\b{PARTNER_AS_HE_OR_SHE} {_SHOUTS} at {_CHILD} (?:until|till|til) (?:they|he|she) (?:cry|cries|cried|shake|shakes|shook|"
    r"hide|hides|hid|wet|wets|are crying|are shaking|is crying|is shaking|are sobbing|is sobbing|are terrified|is terrified)\b",
]
