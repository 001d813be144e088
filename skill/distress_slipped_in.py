"""Danger slipped into a win, a check-in answer, a note or a reply, the families tester-voice17 found
unheard or saved (issue 8, part 1; /work/notes/tester-voice17.md): pay or a phone hidden from the
partner, injuries told or shown, a weapon in passing, a passive wish told as news, fear lifted only
while he was away, a threat of "eating through a straw", my keys and purse under his pillow, pictures
of me shared without my say, fear while he goes through my phone, and "so I have to say yes" while he
listens. (Not let to drive or go out alone: skill/distress.py's "won't let me" rule.)

Each needs what makes it danger, so the everyday twin stays quiet: my pay or card hidden from him
(not his present), a second phone he does not know about (not one for work), marks or bruises on my
body (not a gym bruise, a cat's scratch or a rash), his weapon put down or brought out (not a glue gun
or the bread knife for the cake), not minding a crash (not minding working from home), a way out for
good (not to the station), fear (not a bed to myself), a straw said by anyone but a dentist, my things
under his pillow, pictures of me (not of the holiday) with no say, fear while he reads (not a receipt
looked for), having to say yes or "everything is fine" while he listens (not nice things about dinner).
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, CLOSE, FEAR, PARTNER_AS_HE_SHE_OR_THEY, WEAPON

# My pay, cards or savings: what is kept from a partner who takes it.
_MY_MONEY = (
    r"(?:my|our) (?:own )?(?:payslips?|pay slips?|wages|salary|pay|pay packet|bank cards?|debit card|credit card|cards?|"
    r"savings|money|cash|earnings|pension|bank book|cheque book|tips)"
)
_SHOWN = (
    r"(?:told|tell|telling|showed|show|showing|shown|admitted|explained|the truth about|lied about|photographed|"
    r"(?:took|take|taking) (?:photos|pictures) of|covered|cover|covering|hid|hide|hiding)"
)
_MARKS = r"(?:marks|bruises|bruising|cuts|burns|scratches|welts|finger marks|scars|black eyes?)"
_BODY = r"(?:neck|throat|arms?|wrists?|back|face|ribs|legs?|chest|body|thighs?|shoulders?)"
# A sport, a fall, a pet or a doctor's care explains a bruise.
_NOT_SPORT = (
    r"(?!.*\b(?:gym|football|footy|rugby|netball|hockey|training|match|game|climbing|cricket|sport|practice|fell|fall|"
    r"bike|allergy|allergic|eczema|surgery|operation|op|vaccine|jab|cat|dog|kitten|puppy|brambles|thorns|roses|garden)\b)"
)
# Cooking, crafts, toys and sport are what most knives and guns at home are for.
_NOT_A_TOOL = (
    r"(?!.*\b(?:cake|bread|butter|onions?|veg|vegetables|dinner|cooking|cook|chop\w*|slic\w*|carv\w*|steak|meat|fish\w*|"
    r"hunting|range|club|paintball|nerf|water|toy|cap|starting|sharpen\w*|kitchen drawer|cutlery drawer|dishwasher|block|"
    r"washing up|sink|safe|cabinet|licen[cs]e)\b)"
)
# Put down, put back or brought out (kept, carried, waved or cleaned: skill/distress_veiled.py).
_PUT = r"(?:put|puts|putting|placed|places|laid|lays|brought out|brings out|took out|takes out|got out|gets out)"
_MADE_TO = r"so i (?:have to|must|had to|need to|got to|have got to|am made to|am meant to)"
_HAVE_TO_SAY = (
    rf"{_MADE_TO} (?:(?:say|tell you) (?:yes|no|everything|it is|we are|i am|that|the right|what|nothing|all is)|answer|"
    r"pretend)"
)

SLIPPED_IN = [
    # Pay or a card hidden from the partner: "I managed to hide my payslip before he got his hands on it".
    rf"\b(?:hid|hide|hidden|hiding|stashed|stash|kept back|keep back|keeping back|put aside|squirrelled away)\b "
    rf"(?:some of |all of |part of |half of |half )?{_MY_MONEY}\b.*\b(?:before|so|so that|in case)\b {PARTNER_AS_HE_SHE_OR_THEY} "
    r"(?:\w+ ){0,2}(?:hands on|hold of|take|took|takes|find|found|finds|spend|spent|touch|drink|gamble)\b",
    # A phone he does not know about: "a second phone he doesn't know about".
    rf"\b(?:second|spare|secret|hidden|burner|other|extra|another) (?:phone|mobile|sim|sim card) (?:that )?{PARTNER_AS_HE_SHE_OR_THEY} "
    r"(?:does not|do not|did not|can not) (?:know|find out) (?:about|of)\b",
    # Injuries told or shown: "I told my sister the truth about the marks on my neck".
    rf"\b{_SHOWN}\b.*\b{_MARKS} (?:on|round|around|all over|across|up) my {_BODY}\b{_NOT_SPORT}",
    # A weapon in passing: "right before he put the gun back on the table".
    rf"\b{CLOSE}{BETWEEN} (?:\w+ )?{_PUT} (?:a|an|the|his|her|their|that|my) (?:loaded )?{WEAPON}\b{_NOT_A_TOOL}",
    # A passive wish told as news: "if the car went off the bridge I wouldn't mind much".
    r"\bif (?:the|my|our|a|that) (?:car|plane|bus|train|boat|ferry|lift|ceiling|roof|bridge)\b.*\b(?:went|goes|crashed|"
    r"crashes|fell|falls|hit|hits|collapsed|collapses|sank|sinks|flipped|came off|went off)\b.*\bi (?:\w+ )?would not "
    r"(?:\w+ )?(?:mind|care|be bothered|be sad)(?: much| at all| really| that much| too much)?(?= *$| honestly| to be honest)",
    r"\b(?:worked out|figured out|found|planned|know|sorted|picked)\b (?:the |a )?(?:quickest |easiest |best |fastest |"
    r"only |simplest |painless |quiet )?way out(?: of (?:here|this|it all|everything|this life|this world))? for good\b"
    r"(?!.*\b(?:mov\w+|job|house|flat|abroad|emigrat\w+|holiday|transfer|visa)\b)",
    r"\b(?:bath|water|tub|sea|river|lake)\b.*\b(?:thinking|thought|think|wondering|wondered|tempted)\b (?:about |of )?"
    r"(?:just )?(?:not (?:getting|coming) (?:out|up|back up)|staying under|going under|slipping under|not coming up)\b"
    r"(?!.*\b(?:warm|cosy|cozy|relaxing|lovely|bliss|nice|comfy)\b)",
    # Fear lifted only while the partner was away: "he was away so I didn't have to be scared all the time".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:was|were|is|has been|had been) (?:away|out|gone|at work|working|out of town|not (?:home|here|around))\b"
    r".*\bso (?:i|we) (?:did not have to be|was not|were not|am not|could stop being|did not feel|felt less) "
    rf"(?:\w+ )?{FEAR}\b(?! of (?!(?:him|her|them|what)\b))",
    # A threat of a broken jaw, said by anyone but a dentist or a surgeon: "next time I embarrass him I'll be eating through a straw".
    r"\b(?:said|says|joked|jokes|joking|told me|tells me|reckons|warned|threatened|swore)\b.*\b(?:i|you) "
    r"(?:will|would|am going to|are going to|will end up|would end up) (?:be )?(?:eating|drinking|fed|living)\b.*"
    r"\bthrough a straw\b(?!.*\b(?:dentist|surgeon|doctor|nurse|surgery|teeth|tooth|braces|operation|op|wired|smoothie|milkshake)\b)",
    # My keys and purse under his pillow.
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:\w+ )?(?:sleeps|sleeping|slept|sleep|keeps|kept|hides|hid|hiding|puts|put)\b.*"
    r"\b(?:my (?:purse|wallet|phone|mobile|passport|keys|car keys|bank card|cards|money)|the (?:car |house )?keys)\b.*"
    r"\bunder (?:his|her|their) (?:pillow|mattress)\b",
    # Pictures of me shared without my say: "sharing pictures of me I never agreed to".
    r"\b(?:shar\w*|sent|send\w*|post\w*|show\w*|passing around|passed around|upload\w*|spread\w*) (?:\w+ )?(?:pictures|"
    r"photos|pics|videos|images|nudes|selfies|footage) of me\b.*\b(?:i (?:never|did not) (?:agreed? to\b(?! (?:that|the|this|his|"
    r"her|a|an|my|wear\w*) \w)|consent\w*|said yes|okayed)|without (?:asking|my (?:permission|consent|say|"
    r"knowing|knowledge))\b)",
    # Fear while the partner goes through the phone: "he's going through my phone right now and I'm scared".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:going through|reading|checking|looking through|searching|went through|read|checked) my "
    rf"(?:phone|messages|texts|emails|mobile|diary|bag|things)\b.*\b(?:and|so) i (?:am|was|feel|felt) (?:so |really |"
    rf"very )?{FEAR}\b(?= *$| (?:of (?:him|her|them|what)|right now|now|and|to)\b)",
    # Made to say so while the partner listens: "he's in the next room listening, so I have to say yes".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}\b.*\b(?:listening|listens|watching|watches|recording|hears everything|can hear)\b.*\b{_HAVE_TO_SAY}\b",
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:is |are )?(?:right here|right there|here|in the room|behind me|next to me)\b.*\b{_MADE_TO} (?:say|tell you|pretend) (?:that )?"
    r"(?:everything is|it is all|we are|i am|things are) (?:fine|ok|okay|good|great|happy|perfect|alright|all right)\b",
]
