"""Text people write: the one rule of what it may hold, which each interface applies at its
boundary (the site's forms, the skill's slots) with its own way of saying so."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

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


# Names that are also everyday words ("I will call"): their spoken lower case is left as it is.
_NAMES_THAT_ARE_WORDS = frozenset({"will", "may", "can", "an", "so"})
_PRONOUN_I = re.compile(r"\bi(?=$|[\s,.!?;:]|'(?:m|ve|d|ll)\b)")


def written_from_speech(text: str, names: list[str]) -> str:
    """Words Alexa heard (all lower case) as they are written: the first letter a capital, the
    pronoun "I", and the couple's names as they spell them ("alex read my journal" -> "Alex read
    my journal"); nothing else is guessed at, so no other word gains a capital."""
    for name in names:
        if name and name.lower() not in _NAMES_THAT_ARE_WORDS:
            found = re.compile(rf"(?<![\w'-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
            text = found.sub(name.replace("\\", "\\\\"), text)  # the name as spelled, taken literally
    text = _PRONOUN_I.sub("I", text)
    return text[:1].upper() + text[1:]
