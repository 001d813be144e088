"""Which partner a name said aloud is: "Sam", "it's Sam", "yes, Sam here", and a name Alexa
heard a little differently ("Calum" for Callum, "Fionna" for Fiona, "Katherine" for Catherine):
its sound is compared, never its spelling, so any couple's names work in every locale."""

from __future__ import annotations

import functools
import re
import unicodedata

from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.steering_words import words_of

from .everyday_words import EVERYDAY

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
        "was",
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
        "now",
        "again",
        "actually",
        "instead",
    ]
)
# "I'm not Sam", "no, it isn't Sam": a name said with these is not an answer.
_NEGATIONS = frozenset({"not", "no", "isn't", "isnt", "nope", "never", "neither", "nor"})
# Spellings that sound alike, taken to one: "ph" as "f", a hard "c" as "k", "th" as "t", a
# soft "c" as "s", "y" as "i", "z" as "s", a silent last "e" dropped ("Joanne", "Danielle");
# then doubled letters as one.
_SOUNDS = tuple(
    (re.compile(spelled), said)
    for spelled, said in (
        ("ph", "f"),
        ("ck", "k"),
        ("th", "t"),
        ("c(?=[eiy])", "s"),
        ("[cq]", "k"),
        ("y", "i"),
        ("z", "s"),
        ("(?<=[^aeiou])e$", ""),
    )
)
_DOUBLED = re.compile(r"(.)\1+")
MIN_SOUNDED = 4  # shorter words are compared as spelled: "sam" is not "same"


# Every request that names someone sounds the couple's names and the words said, a word at a
# time, nine substitutions each: the words recur (the names, "yes", "it's"), so kept, a few thousand.
@functools.lru_cache(maxsize=4096)
def sound(word: str) -> str:
    """How a word of a name sounds, roughly: "callum" and "calum" are "kalum"."""
    if len(word) < MIN_SOUNDED:
        return word
    for spelled, said in _SOUNDS:
        word = spelled.sub(said, word)
    return _DOUBLED.sub(r"\1", word)


def folded(text: str) -> list[str]:
    """A name's words as Alexa writes them: lower case, no accents, hyphens as spaces ("Jo-Ann",
    "Tomás" and "jo ann", "tomas" are one)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return words_of(plain.lower().replace("'s", " s"))


_AROUND, _NEGATED = frozenset(map(sound, _AROUND_A_NAME)), frozenset(map(sound, _NEGATIONS))


def _matches(said: list[str], name: list[str]) -> list[bool]:
    """How closely the words said are this name, tried closest first: the name exactly as
    spelled (its words or run together: "joann" is Jo-Ann), then as it sounds, then a part of
    it as spelled, then as it sounds ("mary" of Mary-Kate)."""
    sounded, name_sounded = [sound(w) for w in said], [sound(w) for w in name]
    return [
        said == name or "".join(said) == "".join(name),
        sounded == name_sounded or sound("".join(said)) == sound("".join(name)),
        set(said) <= set(name),
        set(sounded) <= set(name_sounded),
    ]


def partner_named(couple: Couple, said: str) -> Partner | None:
    """The partner of this couple whose name was said ("it's Sam", "sam"); None if unclear.

    The words must be a name and little else: "I'm having a hard day" or "I'm not Sam"
    name nobody, even when a partner is called Hard or Sam. When both names could be meant
    ("jo" of Jo and Jo-Ann), the closer reading wins ("jo" is Jo, "jo ann" Jo-Ann); never a guess
    between two equally close.
    """
    words = folded(said or "")
    if not words or {sound(w) for w in words} & _NEGATED:
        return None
    partners = list(couple.partners)
    names = [folded(p.name) for p in partners]
    # The words around a name are dropped, unless the name is one of them ("it's Will").
    named = [w for w in words if sound(w) not in _AROUND or any(w in name for name in names)]
    if not named:
        return None
    closeness = [_matches(named, name) if name else [False] * 4 for name in names]
    # An everyday word is a name only as spelled: "same" is not Sam, though it sounds so.
    by_sound = any(map(plausible_name, named))
    for level in range(4) if by_sound else (0, 2):
        found = [p for p, close in zip(partners, closeness, strict=True) if close[level]]
        if found:
            return found[0] if len(found) == 1 else None
    return None


_SE_BEFORE_A_OR_O = re.compile(r"^se(?=[ao])")
_VOWEL_H_W_OR_Y = re.compile(r"[aeiouhwy]")


def _skeleton(word: str) -> str:
    """A name's sound loosely: its first letter and its consonants but h, w and y, "v" as "f", an
    Irish "se" before a vowel as "sh" ("Seán" and "Shawn", "Catherine" and "Kathryn", "Stephen"
    and "Steven" are one)."""
    said = sound(_SE_BEFORE_A_OR_O.sub("sh", word))
    return said[:1] + _VOWEL_H_W_OR_Y.sub("", said[1:]).replace("v", "f")


_COMMON_START = 3  # "Dani" begins as Dan and Danielle do; "Danny" and "Dave" share only "da"


def sounds_like(couple: Couple, said: str) -> list[Partner]:
    """Who a name heard differently may be, said alone to "Is this Alex or Sam?" (only there: read
    loosely, a word elsewhere is no name): every partner whose name begins as it does when that is
    both ("Dani": Dan and Danielle), else the one whose name sounds like it, loosely ("Shawn" for
    Seán); none when it is like nobody's, or only begins as one name does."""
    words = [w for w in folded(said or "") if sound(w) not in _AROUND]
    if len(words) != 1 or len(words[0]) < 2:
        return []
    heard = sound(words[0])
    begins = []
    for partner in couple.partners:
        name = sound("".join(folded(partner.name)))
        shared = next(
            (i for i, (x, y) in enumerate(zip(heard, name, strict=False)) if x != y), min(len(heard), len(name))
        )
        if shared >= min(_COMMON_START, len(name), len(heard)):
            begins.append(partner)
    if len(begins) > 1:
        return begins
    alike = [p for p in couple.partners if _skeleton("".join(folded(p.name))) == _skeleton(words[0])]
    # One name it only begins as ("Jojo" of Jo, not quite Joanne) is no answer: asked again, never a
    # guess; nor is an everyday word that sounds like one ("some" is not Sam).
    return alike if len(alike) == 1 and len(_skeleton(words[0])) > 1 and plausible_name(words[0]) else []


# Endings of words that describe or do, never a first name's: "annoying", "wonderful", "ridiculous".
_NOT_A_NAME_ENDING = re.compile(r".{3,}(?:ing|ful|less|ous|ness|ment|[ai]ble)")


def plausible_name(word: str) -> bool:
    """Whether a word heard in a name slot could be someone's name: not an everyday word ("great",
    "so", "some"), nor a word that describes ("annoying"), nor one said around a name ("here")."""
    return bool(word) and word not in EVERYDAY and not _NOT_A_NAME_ENDING.fullmatch(word) and sound(word) not in _AROUND
