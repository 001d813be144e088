"""How each kind of lapse against a boundary is said, in every locale's idiom: "had a cheeky
punt", "texted my ex", "went through her phone", an app named by its brand ("got back on
Tinder"). skill/lapses.py reads who did it and whether it was done at all; the boundaries each
kind breaks are the domain's rule (models/lapse_kinds.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trust_tracker.models.lapse_kinds import APPS


@dataclass(frozen=True)
class Lapse:
    """One kind of lapse: what it is called (models/lapse_kinds.py's kind) and how the act is said."""

    about: str
    act: re.Pattern[str]


# What a phone is looked through for when it is looked through to see: a person, messages or a sign
# (within its first three words), or for a while ("for hours"); anything else it is checked for is an
# errand's thing ("for the movie tickets").
_SOUGHT = (
    r"(?:who|whom|messages?|texts?|chats?|calls?|emails?|dms?|whatsapps?|evidence|proof|photos?|pictures?|pics|"
    r"numbers?|contacts?|names?|him|her|them|guys?|girls?|men|women|man|woman|boys?|anyone|anybody|someone|somebody|"
    r"anything|something|signs?|clues?|what|whether|if|where|apps?|dating|lies|secrets?|cheating|affair|ex|exes)"
)
_A_WHILE = r"(?:a |an |no )?(?:hours|ages|while|minutes|days|weeks|nights|long|long time|reason|hour)"


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b")


# How many, said small as good news ("only two", "just the one", "fewer"): still the act.
_A = (
    r"(?:(?:only|just) )?(?:a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|a couple of|some|"
    r"a cheeky|a quick|a sneaky|a little|a small|a big|the one|fewer|less)"
)
_SOFT_DRINKS = r"(?:of )?(?:water|juice|milk|tea|coffee|lemonade|soda|coke|pop|squash|chai|lassi|smoothie|shake)"
_LIQUOR = r"(?:booze|alcohol|grog|liquor|spirits|beers?|wine|vodka|whisk(?:e)?y|rum|gin|tequila|cider|daru)\b"
# Where gambling is done online: "a betting app", "an online casino", "my poker account".
_GAMBLING_PLACE = (
    r"(?:a |an |the |my |another |some |that )?(?:(?:online |new |old )?(?:betting|gambling|casino|poker|slots?|bookies|"
    r"sportsbook|pokies|bingo|lottery|rummy) (?:apps?|sites?|websites?|accounts?)|online (?:casinos?|poker|bingo|slots|"
    r"betting|gambling|pokies))"
)
# An ex, however named: "my ex", "her ex", "my former partner", "my old flame", "the affair partner".
_EX = (
    r"(?:(?:my|own|his|her|their|[a-z]+'s) ex(?! (?:boss|colleague|coworker|co worker|employer|manager|flatmate|housemate|roommate|neighbour|"
    r"neighbor|teacher|student|landlord|client|team|job|company|work)\b)|my former (?:partner|wife|husband|girlfriend|"
    r"boyfriend)|my old flame|the (?:affair partner|other (?:woman|man))|"
    r"the (?:woman|man|girl|guy|bloke|lady|person|fella) (?:from before|from the affair|i (?:had the affair|had an affair|"
    r"cheated|was seeing) with))"
)
# The ex, or "her"/"him" said and then named as the ex ("a message from her, the woman from before").
_EX_SAID = rf"(?:{_EX}|(?:her|him|them),? {_EX})"
# Answering what the ex sent: the speaker's contact, however it began.
_ANSWERED = (
    r"(?:i )?(?:replied|answered|responded|wrote back|texted back|messaged back|rang back|called back|picked up|"
    r"rang (?:her|him|them) back|called (?:her|him|them) back|met (?:her|him|them|up))"
)
# Done and kept from the partner: "and didn't tell Hope", "without saying".
_HIDDEN = (
    r"(?:without (?:telling|saying|asking|mentioning|letting)|(?:and )?(?:i )?(?:didn't|did not|didnt|never) "
    r"(?:tell|told|mention|mentioned|ask|asked|let \w+ know|(?:say|said)(?: anything)?(?: to \w+)?$))(?!.*\bsurprise\b)"
)
# A sum of money as said: "20", "twenty dollars", "a hundred", "fifty bucks", "a few quid".
_AMOUNT = (
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a few|a couple of|some)(?: (?:hundred|thousand|grand))?"
    r"(?: (?:dollars?|bucks|quid|pounds?|euros?|rupees|k))?"
)
# What a sum is put on when it is a bet: a race, a game, a machine or a gambling app.
_STAKED_ON = (
    r"(?:(?:the |a )?(?:horses?|dogs|greyhounds|trots|races|cup|game|match|footy|football|soccer|cricket|ipl|fight|"
    rf"team|pokies|slots|roulette|blackjack|poker|tab)\b|{_GAMBLING_PLACE})"
)
# An app or site named by its brand, which only the couple's boundary can place ("I downloaded
# Sportsbet again", "I reinstalled Bumble", "got back on Tinder"): going back to it, or to a word
# named as an app ("the Pointsbet app"). Never a thing one opens or downloads ("the window", "the
# photos again", "presents"): a brand is said bare, with no "the" or "my" before it.
APP_VERB = (
    r"downloaded|installed|opened|logged (?:in ?to|on ?to|into|onto)|went on|was on|"
    r"been on|got on|jumped on|hopped on|swiped on|(?:been|was) (?:swiping|scrolling) on"
)
APP_AGAIN = (
    r"re ?downloaded|re ?installed|re ?opened|(?:got|went|been|is|was|jumped|hopped) back on(?:to)?|"
    r"logged back (?:in ?to|on ?to|into|onto)|signed back up (?:for|to|with|on)"
)
_NOT_A_BRAND = (
    r"(?:the|a|an|my|our|your|his|her|their|its|it|them|up|that|this|these|those|some|one|every|all|any|back|in|on|"
    r"to|out|again|and|with|for|at|presents?|gifts?|windows?|doors?|curtains|blinds|emails?|mail|post|letters?|"
    r"photos?|pictures?|files?|music|songs?|podcasts?|episodes?|books?|wine|beers?|bottles?|boxes|parcels?|time|"
    r"work|school|shop|early|late|home|twitter|netflix|spotify|maps|youtube|whatsapp|track|holidays?|leave|stage|tour|"
    r"duty|shift|call|break|strike|board|form|schedule|budget|target|course|foot|top|air|hold|fire|sale|offer|meds|"
    r"medication|diet|plan|bikes?|horses?|bus|train|plane|ferry|road|walks?|runs?|dates?|lessons?|classes|clubs?|"
    r"new|banking|bank|weather|news|fitness|calendar|parking|health|camera|step|free|same|other|old)\b"
)
BRAND = rf"(?!{_NOT_A_BRAND})[a-z][a-z0-9]*(?: ?\d+)?"
_APP_NAMED = rf"(?:(?:the|an?|my|that|this) )?{BRAND}(?: [a-z0-9]+)? (?:apps?|accounts?|profiles?|sites?|websites?)\b"
_APPS = (
    rf"(?:{APP_VERB}) (?:{_APP_NAMED}|{BRAND}(?: [a-z]+){{0,4}} again)|"
    rf"(?:{APP_AGAIN}) (?:{_APP_NAMED}|{BRAND})"
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
            r"(?:went|popped|nipped|ducked|snuck|sneaked|slipped|called) (?:in ?to|to|down(?: to)?|round to|off to|by) "
            rf"(?:the |my )?(?:pub|bar|boozer|local|rsl|tavern|beer garden|bottle shop|offie|off licence)\b(?: [a-z']+){{0,8}},? {_HIDDEN}|"
            r"(?:went|was|got|ended up|going) (?:way |well |a bit |a little )?(?:over|past|above|beyond) (?:my|the|our) "
            r"(?:(?:daily|weekly|agreed) )?(?:drink|drinking|alcohol|booze|grog|units?) limit|"
            r"(?:broke|blew|exceeded|passed|ignored) (?:my|the|our) (?:(?:daily|weekly|agreed) )?(?:drink|drinking|alcohol|units?) limit|"
            r"(?:drank|had) (?:more than|over|past) (?:my|the|our) (?:limit|units)|had too much to drink|"
            r"had (?:one|a couple|a few|two|three) too many(?= *$| (?:at|last|on|again|with|and|tonight|yesterday|this)\b)|"
            r"fell off the wagon|hit the (?:bottle|booze|grog)|was drunk|(?:been|is|was|keeps|started|back) drinking"
            r"(?! (?:water|tea|coffee|juice|milk|more water|enough)\b)|"
            rf"(?:bought|picked up|ordered) {_A}? ?(?:(?:bottles?|cans?|cases?|slabs?|crates?|six ?packs?) of {_LIQUOR}|"
            r"(?:booze|alcohol|grog|liquor|spirits|daru)\b)"
        ),
    ),
    Lapse(
        "gambling",
        _rule(
            r"had (?:a|another|a cheeky|a quick|a sneaky|a little|a small|a big) (?:punt|flutter|bet|wager|go on the pokies)|"
            rf"(?:put|placed|laid|made|had) (?:{_A} )?(?:small |little |tiny |cheeky )?bets?|(?:put|laid|dropped|threw|chucked|blew|lost|staked) "
            rf"(?:money|cash|a tenner|a fiver|{_AMOUNT}) on {_STAKED_ON}|(?:been|is|was|keeps|started|back) "
            r"(?:gambling|betting|punting)(?! on (?:it|that|this)\b)|"
            r"bet (?:on|money|\d+)|punted (?:on|\d+|money)|gambled|"
            r"(?:went|popped|nipped|ducked|snuck|sneaked|ended up) (?:in |into |to |down to |at )?(?:the )?"
            r"(?:casino|bookies|betting shop|pokies|tab|races|track|dogs|card room)|"
            rf"(?:played|hit|was on|got on|had (?:{_A} )?goe?s? on) (?:the )?(?:pokies|slots|fruit machines?|poker machines?|"
            r"satta|teen patti|online poker|online rummy|rummy for money|roulette|blackjack)|"
            r"(?:played|bought|did) (?:a |some )?(?:scratchies|scratch cards|scratchcards|lottery tickets|lotto|satta|"
            r"teen patti)|(?:was|were) at the (?:casino|bookies|pokies)|"
            r"(?:downloaded|re ?downloaded|installed|reinstalled|opened|used|joined|signed up (?:for|to|with|on)|"
            rf"logged (?:in ?to|on ?to|into|onto)|went on|was on|been on|is on|got back on|went back on|been back on|is back on|"
            r"played (?:on|at)|(?:was|been) playing (?:on|at)|"
            rf"deposited money (?:in|on|into)) {_GAMBLING_PLACE}"
        ),
    ),
    Lapse(
        "contact with an ex",
        _rule(
            r"(?:texted|text|messaged|called|rang|phoned|emailed|dmed|dm'd|whatsapped|snapchatted|facetimed|"
            r"contacted|replied (?:once |twice |back )?to|answered|rang back|called back|followed|unblocked|"
            r"went to see|had (?:a )?(?:coffee|lunch|dinner|drinks?) with|got in touch with|reached out to|"
            r"met up with|met|visited|went round to|talked to|spoke to|chatted with|hooked up with|slept with|"
            r"(?:been |is |was |keeps |started )(?:texting|messaging|calling|ringing|phoning|emailing|dming|contacting|"
            r"seeing|meeting up with|talking to|speaking to|chatting (?:to|with)|sleeping with|in touch with)) "
            rf"{_EX}|"
            r"(?:got|had|received|saw) (?:a |an |another )?(?:message|text|call|email|dm|voicemail|note|letter|missed call) "
            rf"from {_EX_SAID}(?:,? [a-z']+){{0,8}},? and {_ANSWERED}|{_EX} (?:texted|messaged|rang|called|phoned|emailed|"
            rf"dmed|got in touch|reached out)(?: me)?(?:,? [a-z']+){{0,6}},? and {_ANSWERED}|"
            rf"(?:bumped into|ran into|met|visited|went round to) {_EX}(?:'s)?(?: [a-z']+){{0,4}},? and (?:we )?(?:had|went|got|chatted|talked)"
        ),
    ),
    Lapse(
        "checking phones",
        _rule(
            rf"(?:checked|went through|looked through|looked at|read|snooped (?:on|through|in)|scrolled through|"
            rf"unlocked|searched|looked in|went into|went on|had a look (?:at|through)|peeked at|"
            # A watch kept up: "Sam keeps checking my location and I hate it" (was noted as a moment).
            rf"(?:(?:keeps|kept|is always|was always) )?(?:checks|checking|watches|watching|tracks|tracking|monitors|"
            rf"monitoring|goes through|going through|reads|reading|looks through|looks at)) {_PARTNERS} "
            r"(?:phone|mobile|messages|texts|whatsapps?|emails?|inbox|dms|call log|browser history|laptop|location)"
            r"(?! (?:bill|plan|contract|case|charger|battery|screen|number|insurance|upgrade)\b)"
            # Used for an errand: "checked my phone for the movie tickets", "to find the concert tickets",
            # "to book the taxi because I asked" (tester-voice16's to 18's L3): for a thing or a task, never
            # for a person, messages, a sign or a while (_SOUGHT).
            rf"(?! for (?!{_A_WHILE}\b)(?:the |a |an |my |our |some |any )?(?!(?:[a-z']+ ){{0,2}}{_SOUGHT}\b)[a-z]"
            r"| to (?:find|get|book|look up|order|download|install|set up|fix|update|pay|print|show me|call|ring) "
            r"(?!.*\b(?:who|messages|texts|chats|evidence|proof|what i|if i|whether i|where i)\b)"
            r"|.*\b(?:because|as|like|since) i asked (?:him|her|them)?(?! not)\b)"
        ),
    ),
    Lapse(
        "private journals",
        _rule(
            rf"(?:read|peeked (?:at|in|into)|had a (?:peek|look|read) (?:at|in)|looked (?:at|in|through)|went through|"
            rf"snooped (?:in|through)|flicked through|leafed through|opened) {_PARTNERS} "
            r"(?:journal|diary|private notes|notebook|letters)"
        ),
    ),
    Lapse(
        "honesty",
        _rule(
            r"lied(?! (?:down|in|on (?:the|my|a) (?:bed|couch|sofa|floor|grass|beach)|back))|"
            r"told (?:her|him|them|[a-z]+) (?:a )?(?:lie|lies|fib|fibs|porky|porkies|white lie)|fibbed|"
            r"wasn't honest|was not honest|kept it from (?:her|him)|covered it up|(?:been|is|keeps) lying to"
        ),
    ),
    Lapse(
        "spending",
        _rule(
            r"spent (?:[a-z0-9]+ ){1,3}(?:dollars?|bucks|quid|pounds?|euros?|rupees|grand)\b|spent (?:\d+|a fortune|too much|a lot|heaps|loads|hundreds|thousands|lakhs?|money|our savings|"
            r"the savings|the rent|the grocery money)(?! (?:of )?(?:time|hours?|minutes?|days?|weeks?|nights?)\b)|splurged|went on a (?:spending spree|shopping spree|splurge)|"
            r"maxed out (?:the|my|our) (?:credit )?card|went over (?:the|our|my) budget|blew (?:\d+|the|our|my) "
            r"(?:budget|savings|pay|wages)|"
            rf"(?:bought|ordered|paid for|splashed out on) .{{1,40}}? {_HIDDEN}|"
            # Money borrowed: a loan taken, or borrowing kept from the partner.
            r"(?:took|taken|take|got|get|applied for|signed for|signed up for) (?:out )?(?:a|an|another|one more|a new|a quick|"
            r"a small|a big|some) (?:(?:payday|personal|bank|quick|small|big|short term|instant|cash|car|online) )?loans?(?! of)|"
            r"borrowed (?:(?:some|a lot of|the) )?(?:money|cash|\d+|(?:[a-z]+ ){1,3}(?:dollars?|bucks|quid|pounds?|euros?|rupees|grand|"
            r"lakhs?|thousand|hundred))"
        ),
    ),
    Lapse(
        "porn",
        _rule(
            r"(?:watched|watching|looked at|looking at|went on|was on|viewed|visited|searched for|subscribed to|paid for|downloaded) (?:some |an |a |the )?(?:porn|"
            r"pornography|porn sites?|adult (?:sites?|videos?|content)|onlyfans|explicit (?:videos?|pictures|photos))"
        ),
    ),
    Lapse(
        "smoking",
        _rule(
            r"had (?:a|another|one|two|a cheeky|a quick|a sneaky|a few|a couple of) (?:smokes?|cigarettes?|ciggies?|"
            r"cigs?|fags?|durr(?:y|ies)|darts?|vapes?|puffs? on|drags?|joints?|spliffs?|bidis?|beedis?|suttas?)|"
            r"smoked(?! (?:some |the |a |my |our )?(?:salmon|fish|meat|ham|cheese|brisket|ribs|chicken|paprika|turkey|"
            r"pork|sausages?|bacon|trout))|"
            r"vaped|lit up(?! the)|(?:been|is|was|keeps|started|back) (?:smoking|vaping)(?! (?:salmon|meat|fish)\b)|bummed a (?:smoke|cigarette|fag|durry|ciggie)|"
            r"bought (?:some |a pack of |a packet of |a )?(?:cigarettes|smokes|fags|ciggies|durries|vapes?|bidis|tobacco)"
        ),
    ),
    APP_LAPSE := Lapse(APPS, _rule(_APPS)),
    Lapse(
        "shouting",
        _rule(
            r"(?:shouted|yelled|screamed|swore|snapped) at (?!the (?:telly|tv|television|screen|ref|referee|umpire|"
            r"game|match|footy|cricket|radio))|raised my voice|lost my temper|lost my cool|blew up at|went off at|"
            r"had a go at (?:her|him|them|my (?:partner|wife|husband|girlfriend|boyfriend)|the kids)|"
            r"called (?:her|him|them) names"
        ),
    ),
)
