"""Abuse said as the ordinary run of things (the eighth list written blind,
tests/skill/distress_blind8.py): sorry after and flowers, a calm day because "I didn't set him
off", "he tells me I'm crazy", "no means I'm not trying hard enough", a weekend survived;
marks on a child or a parent with a story that doesn't fit; crisis said in images: sitting on
the bridge right now, drowning and nobody sees.

Each needs what makes it harm: "he bought me flowers for our anniversary", "the bridge club",
"the river walk was lovely", "I'm drowning in paperwork", "I survived the marathon" stay quiet.
"""

from __future__ import annotations

from .distress_vocab import CLOSE

CYCLE = [
    # The apology after: "he's always sorry after and he buys me flowers".
    rf"\b{CLOSE} (?:\w+ )?(?:is|are|was|were|says|said) (?:always |so |really |very )*sorry (?:after|afterwards|"
    r"the next day|the day after)\b(?! (?:the|our|that|an?|every|each|his|her) (?:argument|row|fight|disagreement|"
    r"quarrel|chat|talk|meeting|game|match|party|dinner|mistake)\b)",
    # Calm that depends on not provoking: "things were calm today, I didn't set him off once".
    r"\b(?:did not|have not|managed not to|tried not to|must not|can not) (?:set|sets) (?:him|her|them) off\b",
    r"\b(?:did not|have not|managed not to|tried not to) (?:trigger|provoke|upset|anger) (?:him|her|them)\b"
    r"(?: \w+){0,2} (?:once|at all|today|this time|for a change)\b",
    # Told not to trust one's own mind: "he tells me I'm crazy and no one would believe me".
    rf"\b{CLOSE}(?: \w+)? (?:tells|told|says|said|keeps telling|keeps saying|calls) (?:me )?(?:that )?(?:i am|me) "
    r"(?:crazy|mad|insane|mental|psycho|imagining (?:it|things)|making (?:it|things) up)\b"
    r"(?=.*\b(?:believe|nobody|no one|noone|anyone|lock|committed|sectioned|take the kids)\b)",
    # Consent turned into a duty: "he says no means I'm not trying hard enough".
    r"\b(?:no|saying no) means i am not (?:trying|committed|serious|invested|putting in)\b",
    # A weekend, a night survived: "put down that I survived another weekend".
    r"\bi (?:survived|got through|made it through|lived through) another (?:weekend|night|day|week|evening)\b"
    r"(?! (?:of|at|in|on) (?:the |my )?(?:exams?|work|school|camp|festival|conference|training|shifts?|nights?|"
    r"the office|uni|college|revision)\b)"
    # Nor a day got through without one's own old habit: "I got through another day without snapping at him".
    r"(?!(?: [\w']+){0,2} without (?:me )?(?:snapping|shouting|yelling|losing my (?:temper|cool|rag)|raising my voice|"
    r"arguing|sulking|nagging|moaning|checking (?:his|her|their) phone|a drink|drinking|a cigarette|smoking|a smoke|"
    r"vaping|gambling|a bet|betting|lying|a single lie)\b)",
    # A mark on someone with a story that doesn't fit: "my little one has a bruise and he says she fell but she didn't".
    r"\b(?:bruises?|bruised|marks|mark|burns?|cuts?|black eye|welts?)\b(?: \w+){0,8} (?:he|she|they) (?:says|said|"
    r"claims|claimed|told me) (?:that )?(?:he|she|they|it) (?:fell|slipped|walked into|bumped|tripped|did it)\b"
    r"(?: \w+){0,2} but (?:he|she|they|it) (?:did not|does not|was not|could not|never)\b",
    # Someone shouted at and marked: "my mum's partner shouts at her and she's got marks on her arms".
    r"\b(?:shouts|shouted|yells|yelled|screams|screamed|grabs|grabbed|shoves|shoved) at (?:her|him|them|my \w+)\b"
    r"(?: \w+){0,6} (?:marks|bruises|bruising|cuts|burns|scratches) on (?:her|his|their) (?:arms?|neck|face|legs?|"
    r"wrists?|back)\b",
    # Crisis said in images: "I'm sitting on the bridge right now", "drowning and nobody can see it".
    r"\b(?:sitting|standing|sat|stood|perched) on (?:the |a )?(?:edge of (?:the |a )?)?(?:bridge|ledge|railing|"
    r"railings|cliff|roof|edge|parapet|tracks|platform edge)\b(?! (?:club|team|game|night|tournament|drive|walk|"
    r"table|in (?:the )?(?:photo|picture))\b)(?=.*\b(?:right now|now|tonight|again|looking down|alone)\b)",
    r"\bi am (?:on|at) the (?:edge|ledge|bridge|roof)\b(?=.*\b(?:right now|tonight|now)\b)(?!.*\b(?:traffic|"
    r"stuck|queue|fixing|repair|gutters?|tiles|aerial|view|photos?|pictures?|walk|run|train|bus|driving|way|seat|game|match|film)\b)",
    r"\b(?:bruises?|marks|black eye|cuts)\b(?: \w+){0,6} (?:says|said|claims|told me) (?:that )?(?:she|he|they) "
    r"walked into (?:a|the) (?:door|cupboard|wall)\b",
    r"\b(?:i am|i feel|i feel like i am|feels like i am) (?:\w+ )?drowning\b(?! in (?:paperwork|work|emails?|"
    r"washing|laundry|admin|homework|bills|deadlines|tasks|jobs|marking|orders|requests|choices|options|toys)\b)"
    r"(?=.*\b(?:nobody|no one|noone|can not breathe|going under|alone|give up)\b)",
]
