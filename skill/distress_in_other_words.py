"""Harm said in other words (tester-voice33, 2026-12-06, on lead3; the fights left on the floor, the door walked
into "so clumsy" and the threats of a grave are skill/distress_covered_up.py's): a body part kept covered "so nobody
asks" without the word bruise, an injury still hurting laughed off as "clumsy me", the phone watched by
an app "I didn't put there" or a location shared because "she made me", each saved as a small win and
read back as "worth noticing".

Each needs its frame; the everyday beside them stays quiet: a scarf "because it was freezing", sleeves
"so nobody sees my tattoo", "stubbed my toe, clumsy me", ribs sore "from Saturday's rugby", locations
shared "we agreed", an app the app store made me share my location for.
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, CLOSE, PARTNER_AS_HE_OR_SHE, PARTNER_AS_HE_SHE_OR_THEY, PARTNER_AS_HIM_OR_HER

# Where a mark shows: what a scarf, a sleeve or dark glasses are kept on to hide.
_BODY = (
    r"(?:neck|throat|arms?|wrists?|face|eyes?|cheeks?|jaw|lips?|legs?|back|shoulders?|chest|ribs|thighs?|hands?|"
    r"upper arms?)"
)
# What covers it.
_COVER = (
    r"(?:a |my |the |those )?(?:scarf|scarves|turtle ?necks?|polo ?necks?|roll necks?|high necks?|long sleeves|"
    r"sunglasses|dark glasses|(?:a )?hoodie|foundation|concealer|make ?up)"
)
# Whoever might see it: "so nobody asks", "so the kids don't see", "so my mum doesn't notice".
_SEEN = (
    r"so (?:that )?(?:no one|nobody|noone|people|anyone|they|the kids|the children|(?:my|our|the) \w+)(?: at work)?"
    r"(?: can not| will not| would not| does not| do not| did not| can| will| would| never)? (?:see|sees|notice|"
    r"notices|spot|spots|ask|asks|stare|stares|find out|finds out|comment|comments)\b"
)
# Covered for what is no harm: a tattoo, a skin complaint, grey roots, the cold or the sun.
_NOT_VAIN = (
    r"(?!.*\b(?:tattoos?|ink|eczema|psoriasis|rash|acne|spots|pimples?|zits?|freckles|moles?|grey|gray|roots|"
    r"wrinkles|dark circles|bags|tired|hungover|hangover|sunburn|tan lines?|love bites?|hickeys?|cold|freezing|chilly|sun|hay ?fever|"
    r"surgery|operation|stitches from|scar from (?:my|the) (?:op|operation|surgery|c ?section)|hair ?cut|fake tan)\b)"
)
# Hurt from something named: a sport, a hobby, a job, a fall at the gym.
_NOT_SPORT = (
    r"(?!.*\b(?:rugby|football|footy|soccer|netball|hockey|cricket|gym|training|yoga|pilates|running|run|climbing|"
    r"bike|cycling|skiing|skating|horse|riding|trampoline|surfing|match|game|garden|gardening|digging|moving house|"
    r"lifting|dog|the kids|surgery|operation|dentist)\b)"
)
# Laughed off: "clumsy me", "silly me", "so clumsy", "typical me".
_LAUGHED_OFF = r"(?:clumsy me|silly me|stupid me|so clumsy|such a klutz|clumsy as ever|typical me|me and my clumsiness)"

# A fall or a door told as the story: "I said I fell off my scooter so nobody would ask questions".
_STORY = r"i (?:fell(?! asleep| behind| for| out| in love| off the wagon)|slipped|tripped|walked into|ran into|bumped into|banged (?:it|my \w+)|hit (?:it|my \w+)|burnt|burned)"
# The story told as the one everyone hears: "fell down the stairs again, that's what I tell everyone".
_WHAT_I_TELL = r"(?:that|which|this) is what i (?:tell|told|say to|said to|keep telling) (?:people|everyone|everybody|them|(?:the|my) \w+)\b"
_TOLD = r"\bi (?:told|tell|said|say|had to tell|have to tell|had to say|keep telling|always tell)\b"
_LEFT_ME = r"(?:i would|i will|i am going to|i would end up|i will end up|i am gonna)"
_WONT_LET_ME = r"(?:will not|would not|does not|did not|never) let me"
_GO = r"(?:leave|left|walk out|walked out|tell|told|go|went|talk|talked|speak|spoke|report|call|called)"
_IN_A_GRAVE = r"(?:six feet under|pushing up (?:the )?daisies|in (?:my|a) (?:grave|coffin|body bag|box)|in the ground)"

IN_OTHER_WORDS = [
    # The story told so nobody asks (tester-voice34): "I told them at work I fell off my bike, so they wouldn't ask".
    rf"{_TOLD}(?: [\w']+){{0,5}}? (?:that )?{_STORY}\b(?: [\w']+){{0,6}}? so (?:that )?(?:no one|nobody|they|people|"
    r"anyone|she|he|(?:my|the) \w+)(?: would not| will not| does not| did not| would| will| never)? (?:ask|asks|"
    r"ask questions|find out|finds out|know|knows|suspect|suspects|notice|notices|see|question)\b",
    # The door, as the story one has to tell: "I had to tell the school nurse I walked into a door" (told once
    # and laughed about with a sister, it may be true: tests/skill/distress_tester19.py).
    r"\bi (?:had to tell|have to tell|had to say|keep telling|always tell)\b(?: [\w']+){0,4}? (?:that )?i "
    r"(?:walked|walk|ran|bumped|banged) into (?:a|the) (?:door|doorframe|door frame|cupboard door)\b",
    # Clumsiness as the story: "I keep telling everyone I'm just clumsy".
    rf"{_TOLD} (?:everyone|everybody|people|them|work|(?:my|the) \w+)(?: at work| at school)?(?: that)? i am (?:just |so |really )?"
    r"(?:clumsy|accident prone)\b(?! (?:at|with|in|when)\b)",
    # Covered with make-up so someone would not see: "I put extra make-up on so my mum wouldn't notice my cheek".
    rf"^{_NOT_VAIN}.*\b(?:put|putting|slapped|covered (?:it|them|(?:the|my) \w+)(?: up)? with) (?:on )?(?:extra |more |"
    rf"some |loads of |heavy )?{_COVER}(?: on)?\b(?: [\w']+){{0,4}}? {_SEEN}",
    # The fall or the door as what everyone is told (safety47): "fell down the stairs again, that's what I tell people".
    rf"(?:^|\bi |\b{_LAUGHED_OFF} ){_STORY.removeprefix('i ')}\b.*\b{_WHAT_I_TELL}",
    r"\bi (?:say|said|tell (?:people|everyone|them))(?: that)? i am (?:just |so |really )?(?:clumsy|accident prone) when (?:\w+ )"
    r"{1,3}?(?:ask|asks|asked|see|sees|notice|notices) (?:about )?(?:the|my) (?:\w+ )?(?:bruises?|marks|black eyes?|cuts)\b",
    # A tracker turned off in secret: "without him finding out I turned off the tracker".
    rf"\bwithout {PARTNER_AS_HIM_OR_HER} (?:finding out|knowing|noticing)(?: that)? i (?:turned|switched) off (?:the|his|"
    r"her|my) (?:tracker|tracking(?: app)?|location(?: sharing)?|gps)\b",
    # Location sharing not mine to turn off: "he won't let me turn it off", "locked it so I can't switch it off".
    rf"\blocation\b.*\b(?:(?:{PARTNER_AS_HE_OR_SHE} )?{_WONT_LET_ME}|so i (?:can not|could not|cannot)) (?:turn|switch) "
    r"(?:it|that|them|sharing) off\b",
    rf"\b{PARTNER_AS_HE_OR_SHE} {_WONT_LET_ME} (?:turn|switch) (?:off )?(?:my location|location sharing|the tracker|the "
    r"tracking|my gps)\b",
    # A grave, threatened for leaving or telling: "he reckons I'll be pushing up daisies if I leave".
    # Or "before he lets me have the kids", a joke made of it, the leaving said first (safety47).
    rf"\b{CLOSE} (?:said|says|reckons|told me|swore|swears|threatened|keeps saying|jokes|joked)(?: that)? {_LEFT_ME} (?:be |end up )?"
    rf"{_IN_A_GRAVE}\b(?: [\w']+){{0,3}}? (?:if i (?:ever )?{_GO}|before (?:he|she|they) (?:lets?|allows?) me)\b",
    rf"\bif i (?:ever )?{_GO} (?:him|her|them|my \w+)\b(?: [\w']+){{0,3}}? {_LEFT_ME} (?:be |end up )?{_IN_A_GRAVE}\b.*\b{CLOSE} "
    r"(?:said|says|reckons|told me|swore|threatened|keeps saying|jokes)\b",
    # The phone searched for proof of someone else: "he goes through my phone photos to find pictures of other men".
    rf"\b{CLOSE} (?:goes|went|keeps going|go|is always going) through my (?:phone|photos|messages|texts|emails)(?: \w+)? "
    r"(?:to find|looking for|for) (?:pictures|photos|messages|texts|evidence|proof) of (?:other (?:men|women|guys|"
    r"girls|blokes)|my ex)\b",
    # The children taken where I would never find them: "she'll take the baby to her parents' country and I'll never
    # find them".
    rf"\b{CLOSE} (?:said|says|told me|threatened|threatens|swore|keeps saying)(?: that)? (?:he|she|they) (?:will|would|"
    r"is going to|was going to) take (?:the|my|our) (?:baby|kids|children|child|son|daughter|little ones?)\b.* i (?:will|"
    r"would) never (?:find|see) (?:them|him|her|the \w+|my \w+)\b(?! in the (?:crowds?|queues?|maze|dark)\b)",
    # Spat at: "sam spat at me and called me a whore" (the partner, never a llama or a baby).
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:spat|spit|spits|spitting|gobbed) (?:at|on|in) (?:me|my face|my food)\b",
    # Better off gone: "I'd be better off gone for good", said with a word of weight: "I'd honestly be better off gone".
    r"\bi (?:would|will) (?:(?:honestly|really|just|probably|genuinely|truly|seriously|definitely|actually) )?be (?:so |much )?"
    r"better off (?:gone|dead|not here|not around)(?: for good| forever| for ever)?(?: *$| now\b)",
    # A body part kept covered so nobody sees: "I keep my arms covered so nobody sees", "I've started wearing
    # a scarf in summer so nobody asks about my neck", "sunglasses indoors so the kids don't see my eye".
    rf"^{_NOT_VAIN}.*\b(?:wear|wears|wore|wearing|keep|keeps|kept|keeping|use|used|using|put on|putting on) (?:"
    rf"{_COVER}|(?:my|the) {_BODY} (?:covered|hidden|covered up))\b(?: [\w']+){{0,4}}? {_SEEN}",
    # Make up that covers "it", the mark left unnamed: "make up covers most of it".
    rf"^{_NOT_VAIN}(?:.* )?{_COVER} (?:covers|covered|hides|hide|hid|does not cover|can not cover)(?: (?:most|all|the worst|"
    r"some) of)? it\b(?: (?:now|mostly|just about|nearly|again|today|these days))?(?: *$| but\b| if\b| so\b)",
    # Still hurting, laughed off, the day unnamed: "my ribs still hurt from Saturday, clumsy me".
    rf"^{_NOT_SPORT}.*\bmy {_BODY} (?:is |are )?(?:still |really )?(?:hurt|hurts|ache|aches|sore|killing me|"
    rf"throbs|black and blue)\b.*\b{_LAUGHED_OFF}\b",
    # An app on the phone not put there by me: "I found an app on my phone I didn't put there".
    # Not one explained after (safety47): "... I didn't download, it was the bank's update".
    r"^(?!.*\b(?:it was|it is|turns out it was|turned out it was|turned out to be) (?:just )?(?:the|a|an|my) (?:[\w']+ ){0,2}"
    r"(?:update|upgrade)\b).*\b(?:found|find|noticed|notice|spotted|there is|there was) (?:an? |some |this |another )?(?:\w+ )?(?:app|"
    r"application|program|programme|software|tracker|tracking app|something) (?:on|in) my (?:phone|mobile|laptop|"
    r"computer|tablet|ipad|car)\b(?: [\w']+){0,2}? (?:that )?i (?:did not|never|do not remember|can not remember|"
    r"have never) (?:put|install(?:ed|ing)?|download(?:ed|ing)?|add(?:ed|ing)?|set up)\b",
    # Where I am checked on an app every few minutes (safety47): "checks where I am on the app every ten minutes".
    rf"(?:^|\b{CLOSE} )(?:checks|tracks|watches|monitors|looks up|keeps checking|is always checking) where i am on (?:[\w']+ )"
    r"{1,3}?(?:every (?:\w+ )?(?:minutes?|hours?|half hour)|all day(?: long)?|all night|constantly|non ?stop)\b",
    # Made to share where I am: "she made me share my location", "he makes me keep my location on".
    rf"\b{CLOSE}(?: [\w']+){{0,2}}? (?:made|makes|make|forced|forces|force|is making) me (?:to )?(?:share|turn on|switch "
    r"on|keep on|leave on|keep|leave) (?:my )?(?:live )?(?:location|find my (?:phone|iphone|friends)|gps|location "
    r"sharing)\b",
]
