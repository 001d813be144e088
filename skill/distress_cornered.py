"""Threats, a pet threatened, a suicide threat used as a lever, and sex coerced said sideways (an
eighth tester's finds: "I told Joy if she leaves I'll make her sorry she was ever born", "Alex
threatened to put the cat in the microwave", "Mark kicked the dog across the kitchen to show me
what's coming", "if I leave he'll drink poison", "Mark won't take no for an answer once the lights
are off", "Mark says I owe him sex because he pays the rent", "keeps on at me in bed until I give
in"), read by skill/distress.py.

Each needs what makes it a threat or coercion: sorry one was born, a pet hurt as a warning or if one
talks, a death promised when one packs a bag, no refused in bed. The everyday stays quiet: no not
taken about dessert, a pint owed, the cat put in its carrier, a dog that knocked over a chair,
throwing oneself into work.
"""

from __future__ import annotations

from .distress_vocab import PARTNER

_WHO = rf"(?:him|her|them|you|{PARTNER}|\w+)"
_PET = (
    r"(?:cat|cats|dog|dogs|puppy|kitten|pup|pet|pets|rabbit|bunny|bird|budgie|parrot|hamster|guinea pig|horse|tortoise)"
)
_HURT_PET = (
    r"(?:put|throw|threw|drown|drowned|kill|killed|hurt|poison|poisoned|strangle|strangled|microwave|kick|kicked|burn|"
    r"burned|get rid of|got rid of|wring|snap|shoot|shot|stamp on|stamped on|stomp on|stomped on|boot|booted|hit|beat|"
    r"choke|choked|starve|starved|dump|dumped)"
)
# What makes it a threat or a warning: "if i told anyone", "as a warning to me", "to show me what's coming".
_WARNING = (
    r"(?:if (?:i|we) (?:did not|do not|told|tell|leave|left|go|went|say|said|talk)|unless|or else|as a warning|to warn me|"
    r"to show me|to teach me|i would be next|i will be next|i am next|what is coming|what (?:he|she|they) (?:would|will|"
    r"could) do|in front of me|threatened|threatens|threatening|said (?:he|she|they) (?:would|will|had)|says (?:he|she|"
    r"they) (?:would|will))"
)
# A death promised when one leaves: "he'll hang himself the minute i pack a bag".
_LEAVE = r"(?:leave|leaves|left|go|walk out|pack|packed|move out|break up|end it|end things|say it is over|tell anyone)"
_SELF_HARM = (
    r"(?:(?:hang|hanging|drown|drowning|shoot|shooting|poison|poisoning|gas|gassing|overdose|overdosing|throw|throwing|"
    r"top|topping|off|offing|kill|killing|hurt|hurting) (?:himself|herself|themselves)|(?:drink|drinks|swallow|swallows|"
    r"take|takes) (?:poison|bleach|weedkiller|every (?:single )?(?:pill|tablet))|jump off|drive off|crash the car|"
    r"walk into the sea)"
)
_BED = (
    r"(?:in bed|in the bedroom|into bed|to bed|at night|once the lights (?:are|go) (?:off|out)|when the lights (?:are|go) "
    r"(?:off|out)|lights off|for sex|sex|intimate|undressed|naked|to sleep with (?:him|her|them))"
)

CORNERED = [
    # Sorry one was born, wishing one dead: "i'll make her sorry she was ever born".
    rf"\bmake {_WHO} (?:sorry (?:she|he|they|you) (?:was|were|had been) (?:ever )?born|regret the day (?:she|he|they|you) "
    r"(?:met|married|was born|were born)|wish (?:she|he|they|you) (?:was|were|had been) (?:dead|never born))\b",
    rf"\bmake {_WHO} pay\b(?: \w+){{0,6}} wish (?:she|he|they|you) (?:was|were|had been) (?:dead|never born)\b",
    r"\b(?:she|he|they|you) (?:will|would|is going to|are going to) (?:be sorry|wish) (?:she|he|they|you) (?:was|were|"
    r"had been) (?:ever born|never born|dead)\b",
    # A pet hurt or threatened as a warning.
    rf"\b{_HURT_PET} (?:the |my |our |his |her |their )?{_PET}\b(?=.*\b{_WARNING}\b)",
    rf"\b{_WARNING}\b.*\b{_HURT_PET} (?:the |my |our |his |her |their )?{_PET}\b",
    rf"\b(?:kicked|kicks|booted|boots|stamped on|stomped on|threw|throws|hurled|flung|punched|beat|beats|drowned|"
    rf"strangled) (?:the |my |our )?{_PET}\b(?! (?:toy|ball|bowl|bed|food|treats?)\b)(?= (?:across|down|into|against|"
    r"out of|off|over|at)\b)",
    # A suicide threat as a lever: "if i leave he'll drink poison", "he'll hang himself the minute i pack a bag".
    rf"\bif (?:i|we) (?:ever )?{_LEAVE}\b(?: \w+){{0,6}} {_SELF_HARM}\b",
    rf"\b{_SELF_HARM}\b(?: \w+){{0,5}} (?:the minute|the moment|the second|as soon as|if|when|the day|the instant) (?:i|we) "
    rf"(?:ever )?{_LEAVE}\b",
    r"\b(?:hang|hanging|hanged|drown|drowning|shoot|shooting|poison|poisoning|gas|gassing|overdose|overdosing|top|"
    r"topping|off|offing) (?:himself|herself|themselves)\b",
    # No not taken in bed: "won't take no for an answer once the lights are off".
    rf"\b(?:will not|does not|do not|did not|would not|never|refuses to|can not) (?:take|accept|hear|listen to|understand|"
    rf"respect|let me say) (?:no|a no|my no)\b(?: \w+){{0,6}} {_BED}\b",
    rf"\b{_BED}\b(?: \w+){{0,6}} (?:will not|does not|do not|would not|never) (?:take|accept|hear|respect) (?:no|a no|"
    r"my no)\b",
    # Sex owed: "says i owe him sex because he pays the rent", "i owe him in the bedroom".
    rf"\bi owe (?:him|her|them|{PARTNER}|it to (?:him|her|them)) (?:sex|in (?:the )?(?:bed|bedroom)|it in (?:the )?"
    r"(?:bed|bedroom)|my body|a shag|a root|a blow ?job)\b",
    r"\b(?:sex|in (?:the )?bed(?:room)?)\b(?: \w+){0,3} (?:because|since|as|for) (?:he|she|they) (?:pays|paid|buys|bought|"
    r"earns|covers|puts a roof)\b",
    # Worn down in bed until one gives in.
    rf"\b{_BED}\b(?: \w+){{0,4}} (?:until|till|til) (?:i|we) (?:just )?(?:give in|gave in|let (?:him|her|them)|say yes|"
    r"said yes|cave|caved|go along|went along|stop saying no|stopped saying no|give up|gave up)\b",
]
