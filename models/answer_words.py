"""Words said at a check-in question about its answer or who gives it, never the answer itself:
who is here ("just me", "she's not here"), the earlier answer kept ("keep it as it was") and whose
answer is meant ("change my answer"). Read by the skill's check-in; the words that steer any
question (skip, go back, stop) are in steering_words.py."""

from __future__ import annotations

import re

from .steering_words import spoken

# "Keep it as it was", said to a question asked again ("go back"): the earlier answer stays.
# Whole sentences only, so "that's not right" (go back) and "keep it simple" (an answer) never match.
_KEEP = re.compile(
    r"^(?:(?:no|oh|okay|ok|actually|sorry|um+|uh+|wait|no wait|yes|yeah)\s+)*(?:"
    r"keep (?:it|that|this|the (?:old|earlier|first|last|original) (?:one|answer)|my (?:old |earlier |first |original )?answer)"
    r"(?: (?:as|like) it (?:was|is)| the same| then)?|"
    r"leave (?:it|that|this)(?: (?:as|like) it (?:was|is)| alone| be| the same)|"
    r"(?:it's|it is|that's|that is|it was) (?:fine|good|okay|ok|right|correct)(?: (?:as|like) it (?:was|is))?|"
    r"(?:that's|that is|that was) (?:right|correct)|it's the same|the same(?: as before)?|same as before|"
    r"no change(?:s)?|nothing to change|(?:don't|do not) change (?:it|that|anything)|as it was|unchanged"
    r")(?: (?:please|thanks|thank you))*$"
)


# Saying who is there, not answering: "just me", "it's only me today", "she's not here", "Sam
# isn't here". Whole sentences only, so "I felt alone" or "Sam wasn't here for dinner" are answers.
_WHO = r"(?!(?:it|that|this|what|which|there|the|our|my|your|his|her|their|a|an)\b)(?:she|he|they|[a-z]+(?:\s+[a-z]+)?)"  # "jo ann": a name of two words
_THERE = r"(?:here|around|home|in|with me|with us)"
_ALONE = re.compile(
    r"^(?:(?:no|nope|nah|yes|yeah|well|um+|oh|sorry|actually)\s+)*(?:"
    r"(?:(?:it's|it is|it'll be|there's|there is)\s+)?(?:just|only)\s+(?:me|myself|me here)|"
    r"(?:it's|it is)\s+me\s+(?:alone|on my own)|(?:i'm|i am)\s+(?:alone|on my own|by myself|doing (?:it|this) (?:alone|on my own))|"
    rf"{_WHO}(?:'s| is|'re| are)\s+not\s+{_THERE}|{_WHO}\s+(?:isn't|aren't|is not|are not)\s+{_THERE}"
    r")(?:\s+(?:today|tonight|now|right now|at the moment|this time|for now|this week|i'm afraid))*$"
)


_MY_OR_MINE = re.compile(r"\b(?:my|mine)\b")


def says_alone(said: str) -> bool:
    """ "Just me", "it's only me today", "she's not here": who is taking part, never an answer."""
    return _ALONE.match(spoken(said)) is not None


def keeps_earlier(said: str) -> bool:
    """ "Keep it", "leave it as it is", "no change", "that's right": the earlier answer to a
    question asked again stays as it was (meaningful only where there is one)."""
    return _KEEP.match(spoken(said)) is not None


def says_mine(said: str) -> bool:
    """ "Change my answer", "undo mine": the speaker's own answer, not just the last one."""
    return _MY_OR_MINE.search(spoken(said)) is not None
