"""Which partner a name said aloud is: "Sam", "it's Sam", "yes, Sam here", and a name Alexa
heard a little differently ("Calum" for Callum, "Fionna" for Fiona, "Katherine" for Catherine):
its sound is compared, never its spelling, so any couple's names work in every locale."""

from __future__ import annotations

import re

from trust_tracker.models.entities import Couple, Partner

# Words people say around their name when asked "Is this Alex or Sam?" ("it's Sam", "yes, Sam here").
_AROUND_A_NAME = frozenset(
    [
        "yes",
        "yeah",
        "yep",
        "hi",
        "hello",
        "hey",
        "oh",
        "it",
        "its",
        "it's",
        "is",
        "this",
        "that",
        "i",
        "i'm",
        "im",
        "am",
        "me",
        "here",
        "speaking",
        "my",
        "name",
        "s",
        "you",
        "are",
        "talking",
        "to",
        "with",
        "the",
        "um",
        "uh",
    ]
)
# "I'm not Sam", "no, it isn't Sam": a name said with these is not an answer.
_NEGATIONS = frozenset({"not", "no", "isn't", "isnt", "nope", "never", "neither", "nor"})
# Spellings that sound alike, taken to one: "ph" as "f", a hard "c" as "k", "th" as "t", a
# soft "c" as "s", "y" as "i", "z" as "s"; then doubled letters as one.
_SOUNDS = (("ph", "f"), ("ck", "k"), ("th", "t"), ("c(?=[eiy])", "s"), ("[cq]", "k"), ("y", "i"), ("z", "s"))
MIN_SOUNDED = 4  # shorter words are compared as spelled: "sam" is not "same"


def sound(word: str) -> str:
    """How a word of a name sounds, roughly: "callum" and "calum" are "kalum"."""
    if len(word) < MIN_SOUNDED:
        return word
    for spelled, said in _SOUNDS:
        word = re.sub(spelled, said, word)
    return re.sub(r"(.)\1+", r"\1", word)


def _sounds(text: str) -> set[str]:
    return {sound(word) for word in re.findall(r"[a-z0-9']+", text.lower().replace("'s", " s"))}


_AROUND, _NEGATED = frozenset(map(sound, _AROUND_A_NAME)), frozenset(map(sound, _NEGATIONS))


def partner_named(couple: Couple, said: str) -> Partner | None:
    """The partner of this couple whose name was said ("it's Sam", "sam"); None if unclear.

    The words must be a name and little else: "I'm having a hard day" or "I'm not Sam"
    name nobody, even when a partner is called Hard or Sam.
    """
    words = _sounds(said or "")
    if not words or words & _NEGATED:
        return None
    found = [p for p in couple.partners if _sounds(p.name) & words]
    if len(found) != 1:
        return None
    name_words = _sounds(found[0].name)
    return found[0] if words <= name_words | _AROUND else None
