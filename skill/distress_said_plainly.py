"""Harm, fear and despair said plainly in words the other families did not know (tester-voice49, on lead13): the
one harm falls on ("I'm the one getting hit", "I'm the one with the bruises", "it's me he hits"); the partner feared
in a mood ("my husband is scary when he drinks", "she gets frightening when she's angry"), or their fury ("I'm afraid
he'll be furious that I missed the evening talk"); giving
up said as not knowing why one goes on ("I don't know why I bother going on"), or "what's the use" said alone;
family keeping one from work or people (en-IN "my in-laws are not allowing me to work"). A surprise kept from the
partner, a film, a gym, a dog or a boss is none of these."""

from __future__ import annotations

from .distress_vocab import FAMILY, PARTNER_AS_HE_SHE_OR_THEY

_HARM = r"(?:hit|beaten|beaten up|hurt|slapped|punched|kicked|choked|knocked about|knocked around|bashed)"
_FEARED = r"(?:scary|frightening|terrifying|violent|nasty|dangerous|aggressive|scary as hell)"
_FEAR = r"(?:scared|afraid|frightened|terrified|petrified)"

SAID_PLAINLY = [
    # The one harm falls on.
    rf"\bi (?:am|was|have been|have always been) (?:always |usually )?the one (?:getting {_HARM}|who (?:gets|got|ends up) "
    r"(?:with )?(?:bruises|black eyes|a black eye)|with the (?:bruises|black eyes|black eye))\b",
    rf"\bit is (?:always )?me {PARTNER_AS_HE_SHE_OR_THEY} (?:hits|beats|hurts|slaps|punches|kicks|chokes|takes it out on)\b",
    # The partner feared in a mood: "my husband is scary when he drinks".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:is|gets|can get|can be|becomes|turns|is so|gets so|is really|gets really) "
    rf"{_FEARED} (?:when|after|if|once)\b",
    # Fear of the partner's fury (fear of telling them a slip is the lists' everyday, "scared to tell him i dented
    # the car": such words are never asked as a keep, skill/carrier_promise.py).
    rf"\b{_FEAR} (?:that )?{PARTNER_AS_HE_SHE_OR_THEY} (?:will|would|is going to|is gonna) (?:be )?(?:so |really )?"
    r"(?:furious|livid|angry|mad|raging|lose it|go mad|go crazy|explode|kick off)\b",
    # Not knowing why one goes on; "what's the use" said alone.
    r"\bi (?:honestly |really |just |truly )?(?:do not|dont) (?:even |really )?know why i (?:(?:even )?bother|keep|still) (?:going on|carrying on|living|"
    r"being alive|trying|getting up)\b(?! (?:to|with|at)\b)",
    r"\bi (?:honestly |really |just |truly )?(?:do not|dont) (?:even |really )?know why i (?:(?:even )?bother|keep) going"
    r"(?= *$| any ?more\b)",
    r"\b(?:wonder|wondering) what is the point(?= *$| (?:any ?more|of (?:it all|anything|any of this|living|going on))\b)",
    r"^(?:\w+ )?what is the use(?: (?:any ?more|of (?:it all|anything|any of this|living|trying|going on)))?$",
    # Despair said as all there is to say (SupportIntent samples): "no point carrying on", "not worth going on".
    r"^(?:\w+ )?(?:there is )?no point (?:in )?(?:carrying on|being here|being alive)(?: any ?more)?$",
    r"^(?:\w+ )?(?:it is )?not worth (?:going on|carrying on|being alive|living)(?: any ?more)?$",
    # The numbers asked for: "is there a number I can call" (a SupportIntent sample), "… if I'm scared".
    r"\bis there a (?:number|helpline|hotline|phone number|line) (?:i|we) can call(?= *$| for help\b| if\b)",
    r"\bis there a (?:number|helpline|hotline|phone number|line) to call(?= *$| for help\b| if\b)",
    # Family keeping one from work or people (en-IN).
    rf"\b{FAMILY} (?:is|are|was|were) not (?:allowing|letting) me (?:to )?(?:go|meet|see|visit|talk|speak|call|leave|work|"
    r"study|go out)\b",
]
