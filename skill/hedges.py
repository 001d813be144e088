"""Words that leave it open whether a promise was kept ("I sort of kept it", "I half did it"):
heard around a promise's name, so the keep or miss is confirmed first, never guessed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trust_tracker.models.entities import ContractItem
from trust_tracker.models.spoken_forms import without_pronoun
from trust_tracker.models.steering_words import spoken

# Words that leave it open whether it was kept: "I sort of kept it", "I half did it". The
# soft ones can go without changing what the words say; "not really", "almost" and the
# like turn it ("I almost forgot" was kept), so they stay in whatever is read after.
_SOFT_HEDGE = (
    r"sort of|sorta|kind of|kinda|half|halfway|partly|partially|part of|mostly|more or less|somewhat|a bit of|"
    r"tried to|(?:i )?think i|(?:i )?guess i|(?:i )?believe i|(?:i'm|i am) not sure (?:if|whether|that) i|maybe i|probably"
)
_SOFT = re.compile(rf"\b(?:{_SOFT_HEDGE})\b")
_HEDGE = re.compile(rf"\b(?:{_SOFT_HEDGE}|almost|nearly|not quite|not really|not fully|not completely)\b")


def hedged(said: str, commitments: Sequence[ContractItem] = ()) -> bool:
    """Whether the words leave open whether it was done: "I sort of kept the evening talk".
    Only the words around a promise's name count: "I kept my half hour walk" is plain."""
    words = f" {spoken(said)} "
    named = [(c.short_name or "", c.text, *(without_pronoun(f) for f in c.lineage.spoken_forms)) for c in commitments]
    names = {spoken(n) for forms in named for n in forms} - {""}
    for name in sorted(names, key=len, reverse=True):
        words = words.replace(f" {name} ", " ")
    return _HEDGE.search(words) is not None


def without_hedge(said: str) -> str:
    """The words with their soft hedge left out: "sort of kept the evening talk" -> "kept the
    evening talk"; "not really kept it" stays as it is."""
    return " ".join(_SOFT.sub(" ", spoken(said)).split())
