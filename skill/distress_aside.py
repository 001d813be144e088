"""Danger told in passing, as a note, a small win or a check-in answer (tester-voice12: "Sam kept
the baby's passport so I can't take her to my mum's", "Sam showed me the gun in the drawer and said
remember that's there", "don't save it, he checks the app and he'll go off his head", "the kids
didn't see him hit me this time", "my brother-in-law touches me when no one is home"), read by
skill/distress.py.

Each family needs what makes it danger, never the topic word alone: papers held so the speaker
cannot go (a card kept safe on a trip stays a moment), a weapon shown with a reminder that it is
there (shown at a museum or a shop stays quiet), the partner reading this skill's words with what
he will do about it, a blow seen by the children (the ball he hit stays a game), touching in
secret by family, sex pressed on the speaker or taken while asleep, bruises that must be hidden,
a password taken with everything read, the children sent away if the speaker tells.
"""

from __future__ import annotations

from .distress_vocab import CLOSE, FAMILY, FEAR, PARTNER, PARTNER_AS_HE_SHE_OR_THEY, VICTIM, VIOLENT, WEAPON

_PAPERS = r"(?:passports?|birth certificates?|id|visas?|documents|papers|green card|residence card|(?:bank |debit |credit )?cards?)"
_OWNER = r"(?:my|our|the|the (?:baby|kids|children|boys|girls|child)(?:'s|s| s)?|(?:his|her) own|(?:my|our) (?:son|daughter|baby)(?:'s|s))"
_CANNOT = r"(?:can not|could not|can never|will not be able to|am not able to|have no way to)"
_WILL = r"(?:will|would|is going to|was going to|might|could|is gonna)"
# What the partner does once he has read: "go off his head", "lose it", "kill me".
_REACTS = (
    r"(?:go off|go mental|go crazy|go nuts|go ballistic|lose it|lose (?:his|her|their) (?:temper|mind|head|rag)|flip|"
    r"snap|explode|hurt me|kill me|punish me|hit me|make me pay|go off (?:his|her|their) (?:head|nut|face|rocker))"
)
_READS = r"(?:checks|reads|read|sees|listens to|goes through|looks at|looks through|checked|went through|hears)"
_THIS_SKILL = r"(?:the|this|my) (?:app|answers|tracker|log|logs|entries|skill|alexa|device|history|journal)|these (?:answers|entries|notes)|it"

ASIDE = [
    # Papers held so the speaker cannot go: "kept the baby's passport so I can't take her to my mum's".
    rf"\b(?:took|takes|taken|hides|hid|hidden|keeps|kept|holds|held|locked away|locks away|has got|has) {_OWNER} {_PAPERS}\b"
    rf"(?: \w+){{0,3}} so (?:that )?(?:i|we) {_CANNOT} (?:take|go|leave|travel|fly|visit|see|get away|get out|move|go home)\b",
    rf"\b(?:will not|does not|would not|never) (?:give|let) me (?:have )?(?:back )?{_OWNER} {_PAPERS}\b(?! (?:number|pin)\b)",
    # A weapon shown with a reminder that it is there: an implied threat.
    rf"\b(?:showed|shows|show|showing) me (?:the|his|her|their|a|where (?:he|she|they) (?:keeps|keep|kept|hides|hid) the) "
    rf"{WEAPON}\b.*\b(?:remember (?:that|it|this|where)|(?:that|it) is (?:there|still there|loaded)|know where it is|"
    r"so i know|in case i (?:ever )?(?:leave|tell|try|forget))\b",
    rf"\b(?:keeps|kept|has|leaves|left) (?:a|the|his|her) {WEAPON} (?:\w+ ){{0,4}}(?:where i can see it|so i (?:can )?see it|"
    r"and (?:makes|made) sure i (?:know|knew|see|saw))\b",
    # The partner reading what is said here, and what he will do: "he checks the app and he'll go off his head".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} {_READS} (?:{_THIS_SKILL})\b.*\b(?:{PARTNER_AS_HE_SHE_OR_THEY} {_WILL} |{PARTNER_AS_HE_SHE_OR_THEY} )?{_REACTS}\b",
    rf"\b{FEAR} (?:about )?what {PARTNER_AS_HE_SHE_OR_THEY} {_WILL} do\b",
    # A blow the children saw or heard: "the kids didn't see him hit me this time".
    rf"\b(?:see|saw|seen|seeing|watch|watched|hear|heard|hearing|notice|noticed) (?:him|her|them|{PARTNER}|daddy|dad|mummy|"
    rf"mommy|mum|mom) {VIOLENT} {VICTIM}",
    # Touching in secret by family: "my brother-in-law touches me when no one is home".
    rf"\b(?:{FAMILY}|my \w+ in law|(?:an?|my) (?:uncle|cousin|neighbour|neighbor|stepbrother|step brother|grandad|grandpa))"
    r"(?: \w+){0,2} (?:touches|touched|touching|gropes|groped|groping|feels me up|comes into my room) (?:me )?"
    r"(?:when|while|whenever|if) (?:no one|nobody|no body|mum|mom|my (?:husband|wife|partner|mum|mom)|everyone) (?:is|was|are|were|has|goes|went) "
    r"(?:home|around|in|there|looking|out|asleep|gone|away|left)\b",
    # Sex pressed on the speaker, or taken asleep: "he keeps pressuring me into sex when I'm asleep".
    rf"\b{CLOSE}(?: \w+){{0,3}} (?:pressuring|pressures|pressured|pressure|pushing|pushes|pushed|guilting|guilts|guilted|"
    r"nagging|nags|nagged|coercing|coerces|coerced|bullying|bullies|bullied) me into (?:sex|having sex|sleeping with|"
    r"doing (?:things|stuff|it))\b",
    r"\b(?:sex|has sex with me|have sex with me|touches me|touching me|does things to me|starts things) (?:when|while|whenever) "
    r"i (?:am|was|m|fall|fell) (?:asleep|sleeping|passed out|unconscious|out of it|too drunk)\b",
    # Bruises that must be hidden: "I have bruises I have to hide under long sleeves".
    r"\b(?:bruises|bruise|marks|black eye|welts|finger marks)\b(?: \w+){0,4} (?:have to|had to|need to|always|must) "
    r"(?:hide|cover)(?: them| it)?(?: up)?\b(?! (?:from (?:the|my) (?:coach|mum|mom|physio|boss)))",
    r"\b(?:have to|had to|need to|always) (?:hide|cover(?: up)?) (?:the|my) (?:bruises|marks|black eye|welts|finger marks)\b",
    # A password taken and everything read, or the speaker shut out of her own phone.
    rf"\b{CLOSE}(?: \w+){{0,2}} (?:changed|changes|took|takes|demands|demanded|knows|has) (?:all )?my (?:phone |email |bank |"
    r"facebook |instagram |account )?(?:password|passwords|passcode|pin|login|logins)\b.*\b(?:reads|read|checks|goes through|"
    rf"went through|watches|tracks|monitors) (?:everything|all my|every|my (?:messages|texts|emails|chats))|"
    rf"\b{CLOSE}(?: \w+){{0,2}} changed my (?:phone |email |bank )?(?:password|passcode|pin) so (?:that )?i {_CANNOT}\b",
    # The children sent away if the speaker tells: "if I tell my parents he will send the children away".
    rf"\bif i (?:tell|told|leave|left|go|talk to|speak to|report|call|complain)\b.*\b{PARTNER_AS_HE_SHE_OR_THEY} {_WILL} (?:send|take|ship|give) "
    r"(?:the|my|our) (?:kids|children|child|baby|son|daughter|boys|girls) (?:away|off|to (?:his|her|their) (?:family|"
    r"village|mother|mum|mom|parents))\b",
]
