"""Distress said softly: the word families an independent tester found saved, logged and read to
the partner (issue 8; /work/notes/voice-finds.md items 1-3). People who live in fear rarely say
"I'm scared": they say what they do to keep the peace ("I hide in the bathroom when he gets
angry", "I keep quiet so he doesn't explode"), or they tell the good news of a week with less
harm ("no bruises this week", "he let me keep my own wages", "I haven't cut for ten days"), or
they speak of someone else ("my daughter said her boyfriend hits her").

Where control ends and a couple's own agreement begins: this product's contracts often hold
transparency after an affair ("open phone", "share my location"), so checking a phone as agreed,
or letting the other choose the film, is not alarm. Locking someone in, holding their wages,
cards, passport or papers, letting them see their own mother, a threat, a mark of violence and
self-harm are alarm however gently they are said, and so is any promise whose subject is not
to hit, choke or beat: no couple needs that in a contract unless it has happened.
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, FAMILY, FEAR, PARTNER, STRONG, SUBJECT

# Who may be the one feared, said after "so", "when", "or": "so he doesn't", "when my husband".
_WHO = rf"(?:he|she|they|{PARTNER}|{FAMILY}|dad|mum|mom|father|mother|stepdad|stepmum|stepmom)"
# What the feared one does, or must not be provoked into doing.
_ANGER = (
    r"(?:drinking|on the (?:drink|booze))(?! (?:coffee|tea|water|juice|his|her|their|a|the)\b)|"
    r"(?:gets|get|got|is|was|comes home|came home|comes in|came in) (?:\w+ )?(?:angry|mad|drunk|violent|wasted|"
    r"aggressive|nasty|wound up|worked up|in a (?:mood|rage|temper)|in one of (?:his|her|their) moods)|"
    r"(?:explodes?|exploded|blows? up|blew up|loses? it|lost it|kicks? off|kicked off|flips?(?: out)?|flipped|"
    r"snaps?|snapped|rages?|raged|goes (?:mental|mad|off|crazy|nuts|ballistic)|went (?:mental|mad|off|crazy|nuts|"
    r"ballistic)|starts? (?:drinking|shouting|yelling|screaming)|raises? (?:his|her|their) (?:hand|fist|voice)|"
    r"raised (?:his|her|their) (?:hand|fist|voice)|lifts? (?:his|her|their) (?:hand|fist)|lifted (?:his|her|their) "
    r"(?:hand|fist)|moves? (?:too )?(?:fast|quick|quickly|suddenly)|comes? (?:near|close to|at) me|came (?:near|at) me|"
    r"hits? me|hurts? me|finds? me|calms? down|calmed down|sobers? up|sobered up|leaves? me alone|gets? to me|gets? at me|"
    r"comes? after me|sees? me)"
)
_NOT_DO = (
    r"(?:does not|do not|did not|will not|would not|can not|could not|never|won't) (?:explode|blow up|lose it|"
    r"kick off|flip(?: out)?|snap|rage|go (?:mental|mad|off|crazy|nuts|ballistic)|get (?:angry|mad|violent|nasty)|"
    r"go off on (?:me|us|them|the kids)|lose (?:his|her|their) temper|"
    r"start|hit me|hurt me|find me|get to me|get at me|reach me|see me|hear me|come after me|touch me)"
)
# What someone does to keep the peace, or to keep out of reach.
_APPEASE = (
    r"(?:hide|hid|hiding|hides|lock myself|locked myself|locking myself|lock the door|locked the door|barricade|"
    r"barricaded|cower|cowered|cowering|flinch|flinched|flinching|tremble|trembled|trembling|tiptoe|tiptoed|"
    r"tiptoeing|keep quiet|kept quiet|keeping quiet|stay quiet|stayed quiet|go quiet|went quiet|say nothing|said "
    r"nothing|keep my mouth shut|kept my mouth shut|keep my head down|stay out of (?:his|her|their) way|"
    r"sleep in (?:the|my) car|slept in (?:the|my) car|sleep at|slept at|stay at|stayed at|pretend to be asleep|"
    r"pretended to be asleep|(?:wait|waited|sit|sat) (?:outside|in the car|in my car|in the garden)|pretend (?:i am|that i am) asleep|pretended i was asleep|jump|jumped|agree with everything|do whatever|did whatever|do everything|"
    r"do what (?:he|she|they) (?:says|wants|tells me)|keep the kids (?:quiet|upstairs|away|out of))"
)
_UNTIL = r"(?:when|whenever|every time|each time|till|until|so|so that|in case|or|or else|otherwise|before|if)"

# Abuse, self-harm and control said as good news, or as a promise kept: the act, not its absence.
_PHYSICAL = (
    r"(?:hit|beat|punch|kick|slap|choke|strangle|throttle|shove|push|grab|bite|burn|smack|stab|spit on|headbutt|"
    rf"throw things at|lock|knock|drag|pin|{STRONG})"
)
# What is held over someone: given back, it was taken.
_HELD = (
    r"(?:wages|money|salary|pay|paycheck|pay cheque|earnings|pension|benefits|bank cards?|cards?|debit card|"
    r"credit card|passport|papers|documents|visa|id)"
)
_ESSENTIALS = rf"(?:{_HELD}|keys|car keys|phone)"
_KIN_NAMED = (
    r"(?:mum|mom|mother|dad|father|parents|family|friends?|sister|brother|sisters|brothers|kids|children|own \w+)"
)

SOFTLY = [
    # Fear and appeasement: what is done to keep the peace, then the one who is feared.
    rf"\b(?:i|we) (?:have to |had to |always |usually |just |still |often |sometimes |now )?{_APPEASE}\b(?: [\w']+){{0,6}}? "
    rf"{_UNTIL}(?: \w+)?? {_WHO}{BETWEEN} (?:{_ANGER}|{_NOT_DO})\b",
    # Appeasement told by its reason: "say sorry because it's safer", "... when he gets home so nothing
    # happens" (taking the bus because it's safer, keeping quiet in meetings, names no one feared).
    r"\b(?:i|we) (?:have to |always |just |still |usually |often |try to |learned to |learnt to )?(?:say sorry|said "
    r"sorry|apologi[sz]e|apologi[sz]ed|give in|gave in|go along with (?:it|him|her|them|everything)|agree(?: with "
    r"(?:him|her|them|everything))?|say yes|said yes|do what (?:he|she|they) (?:says|wants|tells me))\b(?: [\w']+){0,8}? "
    r"(?:because|cause|since|as) it is (?:just |much |a lot |always )?safer\b(?= *$| that way\b| for (?:me|us|the kids)\b)",
    rf"\b(?:i|we) (?:\w+ )?{_APPEASE}\b(?: [\w']+){{0,6}}? {_WHO}\b(?: [\w']+){{0,6}}? so (?:that )?(?:nothing (?:bad )?"
    r"happens|there is no (?:trouble|scene))\b",
    rf"\b(?:cower|cowered|cowering|flinch|flinched|flinching|tiptoe|tiptoed|tiptoeing|walk on eggshells|creep|creeping|"
    rf"crept)\b(?: \w+){{0,3}}? "
    rf"(?:around|round|near|from|when|whenever|every time) (?:him|her|them|{_WHO})\b",
    rf"\b(?:hide|hid|hiding|sleep|slept|sleeping|stay|stayed|staying) (?:\w+ ){{0,5}}(?:to get|to keep|to stay|so i am) "
    rf"(?:away|safe) from (?:him|her|them|{PARTNER})\b",
    r"\b(?:hid|hide|hidden|hiding) (?:all )?(?:the |my )?(?:knives|knife|guns?|weapons?)\b|\b(?:knives|knife|guns?) "
    r"hidden\b",
    rf"\bso (?:that )?{_WHO}{BETWEEN} {_NOT_DO}\b",
    rf"\b{SUBJECT}{BETWEEN} (?:threw|throws|throwing|smashed|smashes) (?:\w+ ){{0,2}}(?:plates?|glass|glasses|mugs?|cups?|"
    r"bottles?|chairs?|knives|a knife|things|stuff)\b(?! (?:away|out|in the (?:bin|recycling))\b| (?:\w+ ){0,4}for (?:fetch|the (?:dog|puppy) to (?:fetch|catch|chase))\b)",
    r"\bspat (?:in|on) (?:my face|me)\b|\bspits (?:in|on) (?:my face|me)\b",
    r"\bclean (?:from|of) (?:cutting|self harm\w*|self injury|hurting myself)\b",
    # Too scared to say no, or no said in fear.
    rf"\b(?:too )?{FEAR} to (?:say no|tell (?:him|her|them|{PARTNER}) no|refuse|say no to (?:him|her|them))\b",
    rf"\b(?:can not|could not|never|dare not|do not dare|never dare) (?:say no|tell (?:him|her|them) no|say no to (?:him|her|"
    rf"them))\b.*\b{FEAR}\b",
    rf"\b(?:was not|am not|were not|no longer|was no longer) (?:too |so |as )?{FEAR} to (?:speak|talk|say|open my mouth|"
    r"answer|disagree|ask|eat|laugh)\b(?! (?:up )?(?:at|in|to|during|before) (?:the |a |my |our )?(?:meeting|work|"
    r"class|presentation|interview|conference|group|therapy|counselling|church|school|public|audience|crowd|"
    r"stranger|strangers|boss|teacher|doctor)\b)",
    # Proof of where one is, demanded: not the couple's agreed transparency ("as we agreed").
    r"\b(?:have to|has to|had to|make me|makes me|made me|forces me|forced me|demands i|orders me to) (?:\w+ )?(?:send|"
    r"show|text) (?:him|her|them) (?:a )?(?:photos?|pictures?|pics?|videos?|proof|selfies?) (?:of )?(?:where i am|who i "
    r"am with|every hour|every time i)\b(?!(?: \w+){0,3} (?:as|like) (?:we|i) (?:agreed|promised))",
    # Good news of less harm: marks that are fewer, self-harm that has paused.
    r"\b(?:no|not a|not one|only (?:a|one|two|a few|a couple of)|fewer|less) (?:single )?(?:new |more |fresh |visible )?"
    r"(?:(?:bruises?|black eyes?|welts|split lips?)(?! on (?:the|a|an|these|those|this|that|its)\b)|(?:marks|cuts|burns|"
    r"scars) on (?:me|my (?:arms?|legs?|neck|face|body|wrists?|thighs?|skin)))\b",
    r"\b(?:have not|had not|has not|not|did not|no longer|stopped|quit) cut(?:ting)?(?: myself)?(?= (?:for|since|in|"
    r"at all|any ?more|today|this week|this month)\b|$)",
    r"\bwithout (?:cutting|self harming|hurting myself|harming myself|burning myself)\b(?! (?:the|my|a|an|corners|it|"
    r"back|down|any|anything|them|him|her)\b)",
    r"(?:^|\bi |\bto |\bme )(?:stay|stayed|staying|keep myself|kept myself|keeping myself) alive\b",
    # A promise whose subject is not to harm, kept or broken: "kept his promise not to beat me".
    rf"\b(?:not to|never to|to never|to stop|would not|will not|would never|will never) {_PHYSICAL} "
    r"(?:me|us|my|the kids|the children|the baby)\b",
    rf"\b(?:did not|has not|have not|had not|never|no longer|stopped) {_PHYSICAL} my (?:wrists?|arms?|neck|"
    r"throat|hair|face|head)\b",
    # Control, relaxed: what is one's own, given back or allowed.
    rf"\b(?:let|lets|allowed|allows|allow) me (?:to )?(?:keep|have|use|get|hold|spend|see) (?:some of )?my (?:own )?"
    rf"{_ESSENTIALS}\b",
    rf"\b(?:let|lets|allowed|allows|allow) me (?:to )?(?:see|call|phone|ring|visit|text|talk to|speak to|meet) (?:my )?"
    rf"{_KIN_NAMED}\b",
    r"\b(?:let|lets|allowed|allows|allow) me (?:to )?(?:out of|leave|go out of) (?:the )?(?:house|flat|room|bedroom|"
    r"apartment|home)\b|\b(?:let|lets|allowed|allows) me (?:to )?go out (?:alone|on my own|by myself)\b",
    r"\b(?:let|lets|allowed|allows) me out\b(?! (?:at|of the car|near|by|on)\b)",
    rf"\b(?:gave|give|gives|given|handed|hands) (?:me )?(?:back )?my (?:own )?{_HELD}\b",
    r"\b(?:gave|give|gives|given|handed|hands) (?:me )?(?:back )?my (?:phone|keys|car keys)(?: back)? (?:after|for the "
    r"first time in) (?:\w+ )?(?:days?|weeks?|hours?|nights?|a day|a week|the weekend)\b|\bfinally (?:gave|handed) "
    r"(?:me )?(?:back )?my (?:phone|keys)\b",
    r"\bunlock(?:ed|s)? (?:the |my )?(?:door|room|bedroom|bathroom|house)\b(?: \w+){0,3} (?:when|after|because|once) "
    r"i (?:asked|begged|pleaded|cried|screamed|knocked|banged|said please)\b",
    r"\b(?:keeps|kept|keeping|keep) me (?:skint|broke|penniless|short of money|without (?:money|a penny|any money))\b",
    r"\bchecks my phone (?:\w+ ){0,3}and (?:takes|keeps|hides|smashes|breaks) it\b",
    # A threat in a breach note: to be left with nothing, put out, sent away.
    r"\bthreat\w* to (?:leave me (?:with nothing|on the street|homeless|penniless|with no money|without a penny)|"
    r"(?:throw|kick|put) me out(?: \w+){0,2} (?:on the street|with nothing|homeless)|take everything|ruin me|"
    r"destroy me|have me deported|get me deported|cut me off from)\b",
    r"\b(?:make sure|see to it) (?:that )?i (?:never|will never|do not) see (?:the|my|our) (?:kids|children|son|"
    r"daughter|baby)\b",
    # Someone else in danger: a third person harmed, a child taken.
    r"\b(?:she|he|they|my \w+|her|his|the (?:lad|girl|boy|kid|child|woman|lady|man)(?: next door| upstairs| "
    r"downstairs)?)(?: \w+)? (?:is|are|was|were|has been|have been|keeps) (?:being|getting) "
    r"(?:beaten|abused|raped|battered|attacked|hit|choked|strangled|molested|hurt|bashed)\b(?! (?:at|in|by (?:the|a|"
    r"\w+ (?:points|goals|runs)))\b)",
    r"\b(?:end|ending|take|taking) (?:his|her|their) (?:own )?life\b|\b(?:she|he|they) (?:wants?|want|is going|are "
    r"going) to die\b",
    r"\b(?:took|taken|has taken|snatched|took off with|run off with|ran off with|disappeared with) (?:the|my|our) "
    r"(?:kids|children|baby|son|daughter|little one)\b(?: \w+){0,4} (?:(?:will not|would not|does not|refuses to) "
    r"(?:tell|say|let me know)(?: me)?|i do not know|nobody knows) where\b",
    # Blood, a body choked out, told one deserves it.
    r"\bblood (?:everywhere|all over)\b|\b(?:there is|there was|so much|pool of|covered in|lots of|a lot of) blood\b"
    r"(?! (?:test|tests|pressure|sugar|orange|oranges|donation|drive|work|type|bank|results|moon)\b)",
    # Not a knock of work or play: "black and blue from tiling", "from the gym".
    r"\bblack and blue\b(?! (?:all over )?from (?:(?!being\b|getting\b|fighting\b)\w+ing\b|(?:the |a |my )?(?:gym|"
    r"football|rugby|hockey|training|practice|fall|trampoline|match|game|hike|climb)\b))",
    r"\b(?:choked|chokes|choking|strangled|strangles|strangling) (?:me|us|her|him) out\b",
    r"\b(?:worthless|useless|pathetic|stupid|nothing|a waste of space|ugly)\b.*\b(?:i|that i) (?:deserve|deserved) "
    r"(?:it|this|what i get|what i got|to be \w+)\b",
    r"\b(?:says|said|tells me|told me|keeps saying) (?:that )?i (?:had it coming|asked for it|deserve to be (?:hit|"
    r"hurt|beaten|punished|slapped))\b",
    r"\b(?:makes?|made) me (?:kneel|beg)\b",
    # Means at hand, and thinking of it.
    r"\b(?:bottle|box|packet|handful|pile|stash) of (?:pills|tablets|sleeping pills|painkillers|paracetamol)\b.*"
    r"\b(?:thinking about (?:it|doing it|taking)|going to take|want to take|ready)\b",
]
