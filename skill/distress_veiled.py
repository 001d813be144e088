"""Distress said aside: the families the sixth list written blind found missing (issue 8;
tests/skill/distress_blind.py SIXTH_DISTRESS), read by skill/distress.py with the others.

- An overdose taken, said casually: "took a load of pills", "swallowed the lot" ("a load of
  photos", "the lot of the biscuits" are not this).
- Hopelessness said softly: "don't see the point in any of this", "so tired of being here",
  letters to the kids "just in case". Being here, said on its own, is being alive; "tired of
  being here at work every weekend", "in the rain", names a place, and is not this.
- Means looked up, as a joke or not: "how many tablets it takes".
- Self-harm urges told as progress: "days without wanting to die", "the urge to cut".
- A weapon kept as a threat: "keeps a gun in the truck and reminds me it's there".
- Sexual abuse while asleep, and of a child by a step-parent or another adult close to them.
- Papers and phone taken, an email account broken into and read.
- Someone else harmed: an elder's carer taking the pension, a child next door covered in marks.
- Regional blows: "a few digs", "got stuck into me", "whooped me", "took a run at me" (digs
  about one's cooking, "stuck into me about the bills", "whooped me at chess" are words or games).
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, KNOCKS, SUBJECT, WEAPON

_MEDS = (
    r"(?:pills|tablets|paracetamol|painkillers|sleeping pills|sleepers|meds|medication|co codamol|codeine|ibuprofen|"
    r"aspirin|antidepressants|insulin|diazepam|valium|tramadol|oxy|oxys)"
)
# A quantity too great to be a dose: "a load of", "a whole packet of".
_HEAP = (
    r"(?:a (?:load|pile|heap|ton|stack|fistful|mouthful|whole load|shed load|shedload) of|loads of|heaps of|tons of|"
    r"(?:an? |the |half (?:a |the )?)?(?:whole |full |entire )?(?:packet|box|bottle|strip|blister pack|tub|pot|jar)s? of|two (?:packets|"
    r"boxes|bottles|strips) of|every (?:one of )?(?:my|the)|the rest of (?:my|the)|all (?:of )?(?:my|the|his|her) "
    r"(?:remaining |leftover )?)"
)
# Being here, meaning alive: said with nothing after, or "any more"; never a place or a time.
_HERE_ALONE = (
    r"being (?:alive|me|in this world|on this earth|here(?= *$| any ?more\b| now *$| (?:honestly|to be honest)))"
)
# Someone close to a child, or an adult in their life: "her stepdad", "his uncle", "the coach".
_ADULT = (
    r"(?:stepdad|stepfather|step dad|stepmum|stepmom|stepmother|step mum|step mom|stepbrother|step brother|uncle|"
    r"grandad|grandpa|grandfather|mum s boyfriend|mum's boyfriend|mom's boyfriend|mom s boyfriend|babysitter|coach|"
    r"tutor|lodger|cousin|neighbour|neighbor)"
)
_CHILD = (
    r"(?:little one|little ones|kid|kids|child|children|boy|girl|lad|lass|baby|toddler|little boy|little girl|"
    r"daughter|son|stepdaughter|stepson|niece|nephew|granddaughter|grandson)"
)
_MARKS = r"(?:marks|bruises|bruising|burns|cigarette burns|welts|belt marks|finger marks|handprints|black eyes?|cuts)"
# Who has a dependant's money in hand: a carer, a relative, a lodger.
_KEEPER = (
    r"(?:carer|carers|caregiver|care worker|home help|nurse|son|daughter|nephew|niece|grandson|granddaughter|lodger|"
    r"neighbour|neighbor|stepson|stepdaughter)"
)
_OUR_ACCOUNTS = (
    r"(?:email|emails|e mail|e mails|gmail|inbox|accounts?|facebook|instagram|whatsapp|messenger|icloud|dms|"
    r"social media|online banking|bank account)"
)

VEILED = [
    # An overdose taken.
    rf"\b(?:took|taken|take|swallowed|necked|downed|popped|had) {_HEAP}(?: \w+)? {_MEDS}\b(?! (?:to|back|out|into|"
    r"for (?:the|my|his|her) (?:dog|cat|gran|granny|nan|mum|mom|dad))\b)",
    rf"\bi (?:have )?(?:just )?(?:swallowed|took|taken|necked|downed) (?:the (?:whole )?lot|them all|all of them|every "
    rf"(?:last )?one(?: of them)?)\b(?=.*\b{_MEDS}\b| *$| (?:tonight|today|just now|an hour ago|earlier|already|and "
    r"(?:i|now))\b)",
    # Hopelessness said softly.
    r"\b(?:do not|can not|no longer|not) (?:really |even )?see (?:the|any) point (?:in|of) (?:any of (?:this|it)|"
    r"(?:it|this) all|all of (?:this|it)|carrying on|trying|getting up|waking up|being here|me)(?= *$| any ?more\b| now\b)",
    r"\bno point (?:in|to) (?:any of (?:this|it)|all of (?:this|it)|(?:it|this) all|me)(?= *$| any ?more\b| now\b)",
    rf"\b(?:tired|sick|weary|exhausted) of {_HERE_ALONE}",
    r"\b(?:wrote|written|writing|write|left|recorded|recording|made) (?:\w+ )?(?:letters?|notes?|a video|videos|"
    r"messages?|cards?) (?:for|to) (?:everyone|everybody|(?:the|my|our|each of the|all the|all my) (?:kids|children|"
    r"family|wife|husband|partner|mum|mom|dad|parents|sons?|daughters?|boys|girls|sister|brother|grandkids|"
    r"grandchildren|friends|loved ones)) (?:just )?in case\b"
    r"(?= *$| (?:anything|something) (?:happens|happened) to me| i am not| i do not| i die)",
    # Means looked up: how many it takes, what would be fatal.
    rf"\bhow (?:many|much) (?:\w+ )?{_MEDS} (?:it (?:takes|would take|will take)|(?:would|will) (?:kill|do it|be "
    r"fatal|be lethal|be enough)|(?:is|are|would be) (?:fatal|lethal|a fatal dose|an overdose))\b",
    r"\b(?:looked up|look up|looking up|googled|googling|searched|searching|researched|researching|reading up on|"
    r"read up on) (?:how to (?:hang|kill|overdose|drown|end it|die)|ways to (?:die|kill myself|end it)|painless ways|"
    r"suicide methods|(?:a |the )?(?:lethal|fatal) dose|how long it takes to (?:die|bleed out|drown))\b",
    # Or thought through: "i've been thinking of ways to end it" (not "to end it with the gym").
    r"\b(?:thinking|thought|think|planning|planned|plan) (?:of|about|out) (?:ways|how) to (?:die|kill myself|end my life|"
    r"end it)\b(?! (?:with|between|there|early|off|on|at|for|by|after|before)\b)",
    # Self-harm urges told as progress.
    r"\bwanting to (?:die|be dead|kill myself|end (?:it|it all|my life)|not (?:exist|be here|wake up))\b"
    r"(?! (?:of|from|laughing|hard|in (?:a|the) (?:game|film|movie))\b)",
    r"\b(?:urges?|the urge|urging) to (?:cut(?! (?:my|the|a|it|back|down|loose|corners|ties|in|out)\b)|self harm|"
    r"hurt myself|harm myself|kill myself|die|end it|burn myself)\b",
    # A weapon kept to be seen.
    rf"\b{SUBJECT}{BETWEEN} (?:keeps|kept|keeping|carries|carried|carrying|sleeps with|slept with|leaves|left|cleans|"
    rf"cleaned|cleaning|loads|loaded|loading|sharpens|sharpened|sharpening|waves|waved|shows|showed|points|pointed) "
    rf"(?:a|an|his|her|their|the) {WEAPON}\b(?! (?:block|blocks|set|sets|sharpener|safe|cabinet|licen[cs]e|club|"
    r"range|drawer|show|shop|collection|for (?:fishing|hunting|work|camping|cooking|whittling|the (?:kitchen|shed|boat|"
    r"farm)))\b)",
    rf"\b(?:reminds|reminded|reminding|tells|told|shows|showed) me (?:that )?(?:(?:it|the {WEAPON}) is (?:there|"
    rf"loaded|in the)|(?:he|she|they) (?:has|have|owns|keeps|kept) (?:a|the|it)|where (?:the|his|her|their) "
    rf"{WEAPON} is)\b",
    # Sexual abuse while asleep, and of a child.
    r"\b(?:does|did|doing|do) (?:things|stuff|sexual things|it|that) to me (?:while|when|whilst) i (?:am|was) "
    r"(?:asleep|sleeping|passed out|unconscious|out of it|drugged|too drunk)\b",
    r"\b(?:touches|touched|touching|has sex with|had sex with|undresses|undressed|films|filmed|photographs|"
    r"photographed) me (?:while|when|whilst) i (?:am|was) (?:asleep|sleeping|passed out|unconscious|out of it|drugged|"
    r"too drunk)\b|\bwoke (?:up )?(?:to|and) (?:find |found )?(?:him|her|them|he|she|they) (?:was |were |is )?"
    r"(?:on top of me|touching me|inside me|having sex with me|undressing me)\b",
    rf"\b(?:her|his|their|my|our|the kids|the kids s|the kids') {_ADULT}(?: \w+)? (?:touches|touched|touching|keeps "
    r"touching|fiddles with|fiddled with|interferes with|interfered with|molests|molested|gets into bed with|got into "
    r"bed with) (?:her|him|them|me)\b(?! (?:on the (?:arm|shoulder|head|back|hand)|up)\b)",
    # Papers, phone and accounts taken.
    r"\b(?:taken|taking|confiscated|confiscates|locked away|locks away|holds|holding|has got|is holding) (?:all )?"
    r"my (?:passport|papers|documents|visa|id|birth certificate)\b(?! (?:to|for) (?:the|a|renewal|be))",
    r"\b(?:takes|took|taken|taking|confiscates|confiscated|grabs|grabbed|snatches|snatched) my (?:phone|mobile)(?: "
    r"\w+)?? (?:off|from|away from) me\b(?= (?:every|each) (?:night|day|evening|time)| at night| so (?:i|we) (?:can "
    r"not|could not)| and (?:will not|would not|does not|never|hides|hid|locks|locked|keeps|kept)| when(?:ever)? "
    r"(?:he|she|they)\b)",
    r"\b(?:passport|papers|visa|documents|id)\b.*\b(?:will not|would not|refuses to|never) (?:give|hand) (?:it|them) "
    r"(?:back|over)\b",
    rf"\b{SUBJECT}{BETWEEN} (?:got|gets|getting|hacked|hacks|hacking|broke|breaks|logged|logs|logging)(?: into| in "
    rf"to)? my {_OUR_ACCOUNTS}\b(?!(?: \w+){{0,4}} (?:as|like) (?:we|i) (?:agreed|promised|asked)| as agreed| to "
    r"(?:help|fix|sort|set))",
    rf"\b{SUBJECT}{BETWEEN} (?:reads|checks|sees|monitors|forwards) (?:everything|every (?:message|text|email)|all "
    r"(?:my|the) (?:messages|texts|emails)) i (?:send|write|type|text|get|receive)\b(?!(?: \w+){0,4} (?:as|like) "
    r"(?:we|i) (?:agreed|promised|asked)| as agreed)",
    # Someone else harmed: an elder's money taken, a child with marks.
    # The keeper alone at the start: a slot that carried only "carer is taking her pension money".
    rf"(?:^|\b(?:\w+(?:'s| s) |the |her |his |their |my |our )){_KEEPER} (?:\w+ )?(?:takes|took|taking|steals|stole|"
    r"stealing|keeps|kept|spends|spent|pockets|pocketed|has been taking|helps (?:himself|herself|themselves) to) "
    r"(?:all )?(?:of )?(?:his|her|their) (?:money|pension|benefits|savings|bank card|cards|wages)\b(?! (?:to|for "
    r"(?:him|her|them)|out for|in for|to pay)\b)",
    rf"\b(?:the |my |our |a |his |her |their )?(?:\w+ )?{_CHILD}(?: next door| upstairs| downstairs| across the "
    rf"(?:road|street|hall)| down the (?:road|street)| at school| in my class)?\b(?: [\w']+){{0,6}}? (?:is |are |was "
    rf"|were )?(?:always |often |covered in|has|had|keeps getting|comes to school with|came to school with|turns up "
    rf"with|with) (?:\w+ )?{_MARKS}\b(?! (?:from|of) (?:{KNOCKS}|felt|pen|paint|marker|crayon|chocolate|mud|chickenpox|"
    r"chicken pox|mosquitos?|bites|nettles)\b)",
    # Regional blows, to the speaker or someone else.
    rf"\b{SUBJECT}{BETWEEN} (?:give|gives|gave|given|giving) (?:me|us|her|him|them|the kids) (?:a few|a couple of|"
    r"some|the odd|another|a) (?:good |hard |proper |right )?(?:digs|dig|belts|clips|whacks|thumps|cracks|licks|"
    r"boots|kicks|slaps|smacks|clouts|hidings)\b(?! (?:about|at|over|on|regarding|for|of)\b)",
    rf"\b{SUBJECT}{BETWEEN} (?:got|gets|getting|get) stuck into (?:me|us|her|him)\b(?! (?:about|over|for|because)\b)",
    rf"\b{SUBJECT}{BETWEEN} (?:whooped|whoops|whooping|whupped|whups|whupping|wailed on|whaled on|pounded on|tanned) "
    r"(?:me|us|her|him|my (?:hide|ass|arse|backside|butt))\b(?! (?:at|in|on)\b)",
    rf"\b{SUBJECT}{BETWEEN} (?:took|takes|taking|take|had|has) a (?:run|swing|lunge|flying kick) at (?:me|us|her|him)\b",
    # Words or fists: "laid into me", "came at me", said with what they were done with.
    rf"\b{SUBJECT}{BETWEEN} (?:laid|lays|laying|came|comes|coming|went|goes|flew|flies|ran|runs|lunged|lunges) "
    rf"(?:into|at|for) (?:me|us|her|him|the kids) with (?:his|her|their|a|an|the) (?:fists?|feet|boots?|belt|hands|"
    rf"hammer|bat|bottle|broken bottle|screwdriver|chair|{WEAPON})\b",
    rf"\b{SUBJECT}{BETWEEN} (?:beat|beats|kicked|kicks|knocked|knocks) (?:the (?:crap|shit|hell|tar|living daylights|"
    r"stuffing|snot)|seven bells) out of (?:me|us|her|him)\b(?! (?:at|in|on)\b)",
]
