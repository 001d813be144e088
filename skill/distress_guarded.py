"""Danger told guardedly, the families tester-voice14 found unheard (issue 8, part 1;
/work/notes/tester-voice14.md, 27 turns): a threat of a locked door, self-distrust hiding the
means, an injury told as a joke with excuses for work, locks changed before a release, food
controlled, waiting for the baby to sleep, a child flinching, not here for the next check-in,
driving past a bridge, "fine as long as I do what he says", "he reads these answers and I'll
pay", staying alive for the kids, "the one he keeps hurting", a thing smashed when shown, "if he
finds this app I'm dead", pay doled out, a knife under the pillow, a bag packed and hidden, a lock
that keeps him out, hurt for speaking, a belt out, the night he "finishes it", a refuge bed.

Each pattern needs the person doing harm (he, she, my partner) or the self-harm said as one's own,
so the everyday twin ("Sam locks the door at ten", "I packed a bag for the beach") stays quiet.
"""

from __future__ import annotations

from .distress_vocab import FAMILY, PARTNER

_HE = rf"(?:he|she|they|{PARTNER}|{FAMILY}|his dad|her dad|their dad|his mum|her mum|daddy|mummy)"
_W = r"(?: [\w']+)"
# The means kept from oneself: "hid the car keys from myself" (not the chocolate).
_MEANS = (
    r"(?:car keys|keys|pills|tablets|medication|meds|medicine|razors?|blades?|knife|knives|rope|belt|gun|paracetamol|"
    r"sleeping tablets|insulin)"
)
# What someone is shoved into: "shoved into the wardrobe door again" (not the pool).
_HARD = (
    r"(?:door|wall|fridge|table|counter|wardrobe|cupboard|radiator|banister|stairs|floor|mirror|window|sink|bath|car|"
    r"worktop|bench|doorframe|sideboard|dresser)"
)
# A child, who flinches or hides when the parent comes in (not the dog).
_CHILD = (
    r"(?:little one|baby|kids|kid|son|daughter|children|child|boy|girl|boys|girls|toddler|youngest|eldest|oldest|"
    r"little boy|little girl)"
)

GUARDED = [
    # Shut out as a rule: "if I'm not in by six he locks the door and I sleep on the step".
    rf"\b{_HE} (?:locks|locked|will lock|bolts|bolted|shuts|shut) (?:me out|the door|the doors)\b{_W}{{0,4}}? (?:and|so) i "
    r"(?:sleep|slept|have to sleep|had to sleep|spend the night|spent the night|wait|waited|sit|sat) (?:on the|in the|outside|out)\b",
    # The means hidden from oneself: "I hid the car keys from myself because I don't trust what I'd do".
    r"\b(?:hid|hide|hidden|hiding|locked up|lock up|gave away|give away|threw away|got rid of|keep|kept)(?: [\w']+){0,2} "
    rf"{_MEANS}(?: [\w']+){{0,4}} (?:from|away from) myself\b",
    r"\bi do not trust myself (?:tonight|right now|anymore|any more|alone|on my own|(?:to be|being) (?:alone|on my own|by "
    r"myself))\b(?! (?:with|around|near) (?:the |a |those |that |my |all the )?(?:biscuits?|cake|chocolates?|crisps|sweets|"
    r"ice cream|cookies?|pizza|snacks|fridge|dessert|biscuit tin|leftovers|cheese|doughnuts?|donuts?)\b)",
    r"\bi do not trust what i (?:would|might|will) do\b(?! (?:with|at|in|on) )",
    # An injury as a running joke, with the excuses running out: "shoved into the wardrobe door again".
    r"\b(?:got|get|gets|been|was|someone) (?:shoved|pushed|thrown|slammed|knocked|smacked|bashed) (?:into|against|onto|down) (?:the|a) "
    rf"(?:\w+ )?{_HARD}\b(?=.*\b(?:again|excuses?|cover|explain)\b)",
    r"\bi am (?:running out of|ran out of|run out of) (?:excuses|stories|lies) (?:for|to tell|to give) (?:work|the school|my boss|"
    r"people|everyone|the doctor|the nurse|my mum|my mom|my friends)\b",
    # Locks changed before a release: "I got the locks changed before he gets out on Monday".
    rf"\b(?:locks|lock) (?:changed|replaced)\b{_W}{{0,3}}? before {_HE} (?:gets|got|is|comes) (?:out|released|home|back)\b",
    rf"\b(?:changed|replaced) (?:the|our|my) locks{_W}{{0,3}}? before {_HE} (?:gets|got|is|comes) (?:out|released|home|back)\b",
    # Food controlled: "I haven't eaten since Tuesday because he counts the food".
    rf"\b{_HE} (?:counts|counted|rations|rationed|locks up|locked up|hides|hid|weighs|controls) (?:the|my|our) "
    r"(?:food|fridge|meals|cupboards|pantry|groceries|eating)\b",
    # Waiting for a child to sleep before the harm starts.
    rf"\b{_HE}{_W}{{0,2}} (?:waited|waits|wait) (?:until|till|til|for) (?:the )?(?:baby|kids|children|little one|boys|girls) "
    r"(?:was|were|is|are|to be|had gone|went) (?:asleep|in bed|to sleep|down|to bed)\b(?=.*\b(?:started on|starts on|"
    r"start on|went for|goes for|laid into|lays into|had a go|has a go|hit|hits|hurt|hurts|shout|shouts|screamed)\b)",
    # A child flinching at the parent.
    rf"\b{_CHILD}\b{_W}{{0,2}}? (?:flinched|flinches|flinch|cowered|cowers|cower|hid|hides|froze|freezes|ran and hid)\b{_W}{{0,3}} when {_HE} "
    r"(?:walked|walks|came|comes|got|gets|raised|raises|moved|moves)\b",
    # Not here next time: "I'm not sure I'll be here for the next check-in".
    r"\b(?:not sure|do not think|doubt|do not know if|might not|may not|probably will not)(?: i will)? "
    r"(?:i will |i am going to |i would )?(?:still )?(?:be here|be around|make it) (?:for|to|till|until) (?:the )?next "
    r"(?:check ?in|week|one|time|session|birthday|christmas)\b"
    r"(?!.*\b(?:away|holiday|trip|travelling|traveling|abroad|conference|visiting|shift|working|wedding|course)\b)",
    # Drawn to a bridge or an edge: "I keep driving past the bridge and slowing down".
    r"\b(?:keep|kept|keeps|been) (?:driving|walking|going|stopping) (?:past|to|over|onto|by) (?:the|that) "
    r"(?:bridge|cliff|cliffs|edge|tracks|railway|overpass|river)\b(?=.*\b(?:slow|slowing|stop|stopping|looking down|"
    r"stand|standing|sit|sitting|thinking)\b)",
    # Peace bought with obedience and isolation: "we're fine as long as I do what he says".
    rf"\b(?:fine|okay|ok|alright|good|safe|calm) (?:as long as|so long as|if|provided) i (?:do|say|wear|eat) (?:what|whatever|"
    rf"exactly what) {_HE} (?:says|tells me|wants|likes)\b",
    # The partner reading these answers, and a price: "he reads these answers and I'll pay for it".
    rf"\b{_HE} (?:reads|checks|sees|listens to|goes through) (?:these|the|my|this) (?:answers|log|app|entries|notes)\b"
    r"(?=.*\b(?:pay for it|be in trouble|get it|suffer|punish|punished|sorry|trouble)\b)",
    rf"\bif {_HE} (?:finds|found|sees|saw|hears|heard|reads|read) (?:this|the|my) (?:app|log|answers|notes|phone|messages|"
    r"diary|journal)\b(?=.* (?:i am|i will be|i would be|i am so) (?:dead|done for|finished|in trouble|history)\b)",
    # Staying alive for someone: "the one about staying alive for the kids".
    r"\b(?:stay|staying|stayed|keep|keeping) (?:alive|breathing|going|here) (?:for|because of) (?:the kids|my kids|the children|"
    r"my children|the baby|my (?:son|daughter|mum|mom))\b",
    # Named by the harm: "I'm the one he keeps hurting", "the one whose phone he smashed".
    rf"\bthe one {_HE} (?:keeps|kept|is|has been) (?:hurting|hitting|beating|threatening|choking|hurt|hit)\b",
    rf"\bthe one whose (?:phone|arm|nose|face|jaw|things|stuff|laptop) {_HE} (?:smashed|broke|broken|snapped|took)\b",
    # A thing smashed when shown or asked: "he smashed it against the wall when I showed him".
    rf"\b{_HE} (?:smashed|smashes|hurled|broke|snapped) (?:it|my \w+|the \w+) (?:against|at|into|on) "
    r"(?:the |a |my )?(?:wall|floor|door|me|my head)\b",
    # Thrown, only what is the speaker's: "he threw my phone at the wall" ("threw the ball against the wall" is play).
    rf"\b{_HE} (?:threw|throws|flung|flings|chucked|chucks) my (?:phone|mobile|laptop|tablet|plate|glass|mug|cup|"
    r"dinner|things|stuff) (?:against|at) (?:the |a )?(?:wall|floor)\b",
    # Pay doled out: "he let me keep twenty dollars of my own pay", "only took half my salary".
    rf"\b{_HE} (?:let|lets|allowed|allows) me (?:keep|have)\b{_W}{{0,4}} (?:of )?my (?:own )?(?:pay|wages|salary|money|"
    r"pension|benefits|earnings)\b",
    rf"\b{_HE} (?:only )?(?:took|takes|kept|keeps) (?:half|most|all|some|most of|all of|half of) (?:of )?my "
    r"(?:pay|wages|salary|money|pension|benefits|earnings|paycheck|pay packet)\b",
    # Armed for the night: "I'm sleeping with a knife under my pillow".
    r"\b(?:sleep|sleeping|slept|sleeps) with (?:a|the|my) (?:knife|bat|hammer|blade|scissors|gun|baseball bat) "
    r"(?:under|by|beside|next to|near) (?:my|the) (?:pillow|bed|mattress)\b",
    # A bag packed and hidden.
    r"\b(?:bag|suitcase|case|bags) (?:packed|ready)(?: and)? (?:hidden|stashed|at|hid)\b|\bhidden (?:a |my )?(?:bag|suitcase) "
    r"(?:packed|at|in)\b",
    # A lock kept against the partner: "the new lock on the bedroom door keeps him out mostly".
    r"\block(?: on the \w+ door)? (?:keeps|kept|keep) (?:him|her|them) out\b",
    # Hurt for speaking: "if I opened my mouth I'd get hurt".
    rf"\bif i (?:opened|open|said|say|spoke|speak) (?:my mouth|a word|anything|up)\b{_W}{{0,3}}? i (?:would|will|might) "
    r"(?:get|be) (?:hurt|hit|beaten|smacked|battered|killed)\b",
    # The belt out, or kept by the door.
    rf"\b{_HE}(?: had| has| got| gets| took| takes| keeps| kept) (?:the |his |a )?belt (?:out|off|by the door|ready)\b"
    r"(?!.*\b(?:fix|mend|trousers|jeans|notch|hole|buckle|sew|new one)\b)",
    # The night he "finishes it": a threat to kill.
    rf"\b{_HE} (?:said|says|told me|swore) (?:tonight|today|this is|this weekend)(?:'s| is| s)? (?:the night|the day|when)? ?"
    rf"{_HE} (?:finishes|ends|will finish|will end|is going to finish) (?:it|me|us|this)\b",
    # A refuge bed: leaving for safety, said as good news.
    r"\b(?:refuge|(?<!dog )(?<!animal )(?<!cat )(?<!pet )shelter|safe house)\b(?=.* (?:bed|room|place|space) (?:for|"
    r"free)|.* (?:has|have|found|got) (?:a|us a|me a) (?:bed|room|place|space))",
]
