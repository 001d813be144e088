"""The speaker's own urge to hurt someone outside the couple, or a partner named by a name the
phrases do not know (a fourth voice tester: "I want to hurt Jake from work so badly", "I wanted to
hurt shawn the whole time" said by Chris of Seán), read by skill/distress.py. skill/distress_urge.py
hears the urge towards the partner and the children; this hears it towards anyone named or known:
a colleague, a neighbour, a boss, a name.

The everyday senses stay quiet: a thing ("kill the weeds", "strangle this printer"), a game ("kill
Sam at tennis" is read as play before this), feelings ("hurt Dave's feelings"), a day ("hurt
tomorrow"), an idiom of killing with its everyday reason ("kill Sam if he eats the last slice"),
cooking ("batter the fish").
"""

from __future__ import annotations

from .distress_reading import NAME_WORD
from .distress_vocab import FEAR

_ROLE = (
    r"(?:neighbou?rs?|colleague|boss|manager|supervisor|co ?worker|workmate|flatmate|roommate|housemate|mate|friend|"
    r"best friend|brother|sister|cousin|uncle|aunt|auntie|stepdad|stepmum|stepmom|landlord|landlady|teacher|coach|ex|"
    r"nephew|niece|team leader|in laws|(?:mother|father|brother|sister) in law|son|daughter|husband|wife|partner|"
    r"boyfriend|girlfriend)"
)
# Words that follow these verbs but name no one.
_NO_ONE = (
    r"(?!(?:tomorrow|less|more|again|badly|bad|all|so|too|everywhere|anyone|anybody|everyone|everybody|nobody|noone|"
    r"no|for|with|from|about|by|over|into|through|off|up|out|down|time|myself|yourself|itself|ourselves|themselves|himself|herself|some|these|those|fish|chicken|cod|prawns|"
    r"sausages|mushrooms|onions|spiders?|flies|mosquitoes|ants|weeds|bugs|germs|zombies|aliens|monsters)\b)"
)
# Someone: a role ("my neighbour ron", "the guy next door"), or a name ("dave from accounts").
_TARGET = (
    rf"(?:(?:my|our|the|that|this) (?:{_ROLE}|guy|bloke|woman|man|girl|lady|kid)(?: {_NO_ONE}{NAME_WORD})?|"
    rf"{_NO_ONE}{NAME_WORD}(?: (?:from|at|next door|upstairs|downstairs)\b)?|him|her|them)"
)
# Not their feelings, a game or a joke.
_NOT_HARM = (
    r"(?!'s| s\b| (?:feelings?|pride|ego|chances|up|out|off|at (?!work\b)\w+|in (?:the )?(?:race|game|final|quiz|match)|"
    r"with (?:kindness|jokes?|(?:a |the )?(?:pillow|snowball|ball|water)))\b)"
)
# Killing and strangling said with their everyday reason: "kill him if he eats the last slice".
_IDIOM_REASON = r"(?! (?:\w+ ){0,2}(?:when|whenever|if|because|every time|for) )"
_HURT = r"(?:hurt|harm|stab|punch|attack|batter|beat up|knock out|glass|headbutt|smash (?:up|in))"
_KILL = r"(?:kill|strangle|murder|throttle)"
_MEANS = (
    r"(?:want to|wanted to|going to|was going to|will|would|could really|might really|swear|feel like|felt like|"
    r"am tempted to|was tempted to|keep wanting to|would love to|really want to|so want to)"
)

ANYONE = [
    rf"\bi (?:\w+ ){{0,3}}{_MEANS} (?:\w+ ){{0,2}}{_HURT} {_TARGET}\b{_NOT_HARM}",
    rf"\bi (?:\w+ ){{0,3}}{_MEANS} (?:\w+ ){{0,2}}{_KILL} {_TARGET}\b{_NOT_HARM}{_IDIOM_REASON}",
    rf"\b{_KILL} {_TARGET}\b{_NOT_HARM}.*\b(?:for real|i mean it|not joking|seriously|thought about how|planned it|"
    r"worked out how)\b",
    rf"\b(?:picturing|imagining|thinking about|fantasi[sz]ing about|dreaming about|dreaming of|dream of|dream about) "
    rf"(?:\w+ )?(?:stabbing|hurting|killing|strangling|smothering|shooting|poisoning|punching|beating|drowning) {_TARGET}\b"
    rf"{_NOT_HARM}",
    rf"\bmake {_TARGET} (?:bleed|suffer)\b(?! through)",
    rf"\b(?:going to|will|gonna|want to|could|would) put {_TARGET} in (?:the )?hospital\b",
    rf"\b{FEAR} (?:that )?i (?:will|might|could|would|am going to) (?:really )?(?:hurt|harm|hit|attack|kill|strangle|punch) "
    rf"{_TARGET}\b{_NOT_HARM}",
]
