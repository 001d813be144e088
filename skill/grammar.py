"""Commitments said right: "your promise to call when late" when the commitment is named
by what is done, "your evening talk" when it is named by a thing."""

from __future__ import annotations

import re

from .speech import Language
from .speech_text import named

_VERB_WORDS = """
answer apologise apologize ask attend avoid be book bring buy call charge check clean close come
cook cut delete discuss do drop eat email end exercise feed finish get give
go have help hold hug introduce keep kiss leave let limit listen log look make meet
message move open pay phone pick plan practice practise prepare put read remember reply respect
respond return run say see send set share show sleep spend start stay stop
switch take talk tell text thank tidy turn unlock update use visit wait walk
wash watch write
"""
_VERBS = frozenset(_VERB_WORDS.split())
_ING_NOUNS = frozenset(("evening", "morning", "nothing", "something", "everything", "wedding", "spring", "thing"))
# Verbs that are adjectives too: before one bare noun they name a thing ("open phone",
# "clean kitchen": "your open phone"), while "open the post" or "clean up" is still done.
_ALSO_ADJECTIVES = frozenset(("open", "clean", "close", "clear", "free", "quiet", "calm", "slow", "early", "late"))
_NOT_A_NOUN = frozenset(
    [
        "up",
        "down",
        "out",
        "in",
        "on",
        "off",
        "back",
        "away",
        "over",
        "it",
        "them",
        "him",
        "her",
        "me",
        "us",
        "my",
        "our",
        "the",
        "a",
        "an",
        "your",
        "his",
        "their",
        "this",
        "that",
        "when",
        "before",
        "after",
        "by",
        "with",
        "to",
        "for",
        "at",
        "about",
        "every",
        "each",
        "all",
        "more",
        "less",
        "early",
        "late",
        "together",
        "home",
    ]
)
# A name that says how one will be, not a thing or a deed ("on time for talks", "home by six",
# "honest about money"): read as "your promise to be on time for talks", never "your on time ...".
_STATE_WORDS = frozenset(
    [
        "on",
        "in",
        "at",
        "home",
        "back",
        "there",
        "here",
        "honest",
        "available",
        "present",
        "patient",
        "kind",
        "calm",
        "reachable",
        "sober",
        "ready",
        "punctual",
        "truthful",
        "transparent",
        "faithful",
        "gentle",
        "polite",
        "respectful",
        "careful",
        "supportive",
        "reliable",
        "accountable",
        "early",
        "late",
        "upfront",
        "straight",
        "consistent",
        "off",
    ]
)
_STATE_AFTER = frozenset(("about", "with", "to", "by", "on", "at", "in", "for", "when", "before", "after"))
_DETERMINERS = re.compile(r"^(?:my|our|the|a|an|your|his|her|their)\s+", re.IGNORECASE)


def promise(language: Language, name: str, whose: str = "your") -> str:
    """ "your promise to call when late", "your promise of calling when late" or "your evening talk";
    `whose` "their" for the partner's ("their promise to call when late")."""
    words = _DETERMINERS.sub("", named(name)).strip()
    split = words.lower().split()
    first = split[0] if split else ""
    a_thing = first in _ALSO_ADJECTIVES and 2 <= len(split) <= 3 and not _NOT_A_NOUN.intersection(split[1:])
    second = split[1] if len(split) > 1 else ""
    if (first in _STATE_WORDS and not a_thing) or (first in _ALSO_ADJECTIVES and second in _STATE_AFTER):
        return language.say(f"{whose}_promise_to", name=f"be {words}")
    if a_thing:  # "open phone" alone reads as a phone that is open: "your open phone promise"
        key = f"{whose}_thing_promise" if len(split) == 2 else f"{whose}_thing"
    elif first in _VERBS or first in ("not", "never", "always"):
        key = f"{whose}_promise_to"
    elif first.endswith("ing") and first not in _ING_NOUNS:
        key = f"{whose}_promise_of"
    else:
        key = f"{whose}_thing"
    return language.say(key, name=words or name)


# The speaker's words read back to them: "I called when I was running late" -> "you called
# when you were running late" ("we" and names stay as said).
_TO_YOU = {
    "i": "you",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
}
_I_WAS = re.compile(r"\b(?:i|you) (?:was|am)\b", re.IGNORECASE)
_ME = re.compile(r"\b(?:" + "|".join(_TO_YOU) + r")\b(?!')", re.IGNORECASE)


# An idiom of a thing done to the speaker ("this traffic is killing me", "work is doing my head in"):
# read back as said, since "killing you" would turn its object onto the listener (tester-voice20).
_IDIOM_ON_ME = re.compile(
    r"((?:\bmy \w+ (?:is|are|was|were) )?\b(?:killing|murdering) me\b|\bdoing my head in\b|\bwearing me (?:out|down)\b|\bwinding me up\b"
    r"|\bdriving me (?:mad|crazy|nuts|insane|up the wall|round the bend|around the bend)\b)",
    re.IGNORECASE,
)


def to_you(said: str) -> str:
    """Words the speaker said about themself, as said back to them (an idiom of a thing done to them as said)."""
    parts = _IDIOM_ON_ME.split(said)  # the idioms at odd places, kept
    return "".join(part if place % 2 else _swapped(part) for place, part in enumerate(parts))


def _swapped(said: str) -> str:
    said = _I_WAS.sub(lambda m: "you were" if m[0].lower().endswith("was") else "you are", said)
    return _ME.sub(lambda m: _TO_YOU[m[0].lower()], said)
