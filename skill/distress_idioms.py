"""Danger said plainly in everyday words: the final tester's misses (issue 8, defect 1) and
the families behind them, read by skill/distress.py with the others.

- Someone else afraid of, or hurt by, a person close to them: "the kids are scared of their
  dad", "my mum's boyfriend hurts her", "my gran's carer is rough with her". A fear needs a
  person ("scared of the dark", "of spiders" is not this) and a blow needs no game after it
  ("beats her at golf").
- Violence in everyday idioms: "he gives me a slap when I'm late", "a clip round the ear",
  "she backhanded me", "shoves me into the wall" (a slap on the back, a punch line, a kick up
  the backside are not this).
- Intimidation without a blow: a door kicked in, a fist through the wall, a phone smashed or
  snatched, a way out blocked, driving to scare, a fist raised, one's things broken, a pet hurt
  (a ball kicked, "we smashed it at the quiz", the wind at the door are not this).
- A blow that did not come "this time", "for once": good news that tells of the others.
- A threat meant: "he said he'd end me and he means it" (not "he said he'll fix the fence").
- Means of control and fear said in new words: papers and deportation threatened, a chair
  against the door, bruises hidden, "do something stupid tonight".
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, FEAR, PARTNER, PARTNER_AS_HIM_HER_OR_THEM, SCORE, SUBJECT

# Someone else: the one the speaker tells of, by their place in the speaker's life.
_OTHER = (
    r"(?:(?:the|my|our|his|her|their) (?:little |eldest |youngest |oldest |two |three |baby |teenage |best )?"
    r"(?:kids|children|child|son|sons|daughter|daughters|boy|boys|girl|girls|little one|little ones|baby|mum|mom|"
    r"mother|sister|brother|friend|mate|neighbour|neighbor|colleague|coworker|granny|gran|grandma|nan|nana|nanna|"
    r"grandmother|grandad|grandpa|grandfather|aunt|auntie|aunty|niece|nephew|cousin|flatmate|roommate|stepdaughter|"
    r"dad|father|stepdad|uncle|husband|wife|partner|boyfriend|girlfriend|"
    r"stepson|grandson|granddaughter|sister in law|daughter in law|bhabhi|didi)|(?:she|he|they))"
)
# Who harms them, named by their place in the other's life: "their dad", "her boyfriend".
_ROLE = (
    r"(?:dad|father|daddy|papa|stepdad|stepfather|mum|mom|mother|stepmum|stepmom|stepmother|husband|wife|partner|"
    r"boyfriend|girlfriend|fella|feller|bloke|man|ex|ex husband|ex wife|ex boyfriend|ex girlfriend|fiance|fiancee|"
    r"uncle|brother|grandfather|grandad|carer|caregiver|caretaker|in laws|mother in law|father in law|landlord|"
    r"pimp|son|grandson|hubby|other half|de facto)"
)
# A role owned: "their dad", "my sister's fella", "our neighbour's partner", "the lad's father".
_OWNED_ROLE = rf"(?:(?:the|my|our|his|her|their)(?: \w+)?(?:'s| s)? |\w+'s ){_ROLE}\b(?!'| s\b)"
# Not of the person but of what they have or do: "scared of their dad's dog", "of her reaction".
_NOT_THE_PERSON = (
    r"(?! (?:reaction|response|answer|face|feelings|opinion|questions|car|dog|cat|snoring|driving|cooking|"
    r"jokes?|music|finding|knowing|seeing|reading|being|getting|leaving|coming|going|telling|noticing)\b)"
)
# What is done to someone in a game or a race: "beats her at golf", "beat him to it".
_GAME = (
    r"(?! (?:at|in) (?!home\b|night\b|front\b|bed\b|(?:the|their|our|his|her) (?:house|home|flat|car|kitchen|"
    rf"bedroom|bathroom)\b)\w| to (?:it|the)\b| {SCORE}| up (?:on|for|with|about|to|via|again|asking)\b| hard at\b| fair and "
    r"square\b)"
)
# Acts on someone else: broader than a blow, since the speaker only tells of it.
_HARMS = (
    r"(?:hit|hits|hitting|beat|beats|beating|beats up|beat up|beating up|punch|punches|punched|punching|kick|kicks|"
    r"kicked|kicking|slap|slaps|slapped|slapping|choke|chokes|choked|choking|strangle|strangles|strangled|shove|"
    r"shoves|shoved|hurt|hurts|hurting|harm|harms|harmed|abuse|abuses|abused|abusing|rape|rapes|raped|batter|"
    r"batters|battered|battering|bash|bashes|bashed|bashing|smack|smacks|smacked|threaten|threatens|threatened|"
    r"threatening|terrorise|terrorises|terrorised|terrorize|terrorizes|terrorized|terrorising|terrorizing|"
    r"bully|bullies|bullied|bullying|knocks about|knocks around|knocked about|knocked around|knocking about|"
    r"pushes around|pushed around|pushing around|roughs up|roughed up|slaps around|slapped around|"
    r"is rough with|was rough with|gets rough with|got rough with|is violent (?:with|to|towards)|"
    r"gets violent (?:with|towards)|lays hands on|laid hands on|raises (?:his|her|their) hand to)"
)
_HARMED = (
    r"(?:her|him|them|the kids|the children|(?:my|our|her|his|their) (?:little )?(?:kids|children|child|son|"
    r"daughter|baby|boy|girl|mum|mom|mother|sister|brother|gran|granny|nan|nana|grandma|friend|mate|wife|"
    r"girlfriend|partner))\b(?!'| s\b)"
)
# A blow given as a thing: "gives me a slap", "gave her a clip round the ear".
_BLOW = (
    r"(?:slap|slapping|smack|smacking|clip (?:round|around|across|on|over) the (?:ear|earhole|head|face)|"
    r"clout|clouting|backhander|wallop|walloping|thump|thumping|punch|kick|kicking|shove|good hiding|hiding|"
    r"beating|belting|hammering|thrashing|black eye|shiner|fat lip|bloody nose|split lip|knuckle sandwich|"
    r"taste of (?:his|her|their) (?:fist|belt|hand))"
)
# What turns a blow into a greeting or a push into help: "a slap on the back", "a kick up the backside".
_NOT_A_BLOW = (
    r"(?! (?:on the (?:back|shoulder|arm|wrist|bum|butt|lips|cheek|hand)|of (?!his|her|their)\w|up the|for (?:my )?"
    r"(?:birthday|christmas)|line|bowl|card)\b)"
)
_GIVE = r"(?:give|gives|gave|given|giving|gets|got|get|getting)"


IDIOMS = [
    # Someone else afraid of a person close to them.
    rf"\b{_OTHER}(?: \w+){{0,3}}? (?:is|are|was|were|gets|get|seem|seems|always|so|really|very|too|still|become|"
    rf"became|been) (?:(?:so|really|very|too|absolutely|properly|always|still) )?(?:{FEAR}|scared stiff|"
    rf"terrified) (?:of|to be (?:home|alone|around|near|at home|in the house|left) (?:with|alone with)?|to go home to|"
    rf"to see|around|near) {_OWNED_ROLE}{_NOT_THE_PERSON}",
    rf"\b{_OTHER}(?: \w+){{0,3}}? (?:is|are|was|were|gets|get|always|so|really|very|too|still) (?:(?:so|really|very|"
    rf"too) )?{FEAR} (?:of (?:him|her|them)|when {_OWNED_ROLE}(?: \w+){{0,2}} (?:comes|gets|is) (?:home|back|drunk|"
    r"angry))\b(?! (?:at|in) )",
    # Someone else harmed by a person close to them: "my mum's boyfriend hurts her".
    rf"\b(?:{_OWNED_ROLE}|{SUBJECT}){BETWEEN} {_HARMS} {_HARMED}{_GAME}",
    rf"\b(?:knocks|knocked|knocking|knock|roughs|roughed|roughing|slaps|slapped|slapping|smacks|smacked|smacking|"
    rf"shoves|shoved|shoving|pushes|pushed|pushing) {_HARMED} (?:about|around|round)\b(?! (?:in|on) (?:a|the|her|his|"
    rf"their) (?:pram|buggy|stroller|wheelchair|trolley|cart|swing|sledge|sled)\b)|\b(?:roughs|roughed|roughing|beats|"
    rf"beat|beating) {_HARMED} up\b",
    # A blow given as a thing, to the speaker or to someone else.
    rf"\b{SUBJECT}{BETWEEN} {_GIVE} (?:me|us|her|him|them|the kids|(?:my|our) \w+) (?:a |an |the odd |another |the |"
    rf"one )?(?:(?:quick|little|hard|real|right|proper|good|big|nasty|sharp|almighty|hell of a) )?{_BLOW}\b{_NOT_A_BLOW}",
    # Idioms of violence done to the speaker.
    rf"\b{SUBJECT}{BETWEEN} (?:backhanded|backhands|backhanding|clocked|clocks|decked|decks|booted|boots|kneed|knees|"
    r"throttled|throttles|slapped|smacked|cuffed|cuffs|clouted|clouts|socked|socks|swung at|swings at|went for|goes "
    r"for|lunged at|lunges at|laid hands on|lays hands on|raised (?:his|her|their) hand to|raises (?:his|her|their) "
    r"hand to) (?:me|us)\b(?! (?:in|out|off|up|on (?:the )?(?:ball|board|bus|list|team|call)|with (?:a|the) "
    r"(?:pillow|snowball|towel|question|bill|idea|request|job|news))\b)(?!.* across the (?:room|bar|street|road))",
    rf"\b{SUBJECT}{BETWEEN} (?:shoved|shoves|shoving|pushed|pushes|pushing|threw|throws|slammed|slams|flung|flings|"
    r"knocked|knocks|rammed|rams) (?:me|us|her|him|the kids) (?:hard )?(?:into|against|onto|down|up against|across|"
    r"over|through) (?:the |a |my |our )?(?:\w+ )?(?:wall|door|fridge|floor|ground|table|stairs|counter|cupboard|"
    r"bed|car|window|mirror|sink|bath|radiator|banister|bannister|railing|wardrobe|dresser|doorframe|oven|tv)\b",
    # Intimidation: a door kicked in, a fist through a wall, things broken, a way out blocked.
    r"\b(?:kicked|kicks|kicking|kick|smashed|smashes|smashing|broke|breaks|breaking|booted|boots|bashed|barged|"
    r"busted|shouldered) (?:the |my |our |a |her |his )?(?:\w+ )?(?:door|doors) (?:in|down|off (?:its|the) "
    r"hinges)\b|\b(?:kicked|kicks|kicking|smashed|smashes|broke|breaks|booted|bashed|busted) (?:in|down) (?:the |my |"
    r"our |a )?(?:\w+ )?door\b",
    rf"\b(?:{SUBJECT}{BETWEEN} |and )(?:punched|punches|punching|punch|kicked|kicks|kicking|smashed|smashes|"
    r"smashing|slammed|slams|slamming) (?:a |some )?(?:holes? (?:in|through) )?(?:the |a |my |our )?(?:\w+ )?(?:walls?|"
    r"doors?|windows?|"
    r"cupboards?|mirror|tables?)\b(?! (?:shut|closed|open|to|for)\b)",
    r"\b(?:put|puts|putting|rammed|smashed) (?:his|her|their) (?:fist|fists|hand|head|foot) (?:through|into) (?:the |a "
    r"|my |our )?(?:wall|door|window|mirror|cupboard|tv|screen|windscreen)\b",
    rf"\b{SUBJECT}{BETWEEN} (?:smashed|smashes|smashing|snapped|snaps|stamped on|stomped on|destroyed|destroys|"
    r"destroying|ripped up|rips up|tore up|tears up|cut up|cuts up|burned|burnt|burns|broke|breaks|breaking|wrecked|"
    r"wrecks|trashed|trashes|threw out|throws out|binned|bins) (?:all |up |every one of |all of )?(?:my|our) (?:\w+ )?"
    r"(?:phone|mobile|glasses|laptop|things|stuff|clothes|belongings|possessions|photos|pictures|tablet|ipad|"
    r"guitar|sim|sim card|passport|books|jewellery|jewelry|furniture|plates|makeup|keys)\b"
    r"(?!(?: \w+)* (?:by accident|accidentally|by mistake|when (?:he|she|they) (?:dropped|tripped|fell|sat|stood))\b)",
    r"\b(?:ripped|snatched|grabbed|yanked|tore|pulled|wrenched|took) (?:the |my )?(?:phone|mobile) (?:out of|from) my "
    r"hands?\b",
    r"\b(?:blocked|blocks|blocking|block|stood in|stands in|standing in|stood at|stands at|standing at|stood "
    r"against|stands against|barred|bars|barring|guarded|guards) (?:the |my |our )?(?:front |back |bedroom |car )?"
    r"(?:door|doorway|exit|way out|hallway|stairs|gate)\b(?: \w+){0,3} (?:so (?:that )?(?:i|we|the kids) (?:could not|"
    r"can not|would not|was not able to|were not able to)|and (?:would not|will not) let (?:me|us)|to stop (?:me|us)|"
    r"and i (?:could not|can not))\b",
    r"\bblock(?:s|ed|ing)? (?:me|us) (?:in|into) (?:the |a |my )?(?:room|bedroom|bathroom|kitchen|corner|house|"
    r"hallway)\b|\b(?:would not|will not|does not) let (?:me|us) (?:out of|past|through) (?:the )?(?:room|door|house|"
    r"doorway|car)\b",
    r"\b(?:drove|drives|driving|drive|sped|speeds|speeding|swerved|swerves|swerving|raced|races|racing)\b(?: \w+){0,6} "
    r"(?:to|just to|so as to|on purpose to) (?:scare|frighten|terrify|punish|intimidate|threaten|shut up) (?:me|us|"
    r"the kids)\b|\b(?:threatened|threatens|threatening) to (?:crash|drive) (?:the car|us|into|off)\b",
    r"\b(?:drives|drove|driving) (?:(?:like )?a (?:maniac|madman|lunatic)|dangerously|recklessly) (?:when|if|whenever|"
    r"because|with) (?:i|we|the kids|me|he|she) \w+",
    rf"\b{SUBJECT}{BETWEEN} (?:stood|stands|standing|looms|loomed|looming|towers|towered|towering|hovers|hovered) "
    r"over (?:me|us|the kids)\b(?= *$| (?:with|shouting|screaming|yelling|and (?:shouted|screamed|yelled|raised|"
    r"threatened)|until|while i (?:cried|was crying|shook)))",
    r"\b(?:raised|raises|raising|clenched|clenches|clenching|balled|shook|shakes|shaking|waved|waves|waving|held|holds|"
    r"holding) (?:up )?(?:his|her|their|a) (?:fist|fists|hand)\b(?: \w+){0,2} (?:at|over|to|in front of|in) (?:me|us|"
    r"my face|the kids)\b|\b(?:his|her|their) fists? (?:raised|clenched|balled|up)\b(?! in (?:the air|triumph|"
    r"celebration|victory))",
    rf"\b{SUBJECT}{BETWEEN} (?:kicked|kicks|kicking|hurt|hurts|hurting|hit|hits|hitting|beat|beats|beating|"
    r"strangled|strangles|choked|chokes|drowned|drowns|killed|kills|starved|starves|poisoned|poisons|threw|throws|"
    r"strangled|burned|burnt|stamped on|stomped on|punched|punches|smacked|smacks|twisted|broke) (?:my|our|the|her|"
    r"his) (?:dog|dogs|cat|cats|puppy|kitten|pet|pets|rabbit|bird|hamster|guinea pig|budgie|parrot)\b(?!'| s\b| "
    r"(?:toy|ball|bowl|food|bed|flap|lead|leash|basket|cage)\b)",
    r"\b(?:hurt|hurts|hurting|kicked|kicks|kill|killed|kills) (?:my|our|the) (?:dog|cat|puppy|kitten|pet|pets|"
    r"rabbit) (?:to|just to|so as to) (?:get at|punish|hurt|scare|frighten|teach) (?:me|us)\b",
    # A blow that did not come this time, for once: the good news that tells of the others.
    r"\b(?:did not|has not|have not|had not|never|no longer|has stopped|stopped|did not even|would not|was not) "
    r"(?:hit|beat|punch|kick|slap|choke|strangle|throttle|shove|push|grab|bite|burn|smack|hurt|shake|pin|drag|"
    r"throw things at|lay a (?:finger|hand) on|raise (?:his|her|their) hand to|knock|batter|bash|thump|"
    r"headbutt) (?:me|us|her|him|the kids|the children|my \w+)\b(?! (?:at|in|up|to|into|forward|out|off|on the "
    r"(?:arm|shoulder|back)|under the table)\b)(?=(?: [\w']+){0,8}? (?:this time|for once|this week|this month|today|tonight|"
    r"yesterday|last night|lately|recently|in (?:a|\w+) (?:days?|weeks?|months?)|for (?:a|\w+) (?:days?|weeks?|"
    r"months?)|since|any ?more|which is (?:nice|good|progress|something|a relief|great)|at least|so far|yet|"
    r"for a change|thank god|thankfully)\b)",
    # A threat, meant: "he said he'd end me and he means it" (gaps bounded in words, so a long
    # slot costs what its length costs).
    r"\b(?:said|says|told me|tells me|swore|swears|warned|warns|threatened|threatens|promised|promises|keeps saying|"
    r"texted|messaged)\b(?: [\w']+){0,10}? (?:(?:kill|hurt|harm|beat|hit|stab|shoot|strangle|bury|end|finish|ruin|destroy) "
    r"(?:me|us|you|him|her|them|my|the kids|the children|everyone|himself|herself|myself)\b|burn (?:the|my|our) "
    r"(?:house|flat|place|car)|make (?:me|us) pay|take (?:the|my|our) (?:kids|children)|never see (?:the|my|our) "
    r"(?:kids|children)|(?:be|feel) sorry|regret it)\b(?: [\w']+){0,12}? (?:(?:he|she|they|i) (?:means|meant|mean|really means|really "
    r"meant) it|(?:he|she|they) (?:was|is|were|are) not (?:joking|kidding)|(?:he|she|they) (?:was|is|were|are) "
    r"(?:dead )?serious)\b",
    rf"\b{SUBJECT}{BETWEEN} (?:will|would|is going to|are going to|said (?:he|she|they) would) (?:end|finish) (?:me|us)"
    r"(?: off)?\b(?! if (?:i|we) (?:forget|miss|am late|are late|eat|spend|break|lose|do not (?:clean|call|tidy|text)))",
    # Control and fear in new words.
    r"\bthreat\w* to (?:send me (?:back|away|home)|report me to (?:immigration|the home office|the authorities)|"
    r"tell (?:immigration|the home office|border force)|have me (?:deported|sectioned|locked up|arrested)|get me "
    r"(?:deported|sectioned)|call immigration|cancel my visa|take my visa)\b",
    r"\b(?:chair|wardrobe|dresser|chest of drawers|table|bed|sofa|couch|bookcase) (?:against|under the handle of|"
    r"in front of|up against|(?:wedged|jammed|propped) (?:against|under)|under) (?:the|my) (?:bedroom |bathroom )?"
    r"(?:door|door ?handle|doorknob|door knob)\b(?! (?:to (?:keep (?:it open|(?:the |a )?(?:draught|draft|cold|wind|cat|dog|"
    r"puppy)(?: \w+)?)|stop (?:it|the draught|the draft|(?:the )?(?:cat|dog|door) \w+))|open)\b)",
    r"\b(?:hide|hid|hiding|hides|cover|covered|covering|covers) (?:up )?(?:my|the|her|his) (?:bruises|bruise|black "
    r"eye|welts|split lip|marks on my (?:neck|arms|face))\b",
    r"\b(?:going to|might|about to|will|i will|scared i will|afraid i will|feel like doing|could) do something "
    r"(?:stupid|silly|drastic)\b(?= *$| (?:tonight|today|to myself|now|soon|if)\b)",
    rf"\b{FEAR} (?:that )?(?:he|she|they|{PARTNER}) (?:will|might|is going to|could|would) (?:find out|know|hear|see) "
    r"(?:that )?i (?:rang|called|phoned|texted|messaged|contacted|talked to|spoke to|went to|saw|am talking|was "
    r"talking|have been talking)\b",
    r"\b(?:takes|took|taking|keeps|kept|controls|has) (?:all )?(?:of )?my (?:whole|entire|full|every) (?:salary|wages|"
    r"pay|paycheck|pay cheque|pension|income|earnings)\b",
    r"\b(?:checks|checked|checking|counts|monitors|writes down) (?:the )?(?:mileage|miles|odometer) (?:on|of) my car\b",
    rf"\b{FEAR} (?:to be|of being) (?:in the same (?:room|house|bed|car) as|alone in a room with|in a room with) "
    rf"{PARTNER_AS_HIM_HER_OR_THEM}\b",
]
