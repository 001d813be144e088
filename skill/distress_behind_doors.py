"""Harm behind closed doors, told in a line (the lead's own probe, 2026-12-05): a pregnancy ended on his
order ("he made me get rid of the baby"), a go bag hidden, hands that wander when I say no, a temper I
keep my head down for, the one place he cannot hear me, fingers slammed in a door on purpose, afraid to
fall asleep beside him, something put in my drinks, no one believing me because he is charming in
public, marks from the ties he used.

Each needs its frame; the everyday beside them stays quiet: the baby's old clothes given away, a
hospital bag packed for the birth or a go bag for a hurricane, a boss's temper, a car that is the only
quiet place from the kids, a door slammed by accident, a partner who snores, sugar in my tea, zip ties
used to tidy the cables.
"""

from __future__ import annotations

from .distress_vocab import PARTNER, PARTNER_AS_HE_OR_SHE, PARTNER_AS_HIM_OR_HER

_NOT_BY_ACCIDENT = r"^(?!.*\b(?:by accident|accidentally|by mistake|not on purpose)\b)"

BEHIND_DOORS = [
    # A pregnancy ended on his or her order: "he made me get rid of the baby".
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:\w+ )?(?:made|forced|pressured|pushed|bullied|makes|forces) me (?:to |into )?(?:(?:get rid of|getting "
    r"rid of|abort|aborting|terminate|terminating|end|ending) (?:the |our |my |that )?(?:baby|pregnancy|child)\b(?!(?:'s| s)? "
    r"(?:clothes|things|stuff|gear|cot|pram|toys|bath|seat|monitor|bottles|bouncer|books|name|weight|old)\b)|(?:have|having) "
    r"an abortion\b)",
    # A go bag hidden: "I've got a go bag packed under the bed".
    r"^(?!.*\b(?:hospital|earthquake|hurricane|fire|flood|tornado|labour|labor|bushfire|cyclone|trip|holiday|camping|"
    r"birth|due date|storm|power cut|gym|weekend)\b).*\b(?:go bag|grab bag|escape bag|bag packed|bags packed)\b(?: \w+){0,3} "
    r"(?:hidden|under (?:the|my) bed|in (?:the|my) (?:boot|trunk)|at (?:my )?\w+(?:'s| s) (?:house|place)|in case (?:i (?:need|have) to "
    r"(?:leave|run|get out)|he|she))",
    # Hands that wander at a no: "he gets handsy when I say no".
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:gets|got|getting|becomes|became) (?:\w+ )?(?:handsy|grabby|rough|pushy|forceful|physical) (?:when|if|"
    r"after|because|whenever) i (?:say|said|tell him|told him|tell her|told her) no\b(?! to\b)",
    # A temper I keep my head down for: "he's got a temper, you learn to keep your head down".
    rf"\b{PARTNER_AS_HE_OR_SHE}(?: has| is| s)?(?: got)? (?:a |such a |a bad |a real |an awful |a nasty |a violent )?(?:temper|short fuse)"
    r"\b.*\b(?:keep (?:my|your|our) heads? down|keep (?:my|your) mouth shut|stay out of (?:his|her) way|learn(?:ed|t)? to "
    r"(?:keep quiet|be quiet|shut up|stay quiet|not answer back))\b",
    # The one place he cannot hear me: "I'm writing this from the car because it's the only place he can't hear me".
    rf"\b(?:only|one) place (?:where |that )?{PARTNER_AS_HE_OR_SHE} (?:can not|cannot|does not|will not|could not) (?:(?:hear|see|"
    r"find|reach|listen to|check on) me\b|hear(?= *$| (?:us|anything|a thing|what i say)\b))",
    # Fingers slammed in a door on purpose: "he slammed my fingers in the car door on purpose".
    rf"{_NOT_BY_ACCIDENT}.*\b{PARTNER_AS_HE_OR_SHE} (?:\w+ )?(?:slammed|slams|shut|closed|crushed|trapped) my (?:fingers?|hands?|arm|"
    r"foot|leg|head) in (?:the|a) (?:car |front |back |kitchen |bedroom )?(?:door|drawer|window|boot|trunk)\b",
    # Afraid to fall asleep beside him: "I'm scared to fall asleep next to him".
    rf"\b(?:scared|afraid|frightened|terrified) (?:to|of) (?:fall|falling) asleep (?:next to|beside|near|with|in the same "
    rf"(?:bed|room|house) as) {PARTNER_AS_HIM_OR_HER}\b(?!.*\b(?:snor\w*|kicks|kicking|hog\w*|covers|duvet|sleepwalk\w*|talks in|fidget\w*)\b)",
    rf"\b(?:scared|afraid|frightened|terrified) to (?:sleep|go to sleep|close my eyes) (?:next to|beside|near|in the same "
    rf"(?:bed|room|house) as) {PARTNER_AS_HIM_OR_HER}\b(?!.*\b(?:snor\w*|kicks|kicking|hog\w*|covers|duvet|sleepwalk\w*|talks in|fidget\w*)\b)",
    # Something put in my drinks: "she's been putting something in my drinks, I keep blacking out".
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:\w+ ){{0,2}}(?:putting|put|puts|slipping|slipped|slips|spiking|spiked|spikes) (?:something|stuff|"
    r"pills|drugs|tablets|sleeping pills|\w+ pills|powder) (?:in|into) my (?:drinks?|food|tea|coffee|water|meals?|wine)\b"
    r"(?!.*\b(?:cinnamon|sugar|honey|milk|syrup|vanilla|lemon|ginger|sweetener|vitamins?|protein)\b)",
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:\w+ ){{0,2}}(?:spiked|spikes|drugged|drugs) my (?:drinks?|food|tea|coffee|water|meals?|wine)\b",
    # Nobody believes me, he is charming in public: "nobody believes me because he's so charming in public".
    rf"\b(?:nobody|no one|noone)(?: ever| would| will)? (?:believes|believed|believe) me\b.*\b(?:he|she|they|{PARTNER}) (?:is|are|"
    r"seems|seem|acts|act|comes across|plays)(?: so| as| all| such a)? (?:charming|nice|lovely|perfect|sweet|wonderful|normal|"
    r"kind|gentle|good|caring|different)\b",
    # Marks from the ties he used: "the marks on my wrists are from the zip ties he used".
    r"^(?!.*\b(?:climbing|sailing|boat|gym|class|work|garden|camping|harness|kayak\w*|abseil\w*)\b).*\b(?:marks|bruises|"
    r"cuts|welts|burns) on my (?:wrists|ankles|neck|arms|legs)\b.*\b(?:zip ties|cable ties|rope|ropes|duct tape|tape|"
    r"handcuffs|belt|cord|wire)\b",
]
