"""Fond exaggerations, read as the plain act they mean (issue 8; tester-voice14 #7): "Sam knocked
me dead in that dress" is admiration, "Sam dragged me to the gym at six, the monster" is a lift to
the gym with a grumble. Each is rewritten only in its own frame (a thing worn or said; a place of
leisure or errand), so any danger said beside it is still read: "dragged me to the car by my hair"
and "knocked me out" are untouched. Tester-voice15's D8 the same way: an arm grabbed to stop a step
into the road is a rescue, accounts taken over and shown every month are shared, and "I thought I
was going to die" on a skydive is a thrill; tester-voice16's L1 and tester-voice17's L2: passports
held for the one "hopeless with paperwork", keys for the one who always leaves them, are looked after.
A sleeping baby or pet the speaker is "too scared to move" beside in case it wakes is kept still for.
"""

from __future__ import annotations

import re

from .rewrites import rewritten

# Knocked dead by how someone looked or spoke: "in that dress", "with her speech".
_KNOCKED_DEAD = re.compile(
    r"\b(?:knocked|knocks|knock|knocking) (me|us|them|everyone|everybody|em) dead(?= (?:in|with|at) (?:that|her|his|their|"
    r"the|a|my|your)\b| *$)"
)
# "She knocked me out with that surprise birthday cake": amazed by a treat, never by a pan or a fist.
_KNOCKED_OUT_WITH = re.compile(
    r"\b(?:knocked|knocks|knock|knocking) (me|us|them|everyone|everybody) out with(?= (?:that|the|a|her|his|their|this|"
    r"your|our) (?:\w+ ){0,2}?(?:surprise|cake|party|gift|present|news|performance|speech|outfit|dress|singing|proposal|"
    r"song|dance|costume|photos|tickets|trip|holiday|cocktails?|baking|pavlova|trifle|cooking|dinner|meal)"
    r"(?: (?:last night|yesterday|tonight|today|this morning|at the weekend))? *$)"
)
# "He shared his location with me so I'd know he got home safe": a partner letting one know.
_HOME_SAFE = re.compile(
    r"\b(?:shared|shares|share|sharing) (?:his|her|their) location with (me|us) so (?:that )?(?:i|we) "
    r"(?:would |could |can |will |did |do )?know (?:he|she|they) (?:got|gets|get|was|is|are|were|made it) "
    r"(?:home|back|there|in) (?:safe|safely|okay|ok|alright|all right) *$"
)
# Dragged along to a place of leisure or an errand, never "to the car", "into the room" or "by my hair".
_DRAGGED_ALONG = re.compile(
    r"\b(?:dragged|drags|drag|dragging) (me|us) (?:along )?to (the gym|the shops|the supermarket|ikea|a party|the party|the pub|"
    r"the cinema|church|yoga|pilates|a concert|the concert|the beach|a wedding|the wedding|the quiz|parkrun|park run|a musical|"
    r"the match|the game|dinner|lunch|brunch|the garden centre|the dentist|the doctors?|karaoke|a spin class|spin|"
    r"the opera|the ballet|the theatre|the museum|the market|the car boot|a car boot sale|his mum's|her mum's|"
    r"his mother's|her mother's|the in laws)\b(?!.*\b(?:by (?:my|the) (?:hair|arm|neck|collar)|kicking and screaming "
    r"and (?:hit|slapped|punched)|against my will)\b)"
)

# Held back from a danger of the road or an edge: "grabbed my arm to stop me stepping into the road".
_PULLED_BACK = re.compile(
    r"\b(?:grabbed|grabs|grab|caught|catches|pulled|yanked|held) (?:me by )?(?:my|the) (?:arm|hand|wrist|coat|sleeve|collar|"
    r"jacket|hood) (?:to stop me|before i|just before i|so i did not|so i would not) (?:from )?(?:stepping|step|stepped|walking|"
    r"walk|walked|falling|fall|fell|slipping|slip|slipped|tripping|trip|tripped|running|run|ran)(?: out| back| off)? "
    r"(?:in ?to|off|onto|on|down|over|in front of|under) (?:the|a) (road|traffic|street|kerb|curb|cliff|edge|river|water|"
    r"pool|lake|tracks?|ice|stairs|platform|bus|car|cars|cycle lane|bike lane)\b"
)
# Accounts taken over and shown every month: "took charge of the accounts ... and he shows me every month".
_OPEN_BOOKS = re.compile(
    r",? and (?:he|she|they|my \w+) (?:shows|goes through|talks|walks) (?:them |it )?(?:with |through )?(?:me|us)"
    r"(?: them| it)? (?:every|each) (?:month|week|fortnight|quarter)\b"
)
_TOOK_CHARGE = re.compile(
    r"\b(?:took|takes|has taken) (?:charge|over|care) of (?:the|our) (accounts|finances|bills|budget|books)\b"
)
# A thrill: "we went skydiving and I thought I was going to die but it was brilliant".
_THRILL = re.compile(
    r"\b(?:sky ?diving|sky ?dive|bungee|roller ?coaster|zip ?line|zip ?wire|abseil\w*|paraglid\w*|white water|rafting|"
    r"big dipper|ghost train|wing ?walk\w*|hang ?glid\w*|parachut\w*|rock climbing|theme park)\b"
)
_THOUGHT_I_WOULD_DIE = re.compile(
    r"\bi (?:honestly |really |actually )?thought i (?:was going to|would|will|am going to) die\b"
)


# Papers kept for the one who loses them, said so (tester-voice16's L1): "Sam holds onto our passports
# because I'm hopeless with paperwork"; never "because he says I'm hopeless".
_HOPELESS_WITH = re.compile(
    r"\b(?:holds onto|holds on to|holds|keeps hold of|keeps|hangs onto|hangs on to|looks after) (our|my|the) (passports?|"
    r"papers|documents|paperwork|bank cards?|cards|bills|tickets) because i am (?:so |totally |completely )?(?:hopeless|useless|"
    r"rubbish|terrible|bad|awful) (?:with|at) (?:paperwork|admin|forms|money|keeping track of (?:things|stuff))\b"
)


# Keys or papers kept for the one who loses or leaves them, said so (tester-voice17's L2): "Sam keeps
# the car keys because I always leave them in the door"; never "because he says I lose things".
_FORGETFUL = re.compile(
    r"\b(?:holds onto|holds on to|holds|keeps hold of|keeps|hangs onto|hangs on to|looks after) (our|my|the|both our) "
    r"((?:spare |car |house |front door )?(?:passports?|papers|documents|keys|bank cards?|cards|tickets))\b"
    r"(?: (?:in|on) (?:his|her|their|the) \w+)? (?:because|since|as) i (?:always |keep |tend to |often |usually )?"
    r"(?:lose|leave|forget|misplace|drop) (?:them|it|things|stuff|everything)\b"
)


# Care and teasing said sharply (tester-voice17's L2), each in its own frame: a card used to pay at
# the till, medicine taken on the doctor's orders, a door locked for the one who forgets, food
# "threatened", and feeling "like death warmed up".
_PAID_WITH = re.compile(
    r"\b(?:took|borrowed|used|grabbed|had) my (?:bank |debit |credit )?card to pay (at the till|for (?:the|our) (?:shopping|"
    r"groceries|parking|petrol|fuel|takeaway|dinner|lunch|coffees?|tickets|taxi))\b"
    r"(?!.*\b(?:never|kept|keeps|will not give|would not give|did not give|without asking|all of it)\b)"
)
_PRESCRIBED = re.compile(
    r"\bmakes me take (my (?:\w+ ){0,2}(?:pills|tablets|medication|meds|medicine|inhaler))(?=.*\b(?:doctor s orders|doctors "
    r"orders|doctor's orders|the doctor said|as prescribed|prescribed|the gp said)\b)"
)
_LOCKED_FOR = re.compile(
    r"\blocked the (door|gate) behind (me|us)(?= because i (?:always |keep |tend to |often )?forget\b)"
)
_FOOD_THREAT = re.compile(
    r"\bthreatened to (?:eat|finish|drink|steal|nick|pinch|scoff) (my|our|the) (leftovers|chips|fries|chocolate|biscuits|cake|"
    r"pizza|dessert|pudding|sweets|snacks|lunch|crisps|ice cream|last slice|sandwich)\b"
)
# Chatter at bedtime called sweet (tester19's twin "she doesn't stop talking when I'm trying to sleep, it's
# sweet"; the retrain at nlu8 scored it 5.51 over its 5.5 alarm): only with the fond word said after it.
_CHATTER_AT_BEDTIME = re.compile(
    r"\b(?:does not|will not|never|cannot|can not) stop (?:talking|chatting|chattering|singing|humming|giggling) (?:when|while) "
    r"(?:i am|we are) trying to (?:sleep|get to sleep|fall asleep)(?= it is (?:so |really |very |kind of )?(?:sweet|cute|"
    r"adorable|lovely|endearing|funny) *$)"
)
_DEATH_WARMED_UP = re.compile(r"\b(feel|felt|feeling|look|looked|looking) (?:like )?death warmed (?:up|over)\b")


def _sharp_care_read(said: str) -> str:
    said = rewritten(_PRESCRIBED, r"makes sure i take \1", rewritten(_PAID_WITH, r"paid \1 with my card", said))
    said = rewritten(_FOOD_THREAT, r"joked about eating \1 \2", rewritten(_LOCKED_FOR, r"locked the \1 for \2", said))
    said = _CHATTER_AT_BEDTIME.sub("chats to me at bedtime", said)
    return rewritten(_DEATH_WARMED_UP, r"\1 tired", said)


def _open_books_read(said: str) -> str:
    opened = _OPEN_BOOKS.sub("", said)
    return rewritten(_TOOK_CHARGE, r"does the \1 for us", opened) if opened != said else said


# Came along once to help or to see one home safe (tester-voice23's lookalikes): "followed me to the shop to
# help carry the bags", "followed me home from work to make sure I got back okay", "in her own car so I wouldn't
# get lost" (tester-voice29); never a habit ("follows
# me home") or a check on who I see.
_CAME_ALONG = re.compile(
    r"\bfollowed (me|us) ((?:home|back|(?:in)?to (?:the|a) \w+)(?: from (?:the |a )?\w+)?)(?: in (?:her|his|their|the) "
    r"(?:own )?(?:car|van|truck|ute))? (?=to (?:help (?:me |us )?(?:carry|with|load|lift|unload)|make sure (?:i|we) (?:got|"
    r"get|made it) (?:back|home|there) (?:okay|ok|safe|safely|alright|all right) *$)|so (?:that )?(?:i|we) (?:would not|"
    r"did not) get lost(?: (?:in the dark|on the way|again))? *$)"
)


# A baby, child or pet asleep, and the speaker "too scared to move in case she wakes": keeping still
# (tester7's everyday list; the learned check's retrain at nlu7 scored it 5.68 over its 5.5 alarm).
# Only the keeping still is rewritten, only with a little one asleep named first and nothing after
# it: "he passed out and I'm too scared to move in case he wakes", "…too scared to move, he is
# downstairs and drunk" are read as said.
_LITTLE_ONE_ASLEEP = (
    r"\b(?:the|my|our) (?:baby|little one|toddler|newborn|son|daughter|kids?|children|dog|puppy|cat|kitten)"
    r"(?: is| are|'s| s| has| have)?(?: just| finally)?(?: fallen| gone| dropped| dozed)? ?(?:asleep|sleeping|napping|down|off)\b"
)
_KEPT_STILL = re.compile(
    rf"({_LITTLE_ONE_ASLEEP}.*?)\b(?:too )?(?:scared|afraid|frightened|terrified) to (?:move|breathe|make a (?:sound|noise)|"
    r"cough|sneeze)(?: in case (?:she|he|it|they|the baby|the little one|the dog|the cat|the kids?) (?:wakes|wake)(?: up)?)? *$"
)


def fond_read(said: str) -> str:
    """`said` with a fond exaggeration read as what it means: "took me to the gym", "impressed me"."""
    said = rewritten(_KNOCKED_OUT_WITH, r"impressed \1 with", rewritten(_KNOCKED_DEAD, r"impressed \1", said))
    said = rewritten(_HOME_SAFE, r"texted \1 when they got home", rewritten(_DRAGGED_ALONG, r"took \1 to \2", said))
    said = rewritten(_CAME_ALONG, r"came with \1 \2 ", said)
    said = _open_books_read(rewritten(_PULLED_BACK, r"pulled me back from the \1", said))
    said = rewritten(
        _FORGETFUL, r"looks after \1 \2 for us", rewritten(_HOPELESS_WITH, r"looks after \1 \2 for us", said)
    )
    said = rewritten(_KEPT_STILL, r"\1keeping still so they sleep", _sharp_care_read(said))
    return _THOUGHT_I_WOULD_DIE.sub("i was terrified", said) if _THRILL.search(said) else said
