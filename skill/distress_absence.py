"""Not being here told as a plan, and harm told as settled (tester-voice11's finds, saved as a
check-in answer or a moment, or offered as a keep: "everyone would manage fine if i wasn't here next
year", "i don't plan on being here for the anniversary", "i won't be here to see it anyway", "sam
would be better off with the insurance money", "i've stockpiled my prescriptions in the drawer",
"i want to say goodbye to everyone before i go for good", "my ribs still hurt from last weekend but
we're good now", "she locks our son in his room all night as punishment"). Read by skill/distress.py.

Each needs what makes it crisis: others coping without the speaker, with no job, trip or move
around it; a date the speaker plans not to live to; a payout on the speaker's death; medicine saved
up; leaving for good with nowhere named; an injury dated and then smoothed over; a child shut in as
punishment; one's own funeral pictured; a dose looked up with nothing to count for. The everyday
beside them stays quiet: the team managing while I'm on leave, not being
here for the anniversary because we'll be in Spain, a prescription stocked up for the holiday,
going for good to Australia, legs sore from a hike, the kids sent to their room.
"""

from __future__ import annotations

from .distress_vocab import PARTNER

# Away for an everyday reason, anywhere in the words: the rules below stay quiet.
_AWAY = (
    r"^(?!.*\b(?:job|work|working|office|team|on leave|sabbatical|maternity|paternity|holiday|holidays|trip|travel|"
    r"travelling|abroad|overseas|move|moving|moved|emigrate|emigrating|spain|france|australia|america|canada|uni|"
    r"university|college|course|contract|posting|deployment|deployed|tour|visit|visiting|conference|festival)\b)"
)
# Not here for an everyday reason named after the words: a move, a visit, a place, a job, a trip
# ("i won't be here for long, just popping in", "... anymore after june, we are moving"); a time
# alone is no reason ("i won't be here after friday, i've sorted the letters").
NAMED_REASON = (
    r"(?!.*\b(?:moving|move|moved|movers|removals?|relocating|emigrating|sold the (?:house|flat)|new (?:house|flat|place|"
    r"job|school)|lease|tenancy|popping (?:in|by|over|out)|dropping (?:in|by|off)|passing through|visit|visiting|visitor|"
    r"job|work|shift|office|holidays?|trip|travelling|flight|plane|train|bus|taxi|cab|(?:my|a|the) lift|(?:lunch|coffee|"
    r"tea) break|uni|university|college|term|course|posting|deployment|on leave|sabbatical|appointment|meeting|"
    r"(?:off|heading|headed|flying|driving) (?:to|out|home|back|abroad)\b(?! (?:a )?(?:better place|heaven|be with))|"
    r"abroad|overseas|parking|meter)\b)"
)
_OTHERS = rf"(?:everyone|everybody|they|the kids|the children|my family|people|{PARTNER}|he|she)"
_COPE = (
    r"(?:manage|cope|be fine|be okay|be ok|be all right|be alright|get on|get by|be happier|be better off|"
    r"move on|be relieved|not miss me|hardly notice|barely notice)"
)
_GONE = r"(?:was|were|am|had|have) (?:not (?:here|around|alive)|gone|dead|no longer (?:here|around))"
_MEDS = (
    r"(?:prescriptions?|pills|tablets|meds|medication|medicines?|painkillers|pain killers|sleeping pills|"
    r"sleeping tablets|antidepressants|insulin|paracetamol|co codamol|codeine|morphine|oxycodone|tramadol)"
)
_SORE = r"(?:ribs?|jaw|throat|neck|face|eye|eyes|nose|cheek|lip|lips|head|scalp|wrist|wrists|arm|arms|back)"
_CHILD = r"(?:our|my|the|his|her) (?:son|daughter|kids|children|boy|girl|little one|youngest|eldest|baby|toddler)"

ABSENCE = [
    # Others coping without the speaker: "everyone would manage fine if i wasn't here next year".
    rf"{_AWAY}.*\b{_OTHERS}(?: \w+){{0,2}} (?:would|will|could|might) {_COPE}\b(?: \w+){{0,3}} (?:if|when|once) i "
    rf"{_GONE}\b",
    # A date planned not to be lived to: "i don't plan on being here for the anniversary".
    rf"{_AWAY}.*\b(?:do not|don't|not) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?(?:being|be) "
    r"(?:here|around|alive) (?:for|by|at|to see|come)\b(?!.* (?:(?:we|i) (?:will|are|am) (?:be )?(?:in|at|away|on|"
    r"off|going)|too|because|since|as it|it is|it will be|busy|working)\b)",  # a reason given: "too loud"
    # "i won't be here to see it anyway", "i won't be around much longer".
    rf"{_AWAY}.*\bi (?:will not|won't|am not going to|may not|might not) be (?:here|around|alive) (?:to see (?:it|that|"
    r"this|them|him|her|any of it|the end of it)(?: \w+){0,3} anyway|(?:for )?much longer|any ?more)\b"
    r"(?!,? (?:after|from|at|on|in|by|when|because|as|since|next|this|once|for|so|but|while|tonight|today|tomorrow|"
    rf"i am (?:at|away|on|working|off|out|busy))\b){NAMED_REASON}",
    # Not here after a time, with one's affairs settled: "i won't be here after friday, i've sorted the letters".
    r"\bi (?:will not|am not going to) be (?:here|around|alive) (?:after|by|past|beyond) (?:\w+ ){1,3}?(?:i have|i) "
    r"(?:sorted|written|left|said|made|given|put|got|finished) (?:out )?(?:the |my |all (?:the |my )?)?(?:letters|notes?|"
    r"goodbyes|peace|affairs|will|things in order|everything in order|passwords)\b",
    # A payout on the speaker's death: "sam would be better off with the insurance money".
    rf"\b{_OTHERS}(?: \w+){{0,2}} (?:would|will|could) be (?:better off|richer|fine|sorted|set up|looked after) "
    r"(?:with|from|once they get|when they get|if they got) (?:the |my )?(?:life )?(?:insurance|life cover|payout|pay out|"
    r"death in service)\b(?!(?: money| payout| pay out| cheque)? (?:from|for|on|after) (?:the |a |my |our )?(?:car|crash|claim|accident|house|flood|fire|theft|"
    r"holiday|boiler|roof|phone)\b)",
    r"\b(?:i am|i would be|i will be|i would be|i am probably) worth more (?:to (?:them|everyone|him|her|my \w+) )?dead\b",
    # Medicine saved up: "i've stockpiled my prescriptions in the drawer".
    rf"\b(?:stockpiled|stockpiling|stockpile|hoarded|hoarding|stashed|stashing|saved up|saving up|squirrelled away|"
    rf"been collecting|been saving|kept back|keeping back) (?:all |some |a lot of |loads of )?(?:of )?(?:my |the |his |her )?"
    rf"{_MEDS}\b(?! (?:for|before) (?:the |a |our |my )?(?:holiday|holidays|trip|travel|journey|flight|winter|strike|"
    r"move|christmas|summer|shortage|pharmacy)\b)",
    # Leaving for good with nowhere named: "before i go for good".
    rf"{_AWAY}.*\b(?:before|when|once|after) i (?:go|leave|am gone|have gone|disappear|leave) (?:for good|forever|for ever|"
    r"permanently|for the last time)\b(?! (?:to|from|out|in|back|home|abroad|overseas)\b)",
    # An injury dated and smoothed over: "my ribs still hurt from last weekend but we're good now".
    rf"\bmy {_SORE} (?:still |is still |are still )?(?:hurts?|aches?|aching|sore|bruised|swollen|throbs?|throbbing|"
    r"black|marked)\b(?: \S+){0,3} (?:from|since|after) (?:last (?:night|weekend|week|time|friday|saturday|sunday|"
    r"monday|tuesday|wednesday|thursday)|the (?:fight|row|argument|other night|weekend)|what happened)\b(?: \S+){0,3} "
    r"(?:but|and) (?:we are|we have|it is|things are|he is|she is|they are|he said|she said|we) (?:good|fine|okay|ok|"
    r"all right|alright|sorted|better|made up|sorry|apologised|apologized|back to normal)\b",
    # One's own funeral pictured: "i keep picturing my own funeral" (never one planned with a
    # funeral director, which is paperwork).
    r"\b(?:picturing|picture|pictured|imagining|imagine|imagined|daydreaming about|daydream about|dreaming about|"
    r"fantasising about|fantasizing about|keep thinking about|thinking about who would come to) my (?:own )?funeral\b",
    # A dose counted, with nothing to count for: "i've been reading about how many it would take".
    r"\bi (?:have |had |am |was |have been |had been |keep |kept )?(?:read|reading|looked up|looking up|googled|"
    r"googling|searched|searching|researched|researching) (?:about |up |online )?how (?:many|much) (?:it would take|would it take|would be "
    r"enough|it takes|would do it|i would need)\b(?! (?:to|for)\b)",
    # A child shut in as punishment: "she locks our son in his room all night as punishment".
    rf"\b(?:locks|locked|locking|lock|shuts|shut|shutting|bolts|bolted) {_CHILD} in (?:his|her|their|the|a) (?:room|"
    r"bedroom|cupboard|closet|shed|garage|bathroom|cellar|basement|car|box)\b(?: \S+){0,4} (?:all night|all day|"
    r"overnight|for hours|for days|without (?:food|dinner|water|a light)|in the dark|as (?:a )?punishment|to punish)\b",
]
