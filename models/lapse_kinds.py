"""What counts as a lapse of a boundary: each kind of lapse (drinking, gambling, contact with an
ex …) and the words a boundary about it is written with, so "No betting of any kind" is the
boundary a punt breaks. Only the one who lapsed logs it (models.logbook.log_breach's `doer`). How
people SAY a lapse is language, read in skill/lapses.py; this is the rule it is held against."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import ContractItem
from .steering_words import spoken


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b")


# An app or site said by its brand ("I downloaded Sportsbet again"): the couple's boundary about
# apps, sites or what is done online is the one it breaks, named by its own words when offered.
APPS = "apps"

# Each kind of lapse, by what it is called when offered ("your boundary about gambling").
BOUNDARY_WORDS: dict[str, re.Pattern[str]] = {
    "drinking": _rule(
        r"drink|drinking|drunk|alcohol|booze|grog|liquor|spirits|sober|sobriety|beer|wine|pubs?|bars?|daru"
    ),
    "gambling": _rule(
        r"gambl\w*|bets?|betting|punt\w*|casinos?|pokies|bookies|poker|wager\w*|lotter\w*|satta|slots|races"
    ),
    "contact with an ex": _rule(
        r"ex|exes|former (?:partner|wife|husband|girlfriend|boyfriend)|old flame|affair partner|affair"
    ),
    "checking phones": _rule(r"phones?|mobiles?|messages|texts|snoop\w*|checking|devices?|privacy|spying|location"),
    "private journals": _rule(r"journals?|diar(?:y|ies)|private (?:notes|writing)|notebooks?"),
    "honesty": _rule(r"lie|lies|lying|honest|honesty|truth|truthful|deceiv\w*|decepti\w*|secrets?"),
    "spending": _rule(
        r"spend\w*|spent|money|budget|purchases?|buying|shopping|credit cards?|debts?|finances|savings|loans?|"
        r"borrow\w*|lend\w*|lent"
    ),
    "porn": _rule(r"porn\w*|adult (?:sites?|content|videos?)|explicit|onlyfans"),
    "smoking": _rule(r"smok\w*|vap\w*|cigarettes?|nicotine|tobacco|ciggies|fags|durr(?:y|ies)|bidis?"),
    APPS: _rule(
        r"apps?|online|internet|sites?|websites?|dating|hook ?ups?|social media|instagram|facebook|tiktok|snapchat|"
        r"betting|gambl\w*|casinos?|pokies|poker"
    ),
    "shouting": _rule(
        r"shout\w*|yell\w*|scream\w*|raised? (?:my|our|his|her) voices?|temper|name calling|swear\w*|voices"
    ),
}


def boundaries_about(kind: str, boundaries: Sequence[ContractItem]) -> list[ContractItem]:
    """The couple's boundaries written about this kind of lapse (their text or what each is called)."""
    words = BOUNDARY_WORDS[kind]
    return [b for b in boundaries if words.search(spoken(f"{b.short_name or ''} {b.text}"))]


_NEGATION_OPENING = re.compile(r"^(?:no more|no|never|not|don't|do not|stop) ")


def what_it_is_about(boundary: ContractItem) -> str:
    """A boundary as "your boundary about ..." says it: "No online betting" -> "online betting"."""
    said = spoken(boundary.short_name or boundary.text)
    return _NEGATION_OPENING.sub("", said) or said
