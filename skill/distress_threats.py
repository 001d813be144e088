"""Threats and injuries, harm to someone else, cover stories, and everyday control said as a
small win, a moment or a check-in answer (issue 8, item 1: an independent tester's finds on
main, where "he said he'd break my arm if I told anyone" was logged as a small win and "I told
the doctor I fell down the stairs, again" saved as a moment of reliability).

Each family needs what makes it harm: a person doing it ("he said he'd break my arm", not "I
broke my arm skiing"), a child or a relative harmed ("belts my little brother", not "belts out
karaoke"), a cover story's tell ("again", "had to say"), marks kept secret (not a surprise
party), a need asked leave for (eating, not the last biscuit), home avoided (not a long drive).
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, FEAR, PARTNER, SUBJECT

# Parts of a body that are broken, smashed or put out by a blow ("back" is left out: "this job
# will break my back"; "heart" too).
_BONE = (
    r"(?:arms?|legs?|neck|jaw|nose|fingers?|thumbs?|teeth|tooth|ribs?|skull|face|head|wrists?|knees?|kneecaps?|"
    r"shoulders?|elbows?|ankles?|hands?|feet|foot|collarbone|cheekbone|eye socket|hip)"
)
_BREAK = (
    r"(?:break|breaks|broke|broken|breaking|smash|smashes|smashed|smashing|snap|snaps|snapped|dislocate|dislocates|"
    r"dislocated|crack|cracked|fracture|fractures|fractured|bust|busted|shatter|shattered|cave|caved|kick|kicked|"
    r"knock|knocked|punch|punched|bash|bashed|stamp on|stamped on)"
)
# Who is harmed when it is not the speaker: a child or a relative, however described.
_KIN = (
    r"(?:(?:little|baby|younger|older|big|kid|eldest|youngest|half|step|twin) )*(?:brother|sister|son|daughter|kids?|"
    r"children|child|baby|boy|girl|stepson|stepdaughter|nephew|niece|mum|mom|mother|nan|gran|grandma|cousin|"
    r"sibling|siblings|toddler|infant|newborn|(?<=little )ones?)"
)
# Who harms a child at home, beyond the family words every list shares: "my stepmum", "her grandad".
_ELDER = (
    rf"(?:{SUBJECT}|(?:my|our|his|her|their) (?:step ?(?:mum|mom|dad|mother|father)|grandad|granddad|grandpa|"
    r"grandfather|grandma|nan|gran|aunt|auntie|uncle|cousin|carer|babysitter|(?:mum|mom)(?:'s| s) (?:boyfriend|partner)))"
)
_HOSPITAL = r"(?:the )?(?:hospital|a and e|a&e|er|emergency room|emergency|icu|intensive care|casualty|the burns unit)"
# A fall or a door: the story told for an injury.
_FELL = (
    r"(?:(?:fell|tripped|slipped) (?:over|down|on|off|into|against|in|and|again)\b(?! (?:the wagon|track|my radar|the "
    r"radar|love|hard times|a habit|bad habits|old habits|line|place|step|asleep)\b)|(?:walked|bumped|ran) into (?:a|the) "
    r"(?:door|wall|cupboard|cabinet|table)|(?:banged|hit) (?:my|her|his|their) (?:head|face) on)"
)
# Who treats an injury.
_CARE = (
    r"(?:the |my |our |his |her |their )?(?:doctors?|gp|nurses?|hospital|a (?:and )?e|paramedics?|er|casualty|triage|"
    r"emergency (?:room|department)|urgent care|minor injuries)"
)
_WHO_ASKS = (
    r"(?:the |my |our |his |her |their )?(?:doctors?|gp|nurses?|hospital|a and e|paramedics?|teachers?|school|"
    r"police|cops|boss|work|everyone|people|anyone|friends?|mum|mom|family|them|her|him)"
)
# What a body needs, asked leave for: "permission before I eat".
_NEED = (
    r"(?:eat|eating|have (?:a |my )?(?:meal|snack|food|dinner|lunch|breakfast|tea)|sleep|go to bed|shower|have a "
    r"(?:shower|bath|wash)|wash|use the (?:toilet|loo|bathroom)|go to the (?:toilet|loo|bathroom)|drink|have a drink)"
)
_MARK = (
    r"(?:bruises|bruise|bruising|marks|black eyes?|burns|welts|finger marks|injuries|broken (?:arm|nose|ribs?|wrist))"
)

THREATS = [
    # A body part broken, or threatened: "he said he'd break my arm", "he dislocated my shoulder".
    rf"\b{SUBJECT}{BETWEEN} {_BREAK} (?:in |out )?(?:both (?:of )?)?my {_BONE}\b"
    r"(?! (?:back|into place|in (?:the|a) (?:game|match)|at (?:rugby|football|training|practice)|by (?:accident|mistake))\b)",
    rf"\b{SUBJECT}{BETWEEN} (?:kick|kicked|smash|smashed|knock|knocked|punch|punched|cave|caved|bash|bashed) my "
    r"(?:teeth|head|face|skull) (?:in|out)\b",
    r"\b(?:threatened|threatens|threatening|threats?|swore|swears|promised|promises) to (?:break|smash|snap|dislocate|"
    rf"crack|fracture|bust|shatter) (?:both (?:of )?)?my {_BONE}\b",
    # Someone put in hospital by a person: "my mate's fella put her in hospital".
    rf"\b{SUBJECT}{BETWEEN} (?:put|puts|landed|lands|sent|sends|hospitali[sz]ed) (?:me|us|her|him|them|my {_KIN}) "
    rf"(?:in|into|to) {_HOSPITAL}\b(?!(?: overnight)? for (?:tests|observation|a scan|surgery|an operation|checks)\b)",
    rf"\b(?:beat|beaten|battered|hit|hurt|kicked|strangled|choked) (?:me|her|him|them|us)(?: \w+){{0,3}} (?:ended up|end "
    rf"up|landed|was|were|am) in {_HOSPITAL}\b",
    # A parent, step-parent or relative beating or touching a child: "my stepdad belts my little brother".
    rf"\b{_ELDER}{BETWEEN} (?:hits|hit|hitting|beats|beat|beating|belts|belted|belting|smacks|smacked|slaps|"
    r"slapped|punches|punched|kicks|kicked|batters|battered|thumps|thumped|whips|whipped|chokes|choked|hurts|hurt|"
    r"abuses|abused|molests|molested|touches|touched|gropes|groped|leathers|leathered|wallops|walloped) "
    rf"(?:my|our|his|her|their|the) {_KIN}\b(?! (?:at|in|to|up|out|back|off|with (?:a|the) (?:ball|pillow))\b|'s| s\b)",
    rf"\b{_ELDER}{BETWEEN} (?:touches|touched|touching|fondles|fondled|gropes|groped|feels|felt up) (?:me|us|him|her|"
    rf"my {_KIN})\b(?: \w+){{0,3}}? (?:when|while|whenever|once|if) (?:nobody|no one|noone|mum|mom|my (?:mum|mom|mother|"
    r"dad|wife|husband|partner)|everyone|the others|we are|i am)(?:'s| s| is| was| are| has)?(?: \w+)? (?:home|around|"
    r"looking|asleep|out|gone|alone|away|there|in bed)\b",
    rf"\b{SUBJECT}{BETWEEN} (?:touches|touched|touching) (?:me|him|her|my {_KIN}) (?:in (?:my|his|her|their) private|"
    r"down there|under (?:my|his|her|their) (?:clothes|pyjamas|pajamas|nightie))",
    # A cover story for an injury: "I told the doctor I fell down the stairs, again".
    rf"\b(?:told|tell|telling|tells|said|say|saying|says|lied to) {_WHO_ASKS}\b(?: that)? (?:i|she|he|they|the kids?) "
    rf"{_FELL}\b(?: \w+){{0,5}}? (?:again|as usual|like (?:last time|always|before)|every time|this time too|once more)\b",
    # The stories told for a blow, said to whoever asks, need no "again" (Alexa's slot drops it).
    # Any door: "walked into the cupboard door".
    rf"\b(?:told|tell|telling|tells|said|say|saying|says|lied to) {_WHO_ASKS}\b(?: that)? (?:i|she|he|they|the kids?) "
    r"(?:fell down the stairs|walked into (?:a|the)(?: \w+)? door)\b",
    # To whoever treats it, any fall is the tell (tester-voice33): "I told the nurse I fell off a ladder".
    rf"\b(?:told|tell|telling|tells|said to|lied to) {_CARE}\b(?: that)? (?:i|she|he|they|the kids?) {_FELL}"
    r"(?!.*\b(?:bike|horse|skis?|skiing|skateboard|rugby|football|netball|gym|trampoline|ice rink|climbing wall)\b)",
    rf"\b(?:(?:had|have|has|need|needed|got) to|made me|makes me|make me|told me to|tells me to|wants me to|wanted "
    rf"me to) (?:say|tell(?: \w+){{0,2}}) (?:that )?(?:i|she|he|they) {_FELL}\b",
    # Secrecy about marks: "I kept my promise not to tell anyone about the bruises".
    r"\b(?:not|never|no one|nobody|can not|must not|will not|do not|did not) (?:to )?(?:tell|show|mention|say "
    rf"anything|let (?:anyone|anybody|people) see)(?: \w+){{0,3}}? (?:about )?(?:the |my |her |his |these |those )?{_MARK}\b",
    r"\b(?:hide|hid|hides|hiding|cover|covers|covered|covering|conceal|conceals|concealed|concealing)(?: up)? (?:the |my |"
    rf"her |his |these |those )?{_MARK}\b(?! on (?:the )?(?:wall|floor|table|car|door|paint|sofa|carpet|apples?|fruit|"
    r"bananas?|peaches|pears)\b)",
    # Hiding from, or fear of, a raised voice: "I get scared when he raises his voice and I hide".
    rf"\b(?:{FEAR}|hide|hides|hid|hiding|cower|cowers|cowered|shake|shaking|tremble|trembling|freeze|froze|flinch|"
    rf"flinches)\b(?: \w+){{0,6}}? (?:when|whenever|every time|as soon as|if|because) {SUBJECT}{BETWEEN} (?:raises|"
    r"raised|raising|lifts|lifted) (?:his|her|their) (?:voice|hand|fist)\b",
    rf"\b(?:when|whenever|every time|as soon as|if) {SUBJECT}{BETWEEN} (?:raises|raised|raising) (?:his|her|their) "
    rf"voice\b(?: \w+){{0,4}}? (?:i|we|the kids) (?:\w+ )?(?:hide|hid|run|ran|cower|freeze|froze|shake|flinch|{FEAR})\b",
    # Money doled out, a card taken: "he's taken my bank card and gives me twenty quid a week".
    rf"\b{SUBJECT}{BETWEEN} (?:taken|confiscated|confiscates|cut up|cuts up|cancelled|canceled|frozen|froze) my "
    r"(?:bank |debit |credit )?(?:cards?|account)\b",
    rf"\b(?:he|she|they|{PARTNER})(?: \w+){{0,2}} (?:gives|gave|give|giving|hands|handed|allows|allowed|lets) me "
    r"(?:only |just |no more than )?(?:an allowance|pocket money|(?:\w+ ){1,3}(?:quid|pounds?|dollars?|bucks|rupees|"
    r"euros|rand|grand)(?: a| per| each| every) (?:week|day|month|fortnight))\b",
    rf"\b(?:puts|put|keeps|kept) me on (?:an )?allowance\b|\b(?:have|had|has) to (?:ask|beg) (?:him|her|them|{PARTNER}) "
    r"for (?:money|cash|my own money)\b",
    # Leave asked for a body's needs: "he makes me ask permission before I eat".
    rf"\b(?:permission|ask (?:him|her|them|{PARTNER})(?: first)?|ask first) (?:before|to|if|whether|when) (?:i |we )?"
    rf"(?:can |could |may )?{_NEED}\b(?! (?:the|his|her|their|your) | (?:at|in|during) (?:school|class|lessons?|work))",
    # Contempt for tears, and worthlessness as a verdict: "laughs when I cry", "nobody would want me".
    r"\b(?:laughs|laughed|laughing|mocks|mocked|mocking|sneers|sneered|smirks|smirked|jeers) (?:(?:at )?me )?(?:when|"
    r"whenever|every time|while|as) i (?:cry|cried|am crying|was crying|start crying|get upset|beg)\b"
    r"(?! (?:at|during|over|watching|in|about) )",
    r"\b(?:says|said|tells me|told me|keeps saying|reminds me|keeps telling me) (?:that )?(?:nobody|no one|noone|no "
    r"other (?:man|woman|person|one)|nobody else) (?:would|will|could|is going to) (?:ever )?(?:want|love|have|put up "
    r"with|marry|look at|touch) (?:me|you|someone (?:like )?(?:me|you))\b",
    # Home avoided: "I've started sleeping in my car so I don't have to go home".
    r"\b(?:sleep|sleeps|sleeping|slept|spend the night|spent the night|spending the night|stay|staying|stayed|sit|"
    r"sitting|sat|wait|waiting|waited|hide|hiding|hid) (?:in (?:my|the|our) (?:car|van|truck|ute)|in (?:a|the) car park|"
    r"at (?:work|the office)|on (?:a|the) (?:bench|street|streets))\b(?: \w+){0,4}? (?:so (?:that )?(?:i|we) (?:do not|"
    r"did not|can not|would not|will not|never) (?:have to )?(?:go|come|get|be|see|face) (?:home|back home|inside|"
    rf"(?:him|her|them)\b)|to (?:avoid|stay away from|keep away from|get away from) (?:going )?(?:home|the house|him|her|"
    rf"them|{PARTNER})|rather than (?:go|going) home|instead of (?:go|going) home|because (?:i am|i was) (?:too )?{FEAR})",
]
