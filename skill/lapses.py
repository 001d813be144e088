"""A lapse against a boundary, told as what the speaker did ("I had a cheeky punt on the
Melbourne Cup", "I texted my ex again", "I had a smoke"): never a kept promise. Each family is
a rule for how people say one kind of lapse, in every locale's idiom, beside the words a
boundary about it is written with; the skill then asks before logging a breach of it.

Only the speaker's own act counts: the words before it must be a lead-in ("so", "last
night", "I slipped up and"), never a negation ("I haven't had a drink") or someone else
("Sam had a drink"); lookalikes ("a drink of water", "my ex-boss") are no lapse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from trust_tracker.models.entities import ContractItem
from trust_tracker.models.steering_words import spoken


@dataclass(frozen=True)
class Lapse:
    """One kind of lapse: how its boundary is spoken of, the act, and a boundary's words for it."""

    about: str
    act: re.Pattern[str]
    boundary: re.Pattern[str]


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b")


_A = r"(?:a|an|another|one|two|three|a few|a couple of|some|a cheeky|a quick|a sneaky|a little|a small|a big|a)"
_SOFT_DRINKS = r"(?:of )?(?:water|juice|milk|tea|coffee|lemonade|soda|coke|pop|squash|chai|lassi|smoothie|shake)"
_LIQUOR = r"(?:booze|alcohol|grog|liquor|spirits|beers?|wine|vodka|whisk(?:e)?y|rum|gin|tequila|cider|daru)\b"
# Where gambling is done online: "a betting app", "an online casino", "my poker account".
_GAMBLING_PLACE = (
    r"(?:a |an |the |my |another |some |that )?(?:(?:online |new |old )?(?:betting|gambling|casino|poker|slots?|bookies|"
    r"sportsbook|pokies|bingo|lottery|rummy) (?:apps?|sites?|websites?|accounts?)|online (?:casinos?|poker|bingo|slots|"
    r"betting|gambling|pokies))"
)
# An ex, however named: "my ex", "my former partner", "my old flame", "the affair partner".
_EX = (
    r"(?:my ex(?! (?:boss|colleague|coworker|co worker|employer|manager|flatmate|housemate|roommate|neighbour|"
    r"neighbor|teacher|student|landlord|client|team|job|company|work)\b)|my former (?:partner|wife|husband|girlfriend|"
    r"boyfriend)|my old flame|the (?:affair partner|other (?:woman|man)))"
)
_PARTNERS = r"(?:her|his|their|my (?:partner|wife|husband|girlfriend|boyfriend|fiance|fiancee)'s|[a-z]+'s)"

LAPSES = (
    Lapse(
        "drinking",
        _rule(
            rf"had {_A} ?(?:drinks?(?! {_SOFT_DRINKS}\b)|beers?|pints?|schooners?|middies|stubbies|tinnies|tinny|"
            r"glass(?:es)? of (?:wine|red|white|bubbly|champagne|prosecco|whisk(?:e)?y)|wines?|vodkas?|(?:vodka |tequila )?shots? of \w+|tequila shots?|vodka shots?|"
            r"whisk(?:e)?ys?|gins?|rums?|ciders?|lagers?|cocktails?|bevvy|bevvies|cold ones?|brewskis?|pegs?|daru|"
            r"bottles? of (?:wine|beer|vodka|rum))|"
            r"got (?:drunk|wasted|sloshed|trollied|plastered|tipsy|pissed|(?:hammered|smashed)(?! (?:\d+|\w+ (?:nil|nothing|love)|"
            r"by|in|on|at (?:the )?(?:footy|match|game|cricket|darts|quiz|tennis|golf|pool|cards))\b))|"
            r"drank (?!water|juice|milk|tea|coffee)(?:a|some|too|two|three|beer|wine|vodka|whisk(?:e)?y|rum|gin|cider)|"
            r"went (?:on the (?:piss|lash|grog|booze)|drinking|for (?:a|some|a few|a couple of|a quick|a cheeky) (?:drinks?|beers?|pints?|schooners?|bevvies))|"
            r"fell off the wagon|hit the (?:bottle|booze|grog)|was drunk|"
            rf"(?:bought|picked up|ordered) {_A}? ?(?:(?:bottles?|cans?|cases?|slabs?|crates?|six ?packs?) of {_LIQUOR}|"
            r"(?:booze|alcohol|grog|liquor|spirits|daru)\b)"
        ),
        _rule(r"drink|drinking|drunk|alcohol|booze|grog|liquor|spirits|sober|sobriety|beer|wine|pubs?|bars?|daru"),
    ),
    Lapse(
        "gambling",
        _rule(
            r"had (?:a|another|a cheeky|a quick|a sneaky|a little|a small|a big) (?:punt|flutter|bet|wager|go on the pokies)|"
            r"(?:put|placed|laid|made|had) (?:a |another |some )?bets?|(?:put|laid) (?:money|cash|a tenner|a fiver|"
            r"\d+ \w+) on (?:the )?(?:horses?|dogs|races|cup|game|match|footy|cricket|ipl|fight|a horse|a team)|"
            r"bet (?:on|money|\d+)|punted (?:on|\d+|money)|gambled|"
            r"(?:went|popped|nipped|ducked|snuck|sneaked|ended up) (?:in |into |to |down to |at )?(?:the )?"
            r"(?:casino|bookies|betting shop|pokies|tab|races|track|dogs|card room)|"
            r"(?:played|hit|was on|got on|had (?:a |a few |some |another )?goe?s? on) (?:the )?(?:pokies|slots|fruit machines?|poker machines?|"
            r"satta|teen patti|online poker|online rummy|rummy for money|roulette|blackjack)|"
            r"(?:played|bought|did) (?:a |some )?(?:scratchies|scratch cards|scratchcards|lottery tickets|lotto|satta|"
            r"teen patti)|(?:was|were) at the (?:casino|bookies|pokies)|"
            r"(?:downloaded|re ?downloaded|installed|reinstalled|opened|used|joined|signed up (?:for|to|with|on)|"
            rf"logged (?:in ?to|on ?to|into|onto)|went on|was on|got back on|went back on|deposited money (?:in|on|into)) {_GAMBLING_PLACE}"
        ),
        _rule(r"gambl\w*|bets?|betting|punt\w*|casinos?|pokies|bookies|poker|wager\w*|lotter\w*|satta|slots|races"),
    ),
    Lapse(
        "contact with an ex",
        _rule(
            r"(?:texted|text|messaged|called|rang|phoned|emailed|dmed|dm'd|whatsapped|snapchatted|facetimed|"
            r"contacted|replied to|answered|rang back|called back|followed|unblocked|"
            r"went to see|had (?:a )?(?:coffee|lunch|dinner|drinks?) with|got in touch with|reached out to|"
            r"met up with|talked to|spoke to|chatted with|hooked up with|slept with) "
            rf"{_EX}"
        ),
        _rule(r"ex|exes|former (?:partner|wife|husband|girlfriend|boyfriend)|old flame|affair partner|affair"),
    ),
    Lapse(
        "checking phones",
        _rule(
            rf"(?:checked|went through|looked through|looked at|read|snooped (?:on|through|in)|scrolled through|"
            rf"unlocked|searched|looked in|went into|went on|had a look (?:at|through)|peeked at) {_PARTNERS} "
            r"(?:phone|mobile|messages|texts|whatsapps?|emails?|inbox|dms|call log|browser history|laptop|location)"
        ),
        _rule(r"phones?|mobiles?|messages|texts|snoop\w*|checking|devices?|privacy|spying|location"),
    ),
    Lapse(
        "honesty",
        _rule(
            r"lied(?! (?:down|in|on (?:the|my|a) (?:bed|couch|sofa|floor|grass|beach)|back))|"
            r"told (?:her|him|them|[a-z]+) (?:a )?(?:lie|lies|fib|fibs|porky|porkies|white lie)|fibbed|"
            r"wasn't honest|was not honest|kept it from (?:her|him)|covered it up"
        ),
        _rule(r"lie|lies|lying|honest|honesty|truth|truthful|deceiv\w*|decepti\w*|secrets?"),
    ),
    Lapse(
        "spending",
        _rule(
            r"spent (?:\d+|a fortune|too much|a lot|heaps|loads|hundreds|thousands|lakhs?|money|our savings|"
            r"the savings|the rent|the grocery money)(?! (?:of )?(?:time|hours?|minutes?|days?|weeks?|nights?)\b)|splurged|went on a (?:spending spree|shopping spree|splurge)|"
            r"maxed out (?:the|my|our) (?:credit )?card|went over (?:the|our|my) budget|blew (?:\d+|the|our|my) "
            r"(?:budget|savings|pay|wages)|(?:bought|ordered) (?:another|more|a new|some more) .{1,40} without telling"
        ),
        _rule(r"spend\w*|spent|money|budget|purchases?|buying|shopping|credit cards?|debt|finances|savings"),
    ),
    Lapse(
        "porn",
        _rule(
            r"(?:watched|looked at|went on|was on|viewed|visited|searched for|subscribed to|paid for|downloaded) (?:some |an |a |the )?(?:porn|"
            r"pornography|porn sites?|adult (?:sites?|videos?|content)|onlyfans|explicit (?:videos?|pictures|photos))"
        ),
        _rule(r"porn\w*|adult (?:sites?|content|videos?)|explicit|onlyfans"),
    ),
    Lapse(
        "smoking",
        _rule(
            r"had (?:a|another|one|two|a cheeky|a quick|a sneaky|a few|a couple of) (?:smokes?|cigarettes?|ciggies?|"
            r"cigs?|fags?|durr(?:y|ies)|darts?|vapes?|puffs? on|drags?|joints?|spliffs?|bidis?|beedis?|suttas?)|"
            r"smoked(?! (?:some |the |a |my |our )?(?:salmon|fish|meat|ham|cheese|brisket|ribs|chicken|paprika|turkey|"
            r"pork|sausages?|bacon|trout))|"
            r"vaped|lit up(?! the)|bummed a (?:smoke|cigarette|fag|durry|ciggie)|"
            r"bought (?:some |a pack of |a packet of |a )?(?:cigarettes|smokes|fags|ciggies|durries|vapes?|bidis|tobacco)"
        ),
        _rule(r"smok\w*|vap\w*|cigarettes?|nicotine|tobacco|ciggies|fags|durr(?:y|ies)|bidis?"),
    ),
    Lapse(
        "shouting",
        _rule(
            r"(?:shouted|yelled|screamed|swore|snapped) at (?!the (?:telly|tv|television|screen|ref|referee|umpire|"
            r"game|match|footy|cricket|radio))|raised my voice|lost my temper|lost my cool|blew up at|went off at|"
            r"had a go at (?:her|him|them|my (?:partner|wife|husband|girlfriend|boyfriend)|the kids)|"
            r"called (?:her|him|them) names"
        ),
        _rule(r"shout\w*|yell\w*|scream\w*|raised? (?:my|our|his|her) voices?|temper|name calling|swear\w*|voices"),
    ),
)

# What may come before the act when the speaker did it: a lead-in, a time, a confession.
_LEAD_IN = re.compile(
    r"^(?:(?:i|we|so|and|then|but|um|uh|well|yeah|okay|ok|oh|just|actually|also|honestly|sorry|look|"
    r"i'm|im|afraid|have|i've|ive|to|admit|confess|must|be|honest|that|log|note|record|"
    r"slipped|up|messed|stuffed|screwed|mucked|went|and|ended|again|last|night|yesterday|today|tonight|"
    r"this|morning|afternoon|evening|weekend|week|on|the|at|after|work|saturday|sunday|monday|tuesday|"
    r"wednesday|thursday|friday|earlier|cheeky|bit|of|a)\s+)*$"
)


def lapses_said(said: str) -> list[Lapse]:
    """The kinds of lapse the speaker says they did ("I had a drink with my ex": two), if any."""
    words = spoken(said)
    found = ((lapse, lapse.act.search(words)) for lapse in LAPSES)
    return [lapse for lapse, act in found if act is not None and _LEAD_IN.match(words[: act.start()])]


def boundaries_about(lapse: Lapse, boundaries: Sequence[ContractItem]) -> list[ContractItem]:
    """The couple's boundaries written about this kind of lapse (its text or what it is called)."""
    return [b for b in boundaries if lapse.boundary.search(spoken(f"{b.short_name or ''} {b.text}"))]
