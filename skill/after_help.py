"""Words said right after the help lines that say the moment has passed ("thank you, I'm okay now,
it was a bad moment", "thanks, I'm fine", "just a bad night"): acknowledged kindly, once, with no
second round of the help lines and no menu (voice19, tester find 5). Read only while the pause
offer is the question (skill/safety.py), and only when the words are not distress again.

And words said with distress that say the speaker must go now ("he's at the door, I have to go"): the help lines
are said and the session ends, no question left open on a device the partner may hear (tester-voice40)."""

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


# Going now: said last, or before "now", "before", or the one who is coming ("i have to go before he hears").
_NOW = r"(?= *$| (?:now|right now|quick|quickly|before|bye|he|she|they|sorry)\b)"
_MUST_GO = re.compile(
    r"\b(?:(?:i|we) (?:have to|have got to|got to|gotta|need to|must|better|had better)|(?:i've|we've|i ve|we ve) got "
    rf"to) (?:go|hang up|stop talking){_NOW}|\b(?:i|we) (?:can not|can't|cannot) (?:talk|speak)"
    rf"(?: (?:now|right now|any more|anymore))?{_NOW}"
)


def must_go(said: str) -> bool:
    """Whether the words say the speaker must go or stop talking now (see the module's docstring)."""
    return _MUST_GO.search(spoken(said)) is not None
