"""Hiding, fleeing and covering up, and a watch kept with rage (issue 8, item 1: a second
independent tester's finds on main, /work/notes/tester2-report.md S1-S3, where "I lock myself in
the spare room most nights because of him", "I had to lie to the nurse about my black eye", "I
jumped out of the car to get away from him" and "he watches my location all day and goes mad if
I'm late" were saved as check-in answers and notes).

Each family needs the person it is about: locked away *because of him* (not to get work done),
out of the car *to get away from her* (not from a wasp), a lie told to a carer about *an injury*
(not about how much one drinks), a location or phone watched *and rage if* (the couple's own
agreed transparency, without the rage, is not this).
"""

from __future__ import annotations

from .distress_vocab import FAMILY, PARTNER

# The person hidden from or fled, with nothing after that makes "her" a possessive ("her snoring").
_FROM = (
    rf"(?:him|her|them|{PARTNER}|{FAMILY})(?= *$| (?:and|when|whenever|so|because|again|every|most|at|tonight|now|"
    r"any ?more|all|until|till|if|or|but|before|after|for|as)\b)"
)
# Where someone shuts themselves away.
_REFUGE = (
    r"(?:room|bedroom|bathroom|toilet|loo|car|shed|cupboard|closet|wardrobe|garage|attic|loft|basement|cellar|laundry|"
    r"study|office|van|ute)"
)
# Games and surprises hide people too: "hid in the wardrobe from my sister playing hide and seek".
_NOT_PLAY = r"(?!.*\b(?:hide and seek|sardines|a game|the game|surprise|party|present|presents)\b)"
# Who is lied to about an injury.
_CARER = (
    r"(?:nurses?|doctors?|gp|hospital|a and e|er|paramedics?|ambulance|dentist|midwife|health visitor|social worker|"
    r"teachers?|school|police|cops|boss|work|everyone|everybody|people|friends?|family|mum|mom|dad|counsell?or|therapist|"
    r"anyone|anybody|them|him|sisters?|brothers?|parents|colleagues|co ?workers|workmates|neighbou?rs|kids|children|son|daughter|nan|gran|grandma)"
)
_INJURY = (
    r"(?:black eyes?|bruises?|bruising|injur(?:y|ies)|cuts?|burns|marks|scars|broken (?:arm|wrist|nose|ribs?|finger|"
    r"jaw|tooth|teeth)|split lip|fat lip|fractures?|stitches|concussion|scratches|welts|shiner|eye|ribs|wrist|nose)"
)
# Marks that are grades: "my exam marks" (only so named: "my marks" alone may be either, heard as an injury).
_GRADED = (
    r"(?:exam|test|school|report|course|maths|math|english|science|essay|homework|coursework|uni|university|final|mock)"
)
# Rage at being unwatched: "goes mad if I'm late", "gets angry when I don't answer".
_RAGE = (
    r"(?:goes|go|went|gets|get|got) (?:mad|mental|crazy|ballistic|nuts|berserk|spare|off|wild|angry|furious|violent|"
    r"nasty|aggressive|physical)|flips(?: out)?|flipped|kicks off|kicked off|loses it|lost it|explodes|exploded|blows "
    r"up|blew up|freaks out|freaked out|rages|screams|screamed|shouts|shouted|yells|yelled|snaps|snapped|turns nasty"
)
# Who is waited out: the partner, never "the baby" or "the kids" put to bed.
_SLEEPER = r"(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|hubby|missus|dad|father|stepdad|mum|mom))"

HIDING = [
    # Hiding from the partner, told lightly ("busy hiding from my husband, as usual": tester-voice27); the
    # plain "I was hiding from" is skill/distress.py's.
    rf"\b(?:i am|we are|i was|we were|i have been|we have been|i had been)(?: (?:busy|too busy|always|still|just|"
    rf"basically|mostly|usually|constantly|again|literally|out))* hiding (?:away )?from {_FROM}{_NOT_PLAY}",
    # Kept locked in by the partner: "he had me locked in again" (tester-voice27).
    rf"\b(?:he|she|{PARTNER})(?: (?:has|had|just|always|often|sometimes|again))* (?:had|has|got|gets|kept|keeps) (?:me|us|"
    r"me and the kids|the kids and me) locked (?:in|inside|up|away)\b(?! (?:(?:in|into) )?(?:a |an |the )?(?:meetings?|talks|"
    r"negotiations?|contracts?|deals?|escape rooms?|games?|debates?|arguments?|conversations?)\b)",
    # Locked or hidden away because of someone: "I lock myself in the spare room most nights because of him".
    rf"\b(?:lock|locks|locked|locking|shut|shuts|shutting|barricade|barricades|barricaded|barricading|hide|hides|hid|"
    rf"hiding) (?:myself |me |us |me and the kids |the kids and me |the kids and i )?(?:away )?(?:in|into|inside|under) "
    rf"(?:the |my |a |our )?(?:\w+ ){{0,2}}?{_REFUGE}\b(?: [\w']+){{0,6}}? (?:because of|from|away from|to get away "
    rf"from|to escape|to avoid|to stay away from|to keep away from) {_FROM}{_NOT_PLAY}",
    # Hid from the partner, then where: "I hid from him in the car all night" (tester-voice27).
    rf"\b(?:i|we) (?:(?:had to|have to|often|always|just|sometimes|usually|would|used to) )?(?:hid|hide|hides) "
    rf"(?:myself |ourselves )?(?:away )?from (?:him|her|them|{PARTNER}) (?:in|inside|under) (?:the |my |a |our )?"
    rf"(?:\w+ )?{_REFUGE}\b{_NOT_PLAY}(?!.*\bto (?:smoke|vape|have a|eat|finish|wrap|watch|play|read|nap|call|surprise)\b)",
    # Fled from a car or a house: "I jumped out of the car to get away from him".
    rf"\b(?:jumped|jump|jumping|leapt|leaped|threw myself|climbed|climb|climbing|ran|run|running|escaped|fled|got|"
    rf"bailed) out (?:of )?(?:the |a |his |her |their |my |our )?(?:moving |bedroom |bathroom |back |front )?(?:car|"
    rf"van|truck|ute|taxi|cab|vehicle|window|house|flat|apartment|home)\b(?: [\w']+){{0,4}}? (?:to (?:get away|escape|"
    rf"run|hide)|away) from {_FROM}",
    r"\b(?:jump|jumps|jumped|jumping|leapt|leaped|threw myself|throw myself) (?:out )?(?:of|from) (?:a|the|his|her|"
    r"their|our|my) (?:still )?moving (?:car|van|truck|ute|vehicle|taxi)\b",
    # A lie told to a carer about an injury: "I had to lie to the nurse about my black eye".
    rf"\b(?:lie|lies|lied|lying|make up (?:a story|stories|excuses)|made up (?:a story|stories|excuses)|making up "
    rf"(?:a story|stories|excuses)|make excuses|made excuses|making excuses|cover story|explain away|explained away) "
    rf"(?:to )?(?:the |my |a |our |his |her )?(?:{_CARER} )?(?:about|over) (?:(?:how|where) i got |where |how )?"
    rf"(?:my |the |her |his |their |these |those |this |that )?(?!{_GRADED} )(?:\w+ )?{_INJURY}\b(?! (?:drops|test|exam|appointment|"
    r"surgery|chart)\b| (?:to|in) (?:the |my |our )?(?:budget|hair|fringe|funding|hours|pay|wages|team|staff|prices)\b| on "
    r"(?:the|my|our|his|her|their) (?:car|wall|walls|floor|table|carpet|door|sofa|couch|paper|screen|bike)\b)",
    # A cover story told as a habit (tester-voice29): "I tell my mum the marks are from the gym". A neck hidden
    # under a scarf is skill/distress_in_other_words.py's: a body part kept covered so nobody sees.
    rf"\bi (?:always |usually |just |have to |had to )?tell (?:the |my |our )?{_CARER} (?:that )?(?:the |my |these |those "
    rf")?{_INJURY} (?:are|is|come|came|were|was) from\b",
    # A cover story kept up (tester-voice30): "just another week of pretending the bruises are from netball".
    rf"\b(?:i am |i have been |i was |just |of )?(?:pretending|pretend|pretended|making out|make out|made out|acting like)"
    rf"(?: that)? (?:the |my |these |those |all the )?{_INJURY}(?: on my (?:\w+ )?(?:arms?|legs?|neck|face|back|wrists?|cheek|chest|ribs|shoulders?|hands?|thighs?|stomach))? (?:are|is|were|was|came|come) from\b"
    r"(?!.*\b(?:really (?:are|is|were|was)|actually (?:are|is|were|was))\b)",
    # A watch kept with rage: "he watches my location all day and goes mad if I'm late".
    rf"\b(?:watches|watched|watching|checks|checked|checking|tracks|tracked|tracking|monitors|monitored|monitoring|"
    rf"stalks|follows|looks at|goes through|reads) (?:where i am|who i (?:am with|see|text|talk to)|my (?:\w+ )?"
    rf"(?:location|whereabouts|gps|phone|messages|texts|calls|spending|receipts|bank|emails|movements|every move|"
    rf"mileage))\b(?: [\w']+){{0,5}}? (?:and |then )?(?:{_RAGE})\b(?: [\w']+){{0,3}}? (?:if|when|whenever|every time|"
    r"because) (?:i|my)\b",
    # Home only once the danger sleeps: "I only go back in once he's asleep", "I wait in the car till she passes out".
    rf"\b(?:only|never|don't|do not|won't|will not|can't|cannot) (?:go|come|get|dare go) (?:back )?(?:in|inside|home|"
    rf"indoors)(?: [\w']+){{0,2}}? (?:once|until|till|unless|before|when) {_SLEEPER}(?:'s|s| "
    r"is| are|'re) (?:asleep|passed out|gone to bed|in bed|out cold|sober|calmed down)\b(?!.*\bwake\b)",
    rf"\b(?:wait|waits|waited|waiting|sit|sits|sat|sitting|stay|stays|stayed|staying|sleep|sleeps|slept) (?:outside|out|"
    rf"in the car|in the garden|in the shed|at the end of the road|round the block|in the garage)(?: [\w']+){{0,2}}? "
    rf"(?:until|till|til) {_SLEEPER}(?:'s|s| is| are|'re)? (?:asleep|passed out|gone to bed|out cold|"
    r"sobers up|sobered up|calms down|calmed down|falls asleep|fell asleep|goes to sleep|went to sleep)\b",
]
