"""Text people write: the one rule of what it may hold, which each interface applies at its
boundary (the site's forms, the skill's slots) with its own way of saying so."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .entities import Partner

from .couple_patterns import compiled

# NUL is an error on PostgreSQL, and any control character makes the skill's speech (SSML)
# invalid when the text is read aloud. The bidirectional embeddings, overrides and isolates
# (U+202A-U+202E, U+2066-U+2069) turn around what follows them where the partner reads it, a
# name or a note and the site's own words after it; typing right-to-left never needs them
# (the browser sets the direction; the marks U+200E and U+200F stay allowed).
_BIDI = "\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(rf"[\x00-\x1f\x7f-\x9f{_BIDI}]")
# In long text a line break or a tab is writing (a browser sends a line break as \r\n).
_CONTROL_IN_LONG_TEXT = re.compile(rf"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]")

# What shows nothing on its own: spaces, controls and format characters (zero-width ones, the
# soft hyphen, tags), marks with nothing to sit on, and the letters drawn blank.
_UNSEEN_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me"})
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


# What shows nothing and only hides or splits a word ("he h\u200burts me"): the zero-width space, the word
# joiner and the invisible operators, a byte order mark, the Mongolian vowel separator, interlinear
# annotation marks; and the non-characters (U+FFFE, U+FDD0 …), which are never text. Dropped from what
# people type, as the distress reading drops them, so what is saved is what the reader sees
# (tester-web45 F6). The joiners that writing needs (U+200C, U+200D: Persian, Devanagari, emoji) stay.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
_HIDDEN = re.compile(f"[\u200b\u2060-\u2064\ufeff\u180e\ufff9-\ufffb{_NONCHARACTERS}]")


def without_hidden(text: str) -> str:
    return _HIDDEN.sub("", text)


def has_control_characters(text: str, *, long_text: bool = False) -> bool:
    return (_CONTROL_IN_LONG_TEXT if long_text else _CONTROL).search(text) is not None


def shows_nothing(text: str) -> bool:
    """True when nothing in `text` can be seen (it may be empty): such text is no text."""
    return all(c in _BLANK_LETTERS or unicodedata.category(c) in _UNSEEN_CATEGORIES for c in text)


WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day(value: date) -> str:
    """A day as the whole site writes it: Wed 25 Nov 2026. The names come from tables, not
    strftime (%a, %b: ten times slower, and a calendar of 26 weeks writes hundreds of them)."""
    return f"{WEEKDAY_ABBREVIATIONS[value.weekday()]} {value.day} {MONTH_ABBREVIATIONS[value.month - 1]} {value.year}"


def month(value: date) -> str:
    """A month as the whole site writes it: November 2026."""
    return f"{MONTH_NAMES[value.month - 1]} {value.year}"


def quoted(label: str, text: str) -> str:
    """' What triggered it: “My phone died.”' : a sentence ending in a quotation, with one
    full stop, not a second after the quotation's own."""
    return f" {label}: “{text}”" + ("" if text.endswith((".", "!", "?", "…")) else ".")


# Names that are only ever written lower case: modal verbs and little words ("I will call").
_NAMES_THAT_ARE_WORDS = frozenset({"will", "may", "can", "an", "so"})
# Names that are also everyday words ("with good grace", "to be frank", "I hope"): written as the
# name only where they can be nothing but a person (`_as_a_person`); any other name, always.
_WORDS_THAT_ARE_NAMES = frozenset(
    re.findall(
        r"\w+",
        "grace faith frank hope joy rose mark bill pat art sue summer dawn amber ruby jack sandy rich chase drew "
        "ray iris holly ivy daisy lily violet crystal destiny honor honour patience prudence charity mercy "
        "constance grant hunter august june april sky river penny ginger robin jay jean dean gene miles rob "
        "nick guy reed wade cliff heath glen sunny angel star autumn brook storm bliss harmony felicity",
    )
)
# Where a word-name is a person: before "'s" or a verb in the past ("grace brought", "frank's"),
# or after a verb done to someone or a word that leads to one ("texted grace", "proud of frank").
_PERSON_AFTER = re.compile(
    r"(?:'s\b| (?:and i|and me|was|has|had|did|does|is here|is home|brought|bought|made|took|sent|gave|came|"
    r"went|got|said|told|kept|left|found|rang|drove|ran|met|let|put|paid|cooked|[a-z]+ed)\b)",
    re.IGNORECASE,
)
# Before the word, these make it the word whatever follows: "saving grace was", "my hope was".
_WORD_BEFORE = re.compile(
    r"\b(?:the|a|an|my|our|your|his|her|their|its|no|some|any|good|bad|saving|with|of|lost|have|had|keep|kept|"
    r"say|said|full|new|big|little|old|be)\s+$",
    re.IGNORECASE,
)
_PERSON_BEFORE = (
    r"texted|messaged|called|rang|phoned|told|asked|sent|gave|thanked|hugged|kissed|helped|met|love|loved|miss|"
    r"missed|thank|tell|ask|text|call|ring|send|give|and|to|from|in|about|at|me and|proud of|thought of"
)


def _as_a_person(name: str, text: str) -> str:
    """`text` with the word-name `name` written as spelled where it is a person."""
    found = compiled(rf"(?P<lead>\b(?:{_PERSON_BEFORE}) )?(?<![\w'-]){re.escape(name)}(?![\w-])", re.IGNORECASE)

    def person(said: re.Match[str]) -> str:
        lead = said["lead"] or ""
        after = _PERSON_AFTER.match(text, said.end()) and not _WORD_BEFORE.search(text, 0, said.start())
        return lead + name if lead or after else said[0]

    return found.sub(person, text)


_PRONOUN_I = re.compile(r"\bi(?=$|[\s,.!?;:]|'(?:m|ve|d|ll)\b)")


def written_from_speech(text: str, names: list[str]) -> str:
    """Words Alexa heard (all lower case) as they are written: the first letter a capital, the
    pronoun "I", and the couple's names as they spell them ("alex read my journal" -> "Alex read
    my journal"); nothing else is guessed at, so no other word gains a capital."""
    for name in names:
        if not name or name.lower() in _NAMES_THAT_ARE_WORDS:
            continue
        if name.lower() in _WORDS_THAT_ARE_NAMES:
            text = _as_a_person(name, text)
            continue
        found = compiled(rf"(?<![\w'-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
        text = found.sub(name.replace("\\", "\\\\"), text)  # the name as spelled, taken literally
    text = _PRONOUN_I.sub("I", text)
    return text[:1].upper() + text[1:]


def heard_from(partner: Partner, text: str) -> str:
    """What `partner` said by voice (a note, a check-in answer, a reflection) as it is written,
    with their couple's names: one rule for every text the skill saves."""
    return written_from_speech(text, [p.name for p in partner.couple.partners])
