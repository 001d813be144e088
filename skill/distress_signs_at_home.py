"""Signs of harm at home told in passing (tester-voice25): excuses made for the bruises, children
hiding while the parents fight, a keep made so the partner would not "lose it with me again", a phone
taken "off me again" or not given back for days, being told "you're worthless" or "nobody else would
want you", children kept safe "from him". Each was saved as an answer or a note, or only doubted.

Each needs its mark of harm, so the everyday senses stay quiet: excuses for a late report, the kids
hiding for a game, "she'd have gone mad with worry", a charger not given back, "useless at parking",
the kids kept safe from the storm.
"""

from __future__ import annotations

from .distress_vocab import CLOSE, PARTNER

_HURT = (
    r"(?:bruises?|bruising|marks?|black eyes?|(?:a )?black eye|cuts|scratches|burns?|(?:a )?split lip|(?:a )?broken "
    r"(?:arm|wrist|nose|finger|rib|ribs)|injur(?:y|ies)|(?:a )?swollen (?:eye|lip|face))"
)
_CHILDREN = r"(?:the|my|our) (?:kids|children|son|daughter|boys|girls|little ones?|youngest|eldest)"
_FIGHTING = r"(?:arguing|fighting|shouting|screaming|yelling|rowing|going at it|at it again)"
_HELD = r"(?:phone|mobile|keys|car keys|passport|bank card|cards?|purse|wallet)"
_DAYS = r"(?:days|hours|a week|weeks|(?:two|three|four|five|six|a few|several|\d+) (?:days|nights|weeks))"
_PUT_DOWN = r"(?:worthless|a waste of space|nothing without (?:him|her|them)|pathetic|disgusting|a nobody|unlovable)"

SIGNS_AT_HOME = [
    # Cover stories for injuries: "I keep making excuses for the bruises at work".
    rf"\b(?:making|make|made|makes|coming up with|came up with|inventing|invented) (?:up )?(?:excuses|stories|a story|"
    rf"lies|reasons) (?:for|about|to explain|to cover) (?:the |my |these |those |all the )?{_HURT}\b",
    rf"\bexplain(?:ing|ed)? away (?:the |my |these |those )?{_HURT}\b",
    # Children hiding, or afraid, while the parents fight.
    rf"\b{_CHILDREN} (?:(?:hid|hide|hides|hiding|were hiding|was hiding|ran and hid|run and hide)(?= (?:under|in|behind|"
    r"upstairs|downstairs|away|outside|again|together|from)\b|,)|cowered|cower|cowering|were shaking|was shaking|were "
    r"terrified|was terrified|were scared|was scared)\b.*\b(?:while|when|whenever|as|every "
    rf"time|because) (?:we|he|she|they|{PARTNER})(?: were| was| are| is| started| start| get| got)? {_FIGHTING}\b",
    # A keep made so the partner would not lose it again, or hurt: "otherwise he would have lost it with me again".
    rf"\b(?:otherwise|or else|or) {CLOSE} (?:would|will|is going to)(?: have)? (?:lost it|lose it|gone off|go off|kicked "
    r"off|kick off|blown up|blow up|exploded|explode|flipped|flip|gone mental|go mental)(?: (?:with|at|on) (?:me|us))? again\b",
    rf"\b(?:otherwise|or else) {CLOSE} (?:would|will|is going to)(?: have)? (?:hit|hurt|slapped|slap|beaten|beat|"
    r"belted|belt|thumped|thump|punished|punish|grabbed|grab|choked|choke|kicked|kick) (?:me|us|the kids)\b",
    # A phone or keys taken "off me again", or kept back for days.
    rf"\b(?:took|taken|takes|taking|grabbed|snatched|confiscated) my {_HELD} (?:off|from|away from) me again\b",
    rf"\bmy {_HELD}\b.*\b(?:would not|will not|refused to|refuses to|never) (?:give|hand) (?:it|them|me it) back "
    rf"(?:for {_DAYS}|until i (?:said sorry|apologi[sz]ed|begged|did what))\b",
    # Put-downs that abuse is known by: "says I'm worthless", "nobody else would ever want me".
    rf"\b{CLOSE} (?:says|said|tells me|told me|keeps telling me|keeps saying|calls me|called me)(?: that)?(?: i am| i was)? "
    rf"{_PUT_DOWN}\b",
    rf"\b{CLOSE} (?:says|said|tells me|told me|keeps telling me|keeps saying)(?: that)? (?:nobody|no one)(?: else)? "
    r"(?:would|will|could)(?: ever)? (?:want|love|believe|have) me\b",
    # Children kept safe from him: the one they needed keeping from is at home.
    rf"\b(?:kept|keep|keeps|keeping) (?:the kids|the children|the baby|{_CHILDREN}|me|us|them) safe from (?:him|her|"
    rf"{PARTNER})\b",
]
