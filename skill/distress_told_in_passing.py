"""Danger told in passing, as a scene, a condition or a date (tester-voice13's finds, saved as a
win, a moment, a check-in answer or a reflection, or met with "say: I need help"): "he drinks and
then the shouting starts and the kids hide upstairs", "my son's dad said he'd snatch him from
school", "if he finds out I'm talking to this thing I'm dead", "he keeps the wifi password and I am
not allowed online", "he smashed up the kitchen and I'm upstairs with the baby", "he said next time
he won't miss", "I don't think I'll still be here by Christmas", "he'll send those photos of me to
my boss if I don't behave", "my stepdad's been creeping into my daughter's room at night", "he made
me sign the loan in my name", "apart from him grabbing my throat", "I feel like a burden and I'd
rather just disappear for good", "tonight feels like the last night I'll be here". Read by
skill/distress.py on the words as read_as_spoken leaves them ("i am", "he will", no "like").

Each needs what makes it danger: children hiding from rage, a child snatched, being found out for
reaching out, a home smashed with someone hiding, a second blow promised, a life's end dated, private
pictures held over someone, an adult creeping to a child's room, debt forced on someone, a throat
grabbed, a burden who would vanish. The everyday beside them stays quiet: hide and seek, picking a
son up from school, a surprise found out, the wifi password on the fridge, a kitchen ripped out for
a refit, a bus missed, a holiday's last night, holiday photos, a loan signed at the bank.
"""

from __future__ import annotations

from .distress_absence import NAMED_REASON
from .distress_vocab import BETWEEN, FAMILY, NOT_A_PET, PARTNER, SUBJECT

_CHILD = r"(?:kids|children|child|little ones?|boys|girls|son|daughter|baby|babies|toddler|stepdaughter|stepson)"
_MY_CHILD = rf"(?:(?:the|my|our|her|his) (?:little )?{_CHILD}|him|her|them)"
# Rage at home, somewhere in the words: what the children or the speaker hide from.
_RAGE_AT_HOME = (
    r"(?=.*\b(?:shout\w*|yell\w*|scream\w*|drinks|drinking|drunk|smash\w*|rag(?:e|es|ing)|temper|throw\w*|threw|"
    r"punch\w*|kick\w*|bang\w*|slam\w*|fight\w*|violent|kicks off|kicked off)\b)"
)
_NOT_A_GAME = r"(?! (?:and seek|the|his|her|their|my|our|a|an|some|easter|presents|eggs|sweets|behind the sofa for)\b)"
# A person grown, doing it to a child: never a pet, never a sibling at play.
_ADULT = rf"(?:he|she|{PARTNER}|{FAMILY}|(?:my|our|the) (?:lodger|neighbour|neighbor|uncle|grandad|granddad|grandpa|cousin|tutor|coach)|(?:his|her|{PARTNER}(?:'s| s)) (?:friend|mate|brother|dad|father|uncle))"
_END_OF_LIFE = r"(?:here|around|alive|still here|still around|still alive|on this earth)"

TOLD_IN_PASSING = [
    # Children hiding from rage: "the shouting starts and the kids hide upstairs".
    rf"^{_RAGE_AT_HOME}.*\b(?:the|my|our) {_CHILD} (?:all )?(?:hide|hid|hiding|are hiding|were hiding|go and hide|run and hide|"
    rf"ran and hid|run upstairs|ran upstairs|cover their ears|covered their ears)\b{_NOT_A_GAME}",
    # Hiding somewhere with a child while someone smashes or rages.
    rf"^{_RAGE_AT_HOME}.*\b(?:i am|we are|i was|we were|i am hiding|i am locked) (?:upstairs|in the (?:bathroom|bedroom|car|"
    rf"shed|loft|attic|garden|wardrobe|cupboard)|locked in|hiding|in my room|in the kids room) with (?:the|my|our) {_CHILD}\b",
    # A home smashed in rage: not ripped out for a refit.
    rf"\b{SUBJECT}{BETWEEN} (?:smashed|smashes|smashing|trashed|trashes|trashing|wrecked|wrecks|wrecking|tore|tears) "
    r"(?:up |apart )?(?:the|our|my) (?:kitchen|house|home|flat|place|bedroom|lounge|living room|room|things|stuff|phone)\b"
    r"(?! (?:tiles|cupboards|units|floor|worktops?|wall|walls|ceiling|extension)\b)"
    r"(?!.*\b(?:refit|renovat\w*|rebuild\w*|redo\w*|new kitchen|builders?|remodel\w*|skip)\b)",
    # A child snatched or taken abroad.
    rf"\b(?:snatch|snatches|snatching|snatched|abduct|abducts|abducting|abducted|kidnap|kidnaps|kidnapping|kidnapped) "
    rf"{_MY_CHILD}\b(?! (?:a|the|some|his|her|their) (?:biscuit|sweet|toy|cake|phone|remote|ball|snack|chips?)\b)",
    rf"\b(?:take|taking|took) {_MY_CHILD} (?:out of the country|abroad|overseas|to (?:his|her|their) country|and disappear|"
    r"and (?:run|vanish)|away (?:from me )?for good|where i will never find)\b",
    # Found out for reaching out: "if he finds out i am talking to this thing i am dead".
    rf"\bif {SUBJECT}{BETWEEN} (?:ever )?(?:finds|found|find|knew|knows|sees|saw|hears|heard|catches|caught) (?:out )?"
    r"(?:that )?(?:i|me) (?:am |was |have been |had been )?(?:talking|talked|tell|told|telling|calling|called|speaking|spoke|"
    r"reached out|reaching out|using|used|recording|recorded|went to|going to|seeing|saw|planning|packing|leaving|left|"
    r"asked for help|asking for help|rang|ringing|phoned|phoning|texted|texting)\b"
    r"(?!.*\b(?:surprise|party|present|gift|birthday|spoiler|ending|cake|biscuits|chocolate)\b)"
    r".*\b(?:i am|i will be|i would be|we are|we will be) (?:so )?(?:dead|a dead (?:woman|man|girl)|done for|finished)\b",
    # The same, the outcome first: "i am dead if he finds out i told you".
    rf"\b(?:i am|i will be|i would be) (?:so )?(?:dead|a dead (?:woman|man|girl)|done for) if {SUBJECT}{BETWEEN} (?:ever )?"
    r"(?:finds|found|find|knew|knows|sees|saw|hears|heard) (?:out )?(?:that )?i (?:am |was |have been )?(?:talking|talked|"
    r"told|tell|called|calling|speaking|spoke|reached out|reaching out|using|used|recording|recorded|rang|phoned|texted)\b"
    r"(?!.*\b(?:surprise|party|present|gift|birthday|spoiler|ending|cake|biscuits|chocolate)\b)",
    # Cut off from the world, said of the speaker: "i am not allowed online", "not allowed a phone".
    r"\b(?:i am|i have|i have been|i was|i get|i am never|we are) not (?:been |ever )?allowed (?:to (?:go |be |get |use )?)?"
    r"(?:online|on the internet|the internet|internet|wifi|the wifi|a phone|my phone|my own phone|the phone|social media|"
    r"my own money|a bank account|my own bank account|my own card)\b"
    r"(?! (?:at|during|in|on) (?:work|school|the office|the exam|exams|meetings?|lessons?|class|shift|the ward|the plane|"
    r"the train|the ward)|after (?:\w+)|before (?:\w+)|until|till|at (?:night|dinner|the table|bedtime|meals)\b)",
    # A password kept from the speaker, with the reason said: "he keeps the wifi password so i can not go online".
    rf"\b{SUBJECT}{BETWEEN} (?:keeps|kept|changed|changes|hides|hid|took|takes|will not tell me|never tells me) (?:the|my|our) "
    r"(?:wifi|internet|phone|email|bank|banking|laptop|computer) (?:password|passcode|pin|login|code)s?\b"
    r"(?=.*\b(?:not allowed|so (?:that )?i (?:can not|could not|have to ask)|from me|without (?:his|her|their) (?:say so|"
    r"permission)|locks me out|to stop me)\b)",
    # Debt forced on the speaker: "he made me sign the loan in my name".
    rf"\b{SUBJECT}{BETWEEN} (?:made|makes|make|forced|forces|force|pressured|pressures|pushed|pushes|bullied|bullies) me "
    r"(?:in)?(?:to )?(?:sign(?:ing)?|take (?:out)?|taking (?:out)?|put(?:ting)?|open(?:ing)?|get(?:ting)?) (?:for )?(?:a |the |"
    r"another |more |his |her |their )?(?:loans?|credit cards?|mortgage|debts?|finance|overdraft|payday loans?|car loan|"
    r"phone contract|catalogue)\b",
    r"\b(?:loans?|debts?|credit cards?|contracts?|bills?|phone contracts?|car finance) in my name\b(?=.*\b(?:made me|forced|"
    r"without (?:my|asking|telling)|behind my back|all mine|i have to pay|i am left|i owe|pressured|threat\w*|or else)\b)",
    # Private pictures held over someone: "he will send those photos of me to my boss if i do not behave".
    rf"\b(?:{SUBJECT}{BETWEEN}|(?:he|she|they) (?:would|will|is going to|are going to|is gonna|could)) (?:send|post|share|leak|"
    r"show|put|upload|email|text|spread|forward) (?:those|the|my|our|some|private|intimate|naked|nude|all)? ?(?:\w+ )?"
    r"(?:photos|pictures|pics|videos|nudes|images|tapes?|recordings?|footage)(?: of (?:me|us))?\b"
    r"(?=.*\b(?:if i|unless i|or else|if i do not|so everyone|everyone will see|to (?:my|your) (?:boss|work|employer|"
    r"colleagues|manager|church|whole family)|naked|nude|intimate|private|in bed|in the shower|behave)\b)"
    r"(?!.*\b(?:birthday|wedding|holiday|christmas|graduation|party|for the album|frame|calendar)\b)",
    rf"\b{SUBJECT}{BETWEEN} (?:send|post|share|leak|show|put|upload|email|text|spread|forward) (?:\w+ )?(?:private|intimate|"
    r"naked|nude|explicit|sexual|sexy) (?:photos|pictures|pics|videos|images|tapes?|recordings?|footage)\b",
    # An adult creeping to a child's room: "my stepdad has been creeping into my daughter's room at night".
    rf"{NOT_A_PET}\b{_ADULT}{BETWEEN} (?:\w+ )?(?:creeps|creeping|crept|sneaks|sneaking|snuck|sneaked|slips|slipping|slipped) "
    r"(?:in|into|in to|up to) (?:my|our|the|her|his) (?:little )?(?:daughter|son|kids|children|girl|boy|child|stepdaughter|"
    r"stepson|niece|nephew|granddaughter|grandson)(?:'s|s| s)? (?:room|bedroom|bed|bath|bathroom|shower)\b",
    rf"\b{_ADULT}{BETWEEN} (?:tells|told|makes|made|asks|asked) (?:my|our|the|her|his) (?:daughter|son|kids|children|girl|"
    r"boy|child|stepdaughter|stepson|niece|nephew) (?:to )?(?:keep (?:it|things|secrets|a secret|their secret|our secret)|"
    r"not to tell) (?:from me|from her mum|from his mum|from mummy|from their mum)\b"
    r"(?!.*\b(?:surprise|party|present|gift|birthday)\b)",
    # A throat grabbed, told as an aside: "apart from him grabbing my throat".
    r"(?<!\bi )(?<!\bwe )\b(?:him|her|them|he|she|they) (?:\w+ )?(?:grabbing|grabbed|grabs|squeezing|squeezed|gripping|"
    r"gripped|choking|choked|throttling|throttled|strangling|strangled|crushing|holding) (?:me by )?(?:my|the) (?:throat|neck)\b"
    r"(?! (?:pillow|warmer|scarf|brace|gaiter|massager|tie|chain|muscles? (?:to|for)|to (?:massage|rub|steady|stop)))",
    rf"\b(?:apart|except|aside|besides|other than)(?: from| for)? (?:him|her|them|{PARTNER}) (?:\w+ )?(?:hitting|slapping|punching|"
    r"kicking|choking|strangling|shoving|pushing|shaking|throttling|biting|burning|beating) (?:me|us)\b",
    # A second blow promised: "he said next time he will not miss".
    r"\bnext time (?:he|she|they|it|the \w+) (?:will not|would not|is not going to|are not going to|does not|promised not to) "
    r"miss(?= *$| (?:me|you|and|he|she|said)\b)",
    r"\bnext time (?:it will|it is going to|it would) (?:be|hit) (?:my|your) (?:head|face|neck|throat|skull)\b",
    # A life's end dated: "i do not think i will still be here by christmas".
    # A slot's words may start after "i" ("won't still be here by christmas").
    rf"(?:^|\bi )(?:will not|will no longer|would not|am not going to|might not|may not|doubt i will|do not think i will|"
    rf"probably will not|do not expect to|do not plan to|do not plan on) (?:still |even )?be {_END_OF_LIFE} "
    r"(?:by|come|to see|at) (?:christmas|new year|easter|the new year|my birthday|(?:his|her|their|the kids|the children)"
    r"(?:'s|s| s)? birthdays?|the end of the (?:month|week|year|summer)|next (?:week|month|year|summer|christmas|spring)|"
    rf"the summer|spring|summer|winter|autumn|then|the weekend|the morning|tomorrow)\b{NAMED_REASON}",
    rf"\b(?:the|my) (?:last|final) (?:night|day|week|weekend|morning|christmas|birthday|summer) (?:that )?i will (?:ever )?"
    rf"(?:be {_END_OF_LIFE}|wake up|see (?:them|the kids|my kids|you|my children)|spend with|hug|hold|tuck)\b"
    r"(?! (?:at|in|on|before|until|for (?:the|a|work)|with the (?:team|group|class)|as)\b)" + NAMED_REASON,
    # A burden who would vanish: "i feel a burden and i would rather just disappear for good".
    r"\b(?:i am|i feel|i am just|i have become|i feel such) (?:such |nothing but |just )?a (?:burden|drain|weight)\b"
    r"(?=.*\b(?:disappear\w*|vanish\w*|not be here|not here|gone|go away|better off|end it|for good|forever|not exist)\b)",
    r"\bi would (?:rather|sooner) (?:just )?(?:disappear|vanish|not exist|stop existing|be gone)\b"
    r"(?! (?:for (?:a|the) (?:week|weekend|bit|while|day|night|evening|afternoon|party)|to (?:a|the|my) |into (?:a|the|my) |"
    r"than (?:go|sit|do|make|give)|(?:under|behind) ))",
]
