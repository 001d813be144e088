"""A repair said with the new answer that replaces the one before ("not that one, I meant to say we laughed more",
"change my answer to we talked more"): the new answer's words. Read beside the steering words (steering_words.py),
whose `control` tells a repair said alone from one with its new answer."""

from __future__ import annotations

import re

from .steering_words import AROUND, control, spoken

# A repair said with the answer that replaces the one before ("not that one, I meant to say we
# laughed more", "scratch that, I'd say we listened more"): the words after it are the new answer.
# A plain "no" before an answer ("no, we didn't talk much") is an answer, never a repair.
_REPAIR_WORD = r"(?:no|oh|sorry|wait|actually|hang on|hold on|oops|my mistake)"
_MEANT = r"(?:i meant(?: to say)?|what i meant (?:was|is))"
# "Change my answer to we talked more", "change my answer, it should be more patience": the new answer said with it.
CHANGE_TO = (
    r"(?:(?:i want to|i'd like to|i would like to|can i|could i|let me|please) )?change (?:that|it|my (?:last )?answer)"
    r"(?: to(?: say)?| it should (?:be|say|have been)| (?:it's|it is|to be))"
)
_REPAIRED = re.compile(
    rf"^(?:{_REPAIR_WORD}\s+)*(?:(?:not that one|scratch that|strike that|ignore that)(?:\s+{_REPAIR_WORD})*"
    rf"(?:\s+(?:{_MEANT}|i mean))?|{_MEANT}|(?:{_REPAIR_WORD}\s+)i mean|{CHANGE_TO}|make (?:it|that))"
    rf"\s+(?P<rest>.+)$"
)


def repaired(said: str) -> str | None:
    """The new answer in words that repair the one before it ("not that one, I meant to say we
    laughed more": "we laughed more"); None when they are no such repair."""
    found = _REPAIRED.match(spoken(said))
    rest = found["rest"] if found is not None else ""
    # "Scratch that please", "not that one, go back": the repair alone (control reads it), no new answer.
    return (
        rest if rest and not AROUND.fullmatch(rest) and not _POLITE.fullmatch(rest) and control(rest) is None else None
    )


_POLITE = re.compile(r"(?:please|thanks|thank you|now|then|again|too)(?: (?:please|thanks|thank you|now|then|again))*")
