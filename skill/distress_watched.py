"""Watched, recorded and made to perform (the eighth list written blind,
tests/skill/distress_blind8.py): a tracker found on a car, a car outside the house for nights,
everything said recorded, the mileage checked and receipts demanded, this skill's own logs read
and punished, made to say "I'm happy" at the check-in.

Each needs someone else doing it to the speaker: "we put a tracker on the dog's collar", "my
phone records my steps" and "he checks the receipts for the tax return" are not this.
"""

from __future__ import annotations

from .distress_vocab import CLOSE

_WHO = rf"(?:someone|somebody|{CLOSE})"
_HAS = r"(?: (?:is|has|have|had|was|were|just|been|secretly|even|also|put|got|stuck|hid|hidden|fitted|installed))*"

WATCHED = [
    # A tracker on the speaker's car or things: "he's got a tracker on my car, I found it".
    rf"\b{_WHO}{_HAS} (?:a |an )?(?:gps )?(?:tracker|tracking device|gps|airtag|tile|bug|listening device|spyware|camera|"
    r"hidden camera) (?:on|in|under|inside) my (?:car|phone|bag|handbag|coat|keys|laptop|bike|van)\b",
    # Someone waiting outside for nights: "someone's been sitting outside the house in a car for three nights".
    r"\b(?:sitting|parked|waiting|watching|parking|sat) (?:outside|across from|opposite|down the road from|at the "
    r"end of) (?:the |my |our )?(?:house|home|flat|place|work|door)\b(?: \w+){0,4} (?:for|every|all) "
    r"(?:\w+ )?(?:nights?|evenings?|days|weeks|night|evening)\b",
    # Everything said recorded: "he records everything I say in the house".
    rf"\b{_WHO}(?: \w+)? (?:records|recorded|is recording|tapes|taped|listens to|bugs|bugged) "
    r"(?:(?:everything|every word|all|what) (?:i|we) (?:say|said|do|talk about)|every call|(?:all )?my (?:phone )?"
    r"(?:calls|conversations))\b",
    # The car and spending policed: "she checks my mileage on the car and wants receipts for everything".
    rf"\b{_WHO}(?: \w+)? (?:checks|checked|counts|logs|writes down|notes) (?:my|the) (?:mileage|odometer|petrol|"
    r"fuel)\b(?! (?:\w+ ){0,4}(?:before|for|ahead of) (?:the |a |its )?(?:service|mot|trip|road trip|rego|warranty|sale)\b)",
    rf"\b{_WHO}(?: \w+)? (?:wants|demands|makes me show|asks for|needs) (?:the )?receipts for (?:everything|every|"
    r"all)\b",
    # This skill's own record used to punish: "he reads this skill's logs and punishes me for the missed ones".
    rf"\b{_WHO}(?: [\w']+){{0,8}} (?:punishes|punished|punish|hurts|hurt|hits|beats|makes me pay|takes it out on) "
    r"me\b(?: \w+){0,3} (?:for|over|because of|about) (?:the |my |every |each |any )?(?:missed|broken|bad|"
    r"late|forgotten|failed)\b",
    # Made to say what is not felt: "every check in he makes me say I'm happy".
    rf"\b{_WHO}(?: \w+)? (?:makes|made|forces|forced|tells|told|orders|ordered) me (?:to )?(?:say|tell (?:you|it|"
    r"alexa|the skill)|answer|pretend|lie)\b(?: that)? (?:i am|i was|we are|we were|everything is|everything was|it is|it was|all is) (?:happy|fine|"
    r"okay|ok|good|great|safe|alright|all right)\b",
    # An ex waiting outside: "my ex is parked outside again".
    r"\bmy ex(?: \w+)? (?:is|was|has been|keeps) (?:parked|parking|sitting|sat|waiting|standing|hanging around) outside\b"
    # A handover of the kids is not a watch kept.
    r"(?!.*\b(?:drop|dropping|drops|pick|picking|picks|collect|collecting|handover|hand over)\b)",
    # Rage at what the skill records: "he goes mad if the log shows a missed one".
    r"\b(?:goes|gets|went|got) (?:mad|mental|ballistic|angry|crazy|nuts|furious|violent)\b(?: \w+){0,3} (?:if|when|"
    r"whenever) (?:the |my )?(?:log|logs|app|skill|history|tracker|alexa|record) (?:shows|says|has|records|lists) "
    r"(?:a |any |the )?(?:missed|broken|bad|late)\b",
]
