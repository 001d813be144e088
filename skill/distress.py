"""Is this a statement of danger, abuse, fear of the partner, self-harm or crisis?

Read on every slot value of every request (skill/safety.py), so a check-in answer, a
note or a name said in distress is answered with help and never stored. The phrases are
deliberately specific: people here talk about missed promises, hurt feelings and hard
days all the time ("it hurt me when you didn't call", "I was afraid to tell her"), and a
skill that answers those with crisis lines would soon be ignored. So violence needs a
person doing it to someone ("he hit me", not "it hit me"), fear needs an object ("scared
of him", "scared for my life") unless it is all that was said ("I'm scared"), and help
counts only when it is the whole request ("help me", not "help me remember"). On a
linked device the couple's own first names are read as "my partner" ("Riley hit me", "I'm
afraid of Riley"); and any name, known or not, linked or not, doing what only a person does
to someone is read as "someone" ("Dave hit me" before pairing, "Priya slapped me"): how the
words are read before the phrases look at them is skill/distress_reading.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .distress_absence import NAMED_REASON
from .distress_aside import ASIDE
from .distress_everyday import everyday_read
from .distress_fast import Phrases
from .distress_games import GAME
from .distress_learned import learned_says_distress
from .distress_plans import LIVED_IN, NOT_A_TRIP, NOT_TIDYING
from .distress_reading import read_both_ways
from .distress_vocab import (
    BETWEEN,
    COOKING,
    FAMILY,
    FEAR,
    FEAR_OF,
    FIGURE,
    HOME_NOT_ITS_STATE,
    KEPT_FROM_DRINK_DRIVING,
    KNOCKS,
    NOT_A_BABY,
    NOT_A_PET,
    PARTNER,
    SLIP_TOLD,
    SUBJECT,
    VICTIM,
    VIOLENT,
    WEAPON,
)
from .distress_words import EVERYDAY, FAMILIES

_PHRASES = [
    # Violence and abuse done to the speaker, the children or family.
    rf"\b{SUBJECT}{BETWEEN} {VIOLENT} {VICTIM}",
    rf"\b{SUBJECT}{BETWEEN} (?:pushed|pushes|grabbed|grabs|dragged|drags|threw|throws|pinned|pins|held) me "
    r"(?:down|over|against|into|by|around|across|to the)\b",
    rf"\b{SUBJECT}{BETWEEN} (?:pushed|pushes|pushing|shoved) me\b(?! (?:to|into|harder|forward|away|out)\b)",
    rf"\b{SUBJECT}{BETWEEN} (?:grabbed|grabs|grabbing) me\b(?:$| and\b| hard\b| again\b)",
    # Not to catch a fall: "he grabbed my arm to stop me falling off the kerb".
    rf"\b{SUBJECT}{BETWEEN} (?:grabbed|grabs|grabbing|twisted|twists|squeezed|squeezes|yanked|pulled) my "
    r"(?:wrist|wrists|arm|arms|throat|neck|hair)\b(?! (?:to (?:stop|keep|save) me (?:from )?(?:falling|tripping|"
    r"slipping|stepping|going over|walking into)|to (?:steady|catch|balance) me|as i (?:fell|tripped|slipped|stumbled)|"
    r"when i (?:fell|tripped|slipped|stumbled)|before i (?:fell|tripped|slipped)))",
    r"\b(?:grabbed|grabs|grabbing|held|holds|pinned) me by (?:the|my) (?:throat|neck|hair)\b",
    # Fear the partner causes, said of them: "he scares me", "my partner frightens me".
    rf"\b{SUBJECT}{BETWEEN} (?:scares|frightens|terrifies|intimidates) (?:me|us|the kids|my kids)\b",
    rf"\b{SUBJECT}{BETWEEN} (?:makes|made) me (?:so |really |very )?(?:{FEAR}|feel unsafe)\b",
    r"\b(?:live|living|lived) in fear\b",
    rf"\b{SUBJECT}{BETWEEN} (?:controlling|controls|manipulating|isolating|gaslighting|gaslights) me\b",
    r"\b(?:threw|throws|throwing|thrown|chucked|chucks|chucking|lobbed|lobs|lobbing|hurled|hurls|flung|flings|"
    r"pelted|launched) (?:\w+ ){0,3}at (?:me|us|my (?:head|face))\b",
    r"\b(?:i am|we are|i was|we were|i have been) being (?:hurt|hit|beaten|abused|threatened|stalked|attacked|"
    r"followed|controlled)\b",
    # Not "I was hurt": that is how people say a lie hurt them.
    r"\b(?:i|we) (?:was|were|have been|got|get|am|are) (?:beaten|raped|assaulted|attacked|strangled|choked|"
    rf"abused|threatened|stalked|physically hurt|sexually assaulted|molested)\b(?! at {GAME}\b)",  # "beaten at poker"
    # Not hit by the ball in a game: "i got hit in the face by the ball".
    r"\b(?:i|we) (?:was|were|have been|got|get|am|are) hit\b(?!(?: in the \w+)? (?:by|with) (?:a|the) "
    r"(?:ball|frisbee|puck|shuttlecock|football|netball|tennis ball|cricket ball|dodgeball|rugby ball|volleyball|"
    r"beach ball|golf ball|hockey ball|branch|door|wave)\b)",
    r"\b(?:domestic (?:violence|abuse)|abusive|sexual assault|violent with me|violent towards me|against my will|"
    r"without my consent)\b",
    rf"\b{SUBJECT}{BETWEEN} (?:violent|abusive|dangerous)\b",
    rf"\b{SUBJECT}{BETWEEN} (?:forced|forces|force|made|makes) me (?:to )?(?:have sex|into sex|sleep with|do sexual)",
    rf"\b{SUBJECT}{BETWEEN} (?:locked|locks|lock|locking) (?:me|us|the kids) (?:in|inside|up|out of the house)\b",
    r"\b(?:threatened|threatens|threatening) (?:me|us)\b",
    r"\b(?:threatened|threatens|threatening|threats?) to (?:kill|hurt|harm|take (?:the|my|our) (?:kids|children))\b",
    rf"\b(?:going to|will|wants to|tried to|try to|would) kill (?:me|us)\b(?! {SLIP_TOLD}\b| if (?:i|we) (?:do not (?:clean|call|"
    r"tidy|text)))"
    # A thing late or spoilt is the idiom: "my boss will kill me if the report's late".
    r"(?! if (?:the|my|this|that|our|it)(?: \w+){0,2}?(?: is|'s| s| are| was| were)? (?:late|not (?:done|ready|finished|in)|"
    r"wrong|broken|lost|missing|ruined|dirty|overdue|scratched|dented|burnt|burned)\b)",
    # A partner's threat of suicide is a lever of control, and a crisis of its own.
    r"\b(?:kill|hurt|harm) (?:himself|herself|themselves)\b",
    # Weapons.
    rf"\b{SUBJECT}{BETWEEN} (?:has|had|got|pulled|grabbed|holding|held|bought|owns|took out|with) (?:a|an|his|her|the) {WEAPON}\b",
    rf"\b(?:there is|there was) (?:a|an) {WEAPON}\b",
    rf"\b{WEAPON} (?:to|at) (?:me|my|us)\b",
    r"\b(?:said|says|threatened) (?:he|she|they) (?:would|will|is going to) use it\b",
    r"\b(?:run|ran|running) me (?:over|off the road)\b",
    # Cooking catches fire too: "she set fire to the toast again", "I set fire to the bbq".
    rf"\bset (?:fire|light) to\b(?! (?:the |my |his |her |our |some |a )?{COOKING}\b)",
    r"\b(?:smashing|breaking|throwing) (?:things|stuff|everything)\b",
    r"\b(?:i am|i am still) bleeding\b|\b(?:arm|wrist|nose|rib|ribs|jaw) is (?:broken|bleeding)\b",
    r"\b(?:nobody|no one) (?:would|will) (?:ever )?find (?:my|me|the) ?(?:body)?\b",
    r"\btouch(?:ed|es|ing)? (?:my|our|the) (?:daughter|son|kids|children|child|little)\b",
    r"\b(?:i was|i am|he|she) (?:forced|made) (?:me )?to\b(?! (?:admit|apologi[sz]e|say sorry|wait|go to|eat|listen))",
    r"\bmade me do (?:things|stuff) i did not want\b",
    rf"\b{SUBJECT}{BETWEEN} beat (?:me|us) up\b",
    r"\b(?:sat|sits|sitting|knelt|kneeled|kneels) on (?:me|my (?:chest|neck|back))\b",
    r"\bcould not breathe\b(?! (?:from|for|with|because i was) laugh)",
    # Not to fasten a necklace or rub a stiff neck.
    r"\bhands? (?:around|round|on) my (?:neck|throat)\b(?! to (?:do up|fasten|undo|put on|clasp|fix|straighten|adjust|"
    r"massage|rub|warm)\b)",
    r"\b(?:burn|burned|burnt) (?:the|our|my) (?:house|home|flat|apartment|car)\b",
    r"\b(?:poured|threw|throws|pours) (?:\w+ ){0,3}(?:on|over) me\b",
    r"\b(?:waits|keeps waiting|keeps showing up|shows up|turns up) (?:for me )?outside my\b",
    # The speaker's own tracker is for lost things: "i put a tracker on my keys".
    r"(?<!\bi )(?<!\bwe )\b(?:put|installed|hid|hidden|placed) (?:a |an )?(?:tracker|tracking device|gps|spyware|camera|tracking app) "
    r"(?:on|in|under|inside|onto|to) my\b(?!.*\b(?:keep losing|kept losing|always losing|always lose|lose|lost|misplace|"
    r"misplaced|in case)\b)",
    r"\bpermission to (?:leave|go out|go anywhere|see|eat|sleep|spend|talk)\b",
    # Not borrowed to pay: "she took my card to pay for the groceries because mine was declined".
    # Nor kept by a bank, a machine or an office ("the bank took my card because it expired"), nor by mistake.
    r"(?<!bank )(?<!atm )(?<!machine )(?<!embassy )(?<!customs )(?<!security )(?<!airline )(?<!reception )(?<!hotel )"
    r"\b(?:took|takes|hides|hid|keeps|kept) my (?:passport|id|documents|papers|(?:bank |debit |credit )?cards?|wallet)\b"
    # Kept safe for the speaker ("kept my card safe while I was travelling"); held "so I can't go" is
    # distress_aside.py's.
    r"(?! (?:safe|for me|to (?:pay|buy|top up|the (?:shop|till|counter|store))|by (?:mistake|accident)|accidentally|because (?:it|mine|his|hers|"
    r"theirs|his own|her own) (?:expired|was (?:expired|out of date|damaged|cloned|declined|blocked|at home)))\b)"
    # Locked away with the partner's own, as agreed (tester-voice33): "keeps my passport in the safe with hers, we agreed".
    r"(?! in (?:the|a|our) (?:safe|lockbox|lock box|strongbox|filing cabinet)\b.*\b(?:we|we both|as) agreed\b(?! (?:not|never)\b))"
    # Handed over to stop a habit, as asked: "took my bank card off me so I'd stop impulse buying, like I asked".
    r"(?!.*\bso (?:that )?i (?:would|could|can|will) (?:stop|not|quit)\b.*(?<!when )(?<!after )(?<!until )\bi asked"
    r"(?: (?:him|her|them|my partner)(?: to)?)? *$)",
    # Violence said after other words ("he says I'm worthless and hits me"): strong verbs only.
    # None of these is a game's "beat me at chess": "punched me at the party" is a blow.
    r"\b(?:punch|punches|punched|slapped|slaps|choked|chokes|strangled|strangles|raped|rapes|stabbed|stabs|"
    r"assaulted|molested|suffocated|smothered) (?:me|us)\b(?! (?:out|to it|up|off|under the table)\b)",
    r"\b(?:kicks|kicked) (?:me|us)\b(?! (?:out|at|to it|up|off|under the table)\b)",
    r"\b(?:and|then|keeps|kept) (?:hits|hit|hitting|beats|beat|beating|hurts|hurting) (?:me|us)\b(?! (?:at|up|to it)\b)",
    rf"\b(?:covered in bruises|bruises (?:from(?! {KNOCKS}\b)|all over)|left (?:me with )?bruises|over my (?:face|mouth))\b",
    r"\bso i (?:could not|can not) (?:call|leave|get help|escape|get out)\b",
    r"\b(?:i am|we are|i was|we were|i have been) locked (?:in|inside|up)\b",
    r"\bnever see (?:them|the kids|my kids|my children|the children) again\b",
    r"\btake (?:the|my|our) (?:kids|children) (?:away|from me)\b",
    # Coercive control.
    r"\b(?:takes|took|hides|hid) my (?:car )?keys\b(?! (?:by (?:mistake|accident)|accidentally|instead of (?:his|her|"
    r"their)|to (?:move|fix|cut|copy|get|open|unlock|warm up|start) (?:the|a|his|her|their|my|it))\b)"
    # Kept from a drink-driver as agreed: "takes my car keys when I've had a few drinks, we agreed on it".
    r"(?!.*\b(?:we agreed|as agreed|i asked (?:him|her|them) to)\b(?! (?:not|never|he|she|they)\b))"
    # A favour done with them: "took my car keys so she could fill the tank for me".
    r"(?! so (?:he|she|they|my partner) (?:could|would|can) (?:fill|fix|clean|wash|valet|service|top up|warm up|defrost|"
    r"charge|get (?:it|the car) (?:serviced|washed|fixed|cleaned|valeted|checked))\b)" + KEPT_FROM_DRINK_DRIVING,
    r"\b(?:will not|does not|never) give me (?:any )?money\b",
    r"\btells me who i can (?:talk to|see|speak to|text|call)\b",
    r"\b(?:threatened|threatens|going) to (?:post|share|send|leak) (?:my |our |the |those |some )?(?:private |intimate |naked |nude )?"
    r"(?:photos|pictures|nudes|videos)\b",
    # Not a baby's or a pet's: "the baby won't let me sleep"; driving at all, not "his new car yet".
    rf"{NOT_A_BABY}\b(?:will not|does not|do not|would not|never) (?:lets? me|allows? me to|permits? me to) (?:leave|go|"
    r"drive(?= *$| or | on my own| alone| anywhere| at all| any ?more| ever)|see|talk|out|have|use|work|call|sleep|"
    # Their own food kept back is no harm: "he won't let me eat his chips".
    r"eat(?! (?:his|her|their|the last|any of (?:his|her|their))\b)|speak|get|take)\b",
    r"\bcontrols? (?:all |everything |all of )?(?:the|my|our)? ?(?:money|finances|bank|everything i do)\b",
    rf"{NOT_A_PET}\b(?:follows|followed|tracks|tracked|watches) me everywhere\b",
    rf"{NOT_A_PET}\bfollows me\b(?! (?:on|back)\b)",
    r"\b(?:can not|could not|am not allowed to) go anywhere\b",
    r"\bnot (?:been |ever been )?allowed to (?:see|talk to|call|text|visit|speak to|contact|meet|phone|ring|message|email|write to|go home to) (?:my |any )?(?:friends?|family|"
    r"parents|mum|mom|mother|dad|father|sisters?|brothers?|anyone|anybody|people)\b",
    r"\bnot allowed to (?:leave|go out of) the house\b|\bnot allowed (?:any|my own) money\b",
    # Needing to leave, said on its own or of the home or the partner ("get out more" is not this).
    r"\b(?:i|we) (?:just |really )?(?:need|have|got|must) to get (?:out|away)(?= *$| (?:of here|tonight|of (?:this|the|our|my) (?:house|home|"
    r"relationship|marriage|place|flat|apartment)|now|right now|safely|before (?:he|she|they|my partner)|from "
    r"(?:him|her|them|my partner))\b)",
    r"\b(?:i am|i feel|we are|i have been|feeling|i feel so|i am so) (?:so |really |completely )?trapped\b"
    rf"(?! (?:in {EVERYDAY}|at (?:work|the office)|(?:(?:indoors|inside|at home|in(?: the)? (?:house|flat|tent|cabin)) )?by (?:my |the |"
    r"this )?(?:schedule|job|work|routine|deadlines?|weather|rain|snow|traffic))\b)",
    r"\b(?:isolates|isolated|isolating) me\b",
    # Danger and fear of the partner.
    r"\b(?:do not|not|never) (?:feel |feeling )?safe\b(?! (?:to (?:say|tell|share|admit|talk|drive|eat|drink|swim|use|"
    r"touch|cross)|with (?:my|the) "
    r"(?:phone|password|secrets?))\b)",
    r"\b(?:unsafe|feel threatened|feeling threatened)\b",
    r"\bin danger\b(?! of (?!being|him|her|them|my life|our lives|my partner)\w)",
    rf"\b{SUBJECT} is dangerous\b",
    rf"\b{FEAR} (?:to death |stiff )?(?:of|for) {FEAR_OF}\b",
    rf"\b{FEAR} (?:to go home|to be at home|to be alone with|to leave him|to leave her)\b{HOME_NOT_ITS_STATE}",
    rf"\b(?:{FEAR} for|fear for) (?:my|our) (?:life|lives|safety|kids|children)\b",
    rf"\b(?:{FEAR}|worried) (?:that )?{SUBJECT}{BETWEEN} (?:hurt|kill|hit|harm|beat|find out i (?:called|told|talked|left|"
    r"reached out|spoke))\b",
    # Never home on time: "he's at the door by six now every night" (unless with what is done there).
    rf"\b{SUBJECT} is (?:outside|at) (?:the|my) (?:door|house|window|room|home)\b(?! (?:by|before) (?:half |quarter "
    r"(?:past |to )?)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|lunchtime|"
    r"teatime|dinnertime)\b(?!.*\b(?:bang|pound|hammer|kick|shout|scream|yell|drunk|rag|threat|wait)))",
    r"\b(?:i am|we are|i was|we were) hiding (?:in|from)\b",
    r"\bplease help (?:he|she|they|my|someone|somebody)\b",
    # Harm to someone else, said as an intention.
    rf"\b(?:want to|going to|will|am going to) (?:kill|hurt) (?:him|her|them|{PARTNER})\b",
    # Self-harm and suicide.
    # Not cutting hair, the grass or back on sugar: a body cut is heard by the families.
    r"\b(?:been|started|am|was|keep) cutting(?: again)?\b(?! (?:back|down|up|out|off|in|it|them|corners|costs|ties|class|"
    r"classes|school|his|her|their|my|our|the|a|an|some|hair|grass|wood|onions|coupons|through)\b)",
    r"\b(?:end|ending|take|taking) my (?:own )?life\b",
    r"\b(?:end|ending) it all\b",
    r"\b(?:(?:want|going|have|need|ready) to end it|(?:like|feel|about|of|considering|contemplating|close to) ending it)"
    r"\b(?! (?:with|between|off|on a|early|there|here)\b)",
    r"\bi (?:hate|hated) (?:my life|my own life|living|being alive|existing)\b",
    # ASR writes "he'll" as "hell".
    r"\b(?:hell|shell) (?:hurt|kill|hit|harm|beat) (?:me|us)\b",
    # Not a play in baseball, a film, a door or a sprint: "the suicide squeeze", "suicide squad".
    r"\bsuicid(?:e|al)\b(?! (?:squeeze|squad|squads|doors?|drills?|sprints?|runs?|lane|kings|mission|pass|slide)\b)",
    r"\b(?:think|thinking|thought) about (?:dying|death|not being here|not waking up)\b",
    # Not a place lived in: "tired of living out of a suitcase", "in this small flat" (tester-voice48).
    rf"\b(?:tired of|sick of) (?:living|being alive|life)\b{LIVED_IN}",
    rf"\bpoint (?:of|in) (?:anything|it all|going on)\b{NOT_A_TRIP}|\bwhat is (?:even )?the point any ?more\b",
    # "what's even the point" said as all there is to say (tester-voice48), never "… of the meeting".
    r"\bwhat is even the point(?= *$| of (?:it|anything|it all|any of (?:this|it)|trying|going on|living|me)\b)",
    r"\bhave a plan to\b(?! (?:do|be|call|get|go|tell|see|make|fix|talk))",
    r"\b(?:fade away|stopped eating)\b",
    r"\bfeel (?:like )?dying\b",
    r"\b(?:end|ending) things\b(?! (?:with|on|between|off)\b)",
    r"\bno point (?:anymore|any more|in anything|to anything|in living|living|in going on|to life)\b"
    r"(?! (?:in|at|on|near|with|here|there|so close|together)\b)",
    r"\b(?:everything is pointless|nothing matters any ?more|i am done with (?:life|living|everything))\b(?! room)",
    r"\b(?:going to|want to|about to|ready to) jump\b(?! (?:in|into|at|on|ahead|start|the queue))",
    r"\bstanding on (?:the|a) (?:bridge|edge|ledge|roof)\b",
    r"\b(?:goodbye (?:letters?|notes?)|suicide notes?)\b",
    r"\b(?:soo|sue) (?:i )?sidal\b",
    r"\bself harm(?:ing|ed|s)?\b",
    r"\boverdos(?:e|ing|ed)\b",
    r"\b(?:took|take|taken|swallowed) (?:a bunch of|a lot of|lots of|too many|all (?:of )?(?:my|the|his|her)|"
    r"a handful of|a whole bottle of|the whole bottle of|all these) (?:\w+ )?(?:pills|tablets|meds|medication)\b"
    + NOT_TIDYING,
    rf"\b(?:want|wanted|going|rather|ready) (?:to )?(?:just )?(?:die|be dead)\b{FIGURE}(?! if i (?:do not|can not|cannot) "
    r"(?:get|have) (?:a |my |some |another )?(?:coffee|caffeine|tea|cuppa|food|snack|chocolate|sugar|sleep|nap|wine|beer|"
    r"drink|break|lunch|dinner|breakfast|pizza)\b)(?! than (?:miss|go to|eat|watch|sit|"  # "... if I don't get coffee": a want
    r"listen|wear|sing|dance|run|clean|cook|admit|apologi[sz]e|lose|be late|do (?:the|my) (?:dishes|homework|laundry|"
    r"taxes))\b)",
    r"\bi wish i (?:was|were) (?:dead|gone|never born)\b",
    r"\bbetter off (?:dead|without me|if i was gone|if i were gone)\b",
    r"\b(?:can not|could not|how (?:can|could) i|how i (?:can|could)) (?:go on|keep going|carry on)\b(?! (?:to|with|a|the|"
    r"holiday|holidays|vacation|about|at|for|\w+ing)\b)",
    r"\b(?:no reason to live|nothing to live for|do not want to (?:live|be alive|wake up|be here anymore|exist))\b",
    rf"\b(?:point (?:in|of) (?:living|life|going on|being alive|being here)|(?:not|no longer) worth living)\b{NOT_A_TRIP}",
    # "Notice if I …" only of being gone: "nobody would notice if I skipped the party" is everyday.
    r"\b(?:nobody|no one|noone) (?:would|will|is going to) (?:(?:miss|care about|notice) me|(?:miss|care about) if i|"
    r"notice if i (?:just )?(?:disappeared|vanished|died|was gone|were gone|was dead|were dead|was not here|was not around|"
    r"went missing|killed myself))\b",
    # Not away for an errand: "easier if I wasn't here for the delivery".
    r"\bif i (?:was|were|am) (?:gone|dead|not here)\b(?! (?:for|at|when|on|tomorrow|today|tonight|this|next|until|while|in "
    r"time|to (?:see|meet|sign|help|do))\b)",
    # Not hiding under a blanket or into a book for an evening.
    # Nor away to a beach for a week.
    r"\bwant to (?:disappear|vanish|not exist|stop existing|sleep forever)\b(?! (?:(?:under|into|in|behind) (?:a|the|my|some) "
    r"(?:blanket|duvet|covers|book|film|movie|series|show|garden|shed|bath|sofa|hole for a (?:bit|while))|(?:to|off to|into) "
    r"(?:a|the|my) (?:beach|island|cabin|garden|shed|pub|cafe|spa|holiday)|for (?:a|the) (?:week|weekend|bit|while|day|few days|"
    r"month|fortnight)))",
    r"\b(?:sleep|go to sleep) and (?:never|not) wake up\b",
    r"\bnot (?:going to be|be) (?:around|here) (?:much longer|for long|anymore|any more)\b"
    rf"(?! (?:tonight|today|this (?:evening|afternoon|morning)|at (?:the|work)|i have to)\b){NAMED_REASON}",
    r"\bwant (?:it all|everything|it|all of this|this all|the pain) to (?:stop|end|be over)\b",
    r"\b(?:can not|could not) (?:do|take|handle|bear|stand|cope with) (?:this|it|any of this|this life)"
    r"(?: any ?more| much longer)\b",
    rf"\b(?:can not|could not) cope\b(?! with {EVERYDAY})",
    r"\bend of my (?:rope|tether)\b",
    # Crisis.
    r"\b(?:i am in crisis|having a (?:panic attack|breakdown))\b",
    r"\b(?:call|get|ring|phone|dial) (?:the police|the cops|an ambulance|emergency services|nine one one|911)\b",
    r"\b(?:need|want|give me|get me|tell me|find|what is|where is|number (?:for|of)|call the|text the|call a|"
    r"text a)(?: \w+){0,3} (?:helplines?|hotlines?|crisis lines?|(?:crisis|suicide|domestic violence|abuse) "
    r"(?:line|hotline|number))\b",
]
# Fear of someone's anger, shouting or drinking, said in everyday words (a second tester's
# finds: "he yells at me and I'm scared", "I'm scared when he drinks", "I feel scared around
# him", "I'm afraid of how angry he gets", "he screams in my face").
_RAGE = (
    r"(?:yells|yelled|yelling|shouts|shouted|shouting|screams|screamed|screaming|roars|roared|rages|raged|raging|"
    r"explodes|exploded|snaps|snapped|(?:drinks|drank)(?= *$| and| too much| a lot| heavily| again)|is drunk|"
    r"gets (?:drunk|angry|mad|violent|aggressive|nasty)|"
    r"got (?:drunk|angry|mad|violent|aggressive|nasty)|loses (?:his|her|their) temper|lost (?:his|her|their) temper)"
)
_PHRASES += [
    rf"\b{SUBJECT}{BETWEEN} (?:yells|yelled|yelling|shouts|shouted|shouting|screams|screamed|screaming) in my face\b",
    rf"\b{SUBJECT}{BETWEEN} {_RAGE}\b.*\b{FEAR}\b",
    rf"\b{FEAR}\b.*\b(?:when|whenever|because|after|if|of how|how) {SUBJECT}{BETWEEN} {_RAGE}\b",
    rf"\b{FEAR}\b.*\bhow (?:angry|drunk|violent|aggressive|mad) {SUBJECT}{BETWEEN} (?:gets|get|got|can get)\b",
    rf"\b(?:feel |am |get |always )?{FEAR} (?:to be )?(?:around|near|alone with|at home with|in the house with) "
    rf"(?:him|her|them|{PARTNER}|{FAMILY})\b",
    r"\b(?:gives|give|gave|giving|got|get|gets|getting) (?:me |us )?(?:a )?(?:good )?hiding\b(?! (?:place|spot|from))",
    # Despair in everyday words: "life isn't worth it", "I don't see the point any more".
    r"\blife (?:is not|is no longer|aint|ain t) worth (?:it|living|anything)\b",
    r"\b(?:do not|cannot|can not) see (?:the|any) point (?:any ?more|in (?:anything|living|life|going on|me)|"
    rf"of (?:anything|living|life|going on|me))\b{NOT_A_TRIP}",
]
# Each phrase searched on its own: one alternation of all of them cost twice as much (re scans
# for each phrase's own first letters, but tries every branch at every place in the one).
# The phrases that begin with the person doing it ("he ...", "my partner ...") are tried only
# when such a person is said at all: none of them can match otherwise.
_PHRASES += ASIDE
_SUBJECT_FIRST = rf"\b{SUBJECT}"
_SUBJECT = re.compile(_SUBJECT_FIRST)
_ANYWHERE = Phrases(re.compile(p) for p in _PHRASES + FAMILIES if not p.startswith(_SUBJECT_FIRST))
_AFTER_SUBJECT = Phrases(re.compile(p) for p in _PHRASES + FAMILIES if p.startswith(_SUBJECT_FIRST))


def _phrase_in(said: str) -> bool:
    """Whether any of the phrases is in `said` (as one alternation of them all would find)."""
    return _ANYWHERE.found_in(said) or (_SUBJECT.search(said) is not None and _AFTER_SUBJECT.found_in(said))


# Said on their own, these are a call for help; inside a sentence they are ordinary words.
_WHOLE = re.compile(
    rf"^(?:please )?(?:help me|help us|help|(?:i|we) (?:really |desperately |urgently |just )?need (?:some |urgent |"
    rf"emergency )?help(?: now| right now| please)?|(?:can|could|will|would) (?:you|someone|somebody|anyone) (?:please )?"
    rf"help(?: me| us)?|"
    rf"(?:somebody|someone|anybody|anyone) help(?: me| us)?|(?:honestly |just )?(?:i am |i feel |i am feeling )?(?:so |really |very )?"
    rf"(?:{FEAR}|threatened|unsafe|hopeless|desperate)(?: right now| now| all the time| every day| constantly)?|"
    r"i am not (?:okay|ok|alright|all right)(?: right now| at all)?|sos|emergency|hotline|helpline)(?: please)?$"
)


@dataclass
class Readings:
    """What one request has already read for distress: each text with the names it was read with,
    its two readings (the names read as the partner, and not) and its answer; each reading's answer."""

    texts: dict[tuple[str, tuple[str, ...]], bool] = field(default_factory=dict)
    said: dict[str, bool] = field(default_factory=dict)
    readings: dict[tuple[str, tuple[str, ...]], tuple[str, str]] = field(default_factory=dict)


def _key(text: str, names: Iterable[str]) -> tuple[str, tuple[str, ...]]:
    # ASCII is read in lower case first (normalise): "Sam was on time", a note as it is kept, is
    # the reading of "sam was on time", its slot as Alexa wrote it, and is not read again.
    return (text.lower() if text.isascii() else text, tuple(names))


def readings_of(text: str, names: Iterable[str] = (), read: Readings | None = None) -> tuple[str, str]:
    """How the rules read `text`: the couple's names read as "my partner" (the learned check reads
    this one only), then as any name is; a game, an idiom or play read as the plain act it means.
    `read`: this request's readings, where the same words are read once (the save path's doubt
    reads a note the safety check read)."""
    if read is None:
        return _read_both_ways(text, tuple(names))
    key = _key(text, names)
    found = read.readings.get(key)
    if found is None:
        found = read.readings[key] = _read_both_ways(text, key[1])
    return found


def _read_both_ways(text: str, names: tuple[str, ...]) -> tuple[str, str]:
    # A name read as "my partner" only adds: a couple called Hope still says "I hope I never wake up".
    # "kill Sam at tennis": a game played, not a threat.
    as_partner, as_anyone = read_both_ways(text, names)
    named = everyday_read(as_partner)
    return named, named if as_anyone == as_partner else everyday_read(as_anyone)


def is_distress(text: str, names: Iterable[str] = (), read: Readings | None = None) -> bool:
    """True when these words speak of danger, abuse, fear of the partner, self-harm or crisis.

    `names`: the couple's first names, when the device is linked; said as the one doing harm
    or the one feared, they count as "my partner" does. Any other name, or the couple's on a
    device not linked yet, counts as "someone" where it does what only a person does to someone.
    `read`: what this request already searched, added to as more is: the same words read again
    (a note as it was said, then as it is saved) are not searched twice.
    """
    if read is not None:
        key = _key(text, names)
        known = read.texts.get(key)
        if known is None:
            known = read.texts[key] = _is_distress(text, key[1], read)
        return known
    return _is_distress(text, tuple(names), None)


def _is_distress(text: str, names: tuple[str, ...], read: Readings | None) -> bool:
    named, plain = readings_of(text, names, read)
    # The learned opinion was trained on the names read as "my partner", so it reads only that
    # reading: "Frank here, more walks would help" is not "frank here ..." to it.
    readings = {named: True} | ({} if plain == named else {plain: False})
    if read is None:
        return any(_distress_read(said, learned) for said, learned in readings.items())
    for said, learned in readings.items():
        key = said if learned else f"{said}\x00rules"  # the same words asked of the rules alone
        found = read.said.get(key)
        if found is None:
            found = read.said[key] = _distress_read(said, learned)
        if found:
            return True
    return False


def _distress_read(said: str, learned: bool = True) -> bool:
    # The learned second opinion (skill/distress_learned.py) only adds: asked when the rules say no.
    return bool(said) and (
        _WHOLE.fullmatch(said) is not None or _phrase_in(said) or (learned and learned_says_distress(said))
    )
