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
# What a chores commitment may be named by, for reading a carrier's sentence (skill/topics.py).
CHORE_WORDS = "dishes washing up hoovered vacuumed tidied cleaned mopped bins rubbish laundry ironing housework chores"


def about_chores(item: ContractItem) -> bool:
    """Whether a commitment is written about chores ("Do the house jobs I said I'd do")."""
    return bool(_ABOUT_CHORES.search(spoken(f"{item.short_name or ''} {item.text} {item.category or ''}")))


def chores_named(said: str, commitments: Sequence[ContractItem]) -> list[ContractItem]:
    """The chores commitments a chore said names: one, several (asked which), or none."""
    return [c for c in commitments if about_chores(c)] if CHORES.search(spoken(said)) else []
