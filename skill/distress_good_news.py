"""Harm told as good news (tester-voice6): a win or a note that only makes sense after harm or
a method at hand. "He hasn't hit me since Tuesday", "I didn't hit her back this time", "I put the
knife back instead of using it on myself", "I didn't use the blades I've got hidden", "she let me
see my friends and didn't go through my phone after", despair said as a plan ("making plans to
not be here by Christmas") and control said as a threat about the children.

Each needs what makes it more than its everyday twin: "he didn't beat me at chess", "I didn't hit
the ball back", "I didn't go to the bridge club", "the kids would be better off with a bigger
garden" are not this.
"""

from __future__ import annotations

from .distress_vocab import PARTNER, PARTNER_AS_HE_SHE_OR_THEY

_NOT = r"(?:has not|have not|had not|did not|does not|do not|never|not once|hasn't|didn't|won't|will not)"
_BLOWS = (
    r"(?:hit|hits|hurt|hurts|slapped|slap|punched|punch|kicked|kick|choked|choke|strangled|strangle|shoved|shove|"
    r"beaten|beat|smacked|smack|thumped|thump|throttled|throttle|laid a (?:hand|finger) on|put (?:his|her|their) hands on|"
    r"raised (?:a|his|her|their) hand to|gone for|grabbed|grab|pinned|pin|attacked|attack|forced|force)"
)
_MEANS = (
    r"(?:razor|razors|razor blades|blades|blade|knife|knives|pills|tablets|meds|rope|noose|gun|rifle|shotgun|"
    r"sleeping pills|painkillers|the stash|my stash)"
)
_HIGH = r"(?:bridge|cliff|cliffs|cliff edge|tracks|railway|railway line|edge|ledge|roof|car park roof|gap|quarry)"
# Where a clause ends: "i wish i would just disappear", not "... disappear into a good book".
_ENDS = (
    r"(?= *$| (?:and|but|so|because|cause|anyway|honestly|really|forever|for good|tonight|again|this time|for once)\b)"
)

GOOD_NEWS = [
    # A blow not struck this time, by someone close: "he hasn't hit me since Tuesday".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}(?: \w+){{0,2}} {_NOT}(?: \w+)? {_BLOWS} me\b(?! (?:at|in|to|with (?:the|a|his|her) (?:ball|pillow|"
    r"snowball|water|paper))\b)",
    # Not hitting back: "I didn't hit him back this time" (not with a pillow).
    rf"\b(?:i|we) {_NOT} (?:hit|slap|punch|kick|push|shove|thump|smack)(?:ed)? (?:him|her|them|{PARTNER}|[a-z]+) back\b"
    r"(?<!\bit back)(?<!\bball back)(?<!\bshuttlecock back)(?! with (?:the |a )?(?:pillow|cushion|ball|snowball|water|"
    r"balloon|toy|foam)\b)",
    # The means put away or not used: "instead of using it on myself", "didn't use the blades".
    r"\binstead of (?:using|turning|taking) (?:it|them|that|the \w+) (?:on|to|against) (?:myself|me)\b",
    r"\binstead of (?:hurting|cutting|harming|killing|ending|burning|starving|hanging|drowning|overdosing) "
    r"(?:myself|me|it all|my life)\b",
    rf"\b(?:i|we) {_NOT} (?:use|take|swallow|touch|get out|open)(?: \w+){{0,2}} (?:the |my |those |all the )?{_MEANS}\b"
    r"(?= *$| (?:i have|i|that i|tonight|today|again|this time|on myself|and|but)\b)(?! i used\b)",
    rf"\b{_MEANS} (?:i have|i have got|i keep|i had|i am keeping|i got)(?: \w+)? (?:hidden|stashed|saved|put away)\b",
    rf"\b(?:i|we) {_NOT} (?:go|drive|walk|head) (?:to|up to|out to|down to) the {_HIGH}\b(?! (?:club|game|party|"
    r"night|tournament|lessons?|class))",
    # Despair as a plan or a wish: "making plans to not be here by christmas", "i wish i would just disappear".
    r"\b(?:plans?|planning|plan|intend|intending|aim|aiming) (?:on |for )?(?:to )?(?:not (?:to )?be|not being) (?:here|"
    r"around|alive)(?: \w+)? ?(?:by|before|for|at|after) (?:christmas|new year|next \w+|the (?:weekend|end of|summer|"
    r"holidays)|my birthday|easter|tomorrow|the morning)\b",
    r"\b(?:planning|plan|plans|going) to be gone (?:by|before) (?:the weekend|tomorrow|christmas|next \w+|the morning|"
    rf"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b{_ENDS}",
    r"\b(?:i wish|wish) (?:i would|i could|i would just|i could just) (?:disappear|vanish|not exist|stop existing|fade "
    rf"away|not wake up|never wake up)\b{_ENDS}",
    rf"\b(?:i )?(?:feel|feeling|felt) (?:like )?(?:disappearing|vanishing|not existing|fading away|i should disappear)\b{_ENDS}",
    rf"\b(?:had|have had) (?:my fill|enough|it up to here) (?:of|with) (?:living|being alive|existing|this life|my life)\b{_ENDS}",
    r"\b(?:everyone|everybody|they|the kids|my family|the family|people|he|she) would (?:cope|manage|do|be|get on) "
    rf"(?:fine|better|okay|ok|alright|happier|just fine)(?: off)? without me\b{_ENDS}",
    r"\b(?:the kids|my kids|the children|my children|my son|my daughter) would be better (?:off )?(?:with|having) "
    r"(?:a )?(?:different|new|another|better) (?:mum|mom|mother|dad|father|parent)\b",
    # Children taken as a threat: "drove off with the kids and said i would never find them".
    r"\b(?:took|takes|drove off with|went off with|ran off with|left with|will take|would take|is taking) (?:the "
    r"kids|our kids|the children|the baby|our son|our daughter)\b(?: \w+){0,6} (?:said|says|told me|telling me|"
    r"threatened)(?: \w+){0,2} (?:i would|i will|i am going to|i) never (?:find|see|get) (?:them|him|her|the kids)\b",
    # A partner's talk of a way off a height: "he's been talking about driving off the gap".
    rf"\btalk(?:s|ed|ing)? about (?:driving|jumping|throwing (?:himself|herself|themselves)|going|stepping) off (?:the |a )?"
    rf"{_HIGH}\b",
    # Giving in at night because refusing is worse: "i go along with it at night because it's easier than a row".
    r"\bgo(?:es|ing)? along with (?:it|him|her|them|what (?:he|she|they) wants?)\b(?: \w+){0,3} (?:at night|in bed|in the "
    r"bedroom|when (?:he|she|they) wants? (?:it|to))\b(?: \w+){0,2} (?:because|as|since|cause) (?:it is|it's|it s) "
    r"(?:easier|safer|quicker) than (?:another |a |the )?(?:row|fight|argument|scene|shouting|sulking|screaming|sulk|"
    r"saying no|refusing|what happens)\b(?! about)",
    # Leave to see friends, the phone not searched, as a win: "... and didn't go through my phone after".
    rf"\b(?:{PARTNER_AS_HE_SHE_OR_THEY}(?: \w+){{0,2}}|and|but) {_NOT} (?:go|went|look|looked|check|checked) (?:through|at) my (?:phone|"
    rf"messages|texts)\b(?: \w+){{0,2}} (?:after|afterwards|this time|for once|when i got back|when i came home){_ENDS}",
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}(?: \w+){{0,2}} {_NOT} (?:follow|followed|track|tracked|turn up|turned up) (?:me )?(?:to|at) "
    r"(?:work|uni|the gym|my work|college|school|my mum's|my mom's|my friend's)\b(?: \w+){0,2} (?:today|this time|"
    rf"for once|this week){_ENDS}(?! because (?:she|he|they) (?:had|was|were|is))",
    # An urge to send someone off a height: "even though i wanted to push her off the balcony".
    r"\b(?:wanted|want|wanting|felt like|feel like|tempted|close|about|itching|dying) to (?:push|throw|shove|drop|tip|"
    r"chuck) (?:him|her|them|[a-z]+|my \w+) (?:off|out of|over|down) (?:the |a |our )?(?:balcony|cliff|bridge|stairs|"
    r"staircase|window|edge|roof|ledge|railing|platform)\b",
    r"\b(?:felt|feel|feeling)(?: like)? (?:pushing|throwing|shoving|chucking|tipping) (?:him|her|them|[a-z]+|my \w+) "
    r"(?:off|out of|over|down) (?:the |a |our )?(?:balcony|cliff|bridge|stairs|window|edge|roof|ledge|railing)\b",
    # A weapon kept close as a warning: "sleeps with the rifle by the bed and says it's for me".
    r"\b(?:gun|rifle|shotgun|knife|machete|bat|axe)\b(?: \w+){0,6} (?:says|said|tells me|told me)(?: that)? "
    r"(?:it is|it's|it was|it would be|it will be|that is|that was) (?:for me|meant for me|for you)\b(?! to (?:use|keep|have|cook|borrow|try)\b)",
    # Means passed again and again: "i keep driving past the gun shop and thinking about it".
    r"\b(?:keep|kept|keeps) (?:driving|walking|going) past the (?:gun shop|gun store|chemist|pharmacy|bridge|cliffs?|"
    r"railway|tracks|train station)\b(?: \w+){0,3} (?:thinking|wondering) about (?:it|doing it|jumping|buying one)\b",
    # Sex not wanted: "makes me do things in bed i have told her i do not want".
    r"\b(?:makes|made|make|forces|forced|pressures|pressured|pushes|pushed) me (?:to )?(?:do|into)(?: \w+){0,3} "
    r"(?:in bed|in the bedroom|sexually)\b(?! (?:socks|sheets|covers|linen|jacket))(?: \w+){0,6} (?:do not|did not|"
    r"never) want\b",
    # A threat of being sectioned or put away to keep one in line.
    r"\b(?:have me|get me|put me) (?:sectioned|committed|locked up|put away)\b(?: \w+){0,3} (?:if|unless) i\b",
    # Harm owned as one's fault: "he gets a bit rough sometimes but it's mostly my fault".
    r"\b(?:rough|physical|violent|hits me|hurts me|grabs me|shoves me)\b(?: \w+){0,4} (?:but|and) (?:it is|it's) "
    r"(?:mostly |usually |always |probably |all )?my (?:own )?fault\b",
]
