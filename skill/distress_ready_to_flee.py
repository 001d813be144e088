"""Ready to flee and low, said as a habit (tester-voice41, 2026-12-06, on main 839baa7): hiding in a room or the
car until the partner is gone or asleep ("I hide in the car until his car's gone"), a bag packed by the door, car
keys in my hand at night, where the knives are checked again and again, disappearing with nobody to notice. Told as
a keep, each got the promise menu and the offer of a moment of reliability; "I hide in the car until his car's gone"
was saved as one and read aloud to the partner it hides from.

Each needs its frame; the everyday beside them stays quiet: hiding presents in the car until her birthday, a gym or
hospital bag by the door, keys by the bed for an early start, where the keys are, disappearing into a book.

Then (tester-voice42, on main e7c8070): ready to leave the moment he falls asleep, where I'm staying kept from her, my
location turned off so he can't track me. Beside them stay quiet: ready to leave the moment he gets home for the
cinema, a surprise weekend's hotel kept from her, location turned off to save the battery. The lead's probes beside them: a secret account for when I go, the door
locked in the kids' room at night, the refuge's number, breathing only once he's left for work, his mood read before
I speak, my passport kept in my work locker.
"""

from __future__ import annotations

from .distress_vocab import PARTNER, PARTNER_AS_HE_OR_SHE, PARTNER_AS_HIM_OR_HER

# A room or a car to hide in, and who is waited out in it (the partner, never the kids put to bed).
_HIDE_IN = (
    r"(?:room|bedroom|bathroom|toilet|loo|car|shed|cupboard|closet|wardrobe|garage|attic|loft|basement|cellar|laundry|"
    r"study|office|van|ute|garden|spare room)"
)
_WAITED_OUT = rf"(?:he|she|they|{PARTNER}|(?:his|her|their) (?:car|truck|van|ute))"
_GONE = (
    r"(?:asleep|passed out|gone|gone out|gone to bed|gone to work|left|left for work|out cold|sober|sobered up|calmed "
    r"down|fallen asleep|driven off)"
)
# Falling asleep, passing out, going out: the moment one can slip away.
_ASLEEP = (
    rf"(?:{_GONE}|falls asleep|fall asleep|passes out|pass out|goes (?:to bed|to sleep|to work|out)|go (?:to bed|to sleep|"
    r"to work|out)|leaves for work|is out|are out)"
)
# Where I am now, and the one it is kept from: never a surprise, a present or a holiday.
_WHERE_I_AM = (
    r"where (?:i am|we are|i have gone|we have gone|i went|we went)(?: (?:staying|living|sleeping|hiding|now))?"
)
_NO_TREAT = r"(?!.*\b(?:surprise|birthday|anniversary|present|presents|gift|party|holiday|trip|weekend away|treat)\b)"
_NOT_A_CHILD = r"(?!.*\b(?:baby|babies|toddler|little one|kids|children|son|daughter|newborn|puppy|dog)\b)"
_DOCUMENTS = r"(?:passports?|birth certificates?|documents|papers|id|bank cards?)"
_AWAY_FROM_HOME = (
    r"(?:in my (?:work |gym )?locker|at work|in my desk at work|at (?:my |a )?(?:mum's|mom's|sister's|brother's|friend's|"
    r"mate's|neighbour's|neighbor's|parents'|parents|dad's|nan's|gran's)|with (?:my )?(?:mum|mom|sister|brother|friend|"
    r"neighbour|neighbor|solicitor|lawyer))"
)
# An early start, a shift, a trip: gone before he wakes for those is no flight.
_NO_ERRAND = (
    r"(?!.*\b(?:shift|work|flight|train|plane|airport|early start|meeting|gym|fishing|golf|school run|conference|trip|"
    r"holiday|parkrun)\b)"
)
# What self-harm may be done with.
_MEANS = r"(?:knives|knife|pills|tablets|meds|medication|razors?|blades?|rope|gun|guns|sleeping pills|painkillers)"

READY_TO_FLEE = [
    # "I hide in the car until his car's gone", "I hide in the bathroom until he's asleep".
    rf"\b(?:i|we) (?:(?:just|often|always|usually|sometimes|have to|had to|go and|used to|still) )?(?:hide|hid|lock "
    rf"myself|lock us) (?:away )?(?:in|inside|under|out in) (?:the |my |a |our )?(?:\w+ )?{_HIDE_IN}\b(?: [\w']+){{0,3}}? "
    rf"(?:until|till|til) {_WAITED_OUT}(?:'s|s| is| are|'re| has| have)? {_GONE}\b"
    r"(?!.*\b(?:hide and seek|a game|surprise|party|present|presents|gift|gifts|wrap|wrapping|birthday)\b)",
    # A bag packed by the door: never the gym's, the hospital's or the school's.
    r"^(?!.*\b(?:hospital|maternity|labou?r|birth|gym|beach|swim|nappy|changing|work|laptop|camera|kit|sports|football|"
    r"school|baby|snow|winter|breakdown|first aid|overnight|weekend|holiday|travel|hiking|camping) bags?\b)"
    r"(?:[\w']+ ){0,3}(?:i|we) (?:always |still |now )?(?:keep|have|have got|have always got|got) (?:a|my|an|our|the) "
    r"(?:bag|bags|suitcase|holdall|rucksack|backpack) (?:packed|ready)(?: and ready)? (?:by|at|near|behind) the (?:front "
    r"|back )?door(?: (?:now|these days|at all times|all the time|always))? *$",
    # Keys in my hand at night: "I sleep with my car keys in my hand just in case".
    r"\b(?:i|we) (?:(?:always|still|now|often|usually) )?(?:sleep|go to bed|went to bed|slept) with (?:my|the) (?:car )?"
    r"keys (?:in my hand|under (?:my|the) pillow|in my pocket|clutched)\b(?!.*\b(?:sleepwalk|sleepwalks|early start|"
    r"shift)\b)",
    # Where the means are, checked again and again: "I keep checking where the knives are".
    rf"\bi (?:keep|kept|have been|am|find myself|can not stop) (?:checking|thinking about|looking for|wondering) where "
    rf"(?:the|my|his|her|our) (?:\w+ )?{_MEANS} (?:are|is|were|was)\b(?!.*\b(?:kids|children|baby|toddler|dog|cat) "
    r"(?:might|could|can|will|would|do not|does not)\b)",
    # Ready to slip away the moment the partner sleeps: "I'm ready to leave the moment he falls asleep".
    rf"\b(?:i|we)(?: am| are| will| would| have| had)?(?: (?:all|just|finally|nearly|almost))? (?:(?:be )?ready to "
    r"(?:leave|go|run|get out)|(?:going to |planning to |have to |want to |will )?(?:sneak out|slip out|slip away|"
    r"sneak away|get out|escape|run|take the kids and (?:go|leave|run)|leave (?:him|her|them)))\b(?: (?:him|her|them))?(?: for good)?(?: "
    rf"tonight)? (?:the (?:moment|minute|second|instant)|as soon as|once|the night) {_WAITED_OUT}(?:'s|s| is| are|'re| "
    rf"has| have)? {_ASLEEP}\b",
    # Gone before the partner wakes: "I'll be gone before he wakes up" (tester-voice44 S1: saved as a moment).
    rf"^{_NOT_A_CHILD}{_NO_ERRAND}.*\bi (?:will|am going to|am gonna) be (?:long )?gone (?:before|by the time) {_WAITED_OUT}(?:'s|s| is)? "
    r"(?:wakes|wake|wakes up|wake up|is up|is awake|gets (?:up|home|back)|comes? (?:home|back|round)|is (?:home|back))\b",
    # Leaving once the partner sleeps: "I'm leaving tonight once he's asleep" (tester-voice44 S2).
    rf"^{_NOT_A_CHILD}{_NO_ERRAND}.*\bi (?:am leaving|will leave|am going to leave|am getting out|am out of here|am walking out)"
    rf"(?: (?:him|her|them))?(?: for good)?(?: (?:tonight|today|tomorrow))? (?:once|when|as soon as|the (?:moment|minute|"
    rf"second)) {_WAITED_OUT}(?:'s|s| is| has)? {_ASLEEP}\b",
    # A bag hidden for going: "I've got a bag hidden in the car for when I need to go" (tester-voice44 S6).
    r"\b(?:bag|bags|suitcase|holdall|rucksack|backpack|go bag) (?:hidden|stashed|packed|ready)(?: (?:in|at|under|behind) "
    r"(?:the |my |a )?[\w']+(?: [\w']+)?)? for when (?:i|we) (?:need to |have to |can |finally )?(?:go|leave|run|get out|"
    r"escape)\b(?! (?:to|into|for|on|in)\b)",
    # Where I am kept from the partner: "I haven't told him where I'm staying", "she mustn't find out where we live".
    rf"^{_NO_TREAT}.*\b(?:have not|had not|did not|do not|can not|will not|must not|mustn't|mustnt|never|daren't|dare not) (?:told|tell|"
    rf"let) {PARTNER_AS_HIM_OR_HER} (?:know |find out )?{_WHERE_I_AM}\b",
    rf"^{_NO_TREAT}.*\b{PARTNER_AS_HE_OR_SHE} (?:does not|must not|mustn't|mustnt|can not|should not|will never|can never|is not (?:allowed|"
    rf"meant) to|must never) (?:know|find out|find) {_WHERE_I_AM}\b",
    rf"^{_NO_TREAT}.*\b(?:i am |we are )?keeping {_WHERE_I_AM} (?:secret )?from {PARTNER_AS_HIM_OR_HER}\b",
    # Location turned off so the partner cannot follow: "I've turned my location off so he can't track me".
    rf"\b(?:turned|switched|turn|switch|turning|switching|keep|kept) (?:off )?(?:my |the )?(?:location|gps|location "
    rf"sharing|find my (?:phone|iphone|friends))(?: off)? so (?:that )?{PARTNER_AS_HE_OR_SHE} (?:can not|could not|"
    r"will not|would not|does not|did not|can never) (?:track|find|follow|trace|see where|know where|check where|"
    r"watch)\b",
    # Money kept back for going: "I've got a secret bank account he doesn't know about, for when I go".
    rf"^{_NO_TREAT}(?!.*\bchristmas\b).*\b(?:secret|hidden|separate|emergency|running away|escape|getaway) (?:bank )?"
    rf"(?:account|savings|stash|fund|money|cash|card)\b(?=.*\b(?:{PARTNER_AS_HE_OR_SHE} (?:does not|do not|must not|"
    r"mustn't|can not|will never) (?:know|find out)|for when i (?:go|leave|get out|run)|so (?:that )?i can (?:leave|go|"
    r"get out|run)))",
    # Locked in with the children at night: "I sleep in the kids' room with the door locked".
    r"\bi (?:(?:now|always|have started to|have been|still) )?(?:sleep|sleeping|slept) in (?:the |our )?(?:kids|kids'|"
    r"children's|childrens|baby's|boys'|girls'|spare) room with the door (?:locked|bolted|barricaded)\b",
    # The refuge, a shelter for those fleeing abuse: "I've memorised the refuge number", never the wildlife's.
    r"(?<!wildlife )(?<!nature )(?<!bird )\b(?:refuge|women's shelter|womens shelter|domestic (?:abuse|violence) "
    r"shelter)(?:'s)? (?:number|phone number|hotline|place|space|bed|room|address)\b|\b(?:booked|got|found|have) "
    r"(?:a |us a )?(?:place|space|bed|room) (?:at|in) (?:the |a )?(?:refuge|women's shelter|womens shelter)\b|"
    r"\b(?:going|go|went|moving|moved|run|ran|fled|flee|get|got) (?:in)?to (?:the |a )?(?:refuge|women's shelter|"
    r"womens shelter)\b",
    # Breathing only once the partner is asleep or gone: "I can't breathe properly until he's left for work".
    rf"^{_NOT_A_CHILD}.*\bi (?:can not|can only|only|do not|never) (?:really |properly |fully )?(?:relax|breathe|feel "
    rf"safe|settle|unwind)(?: properly| at all| again)?(?: [\w']+){{0,2}}? (?:until|till|once|when) "
    rf"{_WAITED_OUT}(?:'s|s| is| has| are)? (?:{_ASLEEP}|snoring|out of the house)\b",
    rf"^{_NOT_A_CHILD}.*\bi wait (?:until|till) {_WAITED_OUT}(?:'s|s| is| has| are)? (?:{_ASLEEP}|snoring) before i "
    r"(?:can )?(?:relax|breathe|feel safe|settle|unwind|come out)\b",
    # The partner's mood read before a word is said: "I check his mood before I say anything".
    rf"^{_NOT_A_CHILD}.*\bi (?:(?:always|have to|constantly|still|first|now) )?(?:check|read|gauge|test|suss out|work "
    rf"out) (?:his|her|their|{PARTNER}'s) mood (?:first |before i (?:say|do|speak|open my mouth|ask|mention|bring up|"
    r"dare)|the (?:second|moment|minute) (?:he|she|they) (?:gets|get|comes|come|walks|walk) (?:in|home))",
    # Papers kept away from home: "I keep my passport in my work locker now".
    rf"^(?!.*\b(?:holiday|trip|renovat\w*|visa|renew\w*|burglar\w*|fire|safe keeping|safekeeping)\b).*\b(?:keep|kept|"
    rf"keeping|hid|hidden|hide|hiding|moved|took) (?:my|our|the kids'|the kids|the children's|all (?:my|our)) "
    rf"{_DOCUMENTS}(?: and (?:[\w']+ ){{0,3}}?{_DOCUMENTS})? {_AWAY_FROM_HOME}\b",
    # Disappearing with nobody to notice: "I feel like I'm disappearing and nobody would notice".
    r"\bi (?:feel like i am|feel as if i am|feel i am|am|have been) (?:just |slowly |really )?(?:disappearing|vanishing|"
    r"fading away|fading)(?: (?:and|but) (?:nobody|no one|no body) (?:would|will|has|does|did|even|seems to)"
    r"(?: even)? (?:notice|noticed|care|cares|cared|miss me|see it))? *$",
]
