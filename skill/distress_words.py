"""The words skill/distress.py reads distress in: who does harm, what they do, and the word
families of danger, abuse, control, fear, self-harm and crisis (issue 8: an independent tester
found whole families missing: methods of suicide, slang of five locales, "won't stop", past
tenses, in-laws, stalking, asking for help in a sentence).

Families and patterns, not sentences. Where an everyday context makes a word ordinary ("I cut
myself shaving", "he follows me on instagram", "I'd rather die than miss our walk"), the
exception is a look-ahead on that one pattern, so it never cancels another danger said in the
same sentence; when in doubt, safety wins.
"""

from __future__ import annotations

PARTNER = (
    r"(?:my |our )?(?:own )?(?:partner|husband|wife|boyfriend|girlfriend|spouse|fiance|fiancee|ex|ex husband|ex wife|"
    r"ex boyfriend|ex girlfriend|ex partner|baby daddy|baby mama|baby father|baby mother)"
)
# Harm at home is not only a partner's: "my dad hits me", "my in laws torture me".
FAMILY = (
    r"(?:(?:my|our) (?:dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|brother|sister|uncle|"
    r"parents|in ?laws|(?:mother|father|sister|brother) in law|husband s family|flatmate|roommate|housemate|"
    r"(?:son|daughter|kids|children|child|baby)(?:'s|s)? (?:father|mother|dad|mum|mom))|"
    r"the (?:father|mother|dad) of my (?:kids|children|child|son|daughter|baby))"
)
# Who does the harm: a person, never "it" or "that" ("it hit me that I forgot").
SUBJECT = rf"(?:he|she|they|someone|somebody|a (?:man|guy|woman|stranger)|{PARTNER}|{FAMILY})"
# Helper words between subject and act ("he has been", "she keeps", "he won't stop"): a closed
# list, so "he forgot and it hurt me" is not read as "he ... hurt me".
BETWEEN = (
    r"(?: (?:has|have|had|is|was|were|are|been|keeps|kept|keep|just|always|often|sometimes|again|also|even|"
    r"then|tried|tries|try|to|started|starts|going|gets|got|did|does|would|will|might|could|physically|really|only|wants|"
    r"actually|sexually|mentally|emotionally|said|says|told me|threatened|threatens|to|if i (?:leave|go|tell)|"
    r"used to|keeps on|kept on|(?:will|would|does|did|can) not stop|never stops|(?:drunk|high|angry|wasted|off "
    r"(?:his|her|their) face) and))"
    r"{0,5}"
)
KIN = r"(?:kids|children|child|son|daughter|baby|babies|mom|mum|mother|dad|father|family|sister|brother|dog|cat)"
# "She beat me at chess", "he hit me up", "she kicked me out of bed", "she pushed me away", "he
# kills me with his jokes", "she kicked me under the table": not harm.
VICTIM = (
    rf"(?:me|us|(?:the|my|our) {KIN}|my (?:head|face|arm|arms|neck|throat|wrist|hand|ribs|body))\b"
    r"(?! (?:at|to it|up|out|away|off|under the table|with (?:his|her|their|your|those|these|the) (?:jokes?|puns?|"
    r"humou?r|stories|kindness|cooking|singing|dancing|impressions|faces)|(?:he|she|they) is (?:so |too )?"
    r"(?:funny|hilarious))\b)"
)
# Acts with no everyday sense when done to someone: "he bashes me", "she battered me", "he lamped me".
STRONG = (
    r"(?:batter|batters|battered|battering|bash|bashes|bashed|bashing|belt|belts|belted|belting|flog|flogs|flogged|"
    r"flogging|lamp|lamped|glass|glassed|headbutt|headbutts|headbutted|headbutting|elbowed|thrash|thrashed|"
    r"thrashing|whip|whips|whipped|whipping|smack|smacks|smacked|smacking|torture|tortures|tortured|torturing|"
    r"torment|torments|tormented|tormenting|harass|harasses|harassed|harassing|stamped on|stomped on|king hit|"
    r"beating on|beats on|beat on|knocking|knocks|knocked|slammed|slams|poison|poisons|poisoned|poisoning)"
)
VIOLENT = (
    r"(?:hit|hits|hitting|beat|beats|beating|beaten|punch|punches|punched|punching|kick|kicks|kicked|kicking|"
    r"slap|slaps|slapped|slapping|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|"
    r"shove|shoves|shoved|shoving|hurt|hurts|hurting|harm|harms|kill|kills|bite|bit|bites|burn|burned|burnt|"
    r"attack|attacks|attacked|attacking|rape|raped|raping|assault|assaults|assaulted|abuse|abuses|abused|abusing|"
    r"molest|molested|molests|drown|drowned|drowning|smother|smothered|suffocate|suffocated|scratch|scratched|"
    r"scratches|stab|stabs|stabbed|stabbing|smash|smashed|smashes|twist|twisted|bruised|"
    r"threaten|threatens|threatened|threatening|stalk|stalks|stalked|stalking|"
    rf"{STRONG})"
)
FEAR = r"(?:scared|afraid|frightened|terrified|fearful|petrified)"
# "Afraid of her reaction", "scared of him finding out": the ordinary fear of a hard talk.
FEAR_OF = (
    rf"(?:(?:him|her|them|{PARTNER}|{FAMILY})(?! (?:reaction|response|answer|reply|face|feelings|questions|opinion|"
    r"judgement|judgment|finding|knowing|seeing|reading|thinking|being|getting|leaving)\b)|"
    rf"what (?:he|she|they|{PARTNER}) (?:will|might|could|would|is going to) do|going home|go home|"
    r"go(?:ing)? back (?:home|to (?:him|her|them|the house)))"
)
WEAPON = r"(?:gun|guns|knife|knives|weapon|rifle|pistol|shotgun|firearm)"
# "Dying of embarrassment", "in danger of missing my promise": figures of speech.
FIGURE = r"(?! of (?:embarrassment|shame|laughter|laughing|boredom|cringe|curiosity))"

# An accident, said right after "... myself": "I cut myself shaving", "I hurt myself at the gym".
_MISHAP = (
    r"(?! (?:\w+ )?(?:(?:while |when i was )?(?:shaving|cooking|chopping|slicing|peeling|baking|ironing|gardening|"
    r"running|jogging|playing|lifting|moving|carrying|training|working out|exercising|skiing|climbing|cycling|"
    r"falling)|by accident|accidentally|at (?:the )?(?:gym|work|football|training|practice|the game)|in (?:the )?(?:garden|kitchen|shed|gym)|"
    r"on (?:a|the|some|my|an) (?!purpose)\w+|with (?:a|the) (?:kitchen knife|razor|scissors|saw|tin|can|grater|"
    r"stapler|paper|iron|oven|kettle|pan)))"
)
_SELF = rf"(?:myself|my self)\b{_MISHAP}"
# Things people want to get through that are not life: "I couldn't cope with the traffic".
EVERYDAY = (
    r"(?:the |a |that |this |all the |my )?(?:traffic|heat|cold|queue|queues|noise|crowds?|weather|commute|rain|snow|"
    r"workload|paperwork|shopping|homework|job|town|city|meeting|office|lift|elevator|routine|rut|school run|"
    r"jet ?lag|deadlines?|exam|exams|party|dentist)\b"
)

FAMILIES = [
    # Suicide and self-harm: methods, slang, past tenses.
    rf"\b(?:kill|killing|killed|hurt|hurting|harm|harming|harmed|cut|cutting|burn|burned|burnt|burning|starve|"
    rf"starving|hit|hitting|punch|punching|hang|hanging|hanged|shoot|shooting|shot|poison|poisoning|poisoned|"
    rf"drown|drowning|gas|stab|stabbing|strangle|suffocate|top|topping|topped|neck|necking|necked|off|offing|"
    rf"unalive|unaliving|do|doing) {_SELF}(?! in the foot)",
    r"\b(?:do|did|doing) (?:myself|my self) in\b|\bunalive\b|\bk ?m ?s\b",
    r"\bwish i (?:was|were|had) (?:not|never) (?:alive|born|been born|here|around|existed)\b",
    r"\b(?:nobody|no one|noone) (?:would|will|is going to|even|would even)? ?(?:care|cares|notice|mind|miss me)"
    r"(?: \w+)? (?:if|when|whether) i (?:died|die|was dead|were dead|was gone|killed myself|live|lived|disappeared)",
    r"\b(?:whether|if) i (?:live|lived) or (?:die|died)\b",
    r"\b(?:can not|could not|do not want to|will not) (?:live|keep living|go on living) (?:(?:like )?this|this way|"
    r"anymore|any more|any longer)\b",
    r"\b(?:drank|drink|drinking|took|take|taking|swallowed|swallow|swallowing|ate|eat|eating) (?:some |the |a "
    r"(?:bottle|cup|glass) of )?(?:poison|bleach|antifreeze|rat poison|weed killer|pesticide)\b",
    r"\bjump(?:ing|ed|s)? (?:off|from|in front of|under) (?:a |the |my )?(?:bridge|roof|building|cliff|balcony|train|bus|car|"
    r"truck|lorry|window|tower|overpass)\b",
    r"\b(?:cut|cutting|slit|slitting|slash|slashing) (?:my )?(?:wrists?|throat|arms|legs|thighs)\b",
    r"\bsaying (?:my )?goodbyes? to (?:everyone|everybody|you all|the world)\b",
    r"\b(?:this is|tonight is|today is) my last (?:night|day)\b(?! (?:of|at|in|here|on|before)\b)",
    r"\b(?:end|ending) (?:everything|my life|it all|my own life)\b",
    r"\b(?:stockpil\w*|saving up|hoarding|collecting|collected) (?:my |the |all )?(?:pills|tablets|meds|medication)\b",
    r"\b(?:attempted|tried to commit) suicide\b|\btried to (?:kill|end) (?:myself|my life)\b",
    r"\b(?:tired|sick|exhausted|weary) of (?:living|being alive|life|existing)\b",
    r"\bgiv(?:e|ing) up on (?:everything|life|living|myself)\b",
    r"\b(?:everything|it all|life|my life) (?:is|feels|seems) (?:so )?(?:hopeless|pointless|meaningless)\b",
    r"\b(?:i am|i feel|feeling|i feel so|i am so) (?:so |really |completely |totally )?hopeless\b(?! (?:at|with)\b)",
    r"\b(?:can not|could not) (?:take|bear|stand) (?:this |the )?pain\b|\bend my suffering\b",
    # Harm to someone else, said as an intention or a fear of oneself.
    r"\bi (?:might|could|will|would|want to|am going to|am about to|feel(?: like)?|think i (?:might|will|could)|"
    r"am (?:scared|afraid|worried|frightened) i (?:will|might|could)) (?:hurt|harm|hurting|harming|kill|killing|"
    r"hit|hitting|attack|stab) (?:someone|somebody|people|everyone|the (?:kids|children|baby)|my (?:baby|kids|"
    r"children|son|daughter|partner|husband|wife)|him|her|them)\b(?!'s| (?:for|feelings?|pride|trust|chances|up|with|at|"
    r"back)\b)",
    # Violence by anyone, past tense and slang.
    rf"\b{SUBJECT}{BETWEEN} (?:violent|aggressive)\b(?! (?:film|movie|game|show|video|book|series)\b)",
    rf"\b{SUBJECT}{BETWEEN} (?:broke|broken|fractured|dislocated|cracked|split|busted|cut|burned|burnt|bruised) (?:my|our (?:son|"
    r"daughter|kids?)) (?:arm|arms|nose|jaw|ribs?|wrist|leg|fingers?|tooth|teeth|lip|head|skull|collarbone|"
    r"cheekbone|hand|face|neck|back)\b",
    rf"\b{SUBJECT}{BETWEEN} (?:cut|cuts|slashed|sliced) (?:me|my (?:face|arm|arms|hand|neck))\b"
    r"(?! (?:off|out|some slack|short|in|a (?:slice|piece|deal|break))\b)",
    r"\b(?:punched|punches|punching|hit|hits|kicked|kicks|smashed|slammed|put (?:his|her|their) fist through) "
    r"(?:\w+ ){0,4}(?:next to|beside|near|by|behind|above|inches from|right by) (?:me|my (?:head|face))\b",
    rf"\b{SUBJECT}{BETWEEN} (?:punched|punches|put (?:his|her|their) fist through|kicked) (?:a )?holes? in the "
    r"(?:wall|door)\b",
    r"\b(?:threw|throws|throwing|smashed|smashes|smashing|broke|breaking|punched|punching|kicked|slammed|slamming|"
    rf"kicking off|shouting|screaming|yelling|raging|drunk|drinking|outside|here|coming|home|back|at the door) "
    rf"(?:\w+ ){{0,4}}and (?:now )?(?:i am|i feel|we "
    rf"are|the kids are|i was) (?:so |really |very )?{FEAR}\b",
    rf"\b{SUBJECT}{BETWEEN} (?:slammed|slams|knocked|knocks|flung|hurled|threw|throws) me (?:down|over|against|into|"
    r"to the|across|out|unconscious|onto)\b",
    r"\b(?:roughed|roughs|rough|smacked|smacks|knocked|knocks|knocking|bashed|belted) (?:me|us) (?:up|about|around)\b",
    r"\bgave me (?:a |an )?(?:black eye|good hiding|hiding|beating|thrashing|bloody nose|fat lip|split lip|"
    r"concussion|bruises?)\b",
    rf"\b{SUBJECT}{BETWEEN} jumped (?:me|us)\b(?! (?:in|at) (?:the )?(?:queue|line)\b)",
    rf"\b(?:and|then|keeps|kept|was|is|been|started) {STRONG} (?:me|us)\b(?! (?:at|up|to it|off)\b)",
    r"\b(?:i am|i was|we are|we were|i have been|i got|we got|being) (?:\w+ )?(?:harassed|tortured|tormented|"
    r"battered|bashed|belted|flogged|glassed)\b",
    r"\bdowry\b",
    # Sexual abuse.
    r"\bsexually (?:abus|assault|harass|molest|exploit|attack)\w*",
    r"\b(?:forces|forced|forcing|force|pushes|pushed) (?:himself|herself|themselves) (?:on|onto|upon) (?:me|us)\b",
    r"\btouch(?:ed|es|ing)? (?:me|my body) (?:\w+ ){0,4}(?:when|after|even though|although|while) i (?:said no|"
    r"told (?:him|her|them) (?:no|to stop)|was asleep|did not want)",
    r"\b(?:said|told (?:him|her|them)) no (?:and|but) (?:he|she|they) (?:kept going|did it anyway|carried on|went "
    r"ahead|did not stop)\b",
    # Threats, stalking, control.
    rf"\b{SUBJECT}{BETWEEN} (?:following|followed|follows|watching|spying on|spied on|spies on|tracking|tracked|"
    r"tracks) (?:me|us)\b(?! (?:on|back)\b)",
    r"\bwatch(?:es|ing|ed)? (?:me|us) (?:through|on|with) (?:the |a )?(?:cameras?|webcam|cctv|spyware)\b",
    r"\b(?:tracks|tracking|tracked|monitors|monitoring|monitored) (?:me|my (?:location|phone|car|movements|"
    r"messages|texts|calls|emails))\b(?!(?: \w+){0,4} (?:we|i) agreed\b)",
    rf"\b(?:{SUBJECT}{BETWEEN}|and) (?:will not|would not|does not|never) leave (?:me|us) alone\b",
    r"\b(?:regret it|be sorry|pay for (?:it|this)|suffer) if i (?:leave|left|go|went|tell|told|call|called|report)",
    r"\b(?:death threats?|(?:sends|sent|sending|makes|made|making|gets|got|getting|received|receiving) (?:me )?"
    r"(?:\w+ )?threats)\b",
    r"\b(?:threatened|threatens|threatening|threats?) to (?:burn|stab|shoot|beat|hit|throw acid on) (?:me|us|my|"
    r"the|our)\b",
    r"\b(?:will|would|going to|threatened to|threatens to) (?:kill|hurt|harm) (?:my|our|the) (?:kids|children|"
    r"child|son|daughter|baby|dog|cat|pets?|family|mum|mom|mother|dad|father|sister|brother|parents)\b",
    r"\b(?:takes|took|taking|controls|control|controlling) (?:all )?(?:of )?my (?:money|wages|salary|pay|pension|"
    r"benefits|earnings|income)\b",
    r"\b(?:keeps|kept|keep|keeping) (?:me|us|the kids) (?:locked|shut) (?:in|inside|up|away)\b",
    r"\bnot allowed (?:out|to (?:go out|go anywhere|work|have (?:my own )?(?:money|friends|a phone)))\b",
    r"\b(?:decides|decided|controls|chooses) (?:what|who|where|when) i (?:eat|see|wear|go|talk|can)\b",
    # Fear of a person, and feeling unsafe.
    rf"\b(?:i|we) (?:really |still |truly |now )?fear {FEAR_OF}",
    rf"\b{FEAR} (?:that )?(?:he|she|they|{PARTNER}|{FAMILY}) (?:will|might|is going to|could|would) (?:find|come "
    r"(?:back|for|after)|catch|track) (?:me|us)\b",
    r"\bwalk(?:ing)? on egg ?shells\b",
    rf"\b{FEAR} to go back (?:home|to (?:him|her|them|that house))\b",
    rf"\b{SUBJECT}{BETWEEN} (?:scares|scared|frightens|frightened|terrifies|terrified) the (?:hell|life|shit|crap|"
    r"living daylights) out of (?:me|us)\b",
    rf"\b(?:{FEAR}|worried|concerned) (?:for|about) (?:my|our) (?:own )?(?:safety|life|lives)\b",
    rf"\b{FEAR} for (?:my|our|the) (?:kids|children|baby|babies|son|daughter)\b",
    r"\bmy (?:life|lives) (?:is|are) in danger\b",
    # Asking for help, inside a sentence.
    r"\b(?:need|find|get|looking for|where is|where can i find) (?:a |an )?(?:somewhere safe|safe (?:place|house|"
    r"space|room)|someplace safe|womens? refuge|refuge|womens? shelter|shelter\b(?! for))\b",
    r"\b(?:where|how) (?:can|do|should|could) (?:i|we) (?:get|find) help\b|\bwho (?:can|do|should|could) (?:i|we) "
    r"(?:call|turn to|talk to|ask) for help\b",
    r"^(?:is there )?(?:someone|somebody|anyone|anybody) (?:i|we) (?:can|could) (?:call|talk to|speak to)(?: now| "
    r"right now)?$",
    r"\bneed (?:someone|somebody|anyone) to talk to\b|\bneed to (?:talk|speak) to (?:someone|somebody|anyone) "
    r"(?:now|right now|urgently)\b",
    rf"\bhelp(?: me| us)?(?: please)? {SUBJECT} (?:is|are) (?:here|outside|coming|back|at the door|in the house)\b",
]
