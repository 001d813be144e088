"""A method kept, bought, counted, hidden or thrown away, told as a win, and a weapon in hand near the
partner (an eighth tester's finds: "log a small win: I threw away the rope I'd bought", "I hid the
car keys so I couldn't drive to the quarry", "I counted out my mother's sleeping tablets and put them
in my purse", "I'm going to take all of Jon's blood pressure tablets", "I didn't lose it with Rose
even though I had the bread knife in my hand", "Joan holds a kitchen knife when we argue"), read by
skill/distress.py.

Each needs what makes the thing a means: a win or a reason (so I couldn't, I was going to use),
someone else's pills in one's own bag, all of them, a blade held while arguing. The everyday stays
quiet: rope for the washing line, old paint tins thrown out, tablets for a migraine in a handbag,
the day's tablets after lunch, a knife in a cook's hand, shears in the garden.
"""

from __future__ import annotations

from .distress_brink import PLACE
from .distress_plans import MEDICINE, NOT_TIDYING
from .distress_vocab import PARTNER

# What people keep to die by.
_MEANS = (
    rf"(?<!old )(?<!spare )(?:rope|ropes|noose|hosepipe|hose pipe|charcoal|disposable barbecue|tape|duct tape|exhaust pipe|ligature|"
    rf"razor blades?|blades|shotgun|gun|rifle|pistol|bullets|cartridges|(?<!expired )(?<!old )(?:(?!old |expired )\w+ )?{MEDICINE})"
)
_WIN = r"(?:small win|a win|good news|progress|proud of myself|a moment|moment of|did it)"
# A clear-out, not a means let go of: "threw away the rope from the boat, a small win for the clear out".
_TIDY = r"(?:clear ?out|clearing out|declutter\w*|tidy\w*|spring clean\w*|recycling|the tip|car boot sale|charity shop)"
_AWAY = (
    r"(?:threw|throw|thrown|throwing|binned|bin|got rid of|get rid of|getting rid of|gave away|give away|given away|gave|"
    r"handed over|hand over|handed in|flushed|dumped|took out|removed|returned|sold|poured away|chucked|locked away|"
    r"hid|hidden|handed)"
)
# Someone else's: "my mother's sleeping tablets", "rowan's heart pills" (read as "my partner is heart pills").
_WHOSE = rf"(?:(?:my |his |her |their |our )?(?:mother|mum|mom|dad|father|nan|gran|grandma|grandad|partner|husband|wife|{PARTNER}|\w+)(?:'s| s| is) )"
# A bag, a pocket, a bed: where one keeps a thing close.
_CLOSE_BY = (
    r"(?:purse|pocket|coat pocket|coat|jacket|bag|handbag|rucksack|backpack|drawer|sock drawer|bedside|bed|pillow|"
    r"mattress|locker|car|glovebox|room)"
)
_BLADE = (
    r"(?:knife|bread knife|kitchen knife|carving knife|steak knife|scissors|hammer|bat|baseball bat|cricket bat|"
    r"cleaver|machete|axe|screwdriver|blade|razor|broken bottle|bottle|iron|poker)"
)
_HOLD = r"(?:had|has|have|holding|held|holds|hold|gripping|gripped|clutching|clutched|waving|waved|brandishing|picked up|grabbed|got|with)"
# A tool at work or a knife at dinner: "holding a hammer when we argued about the shelves he was putting up".
_NOT_DIY = (
    r"(?!.*\b(?:shelf|shelves|putting up|put up|fixing|building|assembling|diy|flat ?pack|nails?|cooking|chopping|dinner|"
    r"onions?|carving the|garden|hedge)\b)"
)
_ROW = (
    r"(?:argue|argued|arguing|argument|arguments|row|rowed|rowing|rows|fight|fought|fighting|shout\w*|yell\w*|"
    r"scream\w*|rage|raging|angry|mad at)"
)

MEANS = [
    # A means let go of, told as a win or with its reason: "small win, i got rid of the hosepipe i was going to use".
    rf"^(?=.*\b{_WIN}\b)(?=.*\b{_AWAY}\b)(?!.*\b{_TIDY}\b).*\b{_MEANS}\b",
    rf"\b{_AWAY} (?:\w+ ){{0,4}}?{_MEANS}\b(?: \w+){{0,4}} i (?:was going to use|had bought|would bought|had got|had been "
    r"(?:saving|keeping|hiding)|have been (?:saving|keeping|hiding)|had saved|had hidden|was saving)\b",
    rf"\b{_MEANS}\b(?: \w+){{0,6}} so (?:that )?(?:it|they|i) (?:is not|are not|was not|were not|is no longer|are no "
    r"longer|can not|could not|would not|will not) (?:in the house|at home|here|near me|(?:get|got) (?:to|at) (?:it|them)|"
    r"use (?:it|them)|reach (?:it|them)|find (?:it|them))\b",
    # Kept from a method's place: "hid the car keys so i couldn't drive to the quarry".
    rf"\bso (?:that )?i (?:can not|could not|would not|will not|was not able to) (?:drive|go|walk|get|run|take myself|"
    rf"cycle|head) (?:\w+ ){{0,3}}?(?:to |up to |down to |out to )?(?:the |a )?{PLACE}\b",
    # Someone else's pills, or all of them, kept close: "counted out my mother's sleeping tablets and put them in my purse".
    rf"\b(?:counted|counting|lined|lining|laid|laying|set|setting|stockpiled|stockpiling|hoarded|hoarding|stashed|"
    rf"stashing|collected|collecting|saved|saving) (?:out |up |aside )?(?:all )?(?:of )?{_WHOSE}(?:\w+ ){{0,2}}{MEDICINE}\b"
    r"(?! (?:for (?:the|her|his|their) (?:week|day|pill|dosette)|into (?:the|his|her|their) (?:pill|dosette|weekly)))",
    rf"\b(?:counted|counting|lined|lining|laid|laying) (?:out |up )(?:all )?(?:of )?(?:my |the |his |her |\w+ )?"
    rf"(?:\w+ ){{0,2}}{MEDICINE}\b(?: \w+){{0,6}} (?:and )?(?:put|hid|slipped|stuffed|kept) (?:them|it|they) (?:\w+ )?"
    rf"(?:in|into|under) my {_CLOSE_BY}\b",
    rf"\b(?:hid|hidden|hide|stashed|stash|slipped|put|keep|kept) (?:all )?(?:of )?{_WHOSE}(?:\w+ ){{0,2}}{MEDICINE}\b"
    rf"(?: \w+){{0,3}} (?:in|into|under) my {_CLOSE_BY}\b",
    rf"\b(?:stockpiled|stockpiling|hoarded|hoarding|stashed|stashing) (?:all )?(?:of )?(?:my |the |{_WHOSE})?"
    rf"(?:\w+ ){{0,2}}{MEDICINE}\b",
    rf"\b(?:take|took|taken|taking|swallow|swallowed|swallowing|down|downed) (?:all|every one|every single one|the whole "
    rf"(?:lot|box|bottle|packet|pack)) (?:of )?(?:my |the |his |her |{_WHOSE})(?:\w+ ){{0,3}}{MEDICINE}\b{NOT_TIDYING}",
    # A means at hand and a method's place close by: "the car keys and a bottle of rum and the cliffs are ten minutes away".
    rf"\b(?:i have|i have got|i got|i had|i am holding|got) (?:\w+ ){{0,3}}(?:{_MEANS}|car keys|keys|bottle of \w+|the car)\b"
    rf"(?: \w+){{0,8}} (?:the |a )?{PLACE} (?:is|are) (?:only |just )?(?:\w+ ){{0,2}}(?:minutes?|mins|miles?|a (?:short )?"
    r"(?:drive|walk)|down the road|up the road|round the corner|nearby|close by)\b",
    # One for every year: pills counted against a life.
    rf"\b{MEDICINE}\b(?: \w+){{0,8}} one for (?:every|each) (?:year|birthday|day)\b",
    # A blade held while arguing, or in hand and nearly used.
    rf"\b{_HOLD} (?:a |an |the |my |his |her |their )?(?:\w+ )?{_BLADE}\b(?: \w+){{0,6}} (?:when|while|whenever|as|every "
    rf"time|the whole time|all through|during|throughout|all the time)(?: \w+){{0,4}} {_ROW}\b{_NOT_DIY}",
    rf"\b{_ROW}\b(?: \w+){{0,6}} {_HOLD} (?:a |an |the |my |his |her |their )?(?:\w+ )?{_BLADE}\b(?! (?:to|at) (?:the|a) "
    r"(?:onions?|bread|meat|veg|vegetables|cake|garden|hedge))",
    rf"^(?=.*\b(?:lose it|lost it|losing it|nearly|almost|even though|wanted to|could have|was going to)\b).*\b{_HOLD} "
    rf"(?:a |an |the |my )?(?:\w+ )?{_BLADE} in my hand\b",
    rf"\b{_BLADE}\b(?: \w+){{0,10}} (?:nearly|almost|wanted to|was going to|about to|so close to) (?:use|used|using|go for|"
    r"went for|stick|stuck) (?:it|them) (?:on )?(?:him|her|them)?\b",
]
