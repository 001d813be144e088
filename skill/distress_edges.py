"""Despair near an edge, means kept, an urge to hurt the partner told as a win, and control said
plainly (a seventh voice tester: "I've had enough of life", "I didn't take the pills I'd saved up",
"without wanting to drive into a lorry", "standing at the edge of the platform wondering what it
would feel like", "instead of stabbing her with the fork like I wanted to", "teach him a lesson
with my cricket bat", "knows where my mum lives and what he'll do to her", "makes me hand over my
wages", "talking about jumping off the bridge", "takes my phone off me when she's in a mood"),
read by skill/distress.py.

The everyday senses stay quiet: enough of the rain or of living out of boxes, away next week,
saving up for a sofa, a paddle in the sea, driving into town, photos at the cliff edge, the nerve
to ask for a raise, a fork in the potatoes, a lesson in patience, a mum visited with shopping,
wages paid into savings, a phone borrowed when one's own is flat.
"""

from __future__ import annotations

from .distress_reading import NAME_WORD
from .distress_vocab import BETWEEN, FEAR, KIN, SUBJECT

# Someone hurt: the partner (a linked couple's name is read so), a pronoun, or a name.
_WHOM = rf"(?:my partner|him|her|them|{NAME_WORD})"
_PILLS = (
    r"(?:pills|tablets|painkillers|paracetamol|sleeping (?:pills|tablets)|meds|medication|medicine|"
    r"antidepressants|insulin|codeine|opioids|oxy)"
)
# Wanting, imagining or resisting: what makes walking into the sea or a lorry an urge, not a trip.
_URGE = (
    r"(?:think|thinks|thinking|thought|want|wants|wanted|wanting|wish|wished|wishing|urge|urges|tempted|feel|felt|"
    r"feeling|dream|dreamt|dreaming|imagine|imagined|imagining|picture|picturing|could (?:just|easily)|part of me|"
    r"fantasi[sz]e|fantasi[sz]ing|keep|keeps|kept)"
)
_INTO = (
    r"(?:(?:walk|walking|walked|wade|wading|waded|swim|swimming|swam) (?:out )?(?:into|in to|out to|out into) (?:the )?"
    r"(?:sea|ocean|river|lake|waves|water|surf|tide)|(?:drive|driving|drove|steer|steering|swerve|swerving|crash|"
    r"crashing|plough|ploughing|plow|plowing)(?: (?:my|the|our) (?:car|van|ute|truck))? (?:into|in front of|under|off) "
    r"(?:a|an|the|oncoming)(?: oncoming)? (?:lorry|truck|bus|tree|wall|pole|bridge|traffic|train|river|lamp post|"
    r"barrier|pillar|cliff|lake|sea|tanker|semi)|(?:walk|walking|step|stepping|jump|jumping|throw|throwing) (?:myself )?"
    r"(?:out )?in front of (?:a|an|the) (?:bus|train|lorry|truck|car|tram|traffic))"
)
# A place to fall from.
_EDGE = (
    r"(?:platform|bridge|cliff|cliffs|roof|rooftop|ledge|balcony|car park|tower|railway|tracks|pier|lookout|quarry|"
    r"viaduct|overpass|motorway)"
)
# How one is ended, told of the partner: "talking about jumping off the bridge".
_METHOD = (
    rf"(?:(?:jumping|leaping|stepping|throwing (?:himself|herself|themselves|themself)) (?:off|from|in front of|under) "
    rf"(?:a|an|the) (?:\w+ )?{_EDGE}|hanging (?:himself|herself|themselves|themself)|(?:driving|crashing) (?:his|her|their|the) "
    rf"car (?:into|off)|(?:taking|swallowing) (?:all )?(?:of )?(?:his|her|their) {_PILLS}|overdosing|drowning (?:himself|"
    r"herself|themselves)|shooting (?:himself|herself|themselves)|walking into the (?:sea|river|lake|ocean))"
)
_WANTED = (
    r"(?:wanted to|want to|was itching to|was dying to|was tempted to|so badly|felt it|really wanted|the urge|"
    r"could have|came close|nearly did)"
)
# Something heavy thrown at someone (not a ball in a game, not at the bin).
_THROWN = (
    r"(?:throw|throwing|threw|chuck|chucking|lob|lobbing|hurl|hurling|smash|smashing) (?:the|a|my|this|that|her|his) "
    r"(?:\w+ )?(?:kettle|iron|pan|plate|mug|glass|bottle|knife|chair|lamp|remote|phone|vase|ashtray|brick|hammer|cup|"
    r"bowl|pot|shoe|boot|laptop|fork|scissors|stool|candlestick|rock|stone|tin|jar) at (?:my partner|him|her|them|"
    r"(?!(?:the|a|an|my|our|your|his|their|this|that|work|home|school|night|all|least|last|first|once|times|wall|"
    r"door|floor|bin|telly|tv)\b)[a-z]+)"
)

EDGES = [
    # Enough of life itself, not of the rain or of living out of boxes.
    r"\b(?:had|have had) (?:enough|it) (?:of|with) (?:life|living|being alive|being here|existing|it all|everything)\b"
    r"(?! (?:in|out|on|at|with|like|here|there|near|under|admin|as a|so far|round|around|for|room)\b)",
    r"\bi am (?:so )?done with (?:life|living|being alive|existing)\b(?! (?:in|out|on|at|with|like|here|there|room)\b)",
    # Not around to see a time: "won't be here to see christmas", "won't be around by the weekend anyway".
    r"\b(?:will not|not going to|might not|may not|do not think i will) (?:\w+ )?be (?:around|here|alive) (?:any ?more )?"
    r"to see (?:next \w+|the (?:weekend|new year|spring|summer|autumn|winter|end of \w+|kids grow up)|christmas|new year|"
    r"(?:my|their|his|her) (?:\w+ )?birthday|tomorrow|another \w+)\b(?! (?:because|as|since|we|i am|i will be|so|but)\b)",
    r"\b(?:do not|can not) (?:think|see|imagine) (?:that )?i (?:will|am going to) be (?:around|here|alive) (?:much longer|"
    r"for (?:much )?longer|for long|any ?more)\b(?! (?:tonight|today|at (?:the|work)|this (?:evening|afternoon|morning)|"
    r"i have to)\b)",
    r"\b(?:will not|not going to) be (?:around|here|alive) (?:by|after|past|for) (?:the weekend|next \w+|tomorrow|"
    r"christmas|then|long)(?: \w+){0,2} anyway\b",
    # Pills saved, stashed, hoarded or counted: the speaker's or the partner's.
    rf"\b(?:saving|saved|saves|save|stashing|stashed|hoarding|hoarded|stockpiling|stockpiled|"
    rf"squirrelling|squirreling|squirrelled|storing|stored|hiding|hidden|hid) (?:up )?(?:\w+ ){{0,2}}{_PILLS}\b(?! (?:from "
    r"the (?:kids|children|dog|baby)|so the (?:kids|children|dog|baby)|out of (?:the )?reach|for (?:the|my|our) "
    r"(?:trip|holiday|flight|travels?)))",
    rf"\b{_PILLS} (?:\w+ ){{0,3}}(?:saved|stashed|hoarded|hoarding|stockpiled|stockpiling|squirrelled|"
    r"saving)(?: up)?\b",
    rf"\b(?:stash|hoard|stockpile|pile|collection) of (?:\w+ )?{_PILLS}\b",
    rf"\b(?:keeps?|kept|keep on) counting (?:the |his |her |their |my )?{_PILLS}\b|\bcounting (?:the |his |her |their "
    rf"|my )?{_PILLS} (?:over and over|again and again|every night)\b",
    # Walking into the sea, driving into a lorry: as an urge, a wish, or done without wanting to.
    rf"\b{_URGE}(?: \w+){{0,4}} (?:about |of )?(?:just )?{_INTO}",
    rf"\b{_INTO}(?: \w+){{0,2}} (?:and (?:keep going|not (?:come|coming) back|never (?:come|coming) back|not stop)|until i "
    r"(?:can not|could not) (?:get|come) back|and let (?:it|the water) take me)\b",
    # At an edge, wondering or working up the nerve (not to ask for a raise).
    rf"\b(?:at|on|near|to|past|by|along|over|from|off) (?:the )?(?:edge of the |top of the |end of the )?(?:\w+ ){{0,2}}"
    rf"{_EDGE}\b.*\b(?:wonder|wondering|wondered|what it would be|what it would feel|(?:work|working|worked) up the "
    r"(?:nerve|courage)(?! to (?:ask|tell|call|talk|say|propose|text|speak|confess|admit|sing|go in))|(?:think|thinking|"
    r"thought) about (?:it|jumping|falling|stepping|letting go)|to fall|about falling|let go|lean forward|step off)\b",
    # A goodbye sent, then silence: "texted me goodbye and now he's not answering".
    r"\b(?:texted|messaged|sent|left|said|wrote|rang to say)(?: me| us)?(?: a)? (?:goodbye|farewell)\b(?! (?:to|at|before|card|party|present|gift|hug|kiss|cake|do|drinks|lunch|dinner|"
    r"after|and (?:left|went|got on|drove))\b)(?: \w+){0,6} (?:not|stopped|will not|does not|is not) (?:answering|picking up|"
    r"replying|responding|answer|pick up|reply|respond)\b",
    # A weight on everyone: "i'm just a weight around everyone's neck".
    r"\b(?:i am|i feel|i have become|i feel like) (?:just |nothing but |such |only )?(?:a|an) (?:\w+ )?(?:weight|millstone|"
    r"burden|drain|albatross) (?:around|round|on|to|for) (?:everyone|everybody|them|my family|all of you|you all|"
    r"the family)\b(?! (?:at|in) (?:work|the office|the team|the gym|training|this (?:project|group|meeting))\b)",
    # A child or the speaker shaken, not a hand or someone woken.
    rf"\b{SUBJECT}{BETWEEN} (?:shook|shakes|shaking|shake) (?:me|us|(?:the|my|our) {KIN})\b(?! (?:awake|up|off|out|hands?|"
    r"by the hand)\b)",
    # The partner's talk of a method: "he's been talking about jumping off the bridge".
    rf"\b(?:talking|talks|talked|going on|goes on|went on|keeps? (?:saying|mentioning)|mentioned|mentions|threatening|"
    rf"threatened|threatens|joking|jokes) (?:about |of )?{_METHOD}\b",
    rf"\b(?:throw|throws|threw|throwing) (?:himself|herself|themselves|themself|myself) (?:off|from|under|in front of) "
    rf"(?:a|an|the) (?:\w+ )?(?:{_EDGE}|train|bus|lorry|truck|car|tram)\b",
    # An urge to hurt the partner, told as a win: "instead of stabbing her with the fork like I wanted to".
    rf"\b(?:stab|stabbing|hit|hitting|punch|punching|slap|slapping|strangle|strangling|throttle|throttling|choke|"
    rf"choking|kick|kicking|smother|smothering|brain|braining|knife|knifing|glass|glassing) {_WHOM}\b.*\b{_WANTED}\b",
    rf"\b{_THROWN}\b.*\b{_WANTED}\b|\b{_WANTED}(?: \w+){{0,2}} {_THROWN}",
    rf"\b(?:put|putting|stick|sticking|plunge|plunging|shove|shoving|sink|sinking) (?:a|the|my) (?:knife|blade|fork|"
    rf"scissors|screwdriver) (?:in|into|through) {_WHOM}\b",
    r"\b(?:smash|smashing|smashed|break|breaking|broke|crack|cracking|bring|bringing) (?:a|the|my|his|her|this|that) "
    rf"\w+ (?:over|on|across|against) (?:my partner is|{NAME_WORD}(?: is| s|'s)|his|her|their|my) (?:head|face|skull)\b",
    # A lesson taught with a weapon.
    rf"\bteach (?:me|us|{_WHOM}) (?:a lesson|a thing or two)(?: \w+){{0,6}} with (?:my|his|her|their|a|the) (?:\w+ )?"
    r"(?:bat|belt|fists?|hands|stick|club|hammer|knife|bottle|boots?|shoe|slipper|cane|whip|iron|pan|poker|gun|"
    r"crowbar|wrench|spanner|hose|cable|wire|rope|strap)\b",
    # Family threatened: "knows where my mum lives and what he'll do to her".
    r"\bknows? (?:where|which school|what school) (?:my |our |the )?(?:\w+ ){0,2}(?:lives?|live|go|goes|works?|stays?|"
    r"is|are)\b.*\bwhat (?:\w+ ){0,2}(?:will|would|could|might|is going to|are going to|can|going to) (?:do|happen)\b",
    # Wages handed over: "makes me hand over my wages", "have to give her my pay".
    r"\b(?:makes? me|made me|forces? me|forced me|have to|has me|expects me to|i must) (?:\w+ )?(?:hand|give|turn|sign|"
    r"pass)(?: over)? (?:him |her |them |my partner )?(?:all )?(?:of )?my (?:whole |entire )?(?:wages|pay|pay packet|salary|"
    r"pay ?check|pay cheque|earnings|money|benefits|pension|bank card|cards?|pin|tips)\b(?! (?:to (?:the|a|our|charity)\b|"
    r"to my (?!partner)|into))",
    # The phone taken in a temper: "takes it off me when she's in a mood".
    r"\b(?:takes?|took|taking|grabs?|grabbed|confiscates?|confiscated|snatches?|snatched|hides?|hid|keeps?|kept) "
    r"(?:my (?:phone|mobile|cell|keys|car keys|purse|wallet|bank card)(?: away)?(?: off| from| away from)?(?: me)?|it "
    r"(?:away )?(?:off|from|away from) me)"
    r"(?: \w+){0,3} (?:when|whenever|if|every time|because) (?:he|she|they|my partner|\w+) (?:is|was|gets|got|are|were) "
    r"(?:in (?:a|one of (?:his|her|their)) (?:mood|moods|temper|strop|rage|huff)|angry|mad|drunk|upset|jealous|cross|"
    r"furious|raging)\b",
    # Frozen by the partner near: "he's asleep in the next room and I'm too scared to move".
    rf"\b(?:he|she|they|my partner|{NAME_WORD})(?:'s| is| are|'re)? (?:asleep|sleeping|home|downstairs|upstairs|in the "
    rf"(?:next|other) room|next door)\b.* and i (?:am|was|feel|'m) (?:too |so )?{FEAR} to (?:move|breathe|make a (?:sound|"
    r"noise)|speak|sleep|go to sleep|turn the light on|leave)\b(?!.*\b(?:in case|wake|waking|disturb)\b)",
    # Medicine withheld to control: "he won't give me my heart tablets unless I do what he says".
    r"\b(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend)) (?:will not|won't|would not|does not|doesn't|"
    r"refuses to|never) (?:give|let) me (?:have )?my (?:\w+ )?(?:tablets|"
    r"pills|medication|medicine|meds|inhaler|insulin|prescription)\b(?: \w+){0,3} (?:unless|until|if|till)\b",
    # Indifference to living: "I don't care if I wake up".
    r"\bi (?:do not|don't|no longer|don't even|do not even) care (?:if|whether) i (?:wake up|live|die|make it|survive|"
    r"see tomorrow|see the morning)\b(?! (?:late|early|on time|in time|at|for|before|tomorrow|on)\b)",
]
