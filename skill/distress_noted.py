"""Danger told as a note for the record, the families tester-voice15 found unheard or saved (issue 8,
part 1; /work/notes/tester-voice15.md): the car keys kept so one can't reach family, the pills counted
"because of last time", "if anything happens to me it was him", cash hidden to get away, letters
written to everyone, papers burnt to stop a job, "nobody would believe me over him", a child told
"you're next", the call log checked every night, made to in bed, passports and bank cards locked up,
not knowing how much longer one can keep going, sent away with the baby kept, a crash thought of,
locked in with the phone taken, "or he gets rough", "if I go there again I'll regret it", the pills
sorted for a day, "next time it'll be my arm he breaks".

Each needs what makes it danger, so the everyday twin stays quiet: "so I can't" after the keys, "last
time" after the pills, a person to blame, getting away, letters to everyone (not the council), a
condition on the papers, "over him", "next" said to a child, every night, "in bed" with "didn't
want", papers with money, a day for the pills, a body part or a blow next time.
"""

from __future__ import annotations

from .distress_methods import MEDS
from .distress_vocab import BETWEEN, CHILD, CLOSE, FAMILY, PARTNER

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|this weekend|next week|"
    r"then|later|the (?:\w+)(?:st|nd|rd|th))"
)
_PAPERS = r"(?:passports?|ids?|papers|documents|visas?|birth certificates?|residence permits?)"
_MONEY = r"(?:bank cards?|cards|money|cash|debit cards?|credit cards?|cheque ?book|bank books?)"
_BODY = r"(?:arm|arms|leg|legs|neck|head|face|jaw|nose|ribs|fingers|wrist|wrists|skull|throat|teeth|back|hand|hands)"

NOTED = [
    # The keys or phone kept, and the reason said: "he's had the car keys off me so I can't get to my mum's".
    rf"\b{CLOSE}{BETWEEN} (?:has|had|took|takes|taken|hides|hid|keeps|kept|holds|held) (?:the |my )?(?:car keys|keys|car)"
    r"(?: off me| from me| away)?\b.*\bso (?:that )?i (?:can not|could not|am not able to) (?:get|go|see|visit|leave|drive|"
    r"reach)\b",
    # The means watched "because of last time": "she counts the pills in the cabinet now because of last time".
    rf"\b(?:counts|counted|locks|locked|hides|hid|keeps|kept|checks|checked|rations|rationed) (?:up |away )?(?:the |my |"
    rf"all the |all my )?(?:\w+ )?{MEDS}\b.*\b(?:because of|since|after) (?:what i did |what happened )?(?:the )?last time\b",
    # Blame named in advance: "if anything happens to me it was him".
    rf"\bif (?:anything|something) (?:ever )?(?:happens|happened) to me\b.*\b(?:it was|it is|it will have been|blame|"
    rf"tell (?:them|the police|everyone|people) it was) (?:him|her|them|{PARTNER}|{FAMILY})\b",
    # Cash hidden to get away: "I managed to hide a bit of cash in a tampon box so I can get away".
    r"(?:\b(?:hide|hid|hidden|hiding|stash|stashed|stashing|squirrel\w*|tuck\w*|sav(?:e|ed|ing)|put(?:ting)? (?:by|aside|away)) "
    r"(?:away )?(?:a bit of |a little |some |enough )?(?:cash|money|notes)\b|\b(?:cash|money) (?:hidden|stashed|put by|"
    r"put aside|tucked away)\b).*\b(?:so (?:that )?i (?:can|could|will be able to)|"
    r"to) (?:get away|escape|run away|leave(?= *$| (?:him|her|them|for good|when))|get out(?= *$| of here| for good))\b"
    r"(?! (?:for|on|to) (?:a|the|this|next) (?:weekend|week|holiday|break|trip)\b)",
    # Letters written to everyone, said as done: "I've written my letters to everyone so that's sorted".
    r"\b(?:written|wrote|write|writing|finished) (?:all )?(?:my |the |some )?letters? to (?:everyone|everybody|all of them|"
    r"the kids|my kids|my family|my children|each of (?:them|you))\b(?!.*\b(?:christmas|thank|birthday|invitations?|wedding|"
    r"cards?|santa|council|school|pen pal)\b)",
    r"\bletters? to (?:everyone|everybody|the kids|my kids|my family|my children) (?:are|is) (?:all )?(?:written|done|"
    r"finished|ready|sorted)\b(?!.*\b(?:christmas|thank|birthday|invitations?|wedding|cards?|santa)\b)",
    # Papers destroyed to stop a job or a leaving: "he would burn my certificates if I apply for the job".
    r"(?<!\bi )(?<!\bwe )\b(?:burn|burns|burned|burnt|tear up|tore up|tears up|rip up|ripped up|shred|shredded|destroy|"
    r"destroyed|hide|hid) (?:all )?my (?:\w+ )?(?:certificates?|degree|diploma|passport|visa|papers|documents|"
    r"qualifications?)\b(?=.*\b(?:if i|unless i|so i can not|so i could not|so that i can not|or i)\b)",
    # Never believed over the one who hurts: "nobody would believe me over him".
    r"\b(?:nobody|no one|noone|no body) (?:would|will|is going to|is ever going to|could)? ?(?:ever )?believe "
    rf"(?:me|a word i say)(?: over| against| instead of) (?:him|her|them|{PARTNER}|{FAMILY})\b",
    r"\b(?:nobody|no one|noone) (?:would|will|is going to)? ?(?:ever )?believe me if i (?:told|tell|said|say) (?:them |anyone |"
    r"people |the police )?(?:what|about) (?:he|she|they|him|her|it|what)\b",
    # A child told they are next: "took my daughter's phone off her and told her she's next".
    rf"\b(?:told|tells|telling|said to|says to|warned|warns|looked at|looks at|pointed at) (?:(?:my|our|the|his|her) {CHILD}|"
    r"her|him|them)(?: and (?:said|says|told (?:her|him|them)))? (?:she is|he is|they are|you are|she will be|he will be|"
    r"you will be|they will be) next\b(?! (?:in|to|on|up|week|time|for|after|door|year|month|turn|one|please)\b)"
    r"(?!.*\b(?:queue|line|turn|game|round|haircut|bath|shower|race|dentist|doctor|go)\b)",
    # The phone gone through every night: "he checks my call log every night without fail".
    rf"\b{CLOSE}{BETWEEN} (?:checks|checked|goes through|went through|looks through|searches|scrolls through|inspects) my "
    r"(?:call log|call logs|call history|calls|phone|mobile|messages|texts|emails|browser history|search history)\b"
    r"(?= (?:every|each) (?:night|day|evening|morning)|.*\b(?:without fail|every single|all the time|constantly|while i sleep|"
    r"when i am asleep)\b)"
    # Not the openness a couple agreed after a breach: "she checks my phone every night as we agreed".
    r"(?!.*\b(?:as (?:we|i) agreed|as agreed|we agreed|like we agreed|our agreement|as promised|open phone|part of "
    r"(?:our|the) (?:contract|deal|agreement))\b)",
    # Made to in bed: "he didn't make me do anything I didn't want in bed this week, mostly".
    r"\b(?:make|makes|made|making|force|forces|forced|pressure|pressures|pressured|push|pushes|pushed) me (?:into )?(?:do(?:ing)? )?"
    r"(?:anything|things|stuff|something|it|what)\b(?=.*\bin bed\b)(?=.*\b(?:do not|did not|never) (?:want|like|agree)\b)",
    # Papers and money locked up together: "he keeps the passports and the bank cards in a locked drawer".
    rf"\b{CLOSE}{BETWEEN} (?:keeps|kept|has|holds|hides|hid|took|takes|locks|locked) (?:up )?(?:the |my |our |all the |all my )?"
    rf"(?:{_PAPERS}(?: and| or) (?:the |my |our )?{_MONEY}|{_MONEY}(?: and| or) (?:the |my |our )?{_PAPERS})\b"
    r"(?=.*\b(?:locked|lock|safe|away from me|hidden|where i can not)\b)",
    # Not knowing how much longer one can keep going.
    r"\b(?:do not know|not sure|no idea) how (?:much )?(?:long|longer) i can (?:keep going|go on|hold on|carry on|keep this up|"
    r"take (?:it|this|any more)|last)\b(?! (?:on|at|in|with) (?:this|the|my|that) )(?!.*\b(?:diet|treadmill|gym|workout|training|marathon|run|shift|hike|fast|fasting|queue|heat|job|course|"
    r"exams?|night shifts?|commute|pace|match|game|walk)\b)",
    # Sent away with the children kept: "he'll send me back to my parents' village and keep the baby".
    rf"\b(?:send|sends|sent|ship|throw|throws|kick|kicks|put|puts) me (?:back|out|away|off)\b.*\b(?:keep|keeps|take|takes|"
    rf"keeping|taking) (?:the|my|our) {CHILD}\b",
    # A crash thought of: "I've been thinking about just driving off the road on the way to work".
    r"\b(?:thinking|thought|think|thinks|imagin\w*|picture|picturing|tempted) (?:about |of )?(?:just )?(?:driving|steering|"
    r"swerving|crashing|veering|running) (?:the car |my car )?(?:off the road|off a cliff|off the bridge|off the edge|into "
    r"(?:a|the) (?:wall|tree|lorry|truck|river|sea|oncoming \w+|bridge|barrier)|on purpose)\b",
    # Locked in, or out, with the phone taken: "I didn't call because he'd taken my phone and locked the door",
    # "he locked me out and took my phone". "he'd taken" is read as "he would taken".
    rf"\b{CLOSE} (?:had |has |would )?(?:taken|took|takes|hid|hides|smashed) my (?:phone|mobile|keys|car keys)(?: away)? and "
    r"(?:had |has )?(?:locked|locks|bolted|bolts) (?:the door|the doors|me in|me out)\b",
    rf"\b{CLOSE} (?:had |has )?(?:locked|locks|bolted|bolts) (?:the door|the doors|me in|me out)(?: \w+)? and (?:had |has )?(?:taken|took|"
    r"takes|hid|hides) my (?:phone|mobile|keys|car keys)\b",
    # Rough if crossed: "I tell him where I am, or he gets rough".
    rf"\bor (?:else )?{CLOSE} (?:gets|will get|goes|turns|starts getting|can get) (?:rough|violent|physical|nasty|handsy|"
    r"heavy handed)\b",
    rf"\b{CLOSE} (?:gets|got|getting|can get|will get) (?:rough|physical|violent|heavy handed) with (?:me|us|the kids)\b"
    r"(?!.*\b(?:rugby|wrestl\w*|play\w*|game|football|footy|training|practice|match|sport|boxing|sparring|tackle)\b)",
    # A threat of regret for going out or leaving: "he said if I go there again without him I'll regret it".
    r"\b(?:said|says|told me|warned|warns|threatened|threatens)\b.*\bif i (?:ever )?(?:leave|left|tell anyone|told anyone|"
    r"see|saw|visit|visited|talk to|speak to|meet|go (?:there|out|back|to (?:my|her|his|the police))|went (?:there|out|back|to "
    r"(?:my|her|his|the police)))\b.*\b(?:i will|i would) (?:live to )?(?:regret it|be sorry|pay for it)\b"
    r"(?!.*\b(?:gym|curry|film|movie|cake|dessert|hangover|spicy|drink|chilli)\b)",
    # The pills sorted for a day: "the thing with the pills is sorted for friday".
    rf"(?<!mum s )(?<!dad s )(?<!dog s )(?<!cat s )\b{MEDS}\b(?: \w+){{0,2}} (?:is |are |all )?(?:sorted|ready|lined up|set|"
    rf"counted out|planned) for {_DAY}\b(?!.*\b(?:prescription|collect\w*|pharmacy|chemist|pick up|vitamins?|dosette|trip|"
    r"holiday)\b)",
    # The next blow named: "next time it'll be my arm he breaks", "next time she'll break my wrist".
    rf"\bnext time (?:it will|it is going to|it would|{CLOSE} will|{CLOSE} is going to|{CLOSE} would)(?: be)? (?:break |snap |"
    rf"smash |crack |hit |cut |burn )?(?:my|your) {_BODY}\b(?=.*\b(?:break|breaks|broke|snap|snaps|smash|smashes|crack|"
    r"cracks|hit|hits|cut|cuts|burn|burns)\b)",
]
