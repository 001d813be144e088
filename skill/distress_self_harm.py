"""Suicide and self-harm said by the speaker: methods, slang of five locales, past tenses, wishes
not to be alive, means put by, hopelessness. Moved whole out of skill/distress_words.py; skill/distress_registry.py lists the families."""

from __future__ import annotations

from .distress_plans import LIVED_IN

# An accident, said right after "... myself": "I cut myself shaving", "I hurt myself at the gym".
_MISHAP = (
    r"(?! (?:\w+ )?(?:(?:while |when i was )?(?:shaving|cooking|chopping|slicing|peeling|baking|ironing|gardening|"
    r"running|jogging|playing|lifting|moving|carrying|training|working out|exercising|skiing|climbing|cycling|"
    r"falling|laughing)|by accident|accidentally|at (?:the )?(?:gym|work|football|training|practice|the game)|in (?:the )?(?:garden|kitchen|shed|gym)|"
    r"on (?:a|the|some|my|an) (?!purpose)\w+|with (?:a|the) (?:kitchen knife|razor|scissors|saw|tin|can|grater|"
    r"stapler|paper|iron|oven|kettle|pan)))"
)
_SELF = rf"(?:myself|my self)\b{_MISHAP}"

SELF_HARM = [
    # Indian English: "i am feeling to die" (tester-voice48).
    r"\bfeeling to (?:die|end (?:it|it all|my life)|kill myself|hurt myself)\b",
    rf"\b(?:kill|killing|killed|hurt|hurting|harm|harming|harmed|cut|cutting|burn|burned|burnt|burning|starve|"
    rf"starving|hit|hitting|punch|punching|hang|hanging|hanged|shoot|shooting|shot|poison|poisoning|poisoned|"
    rf"drown|drowning|gas|stab|stabbing|strangle|suffocate|top|topping|topped|neck|necking|necked|off|offing|"
    rf"unalive|unaliving|do|doing) {_SELF}(?! in the foot)"
    # Kindness to oneself: "do myself a favour", "doing myself no favours", "did myself proud".
    r"(?! (?:a (?:favou?r|kindness|service|treat)|(?:no |any )?favou?rs|proud|justice|(?:a world of |some |no )?good|up)\b)",
    r"\b(?:do|did|doing) (?:myself|my self) in\b|\bunalive\b|\bk ?m ?s\b",
    r"\bwish i (?:was|were|had) (?:not|never) (?:alive|born|been born|here|around|existed)\b",
    r"\b(?:nobody|no one|noone) (?:would|will|is going to|even|would even)? ?(?:care|cares|notice|mind|miss me)"
    r"(?: \w+)? (?:if|when|whether) i (?:died|die|was dead|were dead|was gone|killed myself|live|lived|disappeared)",
    r"\b(?:whether|if) i (?:live|lived) or (?:die|died)\b",
    r"\b(?:can not|could not|do not want to|will not) (?:live|keep living|go on living) (?:(?:like )?this|this way|"
    r"anymore|any more|any longer)\b",
    r"\b(?:drank|drink|drinking|took|take|taking|swallowed|swallow|swallowing|ate|eat|eating) (?:some |the |a "
    r"(?:bottle|cup|glass) of )?(?:poison|bleach|antifreeze|rat poison|weed killer|pesticide)\b",
    # A film's hero or a bungee jump is not the speaker's plan.
    r"(?<!hero )(?<!heroine )(?<!character )(?<!villain )(?<!stuntman )(?<!bungee )\bjump(?:ing|ed|s)? (?:off|from|in front of|under) (?:a |the |my )?(?:bridge|roof|building|cliff|balcony|train|bus|car|"
    r"truck|lorry|window|tower|overpass)\b",
    r"\b(?:cut|cutting|slit|slitting|slash|slashing) (?:my )?(?:wrists?|throat|arms|legs|thighs)\b",
    r"\bsaying (?:my )?goodbyes? to (?:everyone|everybody|you all|the world)\b",
    r"\b(?:this is|tonight is|today is) my last (?:night|day)\b(?! (?:of|at|in|here|on|before)\b)",
    r"\b(?:end|ending) (?:everything|my life|it all|my own life)\b",
    r"\b(?:stockpil\w*|saving up|hoarding|collecting|collected) (?:my |the |all )?(?:pills|tablets|meds|medication)\b"
    r"(?! (?:from|at) (?:the )?(?:pharmacy|chemist|drugstore|doctor|surgery|clinic|hospital))",
    r"\b(?:attempted|tried to commit) suicide\b|\btried to (?:kill|end) (?:myself|my life)\b",
    rf"\b(?:tired|sick|exhausted|weary) of (?:living|being alive|life|existing)\b{LIVED_IN}",
    r"\bgiv(?:e|ing) up on (?:everything|life|living|myself)\b|\b(?:given|gave) up on (?:life|living)\b",
    r"\b(?:everything|it all|life|my life) (?:is|feels|seems) (?:so )?(?:hopeless|pointless|meaningless)\b",
    r"\b(?:i am|i feel|feeling|i feel so|i am so) (?:so |really |completely |totally )?hopeless\b(?! (?:at|with)\b)",
    r"\b(?:can not|could not) (?:take|bear|stand) (?:this |the )?pain\b|\bend my suffering\b",
]
