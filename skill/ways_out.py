"""Words that leave a question rather than answer it: "never mind" to "which one?", and "no thanks",
"not now", "skip" to a question asking for words of one's own (a reflection), which are never saved
as its answer (tester-voice13 #10)."""

from __future__ import annotations

import re

from trust_tracker.models.steering_words import spoken

from .steering import held_choice

# "Never mind", said to a question to leave it (never a stalling word there: nothing is asked again).
_NEVER_MIND = re.compile(r"^(?:(?:oh|no|okay|ok) )?(?:never ?mind|forget it)(?: (?:then|that|it|about it))?$")
# No-words, alone or strung together ("no thanks, not now"): the question is left, nothing saved.
_DECLINED = re.compile(
    r"^(?:(?:no|nope|nah|no thanks|no thank you|not now|not right now|not today|maybe later|later|"
    r"never ?mind|stop|skip(?: it| that| this)?|i'd rather not|i would rather not)(?: |$))+$"
)


def never_mind(said: str) -> bool:
    """ "Never mind", "forget it": leave the question that waits."""
    return _NEVER_MIND.match(spoken(said)) is not None


def declined(said: str) -> bool:
    """ "No thanks", "not now", "never mind", "skip": to a question that asks for words of one's
    own (a reflection), a way out, never the words (tester-voice13 #10)."""
    text = spoken(said)
    return held_choice(text) == "no" or never_mind(text) or _DECLINED.match(f"{text} ") is not None
