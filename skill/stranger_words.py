"""A name said for who is speaking that is nobody in this couple ("actually this is Jordan", "wrong person,
I'm Jordan"): answered "I only know Alex and Sam here", never saved; and the words that look like such a
name and are not ("actually this is hard", "more talking")."""

from __future__ import annotations

import re

from trust_tracker.models.entities import Couple
from trust_tracker.models.steering_words import spoken

from .partner_names import partner_named, plausible_name
from .steering import says_who

# "Actually this is Jordan", "my name is Jordan", "Jordan speaking": someone says who is
# speaking. Only the words that say so count ("I'm tired" names nobody): after "this is" or
# "I'm", a repair word first ("actually", "sorry", "wrong person"), and a word that is not a
# name ("actually this is hard") is an answer.
_NAME_GIVEN = re.compile(r"^(?:my name is|you're talking to|you are talking to)\s")
# "Jordan here", "Jordan speaking": a name where one was asked; where none was, only a word that could be a
# name and never "talking" ("more talking", "less talking" answer "what went well?": code48, voice47's find).
_SPEAKING_NOW = re.compile(r"\s(?:here|speaking|talking)(?:\s|$)")
_ANNOUNCED = re.compile(r"\s(?:here|speaking)(?:\s|$)")
_NOT_A_NAME = frozenset(
    [
        "it",
        "that",
        "this",
        "same",
        "just",
        "me",
        "him",
        "her",
        "them",
        "us",
        "you",
        "we",
        "who",
        "what",
        "why",
        "how",
        "hard",
        "tough",
        "difficult",
        "easy",
        "fine",
        "good",
        "great",
        "bad",
        "awful",
        "nice",
        "weird",
        "strange",
        "silly",
        "stupid",
        "true",
        "right",
        "wrong",
        "better",
        "worse",
        "new",
        "all",
        "everything",
        "nothing",
        "something",
        "enough",
        "fun",
        "sad",
        "tiring",
        "exhausting",
        "scary",
        "important",
        "interesting",
        "different",
        "normal",
        "okay",
        "ok",
        "going",
        "working",
        "done",
        "over",
        "home",
        "nobody",
        "somebody",
        "everyone",
        "everybody",
        "someone",
        "anyone",
        "i",
        "i'm",
    ]
)


def stranger_named(couple: Couple, said: str, *, asked: bool = False) -> bool:
    """Whether these words say who is speaking, by a name that is nobody in this couple
    ("actually this is Jordan", "wrong person, I'm Jordan"): answered "I only know Alex and Sam
    here", never saved. `asked`: a name was asked for ("Who's answering?", a name slot), so "Jordan
    here" names Jordan whatever the word; where none was, "X here" or "X speaking" names only a word that
    could be a name (partner_names.plausible_name), and "X talking" none: answers stay answers."""
    found = says_who(said, [spoken(p.name) for p in couple.partners])
    if found is None or found[0] in _NOT_A_NAME or partner_named(couple, found[0]) is not None:
        return False
    words = spoken(said)
    if found[1] or _NAME_GIVEN.search(words):
        return True
    if asked:
        return _SPEAKING_NOW.search(words) is not None
    return _ANNOUNCED.search(words) is not None and plausible_name(found[0])


def stranger_in_slot(couple: Couple, said: str) -> bool:
    """Whether IdentifySpeakerIntent's slot names someone not in this couple ("Jordan")."""
    return stranger_named(couple, said, asked=True) or stranger_named(couple, f"my name is {said}")
