"""Replies that point into the list just read out rather than name a promise: "the second one",
"number two", "that one", "both", "all of them", "none of those". Which promise a reply names is
skill/understanding.py's; it asks here first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trust_tracker.models.entities import ContractItem
from trust_tracker.models.request_words import ALL_OF_THEM
from trust_tracker.models.steering_words import spoken

# "None of those", "something else": the entry is kept unattached, with the words said.
_NONE_OF_THOSE = re.compile(
    r"^(?:no|nope|neither|none|none of (?:those|them|these)|something else|another one|"
    r"a different one|other|not (?:those|that|them|any of (?:those|them)))$"
)
_ORDINALS = {
    "first": 0,
    "one": 0,
    "1st": 0,
    "second": 1,
    "two": 1,
    "2nd": 1,
    "third": 2,
    "three": 2,
    "3rd": 2,
    "fourth": 3,
    "four": 3,
    "4th": 3,
    "fifth": 4,
    "five": 4,
    "5th": 4,
    "sixth": 5,
    "six": 5,
    "6th": 5,
    "last": -1,
}

_LETTERS_WORD = re.compile(r"[a-z']+")


def none_of_those(said: str) -> bool:
    """ "None of those", "something else": an answer to "which one?" that picks none."""
    return bool(_NONE_OF_THOSE.match(" ".join(_LETTERS_WORD.findall(said.lower()))))


_POINTING = set(_ORDINALS) | {
    "the",
    "one",
    "number",
    "it",
    "that",
    "this",
    "option",
    "those",
    "them",
    "of",
    "both",
    "all",
    # A thing pointed at and the fillers round it: "the thing", "um, you know, that one" (tester-voice31 E1).
    "thing",
    "um",
    "uh",
    "erm",
    "er",
    "you",
    "know",
    "like",
    "just",
    "mean",
}


_ALL_OF_THEM = re.compile(rf"^(?:i )?(?:(?:kept|did|missed|forgot|broke) )?{ALL_OF_THEM}(?: today)?$")


_BOTH = re.compile(r"\bboth\b")
# One promise, not named: "I missed one of my promises", "I kept one of them" (tester-voice41 S3).
_ONE_OF_THEM = re.compile(
    r"^(?:i )?(?:(?:kept|did|missed|forgot|broke) )?(?:just |only )?(?:one|a|one of (?:them|those|my promises|my "
    r"commitments|the promises))(?: today)?$"
)


def one_of_them(said: str) -> bool:
    """ "One of my promises", "just one": a single promise, not yet named."""
    return _ONE_OF_THEM.match(spoken(said)) is not None


def all_of_them(said: str) -> str | None:
    """ "All of them", "everything": "all"; "both" (or "both of them"): "both", which means
    every one only when there are two; None for anything else."""
    words = spoken(said)
    if not _ALL_OF_THEM.match(words):
        return None
    return "both" if _BOTH.search(words) else "all"


def points_at(said: str) -> bool:
    """ "The second one", "that one", "both": words that point into a list, naming nothing."""
    words = spoken(said).split()
    return bool(words) and set(words) <= _POINTING


# "I don't know", "no idea which": a reply to "which one?" that names nothing and tells nothing of its own.
_NOT_KNOWN = re.compile(
    r"^(?:(?:um+|uh+|erm|well|honestly|sorry|i mean|oh) )*(?:i (?:do not|don't|dont) know|i'm not sure|i am not sure|"
    r"not sure|no idea|i have no idea|i've no idea|dunno|i dunno|i (?:can't|cannot|can not) remember|i forget|"
    r"who knows|hard to say)(?: (?:which|which one|really|to be honest|sorry))*$"
)


def not_known(said: str) -> bool:
    """ "I don't know", "no idea which one": no promise named, and nothing told to keep."""
    return _NOT_KNOWN.match(spoken(said)) is not None


_LETTERS_AND_DIGITS = re.compile(r"[a-z0-9]+")


def ordinal_picked(said: str, offered: Sequence[ContractItem]) -> ContractItem | None:
    """ "The first one", "the second", "number two": one of the commitments just offered."""
    words = _LETTERS_AND_DIGITS.findall(said.lower())
    if (
        not offered
        or not words
        or len(words) > 4
        or not set(words) <= set(_ORDINALS) | {"the", "one", "number", "it", "was", "that", "option"}
    ):
        return None
    position = next((_ORDINALS[w] for w in words if w in _ORDINALS and w != "one"), None)
    # "One" and "number one" count the first; "the one" points at none (tester-voice21 #8).
    if position is None and words in (["one"], ["number", "one"]):
        position = 0
    if position is None or position >= len(offered):
        return None
    return offered[position]
