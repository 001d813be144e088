"""Being kept safe from a partner, punished, threatened in a prophecy or leant on to drop charges
(a fourth voice tester: "May made me sleep in the car as a punishment", "May locked me out of the
house overnight again", "I keep the car keys hidden so May can't drive off drunk", "I'll regret it
for the rest of my short life", "Seán's mate said he'd sort me out if I didn't drop the charges"),
read by skill/distress.py.

Names that are also words (May, Will) are not read as the partner before every verb, so these
families need no person before the act: the act and what marks it as punishment, fear or a threat
are enough. The everyday senses stay quiet: a child sent to bed early, a joke about the couch,
locking oneself out, hiding presents, a coach's threat to drop a player, regretting a cake.
"""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_SHE_OR_THEY, PARTNER_OR_ANY_NAME

# What makes being sent somewhere a punishment rather than a joke about the couch.
_PUNISHED = (
    r"(?:as (?:a )?punishment|to punish (?:me|us)|all night|overnight|for hours|in the cold|in the rain|for (?:talking|"
    r"answering) back|for (?:being|coming home) late|when i (?:get|got|do|did) (?:something|anything) wrong|with no "
    r"(?:food|dinner|blanket|coat|shoes)|when i upset (?:him|her|them))"
)
_SENT = (
    r"(?:sleep|slept|stay|stayed|stand|stood|sit|sat|wait|waited|kneel|knelt|stay out|stayed out) (?:out |outside )?(?:in (?:the )?"
    r"(?:car|garage|shed|cold|yard|garden|hallway|corner|dark|laundry|bathroom)|on (?:the )?(?:floor|garage floor|couch|"
    r"sofa|balcony|porch|doorstep|step|steps|ground|deck)|outside|out|facing the wall)"
)

KEPT = [
    # Hiding, or keeping oneself and the children safe: from a person, not from the rain or the kids' noise.
    rf"\b(?:i|we) (?:hide|hid|hiding|go|went|lock myself|locked myself|run|ran) (?:in|into|to) (?:the |my |our )?\w+ (?:\w+ )?"
    rf"(?:when|whenever|until|till|before) {PARTNER_OR_ANY_NAME} (?:gets|get|got|is|was) (?:(?:like )?that|(?:like )?this|angry|drunk|violent|mad|"
    r"nasty|aggressive|in (?:a|one of (?:his|her|their)) (?:mood|moods|rage|rages|state))\b",
    rf"\b(?:hid|hide|hidden|hiding|keep|kept) (?:his|her|their|the) (?:car )?keys (?:hidden |away )?so (?:that )?{PARTNER_OR_ANY_NAME} "
    r"(?:can not|could not|will not|would not|does not|did not|is not able to) (?:come after|follow|get to|hurt|find|reach|"
    r"threaten|drive off drunk|drive drunk|take the kids|get at)\b",
    rf"\b(?:had to |have to )?(?:hide|hid|hidden|hiding|keep|kept) my (?:phone|diary|journal|money|cash|savings|passport|"
    rf"bank card|card) (?:\w+ ){{0,4}}so (?:that )?{PARTNER_AS_HE_SHE_OR_THEY} (?:would not|will not|can not|could not|"
    r"does not|did not|never) (?:check|find|see|read|take|smash|go through)\b",
    r"(?:\b(?:hid|hide|hiding|hidden)\b|\blocked (?:myself|ourselves|us|me and the kids)|\b(?:waited|waiting|sat|sitting|"
    r"stayed|slept) (?:in the car|outside|down the (?:street|road)|at (?:a|the|my) \w+))(?: \w+){0,6} (?:until|till|til) "
    rf"{PARTNER_AS_HE_SHE_OR_THEY} (?:passed out|passes out|calmed down|calms down|sobered up|sobers up|stopped (?:shouting|"
    r"yelling|screaming|raging|banging))\b",
    # Marks left by a grip: "squeezed my arm so hard it left marks" (no person need be named).
    r"\b(?:squeezed|grabbed|twisted|gripped|yanked|pinched) my (?:arm|arms|wrist|wrists|neck|throat|leg|face) (?:so hard|"
    r"hard enough|until|till)(?: \w+){0,4} (?:marks?|bruises?|bruised|bled|bleeding|cried|could not)\b",
    r"\b(?:left|leaving|leaves|leave) (?:a |big |dark )?(?:marks?|bruises?|welts?|fingerprints?|finger marks|a handprint) "
    r"(?:on|all over) (?:my|me)\b",
    r"\bthreaten (?:me|us)\b(?! with (?:a good time|a (?:\w+ )?(?:cake|pizza|pudding|holiday|nap|treat)))",
    # Punishment and being shut out: "made me sleep in the car as a punishment", "locked me out overnight".
    rf"\b(?:made|makes|make|forced|forces|force|sent|sends) (?:me|us|the kids) (?:to )?{_SENT}\b.*\b{_PUNISHED}\b",
    r"\bmakes? (?:me|us) (?:stand|kneel|sit) (?:in the corner|facing the wall|on the floor)\b",
    r"\block(?:ed|s|ing)? (?:me|us|the kids) out(?: of (?:the|our|my) (?:house|flat|home|room|bedroom))?(?: \w+){0,4} "
    r"(?:overnight|all night|for hours|in the cold|in the rain|as (?:a )?punishment|to punish (?:me|us)|again|with no "
    r"(?:keys|shoes|coat|phone))\b|\block(?:ed|s)? (?:me|us|the kids) out on the (?:balcony|porch|deck|step|street|doorstep)\b",
    r"\b(?:get|got|gets|am|was|been|getting) locked out(?: of (?:the|our|my) (?:house|flat|home|room|bedroom))?(?: \w+){0,4} "
    r"(?:if i|when i|as (?:a )?punishment|to punish me)\b",
    r"\b(?:pushed|shoved|threw|dragged|dumped) (?:me|us) out of (?:the|a|his|her|their|my) (?:car|ute|van|truck)\b",
    r"\b(?:leave|leaves|left) (?:me|us) with nothing\b(?=.*\bif (?:i|we|you)\b)|\bleave (?:me|us) with nothing,? not even\b",
    r"\bmake (?:my|your) life (?:a )?(?:living )?hell\b(?=.*\bif (?:i|we|you)\b)",
    # Leant on to drop charges or a statement.
    r"\b(?:drop|withdraw|pull|take back|retract) (?:the|my|those|all the|her|his) (?:charges|statement|complaint|report|"
    r"case|protection order|avo|restraining order|intervention order)\b(?=.*\b(?:or|if|otherwise|else|regret|sorry|"
    r"sort (?:me|you) out|good for (?:me|you)|pay|hurt|watch)\b)|\b(?:if|or) (?:i|you) (?:do not|did not|does not|refuse "
    r"to) (?:drop|withdraw|pull|retract) (?:the|my) (?:charges|statement|complaint|report|case)\b",
    # An order for protection needed, served or broken.
    r"\b(?:get|got|getting|need|needs|needed|apply for|applied for|applying for|take out|took out|have|has|served|breached|"
    r"breaching|broke|breaking|told me to get) (?:a |an |the |my |her |his )?(?:restraining|protection|protective|intervention|"
    r"non molestation|apprehended violence|domestic violence) order\b",
    # Threats said as prophecy: "for the rest of your short life", "you won't see your next birthday".
    r"\brest of (?:my|your|his|her|our) (?:\w+ )?short li(?:fe|ves)\b",
    r"\b(?:will not|would not|not going to|never|might not) (?:live to see|see|make it to|reach) (?:christmas|"
    r"(?:my|your|his|her|the|next) (?:next )?(?:birthday|christmas|new year|anniversary|\w+ birthday))\b(?! (?:present|"
    r"presents|card|cards|party|cake|dinner|because|at|in|with)\b)",
    r"\baccidents (?:happen|can happen|have a way of happening) to (?:people|wives|women|girls|husbands|men|those|anyone|"
    r"\w+) (?:who|that|like you|like me)\b",
    r"\b(?:said|says|told me|tells me|warned me|keeps saying)(?: that)? (?:i|you) (?:would|had|will|should|need to)? ?"
    r"better watch (?:my|your) back\b",
    r"\b(?:end up|wind up|be found) (?:at the bottom of (?:the|a) (?:river|lake|sea|harbour|canal|quarry|dam)|in (?:a|the) "
    r"(?:ditch|river|canal|morgue|shallow grave|boot of (?:a|the|his|her) car))\b",
    r"\b(?:people|anyone|those|women|wives|men|girls|guys) (?:who|that) (?:cross|crossed|upset|betray|leave|left|rat on|"
    r"grass on|talk about|mess with|cheat on) (?:him|her|them|me|us)(?: \w+){0,3} (?:have|has|tend to|seem to) (?:a way of )?"
    r"(?:disappearing|going missing|getting hurt|ending up|having accidents|disappear|go missing|get hurt|end up)\b",
    r"\bone (?:of these days|day|night) (?:i|you) (?:just )?(?:will not|would not|might not|may not) wake up\b",
]
