"""Control told as good news (an eighth tester's finds: "Mark didn't make me sleep in the car this
week", "Rose gave me my phone back for an hour", "Mark only read my messages twice this week", "Sam
didn't threaten to take the kids this week", "my wife takes my paycheque and I have to ask her for
bus fare", "I keep seeing Sam's car parked down the road from my office"), read by skill/distress.py:
each was saved as a moment of reliability or a small win.

Each needs what makes the kindness a leash: a punishment not given this time, a phone or card given
back for a while, messages read only so often, friends seen once a month, fare asked for. The
everyday stays quiet: a charger given back, essays read, the kids taken to the park, a pint owed,
wages paid into savings.
"""

from __future__ import annotations

from .distress_vocab import PARTNER, PARTNER_OR_ANY_NAME

_NOT = r"(?:did not|has not|have not|had not|does not|never|not once|no longer|hardly|barely|only once)"
# Sent somewhere as a punishment (not the couch, a joke).
_SENT = (
    r"(?:sleep|stay|stand|sit|wait|kneel|stay out) (?:out |outside )?(?:in (?:the )?(?:car|garage|shed|cold|yard|garden|"
    r"hallway|corner|dark|laundry|bathroom|rain)|on (?:the )?(?:floor|garage floor|balcony|porch|doorstep|step|steps|"
    r"ground|deck)|outside|facing the wall)"
)
_KIDS = r"(?:the|my|our) (?:kids|children|son|daughter|baby|babies|little ones|boys|girls|youngest|eldest)"
_MINE = (
    r"(?:phone|mobile|bank card|debit card|card|cards|car keys|keys|passport|money|wages|pay|laptop|sim|wallet|purse|id|"
    r"own money)"
)
_WHILE = (
    r"(?:for (?:an|a|the|one|two|three|\w+) (?:hour|hours|minutes|day|days|evening|afternoon|morning|night|weekend)|"
    r"today|this week|for once|at last|finally|for a (?:bit|while)|on (?:sundays?|weekends))"
)
_READ = r"(?:read|reads|checked|checks|went through|goes through|looked through|looks through|searched|searches)"
_PRIVATE = (
    r"(?:messages|texts|phone|mobile|emails|email|diary|journal|bag|handbag|browser history|chats|dms|whatsapps?|"
    r"call log|bank statements)"
)
# More than once: "only checked my phone once today" is how an agreed check is told.
_TIMES = r"(?:twice|two times|three times|(?!one )\w+ times|a couple of times|a few times)"

LENIENCY = [
    rf"\b{PARTNER_OR_ANY_NAME} {_NOT} (?:make|made|makes|force|forced|send|sent) (?:me|us) (?:to )?{_SENT}\b",
    rf"\b{PARTNER_OR_ANY_NAME} {_NOT} (?:lock|locked|locks|shut|shuts) (?:me|us|the kids) (?:out|in)\b(?! of (?:the )?(?:shed|garage) by)",
    # The children threatened, even said as not this week: "didn't say she'd take the kids away".
    rf"\b(?:threaten|threatened|threatening|threatens|say|said|says|tell|told me|mention|mentioned|bring up|brought up)"
    rf"(?: (?:that )?(?:he|she|they) (?:would|will|was going to|is going to|could))? (?:to )?take {_KIDS}\b"
    r"(?! (?:to|for|out|swimming|shopping|camping|on|round|into|home|back|with (?:her|him|them) to|up|in|along)\b)",
    # Given back for a while: "gave me my phone back for an hour".
    rf"\b{PARTNER_OR_ANY_NAME}(?: \w+)? (?:gave|gives|give|let me have|lets me have|handed|hands|returned|returns) (?:me )?(?:back )?my "
    rf"{_MINE} (?:back )?{_WHILE}\b",
    # Read only so often: "only read my messages twice this week", "went through my phone three times, a small win".
    rf"\b(?:only|just) {_READ} my {_PRIVATE}\b(?: \w+){{0,2}} {_TIMES}\b",
    rf"\b{_READ} my {_PRIVATE}\b(?: \w+){{0,2}} {_TIMES}\b(?=.*\b(?:win|progress|good news|better|down from|less than|only|"
    r"improvement)\b)",
    # Friends and family allowed so often: "lets me see my friends once a month now".
    r"\b(?:lets|let|allows|allowed) me (?:to )?(?:see|visit|call|phone|ring|text|talk to|go out with|meet) (?:my )?(?:friends|"
    r"family|mum|mom|mother|dad|father|sister|brother|sisters|brothers|parents|mates|friend) (?:once|twice|only|for an "
    r"hour|every other)\b",
    # Money kept from one: "takes my paycheque and i have to ask her for bus fare".
    rf"\b(?:have to|had to|must|need to|got to) (?:ask|beg) (?:him|her|them|{PARTNER}) (?:for|before i (?:buy|spend|get))"
    r" (?:money|cash|bus fare|fare|petrol money|lunch money|a few (?:quid|dollars|bucks)|pocket money|anything)\b",
    r"\b(?:takes|took|keeps|kept|has|controls) (?:all of |all )?my (?:paycheque|paycheck|pay cheque|wages|pay|salary|"
    r"pay packet|earnings|benefits|pension)\b(?! (?:to the bank|to pay|for (?:safekeeping|the mortgage))\b)(?=.*\b(?:ask|"
    r"beg|allowance|pocket money|gives me|leaves me)\b)",
    # Watched from outside: "i keep seeing sam's car parked down the road from my office".
    rf"\b(?:keep|keeps|kept|always) (?:seeing|spotting|finding) (?:{PARTNER_OR_ANY_NAME}(?:'s| s| is) )?(?:car|van|ute|truck|bike) "
    r"(?:\w+ )?(?:outside|down the (?:road|street)|near|by|across from|opposite|at the end of|round the corner from)"
    r"(?: \w+){0,3} (?:my|the) (?:office|work|workplace|house|flat|school|gym|mum|mom|parents|friend|sister)\b",
]
