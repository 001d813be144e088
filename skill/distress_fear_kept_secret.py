"""Fear of the partner told as a secret kept from them, a home dreaded, a threat believed, a car made a
weapon (tester-voice35, 2026-12-06, on main): "I'm scared he'll find out I'm using this", "please don't tell
him I said any of this", "if he finds out I've been talking about this he'll go mad", "dreading coming home
because of how she gets", "she said she'd ruin me and I believe her", "he grabbed the steering wheel and
tried to crash us". Each got only the soft line or a menu.

Each needs its frame; the everyday beside them stays quiet: "don't tell him about the surprise party", "if
she finds out about the present she'll go mad", "dreading coming home because of the mess I left", "ruin me
at Scrabble", "grabbed the steering wheel when I sneezed".

tester-voice37's, on lead7: the secrecy the partner demands, kept ("not to tell anyone what she does when she
drinks", "kept quiet about what goes on at home like he wants"), and this use hidden from one who watches ("wipe
everything i said, he checks the app when i'm asleep", "make sure sam never finds out i use this app"); a surprise
party kept quiet, the app checked together, stay quiet.
"""

from __future__ import annotations

from .distress_vocab import (
    FEAR,
    PARTNER_AS_HE_SHE_OR_THEY,
    PARTNER_AS_HIM_HER_OR_THEM,
    PARTNER_OR_ANY_NAME,
    SURPRISE,
)

_WILL = r"(?:will|would|might|is going to|are going to|is gonna|could)"
# What the partner must not learn: that I use this, that I talked, what I said.
_MY_TELLING = (
    r"(?:(?:that )?i (?:am|was|have been|had been) (?:using|talking to|speaking to|telling) (?:this|you|alexa|the app|"
    r"the skill)|(?:that )?i (?:am|was|have been|had been) on (?:this|here|alexa|the app)|(?:that )?i (?:have been|was|am|"
    r"had been) (?:talking|speaking|telling (?:you|someone|anyone))|what i "
    r"(?:have been|am|was) (?:saying|telling you|telling)|what i (?:said|told you|say)|(?:that )?i (?:told|talked to|"
    r"spoke to) (?:you|someone|anyone)|(?:that )?i said (?:any of |all (?:of )?)?(?:this|that|anything)|any of this|all (?:of )?this)"
)
# Asked to be removed: what i said here, my answers, all of it.
_REMOVE = r"(?:delete|erase|remove|wipe|clear|get rid of|scrap|undo)"
_WHAT_I_SAID = (
    r"(?:everything(?: i (?:just )?(?:said|told you|wrote|answered))?|all (?:of )?(?:this|that|it|them|my answers)|what i "
    r"(?:just )?(?:said|told you|wrote|answered)|my (?:check ?in )?answers?|my check ?in)"
)
# What the partner does on finding out: "go mad", "kill me", "lose it".
_RAGE = (
    r"(?:go mad|go crazy|go spare|go ballistic|go mental|lose it|lose his mind|lose her mind|flip|flip out|explode|"
    r"kill me|hurt me|make me pay|make my life hell|punish me|be furious|go nuts|take the kids|take the children|take "
    r"the baby|throw me out|kick me out|leave me|take my phone)"
)
# Hidden from the partner: "that i use this app".
_MY_USE = r"(?:that )?i (?:use|am using|have been using|used|talk to|come on) (?:this|you|alexa|the app|this app|the skill|it)"
# Nothing after it tells of a surprise being kept ("... so it stays a surprise").
_NO_SURPRISE = rf"(?!.*\b{SURPRISE}\b)"
# What the partner does that is kept quiet: how they are when drinking or angry, what goes on at home.
_WHAT_GOES_ON = (
    rf"what (?:{PARTNER_AS_HE_SHE_OR_THEY} (?:does|did|is like|gets like|says|does to me|did to me|has done)(?: to me)? "
    rf"(?:when|after|if|once|whenever) {PARTNER_AS_HE_SHE_OR_THEY} (?:drinks|is drinking|has been drinking|is drunk|gets "
    r"drunk|gets angry|is angry|loses it|gets mad|kicks off|is in a mood|uses|takes something)|(?:goes|went) on (?:at "
    r"home|in (?:our|the|this) house|behind closed doors|at our place|between us)|happens (?:at home|in (?:our|the|this) "
    r"house|behind closed doors))"
)
# What is kept quiet about, as the partner wants: marks, fights, drinking, home.
_HARM_AT_HOME = (
    r"(?:bruises?|marks|black eye|injur(?:y|ies)|cuts|scratches|burns|fights?|rows|shouting|screaming|hitting|drinking|"
    r"temper|violence|threats|what (?:he|she|they) (?:did|does|said|says|has done)|what (?:happened|happens|goes on|went "
    r"on)|how (?:he|she|they) (?:treats|treated|speaks to|talks to) me|things at home|stuff at home|home)"
)
_DREAD = rf"(?:dread|dreading|dreaded|{FEAR} of|hate|hating|putting off)"

FEAR_KEPT_SECRET = [
    # Found out using this: "I'm scared he'll find out I'm using this", "worried he'll see what I've been saying".
    rf"\b(?:{FEAR}|worried|anxious|terrified) (?:that )?{PARTNER_AS_HE_SHE_OR_THEY} {_WILL} (?:find out|see|hear|"
    rf"know|read|check|notice|catch me)(?: about)? {_MY_TELLING}\b",
    # Not to be told: "please don't tell him I said any of this".
    rf"\b(?:please |just )?(?:do not|never|will not|you can not|you must not) (?:tell|let) {PARTNER_AS_HIM_HER_OR_THEM} "
    rf"(?:know )?(?:{_MY_TELLING}|{_MY_USE})\b(?!.*\b(?:surprise|present|gift|party|birthday|anniversary|proposal|cake)\b)",
    # tester-voice39's, on main 7aa385a: this use never to be found out: "he can't ever find out I talk to you", "my
    # husband doesn't know I use this and he can't find out", "if she finds out about this she'll go mental".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:can not|must not|can never|must never|should not|should never|will never|is not "
    rf"allowed to|can not be allowed to) (?:ever )?(?:find out|know|see|hear|learn|notice)(?: that| about)? "
    rf"(?:{_MY_USE}|{_MY_TELLING})\b{_NO_SURPRISE}",
    rf"\b(?:does not|do not|did not|must not|can not) know {_MY_USE}\b.*\b{PARTNER_AS_HE_SHE_OR_THEY} (?:can not|must not|"
    rf"can never|must never|should not|should never|will never) (?:ever )?(?:find out|know)\b{_NO_SURPRISE}",
    rf"\bif {PARTNER_AS_HE_SHE_OR_THEY} (?:ever )?(?:finds|found|hears|heard) out about (?:this|any of this|all (?:of )?this|"
    rf"what i (?:said|told you|have been saying))(?: (?:app|skill|thing))? {PARTNER_AS_HE_SHE_OR_THEY} (?:will|would|is "
    rf"going to|is gonna) (?:absolutely |literally |totally )?{_RAGE}\b{_NO_SURPRISE}",
    # Found out, then rage: "if he finds out I've been talking about this he'll go mad" (a carrier may hand it over
    # as "if he finds out i have has been talking about …").
    rf"\bif {PARTNER_AS_HE_SHE_OR_THEY} (?:ever )?(?:finds|found|sees|saw|hears|heard) (?:out )?(?:that )?i\b(?: [\w']+)"
    rf"{{0,4}}? (?:talking|telling|speaking|using this|using the app|on this|on here|on the app|said|told)\b(?: [\w']+){{0,5}}? "
    rf"{PARTNER_AS_HE_SHE_OR_THEY} (?:will|would|is going to|is gonna) (?:absolutely |literally |totally )?{_RAGE}\b",
    # Home dreaded for how the partner is: "I've been dreading coming home because of how she gets".
    rf"\b{_DREAD} (?:coming|going|getting|being) (?:back )?home\b(?: [\w']+){{0,3}}? (?:because of|cause of|cos of|for "
    rf"fear of) (?:how|what|the way|the mood) {PARTNER_AS_HE_SHE_OR_THEY}(?: (?:is|gets|will be|would be|has been|"
    r"might be|is like|gets like|will be like)\b|$)",
    # A threat believed: "my wife said she'd ruin me and I believe her".
    rf"\b{PARTNER_OR_ANY_NAME} (?:said|says|swore|told me|threatened)(?: that)? (?:he|she|they) (?:would|will|"
    r"is going to|was going to) (?:ruin|destroy|end|finish|break) me\b(?! at\b| in\b| on\b)(?: [\w']+){0,2}? and i "
    r"(?:believe|believed|know|knew|think) (?:him|her|them|it|he|she|they)\b",
    # The car as a weapon: "he grabbed the steering wheel and tried to crash us".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:grabbed|yanked|pulled|jerked|wrenched|took) (?:the |my )?(?:steering )?wheel\b"
    r"(?: [\w']+){0,4}? (?:tried|trying|tries|wanted|threatened) to (?:crash|run us off|drive us off|swerve us|"
    r"drive into|kill us|put us in)\b",
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:tried|threatened|wanted) to crash (?:us|the car|the car with me|into)\b"
    r"(?!.*\b(?:go ?karts?|game|simulator|drone|server|website|party)\b)",
    # A beating if seen or found out, whoever "may" is: "leave it alone, may will beat me if she sees" (heard by
    # the learned check alone on a device that does not know the names; a retrain let it go).
    r"\b\w+ (?:will|would|is going to|is gonna) (?:beat|hit|batter|thump|punch|kill|strangle) me if (?:he|she|they) "
    r"(?:sees|saw|finds out|found out|knows|hears|notices|catches me)\b(?!.*\b(?:at|in) (?:chess|cards|poker|scrabble|"
    r"tennis|squash|golf|the game|the race|a race|monopoly|darts|pool)\b)",
    # Hiding from the partner's anger: "(I) hide in the bathroom when he gets angry" (test_safety_softly's, said as a
    # commitment's words; a retrain that read more progress samples let the bare words go).
    rf"\bhid(?:e|es|ing)? (?:in|inside|under|behind) (?:the|my|our) (?:bathroom|bedroom|toilet|loo|car|wardrobe|closet|"
    rf"shed|garage|bed|kids room|spare room) (?:when|whenever|until|till|because|cos|in case) {PARTNER_AS_HE_SHE_OR_THEY} "
    r"(?:gets|is|was|got|starts|goes|comes home) (?:angry|mad|drunk|violent|nasty|like that|in (?:a|one of his|one of "
    r"her) moods?|raging|shouting|off)\b",
    # tester-voice36's, on lead5: home dreaded for the partner's temper or drinking: "i dread going home because of
    # his temper", "… when he's been drinking" (never the washing up).
    rf"\b{_DREAD} (?:coming|going|getting|being) (?:back )?home\b(?: [\w']+){{0,3}}? (?:because of (?:his|her|their|my "
    r"partner s|my husband s|my wife s) (?:temper|moods?|drinking|anger|rages?|fists|violence|outbursts)|when (?:he|she|"
    r"they|my partner) (?:is|has|have) (?:been )?(?:drinking|drunk|angry|in a mood|in one of his moods|in one of her "
    r"moods|using))\b",
    # Whispering lest the partner hear: "i have to whisper in case he hears me".
    rf"\b(?:have to|had to|got to|need to|must|always) whisper (?:in case|so|so that|or) {PARTNER_AS_HE_SHE_OR_THEY} "
    r"(?:hears|can not hear|does not hear|will hear|would hear|might hear|wakes|finds out)\b",
    # Anywhere but home: "i'd rather sleep in the car than go home tonight", "sooner sleep at work than go home to him".
    r"\bi would (?:rather|sooner) (?:sleep|stay|sit|spend the night) (?:in the car|at work|in my car|outside|on the "
    r"street|in a park|at the station|anywhere|on a (?:park )?bench|on the streets|in a hostel|in a tent|in a hotel|on a "
    r"friend'?s (?:couch|sofa|floor))(?: \w+){0,2} than (?:go|going|be|being|get|getting) (?:back )?home\b",
    r"\bi would (?:rather|sooner) (?:walk the streets|drive around|sit in the car|wander around|walk around)(?: \w+){0,2} "
    r"than (?:go|going|be|being|get|getting) (?:back )?home\b",
    # Scared to tell the partner, for how they get: "I was scared to tell her who texted because of how she gets".
    rf"\b(?:{FEAR}|too scared|too afraid) to tell {PARTNER_AS_HIM_HER_OR_THEM}\b.*\bbecause of (?:how|what|the way) "
    rf"{PARTNER_AS_HE_SHE_OR_THEY} (?:gets|is|will be|reacts|would react|will react|gets like)\b",
    # tester-voice36's, on lead6: this use hidden from the partner: "delete this before she sees it", "i'm only using
    # this while he's at work", "please don't send him anything about what i said" (never a surprise being planned).
    rf"\b{_REMOVE} (?:this|that|it|them|{_WHAT_I_SAID}|my (?:messages?|last (?:message|entry)|entries|history|notes?)|(?:the|alexa s|the alexa) "
    rf"(?:history|recordings|voice history|chat history))(?: now| "
    rf"quickly| quick| please| right now)? (?:before|in case) {PARTNER_AS_HE_SHE_OR_THEY} (?:sees|reads|hears|finds|checks|"
    rf"gets home|comes home|comes back|gets back|looks|wakes)\b{_NO_SURPRISE}",
    # tester-voice37's, mid check-in: a removal asked because the partner reads it all, said last: "wipe what i just
    # said, she reads everything" (never "... so it needs to be right", nor the app read together).
    rf"\b{_REMOVE} (?:this|that|it|them|{_WHAT_I_SAID})\b.* {PARTNER_AS_HE_SHE_OR_THEY} (?:reads|checks|sees|goes through|"
    r"looks through|looks at|listens to|hears|watches) (?:everything|every word|it all|all of it|all my answers|anything "
    r"i (?:say|write|put))(?: (?:i|we) (?:say|said|write|put|log|do|answer))?(?: on (?:here|this|the app|alexa))?$"
    rf"{_NO_SURPRISE}",
    r"\bi (?:am |have been |was |can |could )?only (?:be )?(?:using|use|talk to|talking to|speak to|speaking to|on|come "
    r"on|get on) (?:this|you|alexa|the app|here|the skill) (?:while|when|whilst|whenever|if) "
    rf"{PARTNER_AS_HE_SHE_OR_THEY} (?:is |was |has )?(?:at work|out|away|asleep|gone|not (?:home|here|around|in)|in the "
    rf"shower|at the (?:pub|gym|shops)|on (?:shift|nights|a shift))\b(?!.*\b(?:plan|planning|organising)\b){_NO_SURPRISE}",
    # This use kept secret: "i've been using this in secret while she sleeps" (never a surprise being planned).
    r"\bi (?:am |have been |was )?(?:(?:using|talking to|on) (?:this|you|alexa|the app|here|the skill) (?:in secret|"
    r"secretly|behind (?:his|her|their) back)|secretly (?:using|talking to|on) (?:this|you|alexa|the app|here|the skill))"
    rf"\b{_NO_SURPRISE}",
    r"\b(?:please |just )?(?:do not|never|can you not|could you not) (?:send|show|forward|email|text|give|read out to|read"
    rf" to|share with|let) {PARTNER_AS_HIM_HER_OR_THEM} (?:(?:hear|see|read|know|find out)(?: about)? )?(?:anything (?:about|of) |any of |a copy of )?(?:what i (?:said|say|"
    r"have said|told you|have told you|just said|wrote)|this|any of this|all (?:of )?this)\b"
    rf"(?!.*\b(?:until|till|before|yet)\b){_NO_SURPRISE}",
    # tester-voice37's, on lead7: the partner's doings kept quiet, as asked: "i kept my promise not to tell anyone
    # what she does when she drinks", "i kept quiet about what goes on at home like he wants" ("like" is read as a
    # filler, so is dropped before these are searched).
    r"\b(?:not to tell|never tell|not telling|did not tell|do not tell|will not tell|not to say|never say|kept|keep|"
    r"keeping|stayed|stay|staying) (?:(?:anyone|anybody|a soul|people|my (?:mum|mom|dad|family|friends|sister|brother|"
    rf"doctor|gp|counsellor|therapist)|quiet|silent|my mouth shut|schtum)(?: about)? )?{_WHAT_GOES_ON}\b",
    r"\b(?:kept|keep|keeping|stayed|stay|staying) (?:quiet|silent|my mouth shut|schtum|it secret|it a secret|it to "
    rf"myself) about (?:the |my |his |her |their |our )?{_HARM_AT_HOME}(?: \w+){{0,4}}?(?: (?:as|because|cos|since))? "
    rf"{PARTNER_AS_HE_SHE_OR_THEY} (?:wants|wanted|"
    r"told me to|tells me to|said to|insists|insisted|makes me|made me|demands|demanded)\b",
    # This use hidden from one who watches: "wipe everything i said, he checks the app when i'm asleep".
    r"\b(?:delete|erase|remove|wipe|clear|get rid of|hide)\b.*\b"
    rf"{PARTNER_AS_HE_SHE_OR_THEY} (?:checks|goes through|reads|looks through|looks at|monitors|tracks|watches|snoops on|"
    r"spies on|has been checking|keeps checking) (?:the app|this app|this|my phone|the alexa|alexa|my history|my "
    r"messages|everything)\b(?: (?:when|while|whilst|after) i (?:am|m|have) (?:asleep|sleeping|in the shower|out|at "
    r"work|gone to bed)| behind my back| without me knowing)",
    # Kept from the partner that i use this: "can you make sure sam never finds out i use this app".
    rf"\b(?:make sure|ensure|promise(?: me)?|swear) (?:that )?{PARTNER_OR_ANY_NAME} (?:never|does not|will not|can not|"
    rf"wo not) (?:finds? out|knows?|sees?|learns?|hears?|notices?)(?: that| about)? {_MY_USE}\b{_NO_SURPRISE}",
]
