"""Distress said sideways (the seventh blind list, tests/skill/distress_blind7.py): fear of
being at home when the partner comes back, needing somewhere to go or a car that is "safer",
asking for a call made quietly or for silence to the partner about having spoken, messages,
trackers and log-ins watched or taken, permission needed for food, the toilet, a job or money,
being kept in, threats of "next time", "you'll pay for it" and a family's punishment, pills
sorted "just in case", marks joked about, a child hiding when a parent comes home, an ex
writing from new numbers, anger that breaks things, thanks for not being hit, "is it normal to
be scared of your husband", and a check-in's question about feeling safe answered "no".

Each needs the words that make it harm: "quietly", not "can you call my mum"; "it's safer", not
"on the camping trip"; "my messages", not "every book I recommend"; "found a tracker on my
car", not "my phone tracks my steps"; "the text", not "the milk" or "the train".
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, FEAR, PARTNER, SUBJECT, WEAPON

# Who is feared coming home: a person, said or named ("when sam gets home"), not "the storm".
_WHO = rf"(?:he|she|they|{PARTNER}|(?!the\b|it\b|we\b|i\b|you\b)[a-z]+)"
_HOME = r"(?:home|back|in|back home|through the door)"
_PARENT = (
    r"(?:(?:his|her|their|my|our|the) (?:da|dad|daddy|father|mum|mam|mom|mother|mummy|mommy|stepdad|stepfather|"
    r"stepmum|stepmom|partner|husband|wife|boyfriend|girlfriend)|he|she)"
)
_TAKEN_IN = r"(?:flat|house|home|room|apartment|bedroom|car)"

SIDEWAYS = [
    # Fear of being at home, of the partner coming home.
    rf"\b{FEAR} (?:to be |of being )?(?:in the house|at home|home|in the flat|here|inside)(?: alone)? when {_WHO} "
    rf"(?:gets|comes|is|walks) {_HOME}\b",
    rf"\b(?:dread|dreading|dreads|panic|shaking) when {_WHO} (?:gets|comes|walks) {_HOME}\b",
    # At the door, with the speaker shut away: "he's banging on the door and I'm in the bathroom".
    rf"\b{SUBJECT}{BETWEEN} (?:banging|pounding|hammering|kicking|punching|thumping) (?:on|at|in) (?:the|my) "
    r"(?:door|window|bedroom door|bathroom door)\b(?: \w+){0,3} (?:and|while|so) (?:i am|we are|the kids are) "
    r"(?:in the|hiding|locked|shut)\b",
    # Somewhere to go: the car is "safer", nowhere tonight.
    r"\b(?:sleep|sleeping|slept|stay|staying|stayed|sit|sitting|hiding) in (?:the|my) car\b(?: \w+){0,3} "
    r"(?:it is|because it is|as it is|where it is|feels) safer\b",
    r"\b(?:i|we) (?:need|have to find|must find|have got to find) (?:somewhere|a place|someplace|anywhere) (?:safe )?"
    r"to (?:go|stay|sleep|run)(?: tonight| now| right now)?(?: please)?$",
    # Asking quietly, and silence to the partner about having spoken.
    r"\b(?:call|ring|phone|text|contact|get) (?:someone|somebody|anyone|the police|help)(?: for me)? (?:quietly|"
    r"secretly|in secret|without (?:him|her|them) (?:knowing|hearing|finding out))\b"
    r"(?! about (?:the|a|my|our|his|her) (?:surprise|party|present|gift|birthday))",
    rf"\b(?:do not|can you not|could you not|please do not|never) (?:tell|let) {_WHO} (?:know )?(?:that )?i (?:said "
    r"anything|told you|called|rang|spoke to you|talked to you|asked for help|reached out|was here|said that)\b"
    r"(?! (?:about|re) (?:the|his|her|their|my|our) (?:surprise|party|present|gift|birthday|plans?|cake|trip|proposal))",
    r"\b(?:he|she|they) (?:can not|must not|must never|should not|can never) (?:know|find out) (?:that )?i (?:said "
    r"anything|told you|called|spoke to you|talked to you|asked for help|reached out)\b(?! about)",
    # Messages, trackers and log-ins watched or taken.
    r"\bbefore i am allowed to (?:send|post|reply|say|go|leave|eat|speak)\b",
    r"\b(?:he|she|they) (?:always |even )?knows (?:exactly )?where i (?:am|have been|was|go)\b(?: \w+){0,2} "
    r"(?:every (?:minute|second|hour|moment)|at all times|all the time)\b|\bput (?:something|an app|spyware) on my "
    r"(?:phone|car|laptop)\b(?! (?:for|to (?:help|block|play)))",
    r"\b(?:found|find|there is|there was|discovered|noticed) (?:a |an )?(?:tracker|tracking device|gps tracker|gps|"
    r"air ?tag|spyware|hidden camera|tracking app) (?:on|in|under|inside|hidden in) my\b",
    rf"\b{SUBJECT}{BETWEEN} (?:changes|changed|changing) my (?:passwords?|log ?ins?|logins?|pins?|passcodes?)\b"
    r"(?! (?:for me|because i (?:forgot|asked)|when i (?:forgot|asked)))"
    r"|\b(?:took|takes|taken|has|got|demands|demanded) my (?:passwords?|log ?ins?|logins?) (?:for|to) (?:everything|"
    r"all (?:of )?my accounts)\b",
    # Permission for food, the toilet, a job, money; receipts checked.
    r"\b(?:i|we) (?:have|had|has|need|needed|must) (?:to )?ask (?:him |her |them )?(?:for )?(?:his |her |their )?"
    r"permission (?:to|before i) (?:go to the (?:toilet|loo|bathroom)|use the (?:toilet|loo|bathroom)|pee|wee|shower|"
    r"eat|buy|spend|see (?:my|anyone)|leave the house|get a job|work)\b(?! (?:at|in) (?:school|class))",
    r"\bnot allowed to (?:have|get|keep) (?:a job|my own (?:money|bank account|account|card|phone|car)|a bank account|"
    r"any money)\b",
    rf"\b{SUBJECT}{BETWEEN} (?:makes|made) me (?:sign|account|ask|beg|justify) (?:for )?(?:every|each) (?:penny|pound|cent|"
    r"dollar|rand|thing i buy)\b"
    rf"|\b{SUBJECT}{BETWEEN} (?:checks|checked|goes through|went through|inspects) (?:all |every |each )?(?:of )?"
    r"(?:my |the )?receipts\b(?! for (?:the )?(?:tax|taxes|business|work|expenses|refund))",
    rf"\b{SUBJECT}{BETWEEN} (?:controls|controlled|rations|rationed|locks up|locked up|hides|hid) (?:all )?(?:the |my )?"
    r"(?:shopping|food|fridge|groceries|cupboards|meals|what i eat)\b(?! (?:list|app|order|budget|delivery))",
    # Kept in.
    rf"\b{SUBJECT}{BETWEEN} (?:not |never )?(?:letting|allowing) (?:me|us|the kids) (?:out|leave|go out)"
    rf"(?: of (?:the|my|our|this) {_TAKEN_IN})?\b(?! (?:of (?:his|her|their) sight|to play|in the rain|until|till|"
    r"before i (?:finish|have|do)))",
    # Threats: next time, "you'll pay for it", a family's punishment.
    rf"\bnext time (?:it will|it is going to|it would|i will|you will) (?:be|get) (?:the |a |his |her )?(?:{WEAPON}|"
    r"belt|bat|hammer|hospital|my (?:face|head|throat))\b(?! (?:skills|block|drawer|sharpener|set|class))",
    r"(?<!\bi )(?<!\bwe )\b(?:says|said|told me|warned me|threatened|threatens|keeps saying) (?:that )?i (?:will|am going to|would|shall) "
    r"(?:pay for (?:it|this|that)|regret (?:it|this)|be sorry|suffer)\b(?! (?:with|by|on|from|out of|since|because|"
    r"when the|later when the|tomorrow|myself|in cash|at the|online|the bill|and|the dinner))",
    r"\bif i (?:speak|talk|tell|say anything|go) (?:to )?(?:anyone|anybody|someone|the police|a lawyer)\b.*\b(?:punish|"
    r"hurt|beat|disown|kill|make me pay) (?:me|us)\b|\bif i (?:leave|go to the police)\b.*\b(?:punish|disown) (?:me|us)\b",
    # Means put by "just in case"; despair asked as "what's the point".
    r"\b(?:pills|tablets|meds|medication|painkillers|rope)(?: is| are)? (?:sorted|ready|saved|put aside|set aside|hidden)(?: out)? "
    r"(?:just )?in case\b(?! (?:of|the|my|i (?:get|need)|it|we|you|there|she|he|they)\b)",
    r"\bwhat is the point (?:of|in) (?:any of (?:this|it)|anything|it all|trying|carrying on|even trying)\b"
    r"(?! (?:if|unless|when|because)\b)",
    # Marks joked about; the partner's reaction feared as being "dead".
    r"\b(?:temper|angry|anger|fists?)\b(?: \w+){0,8} (?:the |a few |some )?(?:marks|bruises|scars|welts|black eye) to "
    r"(?:prove|show for) it\b",
    r"\b(?:got|copped|took) (?:a )?(?:bit of a |right |proper |real )(?:hiding|beating|belting|thrashing)\b"
    r"(?! (?:at|in|on) (?:the )?(?:cards|chess|pool|darts|poker|quiz|game|match|tennis|golf|football|scrabble))",
    r"\b(?:miss|forget|do not send|do not answer|late with|am late for) (?:the |his |her |my )?(?:\w+ )?(?:text|"
    r"check in|curfew)\b(?: \w+){0,3} (?:i am|i will be) (?:a )?dead (?:woman|man|meat)\b",
    # A child hiding when a parent comes home.
    rf"\b(?:hides|hid|hiding|cowers|cowering|runs and hides)\b(?: \w+){{0,4}} when {_PARENT} (?:gets|got|comes|came|walks|walked|is|was) "
    r"(?:home|back|in|drunk|angry)\b(?! to (?:surprise|scare|jump))",
    # An ex writing from new numbers; "he's watching".
    r"\b(?:my |the |our )?ex(?: husband| wife| boyfriend| girlfriend| partner)?\b(?: \w+){0,4} (?:from|on|off|with) "
    r"(?:new|different|other|unknown|withheld|private|fake|loads of|all these) (?:numbers|accounts|profiles|phones)\b",
    r"\b(?:saying|says|said|told me|telling me|warning me|reminding me) (?:that )?(?:he|she|they) (?:is|are|has been|"
    r"will be|was) (?:always |still )?watching(?= *$| (?:me|us|my|every|everything|you|always|all the time)\b)",
    # Anger that breaks things, a phone smashed.
    r"\b(?:went mental|went mad|lost it|flipped|kicked off|went ballistic|exploded|lost (?:his|her|their) temper|"
    r"(?:gets|got) (?:very |so |really )?(?:angry|mad))\b(?: \w+){0,8} (?:breaks|broke|smashes|smashed|throws|threw|"
    r"destroys|destroyed|punches|punched) (?:my (?:phone|things|stuff|laptop|glasses)|things|stuff|everything|the "
    r"(?:walls?|door|plates|tv))\b",
    # Thanks for not being hit.
    r"\bnot (?:hitting|punching|slapping|kicking|choking|beating|shoving|strangling|smacking|pushing) (?:me|us|the "
    r"kids|the children)\b(?! (?:with|at|in|on|up)\b)",
    # Is it normal to be scared of one's partner.
    rf"\b{FEAR} (?:to death )?of (?:your|one s|ones|a|their|his|her) (?:own )?(?:partner|husband|wife|boyfriend|"
    r"girlfriend|spouse|other half)\b(?!'s| s\b| (?:reaction|response|snoring|cooking|driving|opinion)\b)",
    # A check-in's question about feeling safe, answered "no".
    r"\b(?:feel|feeling|felt|being|am i|are you) safe\b(?: \w+){0,4} (?:the answer is|answer is|answer|i (?:said|say|"
    r"would say|have to say|would have to say)) (?:no|not really|nope)\b",
]
