"""Chores told by what was done ("I washed the dishes", "I did the washing up", "I hoovered",
"I took the bins out") or let slide ("I dropped the ball on the dishes"): the couple's chores
commitment, whatever its wording ("house jobs", "my share of the housework", "keep the kitchen
tidy"). A family of chore verbs and things, matched to commitments written about chores; one
such commitment is named, several are asked about, none names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trust_tracker.models.entities import ContractItem
from trust_tracker.models.steering_words import spoken

# Places and things a chore is done to ("tidied the kitchen"; "cleaned my teeth" is no chore).
_PLACES = (
    r"(?:the |our |my |all the |the whole )?(?:kitchen|bathroom|house|flat|apartment|floors?|lounge|living room|"
    r"bedrooms?|toilets?|loo|fridge|oven|windows|stairs|hall|surfaces|benches|counters|sink|shower|bath|place|"
    r"dishes|pots|plates|mess|clothes|washing|sheets|bins?|rubbish|trash|garbage|recycling|dishwasher|car)"
)
_THINGS = (
    r"dishes|washing up|washing|laundry|ironing|hoovering|vacuuming|cleaning|housework|chores|house jobs|cooking|"
    r"food shop|grocery shopping|groceries|bins?|rubbish|trash|garbage|recycling|dishwasher|dusting|mopping|tidying"
)
CHORES = re.compile(
    rf"\b(?:(?:wash|washed|washing|clean|cleaned|cleaning|tidy|tidied|tidying|mop|mopped|dust|dusted|sweep|swept|"
    rf"scrub|scrubbed|wipe|wiped|hoover|hoovered|hoovering|vacuum|vacuumed|vacuuming)(?: (?:up|down|out))?"
    rf"(?= {_PLACES}\b|$| (?:today|tonight|again|this \w+|for \w+|before \w+|after \w+|without \w+)\b)|"
    rf"(?:hoovered|vacuumed|tidied up|cleaned up|washed up)|"
    rf"(?:did|done|do|doing|finish|finished|sort|sorted|cook|cooked|make|made|empty|emptied|load|loaded|unload|"
    rf"unloaded|iron|ironed|fold|folded|hung out|hang out|put away|took out|take out|put out|brought in|bring in) (?:the |our |my |all the |a |some )?(?:{_THINGS}|dinner|tea|beds?)|"
    rf"(?:took|take|taking|put|putting|brought|bring) (?:the |our )?(?:bins?|rubbish|trash|garbage|recycling) (?:out|in)|"
    rf"(?:about|on|with) (?:the |our |my )?(?:{_THINGS})\b|^(?:the |our |my )?(?:{_THINGS})$)"
)
# A commitment about chores, by its words or its category.
_ABOUT_CHORES = re.compile(
    r"\b(?:chores?|house ?jobs|housework|household|domestic|jobs (?:around|about) the house|around the house|"
    r"cleaning|clean|tidy|tidying|dishes|washing up|laundry|bins|hoover\w*|vacuum\w*|kitchen)\b"
)
# Which chore it is, so one chore never names a commitment about another ("I hung the washing out"
# is no keep of "do the dishes"): one about chores in general ("house jobs", "keep the kitchen tidy")
# is named by any.
_GENERAL = re.compile(
    r"\b(?:chores?|house ?jobs|housework|household|domestic|jobs (?:around|about) the house|around the house|"
    r"kitchen|clean|tidy|cleaning|tidying)\b"
)
_FAMILIES = {
    "dishes": r"dishes|washing up|washed up|wash up|plates|pots|pans|dishwasher|crockery",
    "laundry": r"laundry|washing(?! up)|clothes|ironing|ironed|iron|sheets|hung out|hang out|hung the washing|folded|fold",
    "bins": r"bins?|rubbish|trash|garbage|recycling",
    "cleaning": r"hoover\w*|vacuum\w*|mop\w*|dust\w*|sweep|swept|scrub\w*|clean\w*|tidy|tidied|tidying|bathroom|"
    r"toilets?|floors?|kitchen|surfaces|benches|wiped?",
    "cooking": r"cook\w*|dinner|tea|meals?|food shop|groceries|grocery shopping",
}
_FAMILY = {name: re.compile(rf"\b(?:{words})\b") for name, words in _FAMILIES.items()}
# What a chores commitment may be named by, for reading a carrier's sentence (skill/topics_heard.py).
_FAMILY_WORDS = {
    "dishes": "dishes washing up",
    "laundry": "laundry washing ironing",
    "bins": "bins rubbish",
    "cleaning": "hoovered vacuumed tidied cleaned mopped",
    "cooking": "cooked dinner",
}


def _families(words: str) -> set[str]:
    return {name for name, family in _FAMILY.items() if family.search(words)}


def _chores_of(item: ContractItem) -> set[str]:
    """The chores a commitment is about; every one for chores in general ("house jobs")."""
    words = spoken(f"{item.short_name or ''} {item.text}")
    return set(_FAMILIES) if _GENERAL.search(words) else _families(words) or set(_FAMILIES)


def chore_words(item: ContractItem) -> str:
    """The words a chores commitment may be named by: "dishes" by the washing up, never the laundry."""
    return " ".join(_FAMILY_WORDS[name] for name in sorted(_chores_of(item)))


def about_chores(item: ContractItem) -> bool:
    """Whether a commitment is written about chores ("Do the house jobs I said I'd do")."""
    return bool(_ABOUT_CHORES.search(spoken(f"{item.short_name or ''} {item.text} {item.category or ''}")))


def chores_named(said: str, commitments: Sequence[ContractItem]) -> list[ContractItem]:
    """The chores commitments a chore said names: one, several (asked which), or none; a chore
    of one kind names only those about it or about chores in general."""
    words = spoken(said)
    if not CHORES.search(words):
        return []
    done = _families(words)
    return [c for c in commitments if about_chores(c) and (not done or done & _chores_of(c))]
