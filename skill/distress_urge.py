"""The speaker's own urge or act of harm to the partner or the children (issue 8: an independent
tester's "I was so angry I wanted to hurt her, I was stood there holding the knife" was saved as a
moment of reliability and a setback's trigger), read by skill/distress.py. It gets the same help
as harm done to the speaker: nothing is kept as a promise, a moment or a trigger.

"I" does the act here, so the everyday senses are of the act: a game or a joke ("I beat her at
chess", "I could kill for a coffee", "I could have killed him for forgetting the milk"), feelings
("I wanted to hurt her feelings"), a knife at work in the kitchen ("holding the knife while I
chopped onions", "raised the knife to cut the cake"), a near miss with a thing ("nearly hit the
kerb"). An idiom of killing said with a real hand or weapon ("my hands on his throat") is heard.
"""

from __future__ import annotations

from .distress_vocab import HERS, PARTNER, SCORE

# Those the speaker could hurt at home.
_THEM = (
    rf"(?:him|her(?! {HERS}\b)|them|{PARTNER}|(?:my|our|the) (?:son|daughter|kids|children|child|baby|babies|boy|girl|little "
    r"one|little ones|toddler|stepson|stepdaughter|youngest|eldest)|my (?:wife|husband|partner))"
)
# Everyday objects of these verbs after the person: feelings, a game, a joke, a playful throw.
_NOT_HARM = (
    r"(?!'s| s\b| (?:feelings?|pride|ego|chances|trust|heart|back|up|out|off|at (?:chess|cards|\w+ball|tennis|"
    r"golf|pool|darts|scrabble|monopoly|the game|(?:a |the )?(?:race|game|quiz))|with (?:a |the |my )?(?:pillow|"
    r"cushion|snowball|water balloon|ball|towel|car|car door|door|trolley|pram|bike|bag)|for (?:forgetting|"
    r"eating|being|leaving|not|that|saying|doing|taking|using|it|this|the)|to it|in (?:the )?(?:race|game|"
    r"final|quiz)|a (?:text|message|call|email|line)|on the (?:arm|shoulder)|into \w+ing|(?:\w+ ){0,4}(?:as a joke|playfully|jokingly|for "
    rf"fun|in fun|messing (?:about|around)|mucking (?:about|around))|{SCORE})\b)"
)
# Killing and strangling are said of the everyday often: "I could kill him when he snores".
_IDIOM = r"(?:kill|killed|killing|strangle|strangled|strangling|throttle|throttled|throttling|murder|murdered)"
_WHEN = r"(?! (?:\w+ ){0,2}(?:when|whenever|if|because|every time|for) (?:he|she|they|it)\b)"
_HURT = (
    r"(?:hurt|harm|hit|hitting|choke|stab|punch|slap|beat|smash|shove|kick|poison|smother|"
    r"suffocate|drown|shake|attack|batter|bash|belt|thump|whack|wallop|burn|run over|push)"
)
_URGE = (
    r"(?:wanted|want|wanting|was going|was about|was ready|was tempted|am tempted|feel like|felt like|came close|"
    r"come close|was this close|was so close|thought about|think about|keep thinking about|have thought about|"
    r"been thinking about|fantasi[sz]e about|imagine|imagined|keep imagining|started|tried|went|am going|"
    r"was going|nearly|almost|could have|could|might)"
)
# Blows aimed at a face or a head, and the face or head they land on.
_BLOW = (
    r"(?:smash|bash|punch|kick|thump|whack|smack|deck|headbutt|knock|break|beat|rip|claw)(?:ing)?|slap(?:ping)?|hit(?:ting)?|"
    r"slam(?:ming)?|cav(?:e|ing)|stamp(?:ing)? on|stomp(?:ing)? on"
)
_BLOW = f"(?:{_BLOW})"
_SOMEONE = r"(?!(?:the|a|an|this|that|it|my|our|his|her|their|air|wall|door|pillow|bag)\b)[a-z]+"
_BODY = r"(?:face|head|skull|teeth|jaw|nose|brains?|mouth|throat)"
_DID = (
    r"(?:hit|punched|slapped|kicked|choked|strangled|throttled|smothered|suffocated|beat|smacked|belted|whacked|"
    r"bashed|battered|thumped|walloped|headbutted|stabbed|bit|burned|burnt|shook|shoved|scalded|poisoned|"
    r"elbowed|kneed|backhanded)"
)
_WEAPON = (
    r"(?:knife|knives|kitchen knife|bread knife|carving knife|scissors|bat|cricket bat|baseball bat|hammer|gun|"
    r"rifle|shotgun|pistol|axe|machete|blade|screwdriver|iron bar|crowbar|bar|pan|frying pan|chopper|cleaver|"
    r"belt|stick|lathi|chappal|shoe|pillow)"
)
_CHORE = (
    r"(?! (?:\w+ ){0,3}(?:to (?:cut|chop|slice|carve|peel|spread|butter|open|fix|hang|trim|snip|shave|sharpen)|while i|"
    r"chopping|cooking))"
)

URGE = [
    # Wanted, nearly, could: "I wanted to hurt her", "I nearly hit her", "I was about to stab him".
    rf"\bi (?:\w+ ){{0,2}}{_URGE} (?:to |so |of |about )?(?:really |just )?{_HURT}(?:ing|ed)? {_THEM}\b{_NOT_HARM}",
    rf"\bi (?:\w+ ){{0,2}}{_URGE} (?:to |so |of |about )?(?:really |just )?{_IDIOM} {_THEM}\b{_NOT_HARM}{_WHEN}",
    # Done: "I pushed her down the stairs", "I choked her until she went quiet", "I shook the baby".
    rf"\bi (?:(?!(?:we|they|he|she|you|could|would|might)\b)\w+ ){{0,3}}{_DID} {_THEM}\b{_NOT_HARM}(?! (?:at|in (?:the )?(?:race|game)|by \w+ points)\b)",
    rf"\bi (?:\w+ ){{0,2}}(?:pushed|shoved|threw|slammed|dragged|pinned|grabbed|knocked|flung) {_THEM} (?:down|"
    r"against|into(?! \w+ing)|onto|by (?:the|her|his|their) (?:hair|throat|neck|arm|arms)|across|to the (?:floor|ground)|"
    r"off the|out of the (?:car|window)|over the)\b(?! (?:\w+ ){0,3}to (?:stop|save|help|catch|steady|keep|get|pull) )",
    r"\bmy hands? (?:were |was )?(?:around|round|on|at) (?:his|her|their|my (?:wife|husband|partner|son|daughter) s|"
    r"the baby s) (?:neck|throat)\b",
    # A weapon taken up near them: "holding the knife standing over him", "went after him with the bat".
    rf"\bi (?:\w+ ){{0,3}}(?:holding|held|had|picked up|grabbed|got|took|raised|pulled|brandished|waved) (?:out )?"
    rf"(?:a |the |my |his |her |our |dad s )?(?:\w+ )?{_WEAPON}\b{_CHORE}(?: \w+){{0,6}} (?:at|over|after|towards|"
    rf"toward|near|to|against|in front of|behind) {_THEM}\b{_NOT_HARM}",
    rf"\bi (?:\w+ ){{0,3}}(?:went|came|ran|go|going|started) (?:after|for|at) {_THEM} with (?:a |the |my )?(?:\w+ )?"
    rf"{_WEAPON}\b",
    rf"\bi (?:\w+ ){{0,2}}(?:picked up|grabbed|got|took|pulled) (?:a |the |my )?(?:\w+ )?{_WEAPON} (?:\w+ ){{0,3}}"
    rf"and (?:went|came|ran|go|started) (?:after|for|at) {_THEM}\b",
    rf"\b(?:so angry|furious|in a rage|lost it|lost my temper|saw red)\b(?: \w+){{0,8}} (?:{_WEAPON}) in my hands?\b",
    r"\bi (?:got|took|pulled|fetched|grabbed) (?:the|my|a|his|her|dad s) (?:gun|rifle|shotgun|pistol|machete|axe) "
    r"out\b(?! (?:\w+ ){0,3}(?:to (?:shoot|deal with|clean|put down|sell)|for (?:the )?(?:hunting|range|season|fox|"
    r"rabbits|pigs|club)))",
    rf"\bi (?:threw|chucked|hurled|flung|lobbed|launched) (?!(?:\w+ ){{0,2}}(?:keys|ball|pillows?|cushions?|towel|"
    r"socks?|snowballs?|frisbee|kiss|glance|look|smile|wink|tantrum|wobbly|fit|party|questions?|jokes?|"
    rf"compliments?)\b)(?:\w+ ){{0,3}}at {_THEM}(?: head| face)?\b"
    r"(?<!pillow at him)(?<!pillow at her)(?! (?:to catch|playfully|for fun|as a joke|so (?:he|she|they) could|and (?:he|she) (?:caught|"
    r"laughed)))",
    # Worse to come, or suffering meant in the body.
    rf"\b(?:wanted|want|wanting|going|ready) to do (?:worse|something worse|real damage|more damage|something "
    rf"(?:i would regret|terrible|awful|violent)) to {_THEM}\b|\bi (?:\w+ )?wanted to do worse\b",
    rf"\b(?:make|making) {_THEM} (?:bleed|suffer physically|hurt physically)\b|\bmake {_THEM} suffer\b(?: \w+){{0,5}} "
    r"physically\b",
    rf"\b(?:poison|poisoning|poisoned|spike|spiking|spiked) (?:his|her|their|{_THEM}) (?:tea|coffee|food|drink|"
    r"dinner|meal|wine)\b",
    r"\b(?:smash|smashing|cave|caving|kick|kicking|bash|bashing|beat|beating|punch|punching) (?:his|her|their) "
    r"(?:head|face|skull|teeth) in\b",
    # Their face or head, wanted: "I feel like smashing Sam's face in", "punching him in the face".
    # A name not known yet is a person too ("sam's face", "punching sam in the face").
    rf"\bi (?:\w+ ){{0,2}}(?:feel|felt|{_URGE}) (?:to |so |of |about )?(?:really |just )?{_BLOW} (?:(?:his|her|their|{PARTNER} is|"
    rf"{PARTNER} s|[a-z]+'s) (?:stupid |smug |lying |ugly |bloody |fucking )?{_BODY}|(?:{_THEM}|{_SOMEONE}) (?:in|on) (?:the )?"
    rf"{_BODY})\b",
    # Told "I'd kill her" and meant it.
    rf"\b(?:told|tell|said to) {_THEM} (?:that )?i (?:would|will|am going to|d|ll) (?:kill|hurt|stab|strangle) "
    rf"{_THEM}\b(?: \w+){{0,3}} (?:and i (?:meant|mean) it|and i (?:will|would))",
    r"\b(?:scared|afraid|frightened|terrified) of (?:myself|my own (?:temper|anger|rage|hands))\b(?! (?:on|in) "
    r"(?:the )?(?:camera|video|photos?|mirror|recordings?))",
    r"\bi (?:think i )?could (?:really )?hurt (?:someone|somebody|them|him|her) (?:and|so|badly)\b",
]
