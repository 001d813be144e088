"""Ready to flee and low, said as a habit (tester-voice41, 2026-12-06, on main 839baa7): hiding in a room or the
car until the partner is gone or asleep ("I hide in the car until his car's gone"), a bag packed by the door, car
keys in my hand at night, where the knives are checked again and again, disappearing with nobody to notice. Told as
a keep, each got the promise menu and the offer of a moment of reliability; "I hide in the car until his car's gone"
was saved as one and read aloud to the partner it hides from.

Each needs its frame; the everyday beside them stays quiet: hiding presents in the car until her birthday, a gym or
hospital bag by the door, keys by the bed for an early start, where the keys are, disappearing into a book.
"""

from __future__ import annotations

from .distress_vocab import PARTNER

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
    # Disappearing with nobody to notice: "I feel like I'm disappearing and nobody would notice".
    r"\bi (?:feel like i am|feel as if i am|feel i am|am|have been) (?:just |slowly |really )?(?:disappearing|vanishing|"
    r"fading away|fading)(?: (?:and|but) (?:nobody|no one|no body) (?:would|will|has|does|did|even|seems to)"
    r"(?: even)? (?:notice|noticed|care|cares|cared|miss me|see it))? *$",
]
