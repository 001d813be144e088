"""Something the speaker did or not, said in their own words ("I missed the evening talk on Thursday"):
read where an answer was expected, so what is told is heard (models/steering_words.py reads requests)."""

from __future__ import annotations

import re

from .steering_words import Requested, without_aside

# "I missed the evening talk on Thursday", "I did the walk": something the speaker did or not,
# in their own words. An answer as often as not; the skill asks "your answer, or shall I log
# it?" only when the words name one of the couple's promises ("we kept our evening talks",
# said of the week, is an answer).
_DESCRIBED = (
    (
        "missed",
        re.compile(r"^i (?:missed|forgot|skipped|didn't do|did not do|didn't keep|did not keep)(?P<words> .+)$"),
    ),
    ("kept", re.compile(r"^i (?:kept|did|had|managed|remembered)(?P<words> .+)$")),
)


def described(said: str) -> Requested | None:
    """Something kept or missed said in one's own words ("I missed the evening talk on
    Thursday": "missed", "the evening talk on thursday"); None otherwise."""
    text = without_aside(said)
    found = next(((name, m) for name, pattern in _DESCRIBED if (m := pattern.match(text))), None)
    return Requested(found[0], found[1]["words"].strip()) if found else None
