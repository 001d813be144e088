"""Despair said in everyday words, and a partner's own despair told by the other (a fourth voice
tester: "I don't see a way out of this", "honestly I'd rather not wake up tomorrow", "there's no
reason for me to stick around" were saved as a moment and as check-in answers; "Danielle has been
talking about not wanting to live" was taken as a name), read by skill/distress.py.

The everyday senses stay quiet: a way out of a meeting, the traffic or doing the taxes; waking up
early or waking the baby; a reason to stay for the film; tired of everything being so dear; out of
the room for a bit; a relative who cut themself shaving.
"""

from __future__ import annotations

from .distress_absence import NAMED_REASON

# No way out *of* something is despair only of a life, not of a meeting, the traffic or the dentist:
# "no way out of this", "of this marriage", "of the mess i'm in".
_LIFE = (
    r"(?:(?:this|that|it|here|there)(?= *$| (?:and|but|i|any ?more|now|at all|for me|except|other than|that i can see)\b)|"
    r"(?:(?:this|the|my|our|that) )?(?:situation|mess|marriage|relationship|life|pain|hole|debt|house|home|place|hell|"
    r"nightmare|darkness|feeling|head|fog|cycle|trap|loop|despair|misery|abuse|dark|black hole)\b|everything|any of (?:it|this)|"
    r"it all)"
)
_NOT_ORDINARY = rf"(?! (?:of|from) (?!{_LIFE}))"
# Waking said of a time, the house or someone else: "wake up early", "wake up the baby".
_WAKE_ENDS = (
    r"wake up(?= *$| (?:tomorrow|in the morning|again|any ?more|ever|ever again|one day|at all|and|honestly|some days|"
    r"some mornings|most days|sometimes|today|tonight)\b)"
)
# Who else is spoken of: the partner, a named person (read as "my partner" or "someone"), family.
_THEY = r"(?:he|she|they|my partner|someone|(?:my|our) (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|ex|son|daughter|mum|mom|dad|brother|sister|friend))"

UNSEEN = [
    # No way out, with no ordinary thing to be out of.
    rf"\b(?:do not|can not|could not|never|no longer) (?:see|find) (?:a|any|the) way out\b{_NOT_ORDINARY}",
    rf"\bno (?:other )?way out\b{_NOT_ORDINARY}",
    # Not waking, wished or hoped: "I'd rather not wake up tomorrow", "I pray I won't wake up".
    rf"\b(?:rather|hope|hopes|hoping|pray|prays|praying|wish|wishes|wishing|prefer)(?: that)? (?:i |we )?(?:just )?(?:not|did not|do not|"
    rf"would not|will not|never|might not|may not) (?:to )?{_WAKE_ENDS}",
    rf"\b(?:not wanting|no longer wants?|does not want|did not want|not want|talking about not wanting|talks about not "
    rf"wanting) to (?:{_WAKE_ENDS}|live\b(?! (?:in|at|on|with|near|there|here|together|like that)\b)|be alive|exist|go on\b"
    r"(?! (?:holiday|a|the|with|to)\b))",
    rf"\b{_THEY} (?:\w+ ){{0,2}}(?:does not|did not|do not|no longer) wants? to be (?:here|alive|around) any ?more\b"
    r"(?! (?:in|at|on|with|because (?:of )?(?:the|this|work|her job|his job))\b)",
    # No reason to stay: "no reason for me to stick around", "what's the reason to carry on".
    r"\b(?:no|not (?:have|got|see|find)(?: a| any)?|without (?:a|any)|what is the|is there (?:a|any)|any) reasons? "
    r"(?:left )?(?:for me |for (?:him|her|them) )?to (?:stick around|stay around|hang around|be around|stay alive|"
    r"carry on|keep going|go on|keep on|stay here|be here|keep living)\b(?! (?:to|with|at|in|after|for|till|until|once|"
    r"when|if|on|the|this|that|a|tonight|today|late|longer|much longer)\b)",
    r"\bnothing (?:left )?(?:for me )?(?:to stay for|to stay alive for|to keep going for|to go on for|to hold on for|left for me here)"
    r"\b(?! (?:at|in|on|but|except)\b)",
    # Tired of being here at all: not of the weather, of everything being so dear.
    r"\b(?:tired|sick|weary|worn out|exhausted) (?:of|from) (?:being (?:here|alive|around)\b(?! (?:at(?! all)|in|on|with|for|"
    r"every|all day|so)\b)|existing|fighting to (?:stay alive|live|keep going|stay here)|everything(?= *$| any ?more| all "
    r"of it| tired)|it all(?= *$| any ?more))",
    r"\b(?:do not|can not) (?:want to )?(?:do|live|face) (?:this|my) life any ?more\b",
    # Easier for everyone without me: "it'd be easier if I just wasn't here", "... in the picture".
    r"\b(?:easier|better|better off|simpler|kinder|happier|relieved|fine)(?: for (?:everyone|everybody|them|all of you|you all))? "
    # "wasn't" alone ends the clause ("... if I wasn't so tired" is everyday).
    r"if i (?:just )?(?:(?:was not|were not|was no longer|were no longer)(?: here| around| alive| in the picture)?(?= *$| "
    r"any ?more| at all| and\b)|(?:did not exist|was gone|were gone|disappeared|stopped existing|was not around|was dead|"
    r"were dead)\b(?:(?: here| around| alive| in the picture)(?= *$| any ?more| at all| and)|(?! (?:here|around|alive|in|"
    r"at|for|on|this|tonight|today|tomorrow|when|until|while|there)\b)))",
    # Gone for good, wished (tester-voice29): "I'd be better off just disappearing", "maybe it's time I just
    # disappeared for good"; never for a weekend, to the beach, into a book.
    r"\bbetter off (?:just |simply |quietly )?(?:disappearing|vanishing)\b(?! (?:for|to|on|into|from|with|at|until|"
    r"till|while|in|off)\b)",
    r"\b(?:time|about time|high time) (?:that )?i (?:just |finally |quietly )?(?:disappeared|vanished|went away) (?:for "
    r"good|forever|permanently|for ever)\b",
    r"\b(?:favou?r|kindness)(?: \w+){0,2} if i (?:just )?(?:stopped existing|was gone|were gone|disappeared for good|"
    r"died|was dead|were dead|was not here|were not here)\b",
    r"\b(?:i just want|i want|wanting|i would like) out of (?:everything|it all|life|this life)\b|\bout of everything"
    r"(?= *$)",
    r"\b(?:rather|prefer|want to|wish i could|hope to|would like to) not (?:be|being) (?:around|here|alive)\b(?! (?:when|"
    r"for (?:the|this|that|dinner|it|lunch|tea)|at|while|if|during|tonight|today|this|tomorrow|on|in|with|after|before)\b)",
    r"\bnot (?:going to be|be|being) (?:around|here) for (?:much longer|long)\b(?! (?:at|in|today|tonight|this|because "
    rf"(?:i|the|my|of))\b){NAMED_REASON}",
    # A plan with the means at hand: "holding the pills in my hand", "in the garage with the engine running".
    r"\b(?:holding|got|have|with|clutching) (?:the|my|all (?:the|my)|a (?:whole )?(?:box|bottle|packet|handful|strip) of) "
    r"(?:pills|tablets|paracetamol|sleeping pills|painkillers|meds)(?: \w+){0,2} in my hands?\b(?! (?:ready for|for (?:the|my|"
    r"tomorrow|tonight|the morning)|(?:should|do|can) i take|with (?:food|water)|to take (?:with|after|before))\b)",
    r"\b(?:in|inside) (?:the|my|our) (?:closed |shut )?garage with the (?:engine|motor|car) (?:running|on|going)\b"
    r"|\bhose (?:in|through|into) the (?:car )?window\b",
    r"\b(?:crash|crashing|crashed|wreck|wrecking|roll|rolling|drive|driving|drove|swerve|swerving) (?:the|my|our) (?:car|ute|"
    r"truck|van|motorbike)(?: \w+){0,4} on purpose\b|\b(?:into|off) (?:a|the) (?:tree|wall|pole|truck|lorry|bridge|"
    r"cliff|river) on purpose\b",
    r"\b(?:at|on) the (?:lookout|cliff|cliffs|edge|bridge|roof|ledge|pier|top of the car park|top floor)\b.*\b(?:thinking|"
    r"thought|think|want|wanted|going to|about to) (?:about |of )?(?:driving|jumping|stepping|going|falling|throwing myself|"
    r"walking|rolling) (?:off|over)\b",
    r"\bthinking (?:that )?i (?:could|might|should|would) (?:just )?(?:not (?:turn|brake|stop|steer)|let go of the wheel|"
    r"swerve into|step off|step out in front|jump|keep driving)\b(?! (?:for|to|at|on|and|now)\b)",
    # Their own despair, told: "she's been talking about not wanting to live" (above); "burning himself".
    r"\b(?:burning|burnt|burned|burns|cutting|cuts|scratching|scratches|scratched|starving|starves|punching|punches|"
    r"hitting|hits) (?:himself|herself|themselves|themself)\b(?! (?:\w+ )?(?:shaving|cooking|on the (?:oven|stove|iron|"
    r"kettle|pan|tray|hob|grill|bbq|barbecue)|in the (?:kitchen|garden|shed)|by accident|accidentally|with (?:the|a) "
    r"(?:razor|knife|kitchen knife|scissors|saw|grater|iron|kettle|oven|pan|tin|can)(?! (?:again|on purpose))|playing|"
    r"at (?:the )?(?:gym|work|football|training))\b)",
    r"\b(?:cutting|burning|harming|hurting) (?:his|her|their) (?:arms|wrists|legs|thighs|skin|stomach)\b(?! (?:in the sun|on "
    r"the \w+|while|when|by accident|accidentally)\b)",
    # Scratching, not at a bite: "until they bleed", "raw".
    r"\bscratch(?:ing|es|ed)? (?:his|her|their|my) (?:arms|legs|skin|wrists)(?: \w+){0,2} (?:until|till|raw|so hard|to bleed)\b",
]
