"""Danger told as good news, a moment, a check-in answer or a reflection, the families tester-voice18
had saved as rows the partner can read (issue 8, part 1; /work/notes/tester-voice18.md): escape money
or a second phone he has not found, an injury healed enough to hide, a weapon put back as a win, the
children let eat as a favour, a way to die chosen and calm, "rather be gone than another one like
that", a tracker he hid, the children away so they did not see what he did, my phone kept by family
at night, a will and letters left, "not while he's breathing", where he'd bury me, made to do things on
camera or sleep with him unwilling, only the texts from men read, and a shelter contacted in secret.

Each needs what makes it danger, so the everyday twin stays quiet: hidden from him (not for the
holiday), a secret or burner phone (not a work one), an injury to the face or a body's marks healed so
nobody asks (not an ankle to run on), ribs or a jaw "only" cracked (not a sprain), a weapon put back
after a threat or from beside the bed (not the drill), a meal (not ice cream) despite what I did, a
bridge or pills (not a train) and "how I'll do it" with calm, a tracker hidden on me (not the remote),
what he did (not a quiet night), my phone at night unasked (not my spare keys), a will AND letters,
his breath or life, my body, things done on camera, texts from men, a refuge (not an animal shelter).
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, CLOSE, PARTNER_AS_HE_SHE_OR_THEY, PARTNER_AS_HIM_HER_OR_THEM

# Not found, noticed or guessed by him yet: what makes a stash or a phone hidden from a partner.
_NOT_FOUND_BY_HIM = (
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:still |yet )?(?:has not|hasn't|have not|haven't|did not|does not|will never|would never|will not|"
    r"never|can not|is yet to) (?:\w+ )?(?:found|find|look|looked|noticed|notice|twigged|twig|clocked|spotted|"
    r"found out|realised|realized|guessed|caught on|checked)\b"
)
_STASHED = r"(?:sewn|sewed|hidden|hid|stashed|stash|tucked|squirrelled|squirreled|stuffed|taped|rolled up)"
_INJURY = (
    r"(?:black eye|bruis\w*|finger marks|split lip|fat lip|(?:marks|welts|scratches) on my (?:neck|face|throat|arms?|"
    r"wrists?)|(?:swelling|cut|cuts|graze|split|mark|marks) (?:round|around|on|under|by|above|over|near) my "
    r"(?:eye|eyes|lip|lips|face|cheek|mouth|nose|neck|jaw|throat))"
)
_HEALED = r"(?:faded|fading|gone down|going down|healed|healing|gone|cleared|cleared up|almost gone|nearly gone)"
# Healed enough to hide: nobody asks, a t-shirt or no scarf again, back to work or school unseen.
_UNSEEN = (
    r"(?:so|enough|now|that)\b.*\b(?:(?:nobody|no one|noone|people|anyone|they|the teachers|my boss) (?:\w+ ){0,3}"
    r"(?:ask|asks|asked|notice|notices|noticed|stare|stared|questions|see|saw)|wear|without (?:a |my )?"
    r"(?:scarf|sunglasses|make ?up|concealer|long sleeves|polo neck|turtleneck)|go (?:back )?to (?:work|school)|go out)\b"
)
# A sport, a fall or a doctor's care explains a mark.
_NOT_SPORT = (
    r"(?!.*\b(?:gym|football|footy|rugby|netball|hockey|boxing|training|match|game|climbing|sport|fell|fall|bike|"
    r"cycling|skiing|allergy|eczema|surgery|operation|filler|botox|wisdom teeth|dentist|cat|dog)\b)"
)
_GUN = r"(?:gun|guns|pistol|rifle|shotgun|revolver|firearm)"
_WEAPON = rf"(?:{_GUN}|knife|knives|machete|blade|bat|baseball bat)"
_BY_THE_BED = r"(?:bed|nightstand|night stand|bedside|bedside table|pillow)"
_AFTER_A_THREAT = r"after (?:shouting|yelling|screaming|threatening|waving it|pointing it|the row|the fight|we fought)"
_A_MEAL = r"(?:tea|dinner|supper|lunch|breakfast|food|a meal|their meal|anything to eat|something to eat)"
_METHOD = r"(?:bridge|pills|tablets|rope|cliff|building|car park|railway|train line|tree|spot|place|method|dose|drop)"
_CALM = r"(?:calm|calmer|peaceful|at peace|settled|sorted|relief|relieved|ready|lighter)"
_TRACKER = r"(?:gps(?: thing| tracker| device)?|tracker|tracking device|air ?tag|tile|spy app|bug|hidden camera)"
_KIDS = r"(?:they|the kids|the children|my kids|my children|the boys|the girls|my son|my daughter|the baby)"
_BLOW = r"(?:hit|hitting|hurt|hurting|shout\w*|yell\w*|grab\w*|chok\w*|push\w*|kick\w*|slap\w*|punch\w*|strangl\w*)"
_PHONE = r"(?:phone|mobile|cell|cell phone)"
_AT_NIGHT = r"(?:at night|every night|each night|overnight|all night|at bedtime|till morning|until morning)"
# Asked for or agreed, or only to charge it: the speaker's own choice.
_ASKED_FOR = r"(?!.*\b(?:we agreed|as agreed|i asked|asked (?:him|her|them) to|so i can sleep|charg\w+)\b)"
_GOODBYE_NOTES = (
    r"(?:letters?|notes?|messages?|cards?) (?:for|to) (?:the kids|my kids|the children|my children|everyone|my "
    r"(?:mum|mom|family|son|daughter|husband|wife|partner|sister|brother))\b(?! (?:teachers|school|party))"
)
_ON_CAMERA = r"(?:things|stuff|sexual things|sex acts|it|naked|that)"
_MEN = (
    r"(?:blokes|men|guys|lads|other men|male friends|my male friends|guy friends|my guy friends|women|other women|"
    r"female friends|my female friends|girls)"
)
_HELP_FOR_ABUSE = (
    r"(?:(?:a |the )?(?:women s |womens |women's )?(?:refuge|shelter)(?!.*\b(?:animal|dog|cat|puppy|kitten|pet|"
    r"homeless|adopt\w*|volunteer\w*|bus)\b)|(?:a |the )?(?:domestic (?:violence|abuse)|dv|abuse) "
    r"(?:helpline|hotline|line|service|charity|worker|advocate|centre|center))"
)

TOLD_GOOD = [
    # Escape money or a second phone he has not found: "cash sewn into the lining of my coat that he hasn't found".
    rf"\b(?:cash|money|notes|savings|pay|wages|tips)\b.*\b{_STASHED}\b.*{_NOT_FOUND_BY_HIM}",
    rf"\b{_STASHED}\b (?:\w+ )?(?:cash|money|notes|savings)\b.*{_NOT_FOUND_BY_HIM}",
    rf"\b(?:burner|secret|second|hidden) (?:phone|mobile|sim|sim card)\b.*{_NOT_FOUND_BY_HIM}",
    # An injury healed enough to hide: "the swelling round my eye has gone down so nobody asked questions".
    rf"\b{_INJURY}\b.*\b{_HEALED}\b.*\b{_UNSEEN}{_NOT_SPORT}",
    # Ribs or a jaw "only" cracked: "the doctor said the ribs are only cracked not broken".
    r"\b(?:ribs?|jaw|nose|cheekbone|cheek bone|eye socket|skull|collarbone|collar bone) (?:is|are|was|were) (?:only|just) "
    rf"(?:cracked|fractured|bruised|dislocated)\b{_NOT_SPORT}",
    # A weapon put back told as a win: "he put the pistol back in the safe instead of leaving it on the nightstand".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:\w+ )?(?:put|puts|locked|locks|placed|took|hid)\b (?:the|his|her|their|a|that) (?:loaded )?"
    rf"{_GUN}\b (?:back|away)\b.*\b(?:instead of|rather than|{_AFTER_A_THREAT})",
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:\w+ )?(?:put|puts|locked|locks|placed|took|hid)\b (?:the|his|her|their|a|that) {_WEAPON}\b "
    rf"(?:back|away)\b.*\b(?:(?:instead of|rather than) (?:leaving|keeping|having) it (?:\w+ ){{0,2}}{_BY_THE_BED}|"
    rf"{_AFTER_A_THREAT})\b",
    # The children let eat as a favour: "he let the kids have their tea even though I was late home".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:\w+ )?(?:let|lets|allowed) (?:the |my |our )?(?:kids|children|boys|girls|son|daughter|"
    rf"little ones|baby|me) (?:to )?(?:have|eat|get) (?:their |his |her |my )?{_A_MEAL}\b.*\b(?:even though|although|"
    r"though|despite)\b (?:i|me|my)\b",
    # A way to die chosen, told as settled: "I worked out exactly which bridge I'd use".
    rf"\b(?:which|the) {_METHOD} (?:where |that )?i would (?:use|take|do it|jump|go)\b",
    rf"\b(?:planning|planned|worked out|figured out|decided|picked|chosen|chose) (?:exactly )?(?:how|where|when) i "
    rf"(?:will|would|am going to) do it\b.*\b{_CALM}\b",
    # "I'd rather be gone than do another Christmas like the last one".
    # ("like" is a filler the reading drops.)
    r"\brather be (?:gone|dead|in the ground|six feet under) than (?:\w+ ){1,3}(?:another|one more)\b.*\b(?:the last|this|"
    r"that|last) ?(?:one|year|time|week|month|christmas|birthday)?$",
    # A tracker he hid on me: "I finally found the GPS thing he'd hidden in my handbag".
    rf"\b{_TRACKER} (?:that )?{PARTNER_AS_HE_SHE_OR_THEY} (?:would |had |has )?(?:hidden|hid|stuck|planted|slipped|taped|sewn)\b",
    rf"\b(?:found|discovered) (?:a|an|the) {_TRACKER} (?:hidden |stuck |planted |taped )?(?:in|under|inside|on) "
    r"(?:my|the) (?:handbag|bag|car|coat|purse|lining|boot|wheel|jacket|phone)\b",
    # The children away so they did not see what he did: "so they didn't see what he did Tuesday".
    rf"\bso {_KIDS} (?:did not|would not|could not|will not|do not|never|were not there to) (?:see|hear|witness|have "
    rf"to see)\b (?:what {PARTNER_AS_HE_SHE_OR_THEY} (?:did|does|was doing|do)\b(?! to (?:the|a|my) (?:cake|car|kitchen|garden|hair))|"
    rf"{PARTNER_AS_HIM_HER_OR_THEM} (?:\w+ )?{_BLOW})",
    # My phone kept by family at night: "my mother-in-law keeps my phone at night".
    rf"\b{CLOSE}{BETWEEN} (?:\w+ )?(?:keeps|kept|takes|took|holds|confiscates|confiscated|locks up|locks away|hides) my "
    rf"{_PHONE}\b(?: away)? {_AT_NIGHT}\b{_ASKED_FOR}",
    # Goodbye preparations: a will AND letters for those left, "I've updated my will and left letters for the kids".
    rf"^(?=.*\b(?:updated|made|wrote|written|sorted|changed|finished|done|redone|signed|rewritten) (?:out )?my will\b)"
    rf"(?=.*\b{_GOODBYE_NOTES})",
    # A threat on leaving: "not leaving this house with the baby, not while he's breathing".
    rf"\b(?:leav\w*|tak\w*|go|going|gone)\b.*\bnot (?:while|whilst|as long as) {PARTNER_AS_HE_SHE_OR_THEY} (?:is|are|am|still|is still) "
    r"(?:breathing|alive|living|around|above ground)\b",
    # Where he'd put my body: "how he'd bury me in the backyard", "where he'd hide my body".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:would|will|could|is going to|was going to|is gonna) (?:bury|dump|hide|dispose of|get rid of|dissolve|"
    r"chop up|cut up) (?:me|my body|my corpse|the body)\b(?!.*\b(?:sand|beach|leaves|blankets?|snow|pillows|"
    r"paperwork|work|homework|emails|laundry|washing)\b)",
    # Made to do things on camera: "he made me do things in front of the camera to pay off his debts".
    rf"\b{CLOSE}{BETWEEN} (?:\w+ )?(?:made|makes|forced|forces|pushed|pushes|pressured|pressures) me (?:to )?"
    rf"(?:(?:do|perform) {_ON_CAMERA}|strip|undress|pose naked|get naked)\b.*\b(?:camera|webcam|cam|filmed|film|"
    r"video|online|debts?|for money|for cash|strangers|other men|his mates)\b",
    # Sex unwilling, told as less of it: "I didn't have to sleep with him when I didn't want to".
    rf"\b(?:have|had|has) to (?:sleep with|have sex with|be with|do it with|have it with) {PARTNER_AS_HIM_HER_OR_THEM}\b.*\b(?:when|though|"
    r"even though|although|if) i (?:did not|do not|didn't|don't) (?:want|feel like)\b",
    # Only the texts from men read: "now she only reads the ones from blokes".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:\w+ )?(?:reads|reading|checks|checking|read|checked|goes through|going through) (?:the "
    rf"ones|the messages|the texts|my texts|my messages|the chats|my chats|my emails|the emails) (?:from|with|to) "
    rf"(?:the |any )?{_MEN}\b",
    # A refuge or a helpline contacted in secret: "I didn't show him because I'd been texting a shelter".
    r"\b(?:texting|texted|calling|called|ringing|rang|phoning|phoned|messaging|messaged|emailing|emailed|contacting|"
    rf"contacted|talking to|talked to|spoke to|speaking to|went to|visited) {_HELP_FOR_ABUSE}",
    rf"^(?=.*\b(?:(?:did not|didn't) (?:show|tell|let) {PARTNER_AS_HIM_HER_OR_THEM}|behind (?:his|her|their) back|in secret|secretly)\b)"
    r"(?=.*\b(?:texting|texted|calling|called|ringing|rang|messaging|messaged|emailing|emailed|seeing|saw|talking to|"
    r"talked to|spoke to) (?:a|the|my) (?:divorce )?(?:lawyer|solicitor|attorney)\b)",
]
