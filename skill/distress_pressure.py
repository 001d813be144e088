"""Pressure through things other than blows (safety18): an ex who waits outside or turns up behind
one's car, debts and loans put in one's name, rage threatened over a receipt ("or he goes mental"),
immigration used as a threat (reported to immigration, sent back home), a body's choices taken
(contraception sabotaged, a pregnancy forced or ended), harm when high, and a door locked against
one in the cold.

Each needs the person doing it or the sign of coercion beside the everyday words: "we put the
bills in my name to keep it simple", "we need to call immigration about my visa", "we're trying
for a baby", "he's been parking across the road since they painted the driveway" stay everyday.
"""

from __future__ import annotations

from .distress_vocab import CLOSE, SUBJECT

_HOME = r"(?:flat|house|place|home|work|office|school|door|street|apartment|unit|building|gym)"
_CONTRACEPTION = r"(?:condoms?|pills?|contraception|contraceptives?|birth control|implant|coil|iud|the pill)"

PRESSURE = [
    # Waiting outside, watching for hours: "he's been parked across the road from my flat all night".
    rf"\b{CLOSE}(?: \w+){{0,3}} (?:parked|parking|parks|sat|sitting|sits|waiting|waits|waited|standing|stood) "
    rf"(?:across the (?:road|street) from|outside|opposite|at the end of|down the road from) (?:my|our) {_HOME}\b"
    r"(?=.*\b(?:all night|every night|every day|for hours|again|all day|each night|each morning|watching)\b)",
    # Seen again where one goes: "I saw his car behind me again ... and I'm shaking".
    r"\b(?:saw|seen|see|spotted|noticed) (?:his|her|their|my ex s|my ex's) car (?:behind me|outside|following|"
    r"parked outside|at my)\b",
    r"\bmy ex(?: \w+)? (?:got|broke|let (?:himself|herself|themselves)|came|snuck|sneaked) in(?:to)? my "
    rf"(?:{_HOME}|car|room|bedroom)\b",
    # Got in and left a sign: "... got into my place and left my photos torn up on the bed".
    rf"\b{CLOSE}(?: \w+)? (?:got|broke|snuck|sneaked|let (?:himself|herself|themselves)) in(?:to)? my {_HOME}\b"
    r"(?: while i was \w+)? and (?:left|tore|ripped|smashed|trashed|wrecked|went through|took|cut|slashed|wrote)\b",
    rf"\b{CLOSE}(?: \w+)? (?:broke|snuck|sneaked|let (?:himself|herself|themselves)) in(?:to)? my {_HOME}\b",
    # Knowing where one has been without being told: tracked.
    rf"\b{CLOSE} (?:always |somehow )?knows (?:everywhere|where|wherever|every place) i (?:have been|go|went|am|was)\b"
    r"(?=.*\b(?:never told|did not tell|do not tell|without (?:me )?telling|not told|how)\b)",
    # Money made a weapon: debts put in one's name, rage over every receipt.
    rf"\b{CLOSE}(?: \w+)? (?:put|puts|putting|took out|takes out|taken out|ran up|runs up|racked up|opened) "
    r"(?:all )?(?:the |his |her |their |some |a |big )?(?:debts?|loans?|credit cards?) in my name\b",
    rf"\b(?:or|otherwise|if not|if i(?: \w+){{1,5}}) (?:else )?{CLOSE} (?:goes|will go|would go|gets|will get|goes completely) "
    r"(?:mental|ballistic|nuts|crazy|psycho|spare|berserk|mad at me)\b",
    # Immigration as a threat: reported, sent back, the papers torn up.
    r"\b(?:ring|call|report|reporting|reported|tell|phone|shop) (?:me )?(?:immigration|ice|the home office|"
    r"border force|the border agency)(?: on me)?(?= *$| (?:if|unless|when|on me|and|so)\b)",
    r"\b(?:ring|call|phone) (?:immigration|ice|the home office) on me\b",
    r"\b(?:i will|i would|i am going to|i will get|i would get) (?:be )?(?:sent|shipped|deported|kicked out) back\b",
    r"\b(?:tore|torn|ripped|burnt|burned|shredded|destroyed) up (?:my|our) (?:residency|residence|immigration|visa|"
    r"green card|citizenship|asylum) (?:papers|documents|card|permit|forms)\b",
    rf"\b{CLOSE}(?: \w+)? (?:hid|hides|hidden|took|takes|keeps|kept|destroyed) my (?:green card|visa|residence permit|"
    r"residency card|birth certificate|work permit)\b",
    # A body's choices taken: contraception sabotaged, a pregnancy forced or ended.
    rf"\b(?:holes? in|poked holes|tampered with|messed with|sabotaged|flushed|threw away|binned|hid|hides|took|takes|"
    r"stole|took off|removed) "
    rf"(?:the |my |all my )?{_CONTRACEPTION}\b(?=.*\b(?:pregnant|leave|baby|so i|without|without asking)\b)",
    r"\b(?:poked|puts|put|poking) holes in (?:the |my |our )?condoms?\b",
    r"\bso (?:that )?i (?:would|will|could|might) (?:get|be|fall) pregnant\b|\bto get me pregnant\b",
    rf"\b{CLOSE}(?: \w+)? (?:forced|forces|forcing|made|makes|pressured|pressures|pressuring|pushed|pushing|pushes) "
    r"me (?:in)?to (?:have|having|get|getting) (?:an abortion|rid of (?:the|my|our) baby|pregnant|(?:a|another|his|her) "
    r"(?:baby|child|son))\b|\b(?:forcing|pressuring|pushing) me (?:in)?to (?:keep trying|terminate|keep trying for)\b",
    r"\b(?:will not|does not|would not|never) let me (?:use|take|go on|have|get) (?:any )?" + _CONTRACEPTION + r"\b",
    r"\babortion i did not want\b",
    # Harm when high or drunk: "when he's high he smashes the place up".
    rf"\bwhen {SUBJECT} (?:is|gets|has been|is been|was|got) (?:high|drunk|wasted|using|off (?:his|her|their) face|"
    r"on (?:the )?(?:gear|ice|meth|coke|crack))\b.*\b(?:smash\w*|trash\w*|wreck\w*|hit\w*|punch\w*|throw\w*|"
    r"comes at|came at|goes for|went for|lashes out|lashed out|breaks things|broke things)\b",
    # Shut in a room until the partner sleeps or calms: "locked myself in the bathroom until sam fell asleep".
    rf"\b(?:locked|lock|locking|shut|barricaded) (?:myself|me and the kids|the kids and me|us) in (?:the|my|our) \w+"
    rf"(?: \w+)? (?:until|till|til) (?:{CLOSE}|(?!it |everyone |everybody |the )\w+) (?:fell asleep|falls asleep|was asleep|calmed down|calms down|passed out|"
    r"sobered up|went to bed|left|stopped)\b",
    # Locked out in the cold: "his wife locked him out in the snow".
    r"\block(?:s|ed|ing)? (?:me|you|us|the kids|the kids and me|me and the kids) out (?:in the (?:snow|cold|rain|freezing)|all night|overnight|"
    r"in my (?:nightie|pyjamas|pajamas|underwear))\b",
]
