"""What is kept from the partner, or left, is ordinary (tester-voice36's false alarms, on lead6): a surprise not to
be told ("don't tell her i said anything about the ring"), a treat, a price or a small mess she'd "kill me" over
("if she knew i ate the last of the cake"), a place that is not life to disappear from ("from the group chat"), a
diet to stop existing on ("on takeaways"), a habit life would be easier without ("me hogging the bathroom"); and
tester-voice37's, on lead7: a stay at mum's to nurse her ("while she gets over her operation").

Each is read as the plain act it means, and only when nothing follows it (the idiom: or a turn away to something else,
"…, but the planning went well", never back to them or to meaning it: tester-voice38 D15) and no fear is said with it: what is
hidden or left being anything else ("i was talking to you", "from their lives", "on this earth", "me around"), or
"i'm scared, he'd kill me if he knew i ate the cake" (food may be what is controlled), is read as said.
"""

from __future__ import annotations

import re

from .distress_vocab import FEAR, PARTNER, PARTNER_AS_HE_SHE_OR_THEY, PARTNER_AS_HIM_HER_OR_THEM, SURPRISE
from .rewrites import rewritten

# A surprise not to be told: "don't tell sam i said anything about the anniversary present, it's a surprise".
_SURPRISE_KEPT = re.compile(
    r"\b(?:please |just )?(?:do not|never|can you not|could you not) (?:tell|let) \w+(?: \w+)? (?:know )?(?:that )?i "
    r"(?:said anything about|said something about|mentioned|told you about|talked about|spoke about|asked about) "
    rf"(?:the|her|his|their|our|my|a|an) (?:\w+ ){{0,2}}?{SURPRISE}(?: (?:for (?:him|her|them|{PARTNER})|to "
    r"(?!hospital|a |the |refuge|police|court|doctors?|gp)\w+))?(?: (?:it is|because it is|as it is|cos it is|since it is) "
    r"(?:a )?surprise| yet| until (?:then|the day|tomorrow|\w+day))? *$"
)
# A treat, a price or a small mess kept from them, which they would "kill me" over (the idiom).
_TREAT = (
    r"i (?:ate|had|finished|scoffed|drank|nicked|pinched|polished off) (?:the last (?:of )?|all (?:of )?|the rest of )?(?:the"
    r" |his |her |their |our |my |another |two |some )?(?:\w+ )?(?:cake|biscuits?|chocolates?|crisps|pizza|ice cream|"
    r"cookies?|sweets|wine|beer|gin|leftovers|chips|doughnuts?|donuts?|takeaway|dessert|pudding|cheese|sandwich|easter "
    r"eggs?|mince pies?|brownies?|cupcakes?)"
)
_PRICE = (
    r"(?:how much|what) (?:the|that|those|these|my|our|his|her|a) (?:\w+ ){0,2}?(?:cost|costs|was|were|came to)|(?:what|"
    r"how much) i (?:have )?(?:spent|paid)(?: (?:on|for) (?:(?:the|that|those|these|my|our|his|her|their|a) )?(?:\w+ )"
    r"{0,2}?\w+)?"
)
_MESS = (
    r"i (?:dented|scratched|broke|smashed|cracked|spilt|spilled|burnt|burned|lost|shrank|shrunk|ruined|stained|chipped) "
    r"(?:(?:wine|coffee|tea|paint|juice|red wine) (?:on|over) )?(?:the|his|her|their|our|my|a) (?:\w+ ){0,2}?(?:car|sofa|"
    r"couch|carpet|rug|mug|cup|vase|plate|glass|remote|telly|tv|jumper|shirt|dress|shoes|keys|table|door|wall|laptop|bike|"
    r"lawnmower|fence|pan|saucepan|kettle|mirror|window|dishwasher|washing machine|favourite \w+)"
)
# A turn away to something else after the idiom, never back to them or to meaning it.
_TURN_AWAY = (
    rf" (?:but|though|although|anyway) (?!.*\b(?:{PARTNER_AS_HE_SHE_OR_THEY}|{PARTNER_AS_HIM_HER_OR_THEM}|mean|means|meant|"
    r"serious|seriously|literally|joke|joking|kidding|exaggerating|figure of speech|believe|allowed)\b)"
)
_CROSS_IF_THEY_KNEW = re.compile(
    rf"\b(he|she|they|{PARTNER}|\w+) (?:would|will|is going to|is gonna)(?: literally| actually)? (?:kill|murder) me if "
    r"(?:he|she|they) (?:ever )?(?:knew|knows|found out|finds out|saw|sees|noticed|notices)(?: that| about)? "
    rf"(?:{_TREAT}|{_PRICE}|{_MESS})(?: (?:again|last night|yesterday|today|this morning|at the weekend|last week|this "
    rf"month))?(?= *$|{_TURN_AWAY})"
)
# Said with a turn away to how things are going: "she'd kill me for saying it, but the new routine is working".
# Said alone, or turned back to them, it is read as said: it may be fear of them.
_CROSS_FOR_SAYING = re.compile(
    rf"\b(he|she|they|{PARTNER}|\w+) (?:would|will|is going to|is gonna)(?: literally| actually)? (?:kill|murder) me for "
    rf"(?:saying|telling you|admitting|mentioning)(?: (?:it|this|that|so))?(?: out loud)?(?={_TURN_AWAY})"
)
# A place that is not life, to disappear from: "nobody would notice if I disappeared from the group chat".
_PLACE_LEFT = re.compile(
    r"\b(?:disappeared|vanished|went missing|was gone|were gone) from (?:the |this |that |our |my |his |her |their |\w+ s )?"
    r"(?:(?:office|work|family|school|team|football|pub|book|running|gym|quiz|friends|uni|class|church|whatsapp|zoom|"
    r"christmas|birthday|leaving) )?(?:group chat|chat|group|party|meeting|club|team|quiz|rota|call|class|gym|choir|"
    r"thread|league|drinks|lunch|night out|committee|office|social media|instagram|facebook|whatsapp|twitter|tiktok)"
    r"(?: (?:for a (?:bit|while|week|month)|tonight|today|this week))? *$"
)
# A diet to stop existing on: "I want to stop existing on takeaways", "... on four hours sleep".
_FOOD = (
    r"(?:\w+ )?(?:takeaways?|toast|coffee|tea|crisps|cereal|junk food|pizza|noodles|ready meals|microwave meals|energy "
    r"drinks|fast food|chocolate|biscuits|sandwiches|caffeine|red bull|sugar|snacks|leftovers|chips|hours sleep|hours of "
    r"sleep|no sleep)"
)
_EXISTING_ON = re.compile(rf"\bexisting on ({_FOOD}(?: and {_FOOD})?(?: every (?:day|night)| all the time)?) *$")
# A habit life would be easier without: "life would be easier without me hogging the bathroom".
_HABIT = re.compile(
    r"\bwithout me ((?:(?:hogging|snoring in|using up|taking up|cluttering|hoarding|taking over|blocking) (?:the|"
    r"his|her|their|our|my|all the) (?:\w+ )?(?:bathroom|shower|remote|sofa|couch|duvet|covers|kitchen|telly|tv|car|hot "
    r"water|parking space|dishes|washing up|mirror|wardrobe|bed|wifi|playlist|hallway|drive|driveway|fridge|laptop|spare "
    r"room|garage|toilet|loo)|(?:nagging|moaning|complaining|whinging|whining|going on|banging on|harping on|fussing) "
    r"(?:about|over) (?:the|his|her|their|our|my|all the) (?!(?:\w+ )?(?:pain|illness|health|depression|anxiety|life|"
    r"feelings|problems|head|past)\b)(?:\w+ ){0,2}\w+)(?: every morning| all the time| in the mornings?| all day)?) *$"
)
# A stay away to nurse family: "i'm staying at my mum's most nights while she gets over her operation".
_NURSING_STAY = re.compile(
    r"(?:^|\b(?:staying|sleeping|stopping|stop|stay|sleep) )(?:at|with|round at|over at|round) (?:my |our )?(?:mum|mom|"
    r"mam|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|sister|brother|auntie|aunt|uncle|parents|in laws)(?: s|'s)?"
    r"(?: (?:place|house|flat))?(?: (?:most nights|every night|some nights|for a (?:bit|while|week|few (?:days|weeks))|this "
    r"week|at the moment|for now))? (?:while|whilst|until|to help (?:her|him|them) while) (?:she|he|they) (?:gets over|"
    r"recovers from|is recovering from|recover from|get over|gets better after|heals from|is healing from) (?:her|his|"
    r"their|the|a) (?:\w+ )?(?:operation|surgery|op|fall|illness|stroke|chemo|treatment|replacement|flu|covid|infection|"
    r"accident|heart attack)(?: (?:next door|at home))? *$"
)
_FEAR_SAID = re.compile(rf"\b{FEAR}\b")


def ordinary_read(said: str) -> str:
    """`said` with an ordinary thing kept or left read as the plain act it means."""
    if _FEAR_SAID.search(said) is not None:
        return said
    said = rewritten(_SURPRISE_KEPT, "keep the surprise", said)
    said = rewritten(_CROSS_IF_THEY_KNEW, r"\1 would be cross", said)
    said = rewritten(_CROSS_FOR_SAYING, r"\1 would be cross", said)
    said = rewritten(_PLACE_LEFT, "left the group", said)
    said = rewritten(_EXISTING_ON, r"relying on \1", said)
    said = rewritten(_NURSING_STAY, "looking after my family while they recover", said)
    return rewritten(_HABIT, r"if i stopped \1", said)
