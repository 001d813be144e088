"""Stored and spoken words made ready for the voice: what is said of a note or a name, cut
to a clean phrase, and escaped for SSML. The phrases themselves live in speech.py.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from ask_sdk_model import Response

# What an SSML document cannot hold (XML 1.0 forbids most control characters, surrogates
# and U+FFFE/U+FFFF; DEL and C1 controls are not words): text written on the site, such
# as a commitment's name, may carry them from before the forms refused them.
_NOT_SSML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


# Emoji and pictographs are not words, nor are format characters (a right-to-left override): a
# note is stored as typed, and spoken without them.
_NOT_SPOKEN = frozenset(("So", "Sk", "Co", "Cn", "Cf"))
# The same for text in ASCII (most of what is said), dropped by one translate instead of a
# look-up per character: "^" and "`".
_ASCII_NOT_SPOKEN = {code: None for code in range(128) if unicodedata.category(chr(code)) in _NOT_SPOKEN}
_JOINERS = re.compile("[\u200d\ufe0e\ufe0f\u20e3]|[\U0001f3fb-\U0001f3ff]")
# A lone lower-case "i" echoed from a slot ("even though i didn't"), said as the pronoun.
_LOWER_I = re.compile(r"(?<![\w'’])i(?=(?:['’](?:m|ve|d|ll))?(?![\w'’]))")


_STOPS_AFTER_ELLIPSIS = re.compile(r"…\s*[.!?,;:]+")
_SPACES_BEFORE_STOP = re.compile(r" +([.,;:!?])")
_SPACES = re.compile(" {2,}")


def spoken(text: str) -> str:
    """What is said aloud of `text`: emoji and symbols dropped, the pronoun "I" capitalised,
    no full stop after an ellipsis, no space before a stop or two in a row."""
    if text.isascii():
        kept = text.translate(_ASCII_NOT_SPOKEN)
    else:
        kept = "".join(ch for ch in _JOINERS.sub("", text) if unicodedata.category(ch) not in _NOT_SPOKEN)
    kept = _LOWER_I.sub("I", kept)
    kept = _STOPS_AFTER_ELLIPSIS.sub("…", kept)
    return _SPACES_BEFORE_STOP.sub(r"\1", _SPACES.sub(" ", kept))


def ssml_text(text: str) -> str:
    """Plain words as SSML text (spoken()): what XML cannot hold removed, the rest escaped."""
    return escape(spoken(_NOT_SSML.sub("", text)))


_SPEAK = re.compile(r"^<speak>(?P<inner>.*)</speak>$", re.DOTALL)


def said_ssml(response: Response) -> str:
    """What the response says, as SSML without its <speak> wrapper (to say more after it)."""
    ssml = getattr(response.output_speech, "ssml", None)
    found = _SPEAK.match(ssml) if isinstance(ssml, str) else None
    return found["inner"] if found else ""


def brief(text: str, limit: int = 120) -> str:
    """One line of at most `limit` characters, cut at a word: people and contracts ramble."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut + "…"


def clause(text: str, limit: int = 120) -> str:
    """A name to use mid-sentence: "Call when late." -> "Call when late" (no closing stop)."""
    return brief(text, limit).rstrip(".!?;: ")


# A stored note or form read aloud: its first words, up to a clean break; a commitment's
# name (its text when it has no short name) in fewer.
EXCERPT_WORDS = 12
NAME_WORDS = 8
_BREAK = re.compile(r"[.!?;:,—–]$")
# Words that open a clause ("… it was raining so we stayed in"): a cut before them ends one.
_OPENS_CLAUSE = frozenset(["and", "but", "so", "because", "when", "while", "then", "after", "before", "until", "since"])
# Words a phrase does not end on: a cut at a word backs off them ("without shouting at each…" is
# "without shouting…"), so what is read back is a whole phrase.
_DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "of",
        "at",
        "in",
        "on",
        "for",
        "with",
        "and",
        "or",
        "but",
        "so",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "its",
        "each",
        "every",
        "about",
        "from",
        "by",
        "that",
        "which",
        "who",
        "when",
        "while",
        "because",
        "as",
        "if",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "i",
        "we",
        "he",
        "she",
        "they",
        "it",
        "not",
        "no",
        "very",
        "really",
        "just",
        "than",
        "then",
        "into",
        "onto",
        "over",
        "after",
        "before",
    ]
)


def excerpt(text: str, words: int = EXCERPT_WORDS) -> str:
    """The first words of stored text, to say mid-sentence: whole when short ("we cooked
    together"), else cut at the last clean break (a sentence or clause end) within `words`
    words, or at a word, and marked "…"; never a closing stop."""
    said = clause(text, 100_000).split()
    if len(said) <= words:
        return " ".join(said)
    head = said[:words]
    breaks = [n for n, word in enumerate(head[:-1], 1) if _BREAK.search(word) and n >= words // 2]
    # Heard words have no commas: the clause ends before the word that opens the next one.
    breaks = breaks or [n for n in range(words // 2, words) if head[n].lower() in _OPENS_CLAUSE]
    cut = head[: breaks[-1]] if breaks else head
    while not breaks and len(cut) > words // 2 and cut[-1].lower() in _DANGLING:
        cut = cut[:-1]
    return " ".join(cut).rstrip(".!?;:,—– ") + "…"


def named(text: str) -> str:
    """A commitment's name said mid-sentence: "call when late", or the first words of a long text."""
    return excerpt(text, NAME_WORDS)


def sentence_case(text: str) -> str:
    """Stored words said after a comma: "A one-line text" -> "a one-line text"; "I", names and
    initials ("SMS") kept as written."""
    first = text.split(" ", 1)[0]
    if first == "I" or first.startswith(("I'", "I’")) or first[1:2].isupper() or not first[:1].isupper():
        return text
    return text[:1].lower() + text[1:]
