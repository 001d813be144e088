"""Danger confided as a small win, a note or an aside, the families tester-voice16 found unheard or
saved (issue 8, part 1; /work/notes/tester-voice16.md): a go bag packed and stashed, the phone left
unchecked so one could reach family, a child spared a beating or promised the belt, tablets swallowed
and stopped halfway, money kept back "for when I run", a night at the shelter not found, "it wasn't
an accident", hurt "if he heard me telling you", a last anniversary decided, leave asked to eat or
wash, a thing done "to humiliate me", "I'll pay for it later", the partner standing over the answer,
stranded with no money or phone, the floor to sleep on as a punishment, "if it's empty I get hurt",
his story of a child's fall not believed.

Each needs what makes it danger, so the everyday twin stays quiet: a go or escape bag (not a gym
bag) hidden, the partner's checking, a beating (not a team beaten), swallowing (not a course of
antibiotics), running away (not a marathon), a shelter or refuge (not the bus shelter), an accident
denied, telling (not a surprise), an occasion that is the last, a body's need, humiliation (not
embarrassment), a threat (not a bill), the answer watched, no money or phone (not no charger), a
punishment, a harm, an injury.
"""

from __future__ import annotations

from .distress_methods import MEDS
from .distress_vocab import BETWEEN, CHILD, CLOSE, PARTNER

_NEEDS = (
    r"(?:eat|shower|wash|sleep|use the (?:toilet|bathroom|loo)|go to the (?:toilet|bathroom|loo)|have a bath|drink)"
)
_SPORT = (
    r"(?!.*\b(?:football|footy|rugby|netball|hockey|pitch|training|match|game|gym|warm up|stretch\w*|run|running|"
    r"climbing|cricket|sport|practice)\b)"
)

CONFIDED = [
    # A go bag packed and stashed: "I finally packed a go bag and stashed it at my mate's place".
    r"\b(?:go|escape|grab|getaway|emergency) bag\b.*\b(?:stash\w*|hid|hidden|hide|hiding|in case i (?:need|have) to "
    r"(?:leave|run|go|get out))\b",
    r"\bbag (?:packed|ready)\b.*\b(?:stash\w*|hid|hidden|hiding)\b.*\bin case i (?:need|have) to (?:leave|run|go|get out)\b",
    # The checking forgotten, so family could be reached: "he forgot to check my messages so I could text my sister".
    rf"\b{CLOSE}{BETWEEN} (?:forgot|forgets|did not|does not|was too \w+|never got round) (?:to )?(?:check|read|go through|"
    r"look at|look through|watch) my (?:messages|phone|texts|mobile|emails|calls)\b.*\bso i (?:could|was able to|can|got to) "
    r"(?:finally )?(?:text|call|ring|phone|message|see|talk to|speak to|visit|email)\b",
    # A child beaten or spared a beating: "my daughter didn't get a beating when she spilled the milk".
    rf"\b(?:my|our|the|his|her) (?:{CHILD}|dad|father|mum|mom|mother|sister|brother|nan|gran|wife|husband|partner|"
    r"friend|stepson|stepdaughter) (?:did not |does not |will not |would not |is going to |got |gets |get |will )?"
    r"(?:get |got )?(?:a )?(?:beating|belting|thrashing|leathering|hiding)\b(?! (?:at|in) (?:the )?(?:chess|game|match|"
    r"final|cards|tennis|football))",
    rf"\b(?:use|used|take|took|takes) (?:the|his|her|a) (?:belt|cane|stick|strap|slipper|wooden spoon|jug cord|"
    rf"hairbrush) (?:to|on) (?:the|my|our|his|her) {CHILD}\b",
    # Tablets swallowed and stopped halfway: never a course of antibiotics stopped.
    rf"\b(?:stopped|stop|quit|gave up) swallowing (?:the |my |all the |all my )?(?:\w+ )?{MEDS}\b",
    rf"\bhalf ?way through swallowing (?:the |my |all the )?(?:\w+ )?{MEDS}\b",
    rf"\bswallowed (?:half|most) (?:of )?(?:the|a|my) (?:packet|bottle|box|strip|pot|tub) of (?:\w+ )?{MEDS}\b",
    # Money kept back for running: "two hundred dollars he doesn't know about for when I run".
    r"\b(?:dollars|pounds|quid|bucks|rupees|cash|money|notes|savings)\b.*\bfor when i (?:run|leave|get out|escape|get away|"
    r"go|finally go)(?: away| for good| for it)?(?= *$| from (?:him|her|them))",
    # A night at the shelter, or a refuge: "the kids and I slept at the shelter and nobody found us".
    r"\b(?:slept|sleep|sleeping|stayed|stay|staying|went|go|gone|moved|are|am|were|been) (?:at|in|to|into) (?:a|the) "
    r"(?:women's |womens |women s |family |emergency )?(?:shelter|refuge|safe house)\b(?!.*\b(?:animal|dog|cat|"
    r"volunteer\w*)\b)",
    # The accident denied in advance: "if I'm not back by Friday tell my sister it wasn't an accident".
    r"\b(?:if i am not back|if i do not come (?:home|back)|if anything happens|if something happens|tell|make sure|know)\b"
    r".*\bit (?:was not|is not|will not have been|was never|will not be) an accident\b",
    r"\bif i (?:do not|am not|never) (?:come|get|make it) (?:home|back)\b.*\b(?:call|ring|tell) (?:the police|them|my \w+)"
    r"\b.*\bit was (?:him|her|them|my \w+)\b",
    # Hurt if the telling were heard: "he'd probably strangle me if he heard me telling you this".
    r"\b(?:kill|strangle|murder|beat|hit|hurt|batter|choke|thump|throttle) (?:me|us)\b(?: \w+)? if (?:he|she|they) "
    r"(?:heard|hears|knew|knows|found out|finds out|saw|sees)(?: that)? (?:me |i )?(?:was )?(?:telling|told|talking to|"
    r"tell|talk to|speaking to|spoke to) (?:you|anyone|anybody|someone|somebody|the police|people)"
    r"(?= *$| (?:this|about (?:this|him|her|them|what (?:he|she|they) (?:does|did))) *$)",
    # A last occasion decided: "tomorrow's our anniversary and I've decided it'll be my last one".
    r"\b(?:anniversary|birthday|christmas|new year)\b.*\b(?:decided|made up my mind)\b.*\b(?:it|this|that|this one) "
    r"(?:will be|is going to be|is) my (?:very )?last(?: one)? *$",
    r"\b(?:decided|made up my mind|nobody knows|no one knows|know)\b.*\bthis (?:birthday|christmas|anniversary|new year) "
    r"(?:will be|is going to be|is) my (?:very )?last(?: one)? *$",
    # Leave asked to eat or wash: "he makes me ask before I'm allowed to shower or eat".
    rf"\b(?:makes|made|make) me ask (?:him |her |them )?(?:before|if|whether|for permission)\b.*\b{_NEEDS}\b",
    rf"\bhave to ask (?:him|her|them|{PARTNER}) (?:before|if|whether) i (?:can|could|may|am allowed to) {_NEEDS}\b"
    r"(?! (?:his|her|their|the last|the leftovers)\b)",
    rf"\b{CLOSE}{BETWEEN} (?:let|lets|allowed|allows) me (?:{_NEEDS}|sit)\b.*\binstead of (?:after|afterwards|later|last|"
    r"on the floor|in the kitchen|outside|alone)(?= *$| when| if)",
    # Done to humiliate: never "to embarrass me", which is teasing.
    r"\bto (?:humiliate|degrade|belittle|shame) (?:me|us)\b",
    # A threat of paying for it: "he said if this check-in doesn't go his way I'll pay for it later".
    rf"\b{CLOSE}(?!.*\b(?:bill|card|credit|instalments?|invoice|tab|ticket|meal|lunch|drinks?|the rest|curry|chilli|spicy|"
    rf"gym|hangover|cake|dessert|wine|beer|run)\b){BETWEEN} (?:said|says|told me|warned|warns|warned me|threatened|"
    r"threatens)\b.*\b(?:i will|i would|i am going to|you will) (?:pay for (?:it|this|that)|be sorry)\b"
    r"(?! (?:since|because|as|with|by|on|from|out of|in cash|online|myself|the bill|and)\b)",
    # The answer watched: "he's standing over me to make sure I say the right things".
    rf"\b{CLOSE}{BETWEEN} (?:is |are )?(?:right )?(?:standing over|stood over|sitting (?:right )?next to|right next to|next to|"
    r"behind|watching|leaning over) me\b.*\b(?:(?:say|answer|tell) (?:the right|what (?:he|she|they) want)|answer the right "
    r"way|what i say)\b",
    rf"\b{CLOSE}{BETWEEN} (?:is |has )?(?:got )?my (?:phone|mobile)\b.*\b(?:he|she|they) (?:is |are )?(?:listening|watching|"
    r"recording)(?= *$| to (?:everything|every word|what i say|us|me)\b)",
    # Stranded with no money or phone: never no charger or no signal.
    rf"\b{CLOSE}{BETWEEN} (?:and )?(?:(?:taken|took) (?:the|my) (?:car|keys|phone) and )?(?:left|dumped|abandoned|stranded|drove off and left|"
    r"kicked|threw) (?:me|us)\b.*"
    r"\b(?:with no|without (?:any|a|my)?) ?(?:money|cash|phone|mobile|way home|way to get home|coat|shoes|purse|"
    r"wallet)\b(?! (?:charger|signal|battery|case)\b)",
    # The floor as a punishment: "if there's anything he doesn't like I sleep on the floor".
    rf"\b(?:if|when|whenever|unless)\b.*\b(?:he|she|they|{PARTNER}) (?:does not|do not|did not|is not|gets|is in)\b.*\b"
    r"(?:i|we) (?:have to |must |get to |am made to )?(?:sleep|slept) (?:on the floor|in the car|in the shed|outside)\b",
    r"\b(?:makes|made|make) (?:me|us) (?:sleep|slept) (?:on the floor|in the car|in the shed|outside)\b",
    # Hurt when something is not done: "if it's empty I get hurt", "if dinner isn't ready I get hit".
    r"\bif\b.*\b(?:i|we) (?:get|will get|am going to get|always get) (?:hurt|hit|beaten|slapped|punched|punished|"
    rf"a beating|a hiding)\b{_SPORT}",
    # The carriers' rebuilt sentences ("my partner says ...", a note without "just noting"): papers burnt if
    # I go; an ex outside the school sending photos of the kids; a child's new mark explained away.
    r"\bif i\b.*\b(?:he|she|they) (?:will|would|is going to) (?:burn|tear up|rip up|shred|destroy|hide) my (?:\w+ )?"
    r"(?:certificates?|degree|diploma|passport|visa|papers|documents|qualifications?)\b",
    r"\b(?:parking|parks|parked|waiting|waits|sitting|sits|turning up|turns up|hanging around) outside (?:the |my |our )?"
    r"(?:kids |kids' |children's |son's |daughter's )?(?:school|work|house|home|office|flat|gym)\b.*\b(?:photos|pictures|"
    r"videos) of (?:them|the kids|my kids|the children|me|us)\b",
    rf"\b{CHILD}(?:'s| s| has| have)? (?:got )?(?:another|more|a new|new) (?:bruises?|burns?|marks?|cuts?|black eye)\b.*"
    rf"\b(?:he|she|they|{PARTNER}) (?:says|said|claims|claimed|reckons) (?:she|he|they|it)\b",
    # His story of a child's injury not believed: "I don't believe him about the fall".
    rf"\b(?:do not|did not|can not|could not) (?:believe|buy) (?:him|her|them|{PARTNER})(?: \w+)? about (?:the|her|his|how|"
    r"that|my|those|these)(?: \w+){0,4} (?:fall|fell|bruises?|injur\w*|burns?|black eye|marks?|broken \w+)\b",
]
