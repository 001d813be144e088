"""Words said right after the help lines that say the moment has passed ("thank you, I'm okay now,
it was a bad moment", "thanks, I'm fine", "just a bad night"): acknowledged kindly, once, with no
second round of the help lines and no menu (voice19, tester find 5). Read only while the pause
offer is the question (skill/safety.py), and only when the words are not distress again."""

from __future__ import annotations

import re

from trust_tracker.models.steering_words import spoken

_SETTLED = re.compile(
    r"\b(?:(?:i'm|i am|im|i feel|feeling|i'll be) (?:a bit |a little |much |so much )?(?:okay|ok|fine|alright|all right|"
    r"better|calmer|safe)|(?:just )?(?:a|one of those) (?:bad|rough|hard|dark|tough|weird|low) (?:moment|minute|day|night|"
    r"patch|time|evening|days)|thank you|thanks|cheers|i've calmed down|it's passed|it passed)\b"
)


# Someone else in the words ("thank you, he scares me" heard as "{name} scares me"): never settled.
_SOMEONE = re.compile(r"\b(?:he|she|him|her|they|them|he's|she's|they're|husband|wife|partner|boyfriend|girlfriend)\b")


def settled(said: str) -> bool:
    """Whether the words say the moment has passed (see the module's docstring), about no one else."""
    words = spoken(said)
    return _SETTLED.search(words) is not None and _SOMEONE.search(words) is None
