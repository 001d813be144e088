"""A lapse against a boundary, told in words ("I had a cheeky punt on the Melbourne Cup", "I
texted my ex again", "I found out Sam has been texting her ex"): never a kept promise or a
moment. Each family is a rule for how people say one kind of lapse, in every locale's idiom; the
boundaries each kind breaks are the domain's rule (models/lapse_kinds.py).

`lapses_said`: the speaker's own act, after a lead-in only ("so", "last night", "I slipped up
and"), never a negation ("I haven't had a drink") or someone else ("Sam had a drink").
`lapses_told`: the same acts told of anyone ("Sam has been texting her ex", "I think he's been
on the betting app"), so that who did it (skill/breach_doer.py) decides what follows: only the
one who lapsed is offered its breach. Lookalikes ("a drink of water", "my ex-boss") are neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trust_tracker.models.entities import ContractItem
from trust_tracker.models.lapse_kinds import APPS, BOUNDARY_WORDS, boundaries_about
from trust_tracker.models.steering_words import FILLERS, FOUND_OUT, WHEN, spoken

from .everyday_words import EVERYDAY


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
_APP_VERB = (
    r"downloaded|installed|opened|logged (?:in ?to|on ?to|into|onto)|went on|was on|"
    r"been on|got on|jumped on|hopped on|swiped on|(?:been|was) (?:swiping|scrolling) on"
)
_APP_AGAIN = (
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
_BRAND = rf"(?!{_NOT_A_BRAND})[a-z][a-z0-9]*(?: ?\d+)?"
_APP_NAMED = rf"(?:(?:the|an?|my|that|this) )?{_BRAND}(?: [a-z0-9]+)? (?:apps?|accounts?|profiles?|sites?|websites?)\b"
_APPS = (
    rf"(?:{_APP_VERB}) (?:{_APP_NAMED}|{_BRAND}(?: [a-z]+){{0,4}} again)|"
    rf"(?:{_APP_AGAIN}) (?:{_APP_NAMED}|{_BRAND})"
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

# What may come before the act when the speaker did it: a lead-in, a time, a confession.
_LEAD_IN = re.compile(
    rf"^(?:(?:{FILLERS}|{WHEN}|i|we|sorry|i'm|im|afraid|have|i've|ive|to|admit|confess|must|be|honest|that|log|note|"
    r"record|slipped|up|messed|stuffed|screwed|mucked|went|ended|last|night|this|on|the|at|after|work|cheeky|bit|of|a|"
    r"only|just|still)"
    r"\s+)*$"
)


# Said after the act, what makes it a help asked for, not a boundary crossed: "read my messages out
# to me because I was driving", "replied for me while I drove", "paid my bill because I asked". The
# beneficiary right after the act ("too much for me" later says how it felt); the request or the
# reason anywhere ("while I was driving" alone is when, not why: a passenger can snoop).
_FOR_ME = re.compile(
    r"^(?: [a-z']+){0,3}? (?:(?:for|on behalf of) (?:me|us)|on (?:my|our) behalf|(?:out|out loud|aloud) to (?:me|us))\b"
)
_AS_ASKED = re.compile(
    r"\b(?:(?:to|so as to) help (?:me|us)|(?:at|on) (?:my|our) request|with (?:my|our) (?:permission|blessing|consent|ok|okay)|"
    r"(?:because|cause|cos|coz|since|as|when|like|after) (?:i|we) (?:had )?(?:asked|begged|agreed)|as agreed|"
    r"(?:i|we) (?:had )?(?:asked|begged|told|wanted|needed) (?:her|him|them|[a-z]+) to|(?<!says )(?<!said )"
    r"(?:i|we) (?:had )?asked for (?:it|that|this)|"
    r"(?:because|cause|cos|coz|since|as) (?:i|we) (?:was|were) (?:driving|behind the wheel|at the wheel))\b"
)


# What was asked was to leave it: "even though I told her to stop", "after I asked him not to".
_REFUSED = re.compile(r"^(?: (?:her|him|them|[a-z]+))?(?: to)? (?:not|never|stop|leave|stay|keep|back|quit|give)\b")


def _done_for(after: str) -> bool:
    """Whether the words after an act say it was done for the speaker, as asked (never a lapse)."""
    asked = _AS_ASKED.search(after)
    return _FOR_ME.match(after) is not None or (asked is not None and not _REFUSED.match(after[asked.end() :]))


# Before an act told of anyone: a lead-in, what the teller found out or thinks, then who did it
# and how ("sam has been", "my husband's", "he"): never a negation, a wish or a maybe.
_TELLER = rf"(?:(?:{FILLERS}|{WHEN})\s+)*(?:(?:{FOUND_OUT})(?: that)?\s+)?"
_DOER = (
    r"(?:(?:my|me) (?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|spouse|other half|hubby|missus)|"
    r"(?!(?:i|we|it|there|this|that|they|you|nobody|no one)\b)[a-z]+(?: [a-z]+)?)"
)
_TOLD = re.compile(
    rf"^{_TELLER}{_DOER}(?:'s| has| had| is| was| have)?(?: been| gone and| went and)?"
    r"(?: (?:again|just|also|still|secretly|back|actually|apparently|already))*\s*$"
)
_NOT_DONE = re.compile(r"\b(?:not|never|no longer|\w+n't|if|whether|might|could|would|should|wants?|wanted|tempted)\b")


# "Sam has been drinking less": better, not a lapse.
_LESS = re.compile(r"\s*(?:(?:much|a lot|way|far|a bit) )?(?:less|fewer)\b|\s*any ?more\b")


def lapses_said(said: str) -> list[Lapse]:
    """The kinds of lapse the speaker says they did ("I had a drink with my ex": two), if any."""
    words = spoken(said)
    found = ((lapse, lapse.act.search(words)) for lapse in LAPSES)
    return _most_specific(
        [
            lapse
            for lapse, act in found
            if act is not None and _LEAD_IN.match(words[: act.start()]) and not _done_for(words[act.end() :])
        ]
    )


def lapses_told(said: str) -> list[Lapse]:
    """The kinds of lapse these words tell of the speaker or of anyone ("I found out Sam has been
    texting her ex"); who did it is skill/breach_doer.py's to say."""
    own = lapses_said(said)
    if own:
        return own
    words = _told_words(spoken(said))
    found = ((lapse, lapse.act.search(words)) for lapse in LAPSES)
    return _most_specific(
        [
            lapse
            for lapse, act in found
            if act is not None
            and _TOLD.match(words[: act.start()])
            and not _NOT_DONE.search(words[: act.start()])
            and not _LESS.match(words[act.end() :])
            and not _done_for(words[act.end() :])
        ]
    )


# Going on an app said by its brand, however often ("I was on Grindr last night"): the brand.
_ON_BRAND = re.compile(
    rf"\b(?:{_APP_AGAIN}|{_APP_VERB}|used|using|been using|joined|signed up (?:for|to|with|on)) (?:the |my )?({_BRAND})\b"
)


_GENERIC_WORDS = (
    "online",
    "internet",
    "app",
    "apps",
    "site",
    "sites",
    "website",
    "websites",
    "dating",
    "social",
    "media",
)
_GENERIC = re.compile("|".join(_GENERIC_WORDS) + "|hook|hookups?")


def brand_said(said: str) -> str | None:
    """The app or site the speaker (or anyone, as lapses_told reads it) says they went on by its
    brand ("I was on Grindr last night": "grindr"), for a boundary written with that word to
    claim; None when none is said, said as not done ("I haven't been on Grindr"), or a word a
    boundary about a kind of lapse is written with ("I was on online banking" names no app)."""
    words = spoken(said)
    told = _told_words(words)  # "my" read as another's ("x's"), "her" as the doer's own
    for text, own in ((words, True), (told, False)):
        for found in _ON_BRAND.finditer(text):
            before = text[: found.start()]
            kind_word = _GENERIC.fullmatch(found[1]) or any(
                words.fullmatch(found[1]) for kind, words in BOUNDARY_WORDS.items() if kind != APPS
            )  # "online", "poker": a kind's word, where "facebook" is a brand
            if (
                found[1] not in ("x", "own")
                and not kind_word
                and (_LEAD_IN.match(before) if own else _TOLD.match(before) and not _NOT_DONE.search(before))
            ):
                return found[1]
    return None


def names_a_boundary(said: str, boundaries: list[ContractItem]) -> bool:
    """Whether the words name what one of these boundaries is about: by a kind of lapse it is
    written about ("a drink", "online poker") or by a word of its own that is no everyday word
    ("Grindr"). "I haven't touched online poker all week" is that boundary held, no promise missed."""
    words = spoken(said)
    if any(kind.search(words) and boundaries_about(about, boundaries) for about, kind in BOUNDARY_WORDS.items()):
        return True
    own = {w for b in boundaries for w in spoken(f"{b.short_name or ''} {b.text}").split() if w not in EVERYDAY}
    return bool(own & set(words.split()) - set(_GENERIC_WORDS))


def _most_specific(lapses: list[Lapse]) -> list[Lapse]:
    """A brand's app only where no kind names it ("a betting app" is gambling's)."""
    named = [lapse for lapse in lapses if lapse.about != APPS]
    return named or lapses


def _told_words(words: str) -> str:
    """Someone else's act in the speaker's acts' terms: "my phone" is another's ("x's phone"),
    "her phone" the doer's own ("own phone": "she checked her phone" is no lapse)."""
    return re.sub(
        r"\b(?:his|her|their)\b",
        "own",
        re.sub(
            r"\bmy\b(?! (?:partner|husband|wife|boyfriend|girlfriend|"
            r"fiance|fiancee|spouse|other half|hubby|missus)\b)",
            "x's",
            words,
        ),
    )
