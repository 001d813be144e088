"""Signs told sideways (tester-voice31, 2026-12-05, on main ebde39a): a burden tired of being one, a day
got through "without wanting to disappear", things given away ("my guitar and all my books today"),
always the one who ends up in A and E, shoes hidden so I could not go, no anger "when I spent money,
first time in months", a gun wanted quickly, bruises fading nicely, touched by a stepfather while mum is
at work, the police called on us again.

Each needs its frame; the everyday beside them stays quiet: a burden on my parents' rent, a day without
wanting chocolate, books given to the library, A and E with the kids, shoes hidden by the puppy, a gun
licence, bruises from rugby fading, a tap on the shoulder, the police called about a party.
"""

from __future__ import annotations

from .distress_vocab import FAMILY, PARTNER

# Not vocab's PARTNER_AS_HE_OR_SHE: these signs are told of family too (a stepfather's touch).
_ONE_CLOSE = rf"(?:he|she|{PARTNER}|{FAMILY})"
_GIVEN_FOR = (
    r"(?!.*\b(?:charity|charities|op shop|thrift|library|school|church|moving|move|declutter\w*|garage sale|car boot|"
    r"nephew|niece|neighbour\w*|neighbor\w*|cousin|grandkids|to make room|donat\w*|raffle)\b)"
)
_HURT_AS_SPORT = (
    r"(?!.*\b(?:rugby|football|footy|netball|hockey|soccer|gym|training|match|game|surgery|operation|fell|fall|tripped|"
    r"bike|skiing|skate\w*|climbing|accident|clumsy|injection|vaccine|blood test|biopsy|jab)\b)"
)

_FACE = r"(?:face|eyes?|cheek|cheekbone|lip|lips|mouth|jaw|nose|forehead|temple|eye socket|neck|throat)"

SIDEWAYS_SIGNS = [
    # A burden: "I'm just tired of being a burden".
    r"\b(?:tired of|sick of|i hate|done with|exhausted from) being (?:a|such a|the|everyone'?s|everybody'?s) burden\b"
    r"(?!.*\b(?:rent|money|financially|bills|lift|lifts|chores|driving)\b)",
    r"\bi am (?:just |only |such |nothing but )?a burden (?:to|on) (?:everyone|everybody|you all|my family|him|her|them|"
    r"the kids|people|the people i love)\b(?!.*\b(?:rent|money|financially|bills|lift|lifts|chores)\b)",
    # The day got through without the wish: "I got through the day without wanting to disappear".
    r"\bwithout (?:wanting|trying|the urge|planning|thinking about (?:wanting )?|wishing) (?:to )?(?:disappear|die|hurt myself|"
    r"harm myself|end it|end it all|kill myself|cut(?: myself)?|self harm|jump|vanish|not be here|not wake up)\b"
    r"(?! (?:into|under|from|for a)\b)",
    # Things given away: "I gave away my guitar and all my books today".
    rf"^{_GIVEN_FOR}.*\b(?:gave|given|giving|give) away (?:(?:my|all my) \w+ and )?(?:all (?:of )?my|everything|most of my) "
    r"(?:\w+ )?(?:books|things|stuff|belongings|possessions|clothes|records|tools|games|jewellery|jewelry|art|paintings|plants|"
    r"vinyl|photos|savings|treasures)\b",
    # Always the one in A and E: "I'm always the one who ends up in A and E".
    r"\b(?:always|every time it is|it is always) (?:me|the one) (?:who |that )?(?:end|ends|ending) up in (?:a and e|a e|the er|er|"
    r"the emergency room|emergency|casualty|(?:the )?hospital)\b(?! with\b)"
    r"(?!.*\b(?:clumsy|rugby|football|skate\w*|sport|climb\w*|bike|migraine|asthma|diabet\w*|allerg\w*)\b)",
    # Kept in by hidden shoes or keys: "I didn't go because he hid my shoes again".
    rf"\bi (?:did not|could not|can not|cannot|was not able to) (?:go|leave|get out|make it|get to \w+)\b.*\bbecause "
    rf"{_ONE_CLOSE} (?:\w+ )?(?:hid|hides|hidden|took|takes|kept|keeps|locked|locks|threw|binned) (?:away )?my (?:shoes|"
    r"keys|car keys|coat|phone|wallet|purse|passport|bank card|cards?|money|glasses|crutches|wheelchair)\b",
    # No anger for once: "Sam didn't get angry when I spent money today, first time in months".
    r"\b(?:did not|didn't) (?:get angry|get mad|go mad|go off|lose it|shout|yell|scream|explode|kick off|blow up|"
    r"hit me|lash out|punish me|lose (?:his|her) temper)\b(?: at me)? (?:when|after|because|even though) i\b.*\b(?:first time|"
    r"for once|miracle|in months|in weeks|in years)\b",
    # A gun wanted quickly: "how do I get a gun quickly".
    r"\b(?:how|where) (?:do|can|could|would) i (?:get|buy|find|obtain|get hold of) (?:a |some )?(?:gun|firearm|pistol|handgun|"
    r"rifle|shotgun|poison|cyanide)\b(?: \w+){0,2} (?:quickly|quick|fast|today|tonight|right now|without anyone knowing|"
    r"secretly|illegally|no questions asked|without a (?:licence|license|permit|background check))\b",
    # Bruises fading, told as good news: "honestly the bruises are fading nicely", "the swelling round my eye has
    # nearly gone down now". Swelling is a blow's only on the face ("on my ankle" is a sprain healing).
    rf"^{_HURT_AS_SPORT}.*\b(?:the|my) (?:(?:bruises?|black eyes?|marks|welts|cuts?|split lip)(?: on my (?:\w+ )?\w+)?|"
    rf"swelling(?: (?:on|round|around|under|over|by) my (?:\w+ )?{_FACE})?) (?:are|is|has|have) (?:\w+ )?(?:fading|healing|"
    r"going down|gone down|turning yellow)(?: nicely| well| fast| now| at last| finally)?(?= *$)",
    # Touched while the other parent is out: "my stepdad touches me when mum's at work".
    rf"\b{_ONE_CLOSE} (?:\w+ )?(?:touches|touched|feels|felt|gropes|groped) me (?:up )?(?:when|while|whenever) (?:mum|mom|"
    r"mother|mummy|mommy|dad|nobody|no one|everyone|the others|she|he)(?:'s| s| is| are| was| were)? (?:at work|out|asleep|away|"
    r"not home|not there|not looking|gone|at the shops|on night shift|on nights)\b",
    # The police called on us again.
    r"\b(?:the )?(?:neighbours|neighbors|next door|someone|somebody) (?:called|rang|phoned) (?:the )?(?:cops|police) on (?:us|"
    r"me|him|her)\b(?: again| twice| last night| this week)?(?!.*\b(?:party|music|dog|dogs|noise|parking|car|bins?)\b)",
]
