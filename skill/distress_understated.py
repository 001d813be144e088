"""Crisis told as ordinary news (tester-voice10's finds, saved as a keep, a win or a check-in answer:
"we were fine until he found out I'd been to the doctor without him", "I've sorted out who gets my
things, so that's one less worry", "if I tell anyone about the nights he'll post the videos", "I got
the kids to my mum's before he came home drunk", "I said goodbye to everyone properly today", "I'd
rather not be here at all", "I don't see much point in next week", "I gave the dog away to my
sister, she'll need him more than me after"). Read by skill/distress.py.

Each needs what makes it crisis: care sought without the partner and found out; one's own things
handed on; a silence bought with a threat to expose; children moved out of a drunk partner's way;
a goodbye to everyone with no move, job or trip around it; not being here at all, with nothing
after it but a softener; the future itself with no point; a pet handed on "for after". The
everyday beside them stays quiet: a surprise found out, who gets the spare room, a video of the
wedding, the kids at grandma's before he came home from work, goodbye at the leaving do, not being
here when the builders come, no point in next week's meeting, the dog given to a sister with a
garden.
"""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_SHE_OR_THEY

# Care or help sought, the visit a controlling partner forbids: "been to the doctor without him".
_CARE = (
    r"(?:the |a |my )?(?:doctor|doctors|gp|hospital|clinic|counsellor|counselor|therapist|nurse|midwife|solicitor|"
    r"lawyer|police|refuge|helpline|support group|women s group|family planning)"
)
# Only a softener or nothing after: "i'd rather not be here at all, to be honest".
_SOFT_END = r"(?:,? (?:to be honest|honestly|really|if i am honest|if i am being honest|truth be told|tbh))?$"
# A child, told as the one moved away.
_CHILD = r"(?:the |my |our )?(?:kids|children|baby|little ones?|boys|girls|son|daughter|toddler|youngest|eldest)"
# A partner's state the children are kept from.
_STATE = (
    r"(?:drunk|hammered|wasted|smashed|legless|plastered|off (?:his|her|their) face|high|angry|raging|in a rage|"
    r"in one of (?:his|her|their) moods|in a mood|after a drink|after drinking|from the pub)"
)
# Who a silence is kept from, and what is shown to break it.
_SECRET = r"anyone|anybody|someone|somebody|a soul|a single (?:person|soul)|the police|people|what happens"
_EXPOSE = (
    r"(?:post|share|send|upload|leak|show|put|spread)(?: \w+){0,2} (?:the |my |our |those |them |these )?"
    r"(?:videos?|photos?|pictures?|pics|images|tapes?|recordings?|footage|film|nudes)"
)
_PET = r"(?:the |my |our )?(?:dog|dogs|cat|cats|puppy|kitten|pets?|rabbit|horse|budgie|parrot|guinea pig|hamster)"
# A pet handed to someone, not washed or fed: "gave the dog away to my sister", "gave away my budgie".
_HANDED_ON = rf"(?:away {_PET}\b|{_PET}(?: away)? (?:to|with)\b)"

UNDERSTATED = [
    # Care sought without the partner, and found out: "until he found out i'd been to the doctor without him".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:found|finds|find|finding) out (?:that )?i (?:would |had |have )?(?:been|gone|went|go|saw|seen|"
    rf"rang|rung|called|talked|spoke|spoken) (?:to |with |at )?{_CARE}\b(?: \w+){{0,3}} without (?:him|her|them|"
    r"telling|asking|permission)\b",
    # One's own things handed on: "i've sorted out who gets my things".
    r"\b(?:sorted|sorting|decided|deciding|worked out|working out|written down|wrote down|settled|arranged) (?:out )?"
    r"who (?:gets|will get|is getting|is going to get|should get|should have|will have|has|can have) (?:all )?my "
    r"(?:things|stuff|belongings|possessions|savings|jewellery|jewelry|ashes|pets?|dog|cat)\b"
    r"(?! (?:\w+ ){0,2}(?:when we move|in the move|at the (?:car boot|sale)|for the (?:move|clear ?out)|while i am away|"
    r"on holiday|when i am away)\b)",
    # A silence bought with a threat to expose: "if i tell anyone about the nights he'll post the videos".
    rf"\bif i (?:tell|told|say anything to|talk to|speak to|go to) (?:{_SECRET})\b(?: \w+){{0,5}} {PARTNER_AS_HE_SHE_OR_THEY} (?:will|would|"
    rf"is going to|is gonna) {_EXPOSE}\b",
    rf"\bif i\b(?: \w+){{1,8}} {PARTNER_AS_HE_SHE_OR_THEY} (?:will|would|is going to|is gonna) {_EXPOSE} (?:online|on the internet|on facebook|"
    r"to everyone|with everyone|to everybody|with everybody|round the (?:village|town|school|office)|to my (?:boss|work|"
    r"family|parents|friends|church|kids))\b",
    # Children moved out of a drunk or raging partner's way: "i got the kids to my mum's before he came home drunk".
    rf"\b(?:got|get|took|take|sent|send|moved|put|rushed|hurried|kept|keep|packed) {_CHILD} (?:\S+ ){{0,5}}(?:before|"
    rf"in case|so (?:they|he|she) (?:were not|was not|weren't|wasn't) (?:there|home|in) when) {PARTNER_AS_HE_SHE_OR_THEY} (?:came|got|comes|gets|come|get|"
    rf"rolled|rolls|stumbled|staggered) (?:home|back|in)(?: \w+){{0,2}} {_STATE}\b",
    # A goodbye to everyone, nothing around it but the day: "i said goodbye to everyone properly today".
    r"^(?!.*\b(?:job|work|office|party|do|leaving|move|moving|moved|trip|holiday|airport|station|school|class|team|"
    r"retire|retiring|retirement|wedding|funeral|visit|visiting|flight|course|hospital|ward|camp|club|church|reunion)\b)"
    r".*\b(?:said|say|saying) (?:my |our )?(?:goodbyes?|good bye|farewells?|bye) to (?:everyone|everybody|all of them|"
    r"all my (?:friends|family)|the people i love|my whole family|each of them|all of you)(?: properly| one by one| "
    r"in my own way| in my head| quietly)?(?: (?:today|tonight|this (?:morning|afternoon|evening|week)|yesterday|"
    r"just now|at last|finally|for the last time|one last time))?\b(?: now)?$",
    # Not being here at all, as a preference: "i'd rather not be here at all to be honest".
    r"\b(?:i would|i had|i) (?:rather|prefer to|sooner) not (?:be here|be around|be alive|exist|wake up)(?: at all| any ?"
    rf"more| any longer| tomorrow| anymore)?{_SOFT_END}",
    # The future itself with no point: "i don't see much point in next week".
    r"\b(?:do not|can not|cannot|could not|no longer|barely) see (?:much |any |the |a lot of )?point (?:in |of )"
    r"(?:next (?:week|month|year)|tomorrow|the future|anything (?:any ?more|after (?:this|that|today))|making plans|"
    rf"planning (?:ahead|anything)|the weeks ahead|christmas this year|the weekend)(?: (?:any ?more|now))?{_SOFT_END}",
    # A pet handed on for after: "i gave the dog away to my sister, she'll need him more than me after".
    rf"\b(?:gave|given|giving|give|handed|rehomed|re homed) {_HANDED_ON}(?: \S+){{0,8}} (?:after|afterwards|"
    r"when i am gone|once i am gone|when i am not here|after i am gone)$",
    rf"\b(?:gave|given|giving|give|handed|rehomed) {_HANDED_ON}(?: \S+){{0,8}} (?:will|would) need (?:him|her|it|"
    r"them) more than (?:me|i do|i will|i would)\b",
    # A child's marks nobody explains: "the kids have marks on their legs since he looked after them".
    rf"\b{_CHILD} (?:has|have|is|are)?(?: got)? ?(?:a |some )?(?:bruises?|marks?|finger ?marks|burns?|cuts?|a cut lip|"
    r"black eyes?|welts?|scratches)\b(?: \S+){0,6} (?:and (?:he|she|they) (?:says|said|swears|claims)|(?:he|she|they|nobody|"
    r"no one) (?:won't|will not|can not|cannot|would not|wouldn't) (?:say|explain|tell)|won't say (?:who|how|why)|"
    r"will not say (?:who|how|why)|since (?:he|she|his|her)|after (?:he|she|his|her) (?:dad|mum|mom|father|mother|had|"
    r"looked|minded|babysat))\b",
]
