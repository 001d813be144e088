"""Harm covered up or told lightly (tester-voice32, 2026-12-05, on lead2): bruises kept covered "so nobody
asks", "I walked into a door again, ha ha, the usual", a fight that left me on the floor "but we're good now",
something installed on my phone so he knows everything I say, and a threat said with "murder" ("he said he could
murder me").

Each needs its frame; the everyday beside them stays quiet: rugby bruises covered for the photos, a glass
door walked into once, a pillow fight that ended on the floor laughing, an app installed to share the
shopping list, "she'll murder me if I forget the milk".
"""

from __future__ import annotations

from .distress_vocab import CLOSE, OOPS, PARTNER_AS_HE_SHE_OR_THEY, SLIP_TOLD

_INJURY = r"(?:bruises|bruise|bruising|black eyes?|welts|finger ?marks|grip marks|bite marks|marks on my \w+)"
_NOT_SPORT = (
    r"(?!.*\b(?:rugby|football|footy|netball|hockey|soccer|gym|training|match|surgery|operation|tattoos?|eczema|"
    r"rash|skiing|bike|climbing|injection|vaccine|jab)\b)"
)
_NOT_PLAY = r"(?!.*\b(?:pillow|water|snowball|food|nerf|play|playfight|laughing|laughed|tickl\w*|wrestl\w*|giggl\w*)\b)"
_FIGHT = (
    r"(?:fight|fought|argument|argued|row|rowed|blue|barney|bust up|punch up|scrap|blew up|blow up|went off|lost it|lost (?:his|her) temper|"
    r"got (?:angry|mad|violent|nasty|rough)|flew off the handle|kicked off|snapped|went mad|went for me)"
)
# Who was left down: me, or the partner ("he", "Sam", "her").
_DOWN_WHO = rf"(?:i|me|him|her|them|{PARTNER_AS_HE_SHE_OR_THEY})"
_LEFT = r"(?:ended up|wound up|landed|was left|finished up)"
_DOWN = (
    r"(?:on the (?:\w+ )?floor|on the ground|in hospital|in a and e|in casualty|in the emergency room|unconscious|"
    r"with (?:a black eye|bruises|a split lip|stitches|a broken \w+))"
)

COVERED_UP = [
    # Marks kept covered: "I keep my bruises covered with long sleeves so nobody asks".
    rf"^{_NOT_SPORT}.*\b(?:keep|keeps|kept|keeping) (?:my|the|these|those|all the|all my) (?:\w+ )?{_INJURY} "
    r"(?:covered|hidden|out of sight|under wraps)\b",
    # The cover story told with a laugh or as a habit: "I walked into a door again, ha ha, the usual".
    # Said without "I", or laughed off: "walked into a door again, so clumsy" (tester-voice33).
    # Or the face banged on it (safety47): "banged my face on the door again, so clumsy"; never with a plain
    # reason given ("..., need glasses").
    r"^(?!.*\b(?:glasses|specs|contact lenses|not looking where)\b).*?(?:\bi (?:have |just )?|^|\b(?:clumsy|silly|stupid) me )(?:(?:walked|walk|bumped|banged|ran|run) (?:into|in to)|(?:banged|"
    r"hit|smacked|bashed) my (?:face|eye|cheek|lip|jaw) (?:on|against)) (?:a|the|another) (?:\w+ )?(?:door|"
    r"doorframe|door frame|cupboard door|cupboard) (?:again|as usual|(?:\w+ ){0,3}(?:ha ha|haha|lol|apparently|"
    r"the usual|or so i (?:say|tell people)|is what i tell people|so clumsy|clumsy me|silly me))\b",
    # A fight that left someone hurt: "we had a fight and I ended up on the floor, but we're good now", and
    # (tester-voice33) "we had a row and I ended up on the kitchen floor", "... and he ended up on the floor".
    rf"^{_NOT_PLAY}.*\b{_FIGHT}(?: [\w']+){{0,6}}? (?:and )?{_DOWN_WHO} {_LEFT} {_DOWN}\b",
    # ... and "it ended with me (curled up) on the floor" (tester-voice34).
    rf"^{_NOT_PLAY}.*\b{_FIGHT}(?: [\w']+){{0,6}}? (?:and )?(?:it|that|things) (?:all )?(?:ended|finished) (?:up )?with "
    rf"{_DOWN_WHO}(?: [\w']+){{0,2}}? {_DOWN}\b",
    # The fight said after: "I ended up on the floor after the argument".
    rf"^{_NOT_PLAY}.*\b{_DOWN_WHO} {_LEFT} {_DOWN} (?:[\w']+ ){{0,2}}?(?:after|during|in|from) (?:the|a|our|that|"
    rf"another|last night s) (?:\w+ )?{_FIGHT}",
    # The fight as the one ending: "the fight ended with me on the floor".
    # Or every one of them, the one down "lying", "crying" or "curled up" there (safety47).
    rf"^{_NOT_PLAY}.*\b(?:the|that|our|last night s|another|a|this|every|each) (?:\w+ )?{_FIGHT} (?:\w+ ){{0,2}}?"
    rf"(?:ended|ends|finished|finishes) (?:up )?with {_DOWN_WHO}(?: [\w']+){{0,2}}? {_DOWN}\b",
    # The fight unnamed, said just after it: "it ended with her on the floor".
    rf"^{_NOT_PLAY}(?:and )?(?:it|that|things|it all) (?:all )?(?:ended|finished) (?:up )?with {_DOWN_WHO} {_DOWN}"
    r"(?: again| crying| bleeding| in tears| like last time)? *$",
    # The cover story told for my own mark: "I told the teacher my black eye was from falling off my bike".
    r"\bi (?:told|tell|have told|had to tell|keep telling) (?:the |my |our )?(?:teachers?|school|doctor|nurse|gp|boss|work|"
    r"mum|mom|mam|dad|sister|brother|friends?|everyone|everybody|people|them|the neighbours|colleagues)(?: that)? "
    r"(?:my|the) (?:\w+ )?"
    rf"{_INJURY} (?:was|were|came|is|are) (?:from|because|just)\b",
    # Watched through the phone: "he installed something on my phone and knows everything I say".
    rf"\b{CLOSE} (?:secretly )?(?:installed|installs|put|puts|loaded|downloaded|set up|hid) (?:something|an app|"
    r"some app|an application|software|a program|a programme|spyware|a tracker|a tracking app|a bug) (?:on|onto|in|into) "
    r"my (?:phone|mobile|laptop|computer|car|ipad|tablet)\b(?: [\w']+){0,3}? (?:and|so|now) (?:\w+ )?(?:knows|reads|sees|"
    r"can see|can read|hears|can hear|listens to|tracks|records|watches|follows|monitors) (?:everything|every (?:word|"
    r"message|text|move|call)|all my (?:messages|texts|calls|conversations)|where i (?:am|go)|who i (?:talk to|text|"
    r"see|call)|what i (?:say|do|text|type|search))\b",
    # A threat with "murder" or a grave, told as said: "he said he could murder me", "she threatened to murder
    # me". A slip after it is the idiom: "my wife said she'll murder me if I forget the milk".
    rf"\b{CLOSE} (?:said|says|told me|swore|swears|keeps saying|reckons|threatened|threatens)(?: that)? (?:(?:he|she|they) "
    r"(?:would|will|could|is going to|is gonna|was going to|might) |to )(?:murder (?:me|us|the kids|my \w+)|"
    # Or in an idiom of a grave (tester-voice33): "he said he'd put me in the ground", "six feet under".
    r"(?:put|have|see) (?:me|us|the kids) (?:in the ground|in (?:my|an early|a|the) grave|six feet under|in (?:the )?"
    r"hospital|in a box|in a wheelchair|in the morgue))\b"
    rf"(?! {SLIP_TOLD}| (?:when|whenever|every time) (?:i|we) {OOPS})",
]
