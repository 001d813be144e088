"""Control told as a daily chore, and an edge or an emptiness told plainly (tester-voice24, on integ
9826446): "I have to delete my texts before she gets home or there's trouble" and "she keeps my ATM
card and I have to ask for money for the bus" were saved with no question; "he took my phone and
locked it in his car again", "he reads all mine and changed my passwords" and "he said I owed it to
him so I just let him" got no help; "standing on the terrace thinking about jumping" and "I didn't see
the point in … anything really" met only the doubt question.

Each by its shape: what is hidden (messages, never a present) with what follows if it is found; a
card or the wages held and money asked for; a phone or keys taken and locked or hidden away;
passwords changed or an account locked (never "for me" when one forgot); giving in because "I owed
it"; a high place and the thought of jumping (never into water, off a board or for fun); no point
"in anything". Read after the everyday reads (skill/distress_everyday.py), as every family is.
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, PARTNER, PARTNER_AS_HE_SHE_OR_THEY, SUBJECT

_MESSAGES = (
    r"(?:texts?|messages?|chats?|call (?:log|history)|search history|browser history|browsing history|history|"
    r"receipts?|emails?|dms|whatsapps?|bank statements?|photos of (?:my|our) (?:friends|family|mum|mom))"
)
_OR_ELSE = (
    r"or (?:else|there is (?:trouble|hell to pay)|there will be (?:trouble|hell to pay)|i am in (?:trouble|for it)|"
    r"i will (?:pay for it|be in trouble|get it)|"
    rf"{PARTNER_AS_HE_SHE_OR_THEY} (?:goes|will go|gets|will get|loses|will lose|kicks|will kick|flips|will flip) "
    r"(?:mad|crazy|nuts|ballistic|mental|it|off|violent|nasty|out))\b"
)
_CARD = (
    r"(?:(?:atm|bank|debit|credit|cash) cards?|cards|wages|pay|salary|pay ?check|pay ?cheque|bank account|"
    r"pin|money|benefits|pension)"
)
_TAKEN = r"(?:took|takes|take|grabbed|grabs|snatched|snatches|confiscated|confiscates)"
_PUT_AWAY = r"(?:locked|locks|hid|hides|kept|keeps|put|puts|smashed|smashes)"
_HELD = r"(?:phone|mobile|cell|cell phone|keys|car keys|passport|purse|wallet)"
_HIGH = (
    r"(?:terrace|balcony|roof|rooftop|ledge|bridge|overpass|flyover|window ledge|top floor|car park roof|"
    r"parking garage|multi storey|cliff edge|platform edge|tracks|edge)"
)

CONTROLLED = [
    # Indian English: "he is not allowing me to meet my friends", "she's not letting me go to my mother's house"
    # (tester-voice48): kept from people and places, the partner's to grant.
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:is|was|are|were|has been|have been) not (?:allowing|letting) me (?:to )?(?:go|meet|"
    r"see|visit|talk|speak|call|phone|leave|work|study|go out|have (?:a |my own )?(?:phone|money|friends|job))\b",
    # Messages hidden from the one close, with what follows if they are found.
    rf"\b(?:delete|deleted|deletes|deleting|hide|hid|hides|hiding|wipe|wiped|wipes|clear|cleared|clears|get rid of|"
    rf"got rid of) (?:all )?(?:of )?(?:my |the |our |all my )?{_MESSAGES}\b.*\b{_OR_ELSE}",
    # A card or the wages held, and money asked or begged for.
    rf"\b{SUBJECT}{BETWEEN} (?:keeps|kept|keep|has|had|holds|held|took|takes|controls|controlled|hides|hid) "
    rf"(?:all )?(?:of )?(?:my|our) {_CARD}\b.*\bi (?:have to|had to|must|need to|got to|have got to) "
    r"(?:ask|beg)(?: (?:him|her|them))? (?:for|before i (?:spend|buy)|to (?:spend|buy|get))\b",
    rf"\bi (?:have to|had to|must) beg (?:him|her|them|{PARTNER}) for (?:money|cash|bus fare|food money)\b",
    # What is in the speaker's purse counted or gone through, as a habit (tester-voice29): "he counts the money
    # in my purse every night", never once to pay for parking.
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:counts|checks|goes through|searches|empties|counted|checked|went through|searched) "
    r"(?:the |all the |every )?(?:money|cash|change|coins|notes|receipts|penny|cent) (?:in|from|left in) my (?:purse|wallet|"
    r"bag|handbag|pockets?)\b(?=.*\b(?:every (?:night|day|evening|morning|time|week)|each (?:night|day|evening)|nightly|"
    r"daily|(?:when|whenever) i (?:get|come) (?:home|back|in)|as soon as i (?:get|come) (?:home|in))\b)",
    # A phone or keys taken from the speaker and locked or hidden away, or taken so no call is made.
    rf"\b{SUBJECT}{BETWEEN} {_TAKEN} (?:my|our) {_HELD}(?: (?:away|off me|from me))?,? (?:and|then|and then) "
    rf"{_PUT_AWAY} (?:it|them)(?! (?:on charge|to charge|safe for me|for me))\b",
    rf"\b{SUBJECT}{BETWEEN} (?:locked|locks|hid|hides) (?:my|our) {_HELD} (?:away|in (?:his|her|their|the) \w+)"
    r"(?!.*\b(?:as a joke|for a laugh|as a prank|for april fools|for the treasure hunt|so i would not lose)\b)",
    rf"\b{SUBJECT}{BETWEEN} {_TAKEN} (?:my|our) {_HELD}(?: (?:away|off me|from me))? so (?:that )?i "
    r"(?:can not|could not|cannot|would not be able to|am not able to) (?:call|ring|text|phone|contact|leave|get out|"
    r"drive|go)(?: (?:anyone|anybody|for help|the police|my (?:mum|mom|family|friends|sister|brother)))?\b",
    # Rage, then the phone or keys taken ("she screamed at me and took my phone": tester-voice27), not to
    # use them or to keep a drunk driver home.
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:screamed|shouted|yelled|screams|shouts|yells|swore|swears|raged|raging|screaming|"
    rf"shouting|yelling) at (?:me|us)\b(?: [\w']+){{0,3}}? (?:and|then|and then) {_TAKEN} (?:my|our) {_HELD}\b"
    r"(?! to (?:play|watch|use|look|charge|borrow|show|take|call|ring|check|order|text|answer)\b)"
    r"(?!.*\bso (?:that )?i (?:would|could|did) not drive\b)",
    # The speaker's passwords changed or accounts locked by the one close, never "for me" when forgotten.
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN}(?: [\w ]+? and)? (?:changed|changes|changing|change) (?:all )?(?:of )?my (?:passwords?|pin|passcode|"
    r"logins?)\b(?! (?:for me|because i|when i|after i|to help|so i could|on my request))",
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} locked me out of (?:all )?(?:of )?my (?:email|emails|accounts?|bank|bank account|"
    r"phone|socials|facebook|instagram|banking)\b",
    # Giving in because it was owed.
    r"\b(?:said|says|told me|tells me|reminds me|reminded me|keeps saying|kept saying)(?: that)? i (?:owe|owed) "
    r"(?:it to )?(?:him|her|them)\b(?: \w+){0,6}? (?:let (?:him|her|them)(?: do it| do what (?:he|she|they) wanted| "
    r"have (?:it|his way|her way|their way))?|gave in|went along with it|did it)$",
    r"\bi (?:owe|owed) (?:him|her|them) (?:sex|it in bed|my body)\b",
]
# An edge and the thought of jumping, and no point in anything at all.
LAST_THOUGHTS = [
    rf"\b(?:on|at|by|up on|out on|near) (?:the|a|my|our|his|her|their) {_HIGH}\b.*\b(?:jump|jumping|to jump|jumped)\b"
    r"(?! (?:in|into|off into|on|onto|for joy|rope|ship|the queue|at the chance|on the trampoline)\b)",
    r"\b(?:think|thinking|thought|thinks|considering|considered|tempted|wanted|want|close|about) (?:about |of |to )?"
    rf"(?:jump|jumping) (?:off|from) (?:the|a|my|our) {_HIGH}\b(?! (?:in|into) )",
    r"\b(?:do not|did not|can not|could not|cannot|no longer) see (?:the|any) point in (?:.* (?:or|and) in )?"
    r"(?:anything|it all|any of it|living|life|going on)(?: (?:really|at all|any ?more|now|these days|lately))* *$",
    r"\b(?:there is|there was|is there|was there) (?:no|any) point in (?:anything|it all|any of it|living|life)"
    r"(?: (?:really|at all|any ?more|now|these days|lately))* *$",
]
