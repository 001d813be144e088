"""Living on guard, told in passing (tester-voice26): found at a new address "even though I moved",
"I'm basically his punching bag", a phone the partner "took away", shoes kept by the door "in case I
need to leave fast", scared he'd see "who I'd been texting", in hospital "after taking too many
tablets". Each was saved as a check-in answer, a moment or a miss's reason, or only doubted.

Each needs its mark: the partner as the one who does it, a leaving that is an escape, tablets taken to
excess. The everyday senses stay quiet: the courier found the new address, a punching bag bought for
the gym, a phone put away at dinner as agreed, keys by the door for the school run, scared she'd see
her birthday present, too many vitamins.
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, CLOSE, FEAR

_NEW_PLACE = r"(?:my|our) new (?:address|place|flat|house|home|apartment|unit)"
_READY = r"(?:shoes|trainers|keys|car keys|bag|go bag|passport|coat|phone|documents|papers)"
_ESCAPE = r"(?:leave|run|get out|escape|go)(?: fast| quickly| in a hurry| in a rush| at night| in the night)"
_SEEN = (
    r"(?:who i (?:had |have |would )?(?:been )?(?:texting|talking to|messaging|calling|seeing)|my (?:texts|messages|phone|chats|"
    r"emails|call log|call history|search history))"
)
_TABLETS = r"(?:tablets|pills|meds|medication|painkillers|paracetamol|sleeping pills|sleeping tablets|antidepressants)"

ON_GUARD = [
    # Found, or followed, to a new address.
    rf"\b{CLOSE}{BETWEEN} (?:found|tracked down|traced|got hold of|turned up at|showed up at|is outside|was outside) "
    rf"{_NEW_PLACE}\b(?! (?:book|for (?:the|my) (?:parcel|delivery|post)))",
    # Hunted down, said with nothing more ("he tracked me down": a carrier of SupportIntent said alone).
    rf"^{CLOSE} (?:tracked|hunted) me down(?: again)?$",
    # The punching bag of the house.
    r"\bi (?:am|have been|was|feel|feel like)(?: (?:basically|just|literally|only|always|still|really))* (?:the|his|her|their) "
    r"(?:human )?punching bag\b"
    r"(?! (?:holder|stand|bracket|gloves)\b| (?:at|for|in) (?:the )?(?:gym|boxing|class|training)\b)",
    r"\b(?:treats|treated|uses|used) me (?:like|as) (?:a|his|her|their) (?:human )?punching bag\b",
    # The phone taken away by the partner ("a phone free night we agreed on" is not this).
    rf"\b{CLOSE}{BETWEEN} (?:took|takes|taken|grabbed|snatched|confiscated) my (?:phone|mobile) (?:away|off me)\b"
    r"(?! to (?:play|watch|use|look at|charge|borrow|show|take a (?:photo|picture|selfie)))"
    r"(?!.*\b(?:we agreed|as agreed|i asked (?:him|her|them) to|so i (?:would|could) (?:sleep|rest|relax|focus)|phone free)\b)",
    # Ready to flee: shoes, a bag, keys kept by the door for leaving fast.
    rf"\b(?:keep|kept|keeping|have|got|leave|left|put) (?:my |a |the )?{_READY}\b(?: \w+){{0,4}} (?:by|near|at) the "
    rf"(?:front |back )?door\b.*\bin case (?:i|we|the kids and i) (?:need|have|had|must) to {_ESCAPE}\b",
    # Afraid the partner would see who one talks to.
    rf"\b{FEAR} (?:that )?{CLOSE} (?:would|will|might|could|was going to|is going to) (?:see|find|read|check|find out) {_SEEN}",
    # Tablets taken to excess.
    rf"\b(?:took|taken|taking|swallowed|had) (?:too many|a (?:whole|full) (?:bottle|packet|box|strip) of|the (?:whole|entire) "
    rf"(?:bottle|packet|box|strip) of|a handful of) {_TABLETS}\b",
]
