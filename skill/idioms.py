"""Everyday idioms heard where a promise's name was expected ("I could kill for a coffee", "we
got hammered at the pub", "I'm dead on my feet", "we smashed it at the quiz"): about none of
the couple's promises, so never offered back as a moment of reliability; let go kindly, nothing
written. Read only after the safety check (skill/distress*.py), which is never weakened here:
"he could kill me" and "I could kill him" get help before any of this is asked.

Ten families, each needing its own frame, so a word alone ("smashed", "dying") is never enough:
wanting something (to kill, murder or die *for* something; dying or gasping for or to), being
tired (the speaker knackered, shattered, dead on their feet, tired after the school run), drinking
(getting hammered, wasted, legless; a few too many), sport or games (hammered, thrashed, killed it
*at* darts), anger at a thing (strangle this printer), the body exaggerated (my arm nearly fell
off, my feet are killing me), laughter exaggerated (nearly died laughing), embarrassment exaggerated
(could have died of embarrassment), cooking (punched the dough, beat the eggs) and shock at a
price (nearly died when I saw the price of petrol). An idiom's "nearly" hedges no promise (`without_idioms`, read by hedges.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trust_tracker.models.entities import ContractItem
from trust_tracker.models.steering_words import spoken

from .naming import Shared, shared

# "am" alone: a carrier's "I {commitment}" hands over "am dead on my feet".
_ME = r"(?:i|i'm|im|i am|i was|i've been|ive been|we|we're|we are|we were|we've been|feeling|i feel|we feel|^am|^was)"
_SO = r"(?:(?:so|totally|absolutely|completely|utterly|really|properly|well|proper|just|a bit|pretty|right)\s+)*"

_WANTING = (
    r"\b(?:could|would|i'd|id|we'd)\s+(?:kill|murder|die|sell my (?:soul|granny))\s+for\b"
    r"|\b(?:dying|gasping|desperate|busting|itching|aching)\s+(?:for|to)\b"
    r"|\bcould\s+(?:murder|demolish|destroy|inhale)\s+(?:a|an|some)\s+(?:(?:cup|pot|mug|glass|pint|bottle|plate|bowl|"
    r"slice|bag|packet|bar|box)\s+of\s+)?(?:coffee|tea|cuppa|brew|pint|beer|drink|curry|pizza|"
    r"burger|kebab|takeaway|sandwich|cake|biscuit|chocolate|bacon|roast|meal|nap|sleep|chips|fries|pasta|noodles|pie|"
    r"biryani|dosa|steak|sushi|doughnut|donut)\b"
    r"|\bcould\s+eat\s+a\s+horse\b"
)
_TIRED = (
    rf"\b{_ME}\s+{_SO}(?:knackered|shattered|exhausted|wiped out|worn out|done in|zonked|pooped|cream crackered|"
    r"dead on (?:my|our) feet|dead tired|dog tired|bone tired|running on empty|out of it|wrecked|whacked|bushed)\b"
    r"|\b(?:could|would)\s+sleep\s+for\s+(?:a week|a month|a year|days|england|ever|a hundred years)\b"
    # Tired from something ordinary: "so tired after the school run", "exhausted from work".
    rf"|\b{_ME}\s+{_SO}(?:tired|exhausted|drained|sore|beat)\s+(?:out\s+)?(?:after|from)\s+(?:work|school|training|"
    r"the|a|my|our|all|that|this|today|\w+ing)\b"
)
# Anger at a thing, not a person: "I'm going to strangle this printer", "I could throttle the router".
_AT_A_THING = (
    r"\b(?:kill|murder|strangle|throttle|smash|punch|kick|thump|whack|bin|chuck|destroy|shoot|hurt)\s+(?:this|that|the|my|"
    r"our)\s+(?:stupid\s+|bloody\s+|damn\s+|flipping\s+|ruddy\s+|useless\s+|old\s+)?(?:printer|scanner|laptop|computer|pc|"
    r"phone|router|wifi|modem|internet|tv|telly|remote|dishwasher|washing machine|washer|dryer|oven|microwave|kettle|"
    r"toaster|vacuum|hoover|lawnmower|mower|alarm|alarm clock|app|website|spreadsheet|form|machine|console|fridge|"
    r"keyboard|mouse|tablet|ipad|boiler|heater|sat nav|gps|vending machine|parking meter|self checkout|photocopier|"
    r"software|update|car|weeds|wasp|wasps|fly|flies|mosquito|mosquitoes|spider|alarm)\b"
)
# The body, exaggerated: "till my arm nearly fell off", "my feet are killing me".
_BODY = (
    r"\bmy\s+(?:arm|arms|legs?|feet|foot|back|hands?|fingers?|head|ears?|eyes|brain|jaw)\s+(?:nearly|almost|was about to|"
    r"were about to|is about to|are about to|could have|is going to|are going to|was going to|were going to)\s+"
    r"(?:fell|fall|dropped|drop|come|came|explode|exploded|snap|snapped|pop|popped|melt|melted)\b"
    r"|\bmy\s+(?:feet|legs|back|head|knees?|arms?|shoulders?)\s+(?:are|is|were|was)\s+killing\s+me\b"
)
_DRINKING = (
    r"\b(?:got|get|getting|were|was|we're|i'm|im|ended up)\s+" + _SO + r"(?:hammered|wasted|smashed|plastered|sloshed|"
    r"trollied|legless|blotto|paralytic|steaming|tipsy|merry|sozzled|trashed|off (?:my|our|his|her) faces?)\b"
    r"|\bhad\s+(?:a few|one too many|a few too many|too many|a skinful|a couple of pints|a few pints|a few drinks|"
    r"a few bevvies|a few jars)\b"
    r"|\b(?:on|out on)\s+the\s+(?:lash|sauce|razz|tiles|town|piss)\b"
)
_GAMES = (
    r"(?:quiz|pub quiz|darts|pool|snooker|football|footy|five a side|tennis|golf|squash|netball|cricket|rugby|game|match|"
    r"final|league|race|parkrun|bowling|chess|scrabble|monopoly|cards|poker|karaoke|fifa|padel|badminton|bingo|trivia|"
    r"(?:pillow|water|snowball|food|tickle|play|nerf) fight)"
)
_SPORT = (
    r"\b(?:smashed|killed|nailed|crushed|aced|bossed|murdered|slaughtered|thrashed|hammered|battered|destroyed|"
    r"annihilated|demolished|trounced|walloped|stuffed|whooped|beat|lost|won|drew)\b"
    rf"(?:\s+(?:it|them|us|everyone|the lot|the other team|\w+))?\s+(?:at|in|on)\s+(?:the\s+|a\s+)?{_GAMES}\b"
    rf"|\b(?:got|were|was|we're)\s+{_SO}(?:hammered|thrashed|battered|slaughtered|stuffed|walloped|trounced|smashed)\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
)
# Laughter exaggerated: "I nearly died laughing", "we were in stitches", "laughed till I cried".
_LAUGHTER = (
    r"\b(?:(?:nearly|almost|practically|literally)\s+)?(?:died|dying|die|wet (?:myself|ourselves)|split (?:my|our) sides|"
    r"cried|crying|howled|howling|choked|choking|fell off (?:my|our) chairs?|cracked up|creased up|pissed (?:myself|ourselves))"
    r"\s+(?:with\s+)?laugh(?:ing|ter)\b"
    r"|\blaughed\s+(?:till|until|so hard)\s+(?:i|we)\s+(?:cried|nearly died|almost died|wet|couldn't breathe|ached)\b"
    r"|\b(?:in|had (?:me|us) in)\s+stitches\b|\blaughed\s+(?:my|our)\s+(?:head|heads|socks)\s+off\b"
)
# Embarrassment exaggerated: "I could have died of embarrassment", "I wanted the ground to swallow me up".
_EMBARRASSED = (
    r"\b(?:could have|could've|nearly|almost|practically|literally|wanted to|would have|just about)\s+(?:died|die|"
    r"curled up and died|curl up and die)\s+(?:of|from|with)\s+(?:embarrassment|shame|cringe|mortification)\b"
    r"|\bwanted the (?:ground|floor|earth) to (?:open up and )?swallow me(?: up)?\b"
)
# Cooking: "I punched the bread dough", "beat the eggs", "bashed the garlic", "murdered the chicken".
_KITCHEN = (
    r"\b(?:punched|punch|punching|kneaded|knead|beat|beating|beaten|whacked|bashed|bashing|smashed|smashing|pounded|"
    r"pounding|hammered|battered|bludgeoned|stabbed|pricked|murdered|butchered|massacred|slaughtered|strangled|"
    r"smacked|slapped|throttled|killed|mangled)\s+(?:down\s+)?(?:the|some|my|our|a|an|his|her|their|that|this)\s+"
    r"(?:\w+\s+)?(?:dough|bread|eggs?|egg whites|cream|batter|butter|garlic|potatoes?|spuds|meat|mince|chicken|steak|"
    r"schnitzels?|nuts|biscuits?|spices|mash|pastry|pizza base|onions?|tomatoes|cake mix|mixture|cabbage|roast|"
    r"turkey|pork|lamb|beef|fish|veg|vegetables|recipe|curry|lasagne|souffle)\b"
)
# Shock at a price exaggerated: "I nearly died when I saw the price of petrol" (tester-voice18's L09).
_SHOCKED = (
    r"\b(?:nearly|almost|practically|literally|could have|could've|just about)\s+(?:died|had a heart attack|fainted|"
    r"passed out|keeled over|fell over|choked)\s+(?:when (?:i|we) (?:saw|heard|got|opened|read|looked at)|at|seeing|"
    r"after seeing)\s+(?:the\s+|that\s+|my\s+|our\s+|this\s+)?(?:\w+\s+)?(?:price|prices|bill|bills|cost|receipt|total|"
    r"quote|invoice|rent|fare|fares|menu|tab|petrol|fuel|gas prices|electric bill|phone bill|mortgage)\b"
)
_IDIOM = re.compile(
    "|".join(
        f"(?:{family})"
        for family in (
            _WANTING,
            _TIRED,
            _DRINKING,
            _SPORT,
            _AT_A_THING,
            _BODY,
            _LAUGHTER,
            _EMBARRASSED,
            _KITCHEN,
            _SHOCKED,
        )
    )
)

# Someone of the family or work cross at a slip: "my mom's going to kill me, I forgot her birthday"
# (tester-voice18's L27). Never the partner; read only of words the safety check found no distress in.
_CROSS = re.compile(
    r"\bmy (?:mum|mom|mother|mam|dad|father|nan|gran|granny|nana|grandma|grandad|sister|brother|auntie|aunt|uncle|"
    r"boss|teacher|coach|manager|mother in law|father in law|friend|best friend|mate|flatmate|housemate|neighbour|"
    r"neighbor)(?:'s|s| is| will| would)? (?:going to|gonna|literally "
    r"going to)? ?kill me\b"
)


def cross_at_a_slip(said: str) -> bool:
    """Whether the words are "my mum's going to kill me" of an everyday slip, with no harm told."""
    text = spoken(said)
    return _CROSS.search(text) is not None and not harm_told(text)


# Words that say a promise was kept or missed: beside an idiom, the sentence is about the promise
# ("I was exhausted so I skipped the talk").
_ABOUT_A_PROMISE = re.compile(
    r"\b(?:promise[sd]?|commitments?|kept|keep|missed|miss|forgot|forgotten|skipped|didn't|didnt|did not|never)\b"
)

# Harm to a person beside the idiom: "it's only when he's had a few that his fists come out" is
# drinking told with violence, never an idiom to let go, whatever the detector made of the rest.
# (Not a game's "beat me at chess": skill/distress_games.py tells those.)
_HARM = re.compile(
    r"\b(?:fists?|knuckles|bruis\w*|black eye|knife|knives|blade|gun|belt)\b"
    r"|\b(?:hit|hits|hitting|punch\w*|slap\w*|kick\w*|shov\w*|push\w*|chok\w*|strangl\w*|hurt\w*|thump\w*|whack\w*|"
    r"smack\w*|grab\w*|beat\w*|belt\w*|swing\w* at|lash\w* out at|go(?:es)? for|went for|lays? into|laid into)\s+"
    r"(?:me|us|the kids|the children|my (?:wife|husband|partner|kids|children|son|daughter|face|head|arm|neck))\b"
    r"(?! (?:at|in|on|by|for|to it|hands down)\b)"  # a game's "beat us at cricket", "hit us for six"
    r"|\b(?:rough|violent|nasty|aggressive|handsy|physical|scary)\s+(?:with|to|towards)\s+(?:me|us|the kids|the children)\b"
)


def harm_told(said: str) -> bool:
    """Whether the words tell of harm to a person (fists, a blade, "rough with me"), whatever else
    they say: such words are never let go as an idiom or an opener's everyday aside."""
    return _HARM.search(spoken(said)) is not None


def without_idioms(words: str) -> str:
    """The words with their idioms left out: "I nearly died laughing" leaves no "nearly" to hedge."""
    return _IDIOM.sub(" ", words)


def everyday_idiom(said: str, promises: Sequence[ContractItem] = ()) -> bool:
    """Whether the words are an everyday idiom of wanting, tiredness, drinking or sport, with no
    harm to a person beside it, and about none of `promises` (no word of their names, none saying
    one was kept or missed)."""
    text = spoken(said)
    if _IDIOM.search(text) is None or _ABOUT_A_PROMISE.search(text) or harm_told(text):
        return False
    return all(shared(text, item.spoken_name) is Shared.NONE for item in promises)
