"""The rule for a new password, wherever one is set (sign-up, joining, reset, change).

Long enough, not a common password, not built on the person's own name or email, and not
easy to guess by the patterns guessing programs try first: repeats ("ababababab"),
sequences ("1234567890"), keyboard rows, dictionary words with digits ("password123").
The last is zxcvbn's estimate (Dropbox's password strength estimator), which says why,
judged on what is left without the names of the person and their partner, found across
spaces and separators, in any case and backwards ("ilovewren2024", "i love wren 2024" and
"I-love-NERW-2024" for Wren's partner are "ilove2024"), without its accents ("zoe" for Zoë), in common
leetspeak ("wr3n"), and a name of two letters ("Jo") as a word of its own; what is left once a name was taken
out must hold on its own against someone who tries that name first (a stricter score); one word with a year and perhaps a symbol ("Leeds2024!",
"Summer2025!") is refused by its own rule too, as the sign-up hint says, since zxcvbn lets
a place name through.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from zxcvbn import zxcvbn

from .errors import ValidationError

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 200
# zxcvbn's scores run 0-4; 3 and up take more than a hundred million guesses ("safely
# unguessable" is its own word for 3). At 2 a common word with a year passed ("Sunshine2024"):
# the log-in's throttle holds it off online, but not offline against a stolen hash.
MIN_SCORE = 3
# zxcvbn's time grows steeply with length (200 random characters took a minute): it judges
# this much, and a password whose first 40 characters are hard to guess is hard to guess.
JUDGED_LENGTH = 40
# What is left once a name was found must be safely unguessable by zxcvbn's top score: whoever knows the
# couple tries the name first, so the rest is all there is to guess ("my wren 4ever 2024" left "my4ever2024",
# a score of 3 by a hair: tester-web49).
MIN_SCORE_WITHOUT_NAMES = 4
# What is left of a password once its owner's name and email words are taken out.
MIN_OWN_PART = 6
# Names this short ("Jo", "Al") are found only as words of their own ("i love jo", "jo2024"), never inside
# another word ("enjoy", "always"); email words this short are no one's name.
SHORT_NAME = 2
NAME_LENGTH = 3
# Common leetspeak: what each character can stand for in a name ("wr3n", "z0e", "@l").
_LEET = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", "$": "s", "!": "i"}

# One run of letters with only digits, symbols and spaces around it, at most MAX_WORD_TAIL of them.
_ONE_WORD = re.compile(r"[\W\d_]*([^\W\d_]+)[\W\d_]*")
MAX_WORD_TAIL = 6
_YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")
_WORDS = re.compile(r"[^\W_]+")
_STRAIGHT_QUOTES = re.compile(r'"([^"]*)"')


@cache
def _common_passwords() -> frozenset[str]:
    lines = Path(__file__).with_name("common_passwords.txt").read_text().splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _as_judged(password: str) -> str:
    """The password as its rules see it: NFKC-normalised (so look-alike and full-width
    forms are the letters they stand for), without invisible format characters such as
    zero-width spaces and joiners, which add length but no strength."""
    normal = unicodedata.normalize("NFKC", password or "")
    return "".join(c for c in normal if unicodedata.category(c) != "Cf")


# Letters that are no accented letter to NFKD, as a keyboard without them writes them (tester-web51: "soren4ever2024").
_SPELLED_OUT = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"})
# A name's umlauts are written "ue" as often as "u" ("Jürgen": jurgen, juergen).
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _folded(text: str, umlauts: bool = False) -> str:
    """Lower case without accents ("Zoë", "ZOE" and "zoe" alike; "Søren" as "soren"): a name is guessed
    without them. `umlauts`: "ü" as "ue", not "u". `text` NFKC-normalised (an umlaut one character)."""
    lowered = text.lower().translate(_UMLAUTS) if umlauts else text.lower()
    return "".join(
        c for c in unicodedata.normalize("NFKD", lowered.translate(_SPELLED_OUT)) if not unicodedata.combining(c)
    )


def _personal_words(personal: Iterable[str]) -> list[str]:
    """The words of a name or email ("alex.new@example.com": alexnew, alex, new, example, com),
    the whole local part too, longest first so it is taken out before its pieces; a name's
    words of two letters too ("Jo"), found only as words of their own (`_name_spans`)."""
    words: set[str] = set()
    spellings = (
        _folded(unicodedata.normalize("NFKC", t or ""), umlauts) for t in personal for umlauts in (False, True)
    )
    for text in spellings:
        local, at, domain = text.partition("@")
        shortest = NAME_LENGTH if at else SHORT_NAME
        words.update(w for w in [*_WORDS.findall(local), "".join(_WORDS.findall(local))] if len(w) >= shortest)
        words.update(w for w in _WORDS.findall(domain) if len(w) >= NAME_LENGTH)
    return sorted(words, key=len, reverse=True)


def _own_part(password: str, words: list[str]) -> str:
    """The letters and digits of the password that are not the person's own name or email."""
    left = "".join(_WORDS.findall(password.lower()))
    for word in words:
        left = left.replace(word, "").replace(word[::-1], "")
    return left


def _word_and_year(password: str) -> bool:
    """One word with a year and perhaps a symbol around it ("Leeds2024!", "2025Sydney!"): the
    letters alone easy to guess, and only a few characters more, a year among them. zxcvbn lets
    these through at its score 3 when the word is a place it does not know in full."""
    found = _ONE_WORD.fullmatch(password)
    rest = password.replace(found[1], "", 1) if found else ""
    if found is None or len(rest) > MAX_WORD_TAIL or not _YEAR.search(rest):
        return False
    return bool(zxcvbn(found[1][:JUDGED_LENGTH])["score"] < MIN_SCORE)


def _without(password: str, words: list[str]) -> str:
    """The password without these words (in any case), its spaces and symbols kept: what is left to
    guess once an email's words are known ("a long browser password" for browser.example)."""
    # Found by lower case, never by a pattern built from each word (one compiled per request).
    for word in words:
        if len(password.lower()) != len(password):  # a letter whose lower case is longer: compared lowered
            password = password.lower()
        while (at := password.lower().find(word)) >= 0:
            password = password[:at] + password[at + len(word) :]
    return password


def _without_names(password: str, names: list[str]) -> str | None:
    """What is left to guess once these names are known; None when no name is there. A name is
    found across spaces and separators, in any case, without its accents, in leetspeak, with
    digits around it, and written backwards ("i love wren 2024", "W-R-E-N 2024", "wr3n", "nerw2024"):
    what is left is then the password's letters, digits and leetspeak symbols without it
    ("ilove2024"), which guessing programs try as they try the name."""
    # Each kept character with where it stands in the password: a short name must stand alone there.
    kept = [(at, c) for at, c in enumerate(password) if c.isalnum() or c in _LEET]
    compact = "".join(c for _, c in kept)
    taken = [False] * len(compact)
    for name in (n for w in names for n in dict.fromkeys((w, w[::-1]))):
        for start in _name_spans(compact, name):
            first, last = kept[start][0], kept[start + len(name) - 1][0]
            if len(name) < NAME_LENGTH and not _alone(password, first, last):
                continue
            taken[start : start + len(name)] = [True] * len(name)
    if not any(taken):
        return None
    return "".join(c for c, gone in zip(compact, taken, strict=True) if not gone)


def _name_spans(compact: str, name: str) -> Iterable[int]:
    """Where `name` starts in `compact`, each letter as itself or a leetspeak character standing for it."""
    for start in range(len(compact) - len(name) + 1):
        if all(c == n or n in _LEET.get(c, "") for c, n in zip(compact[start:], name, strict=False)):
            yield start


def _alone(password: str, first: int, last: int) -> bool:
    """Whether password[first:last + 1] has no letter on either side: a word of its own ("jo", "jo2024")."""
    before = password[first - 1] if first else " "
    after = password[last + 1] if last + 1 < len(password) else " "
    return not (before.isalpha() or after.isalpha())


def check_password(password: str, personal: Iterable[str] = (), close: Iterable[str] = ()) -> None:
    """Raises ValidationError, saying why, unless `password` is fit to be set; `personal` is
    the person's name and email, which a password must not be built on; `close` the names
    of the people nearest them (their partner, whoever invited them), which anyone who knows
    them would try first: what is left without all of these must be hard to guess on its own.
    Judged without invisible characters; the password itself is kept as typed."""
    password = _as_judged(password)
    plain = _folded(password)  # names are guessed without their accents
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"Passwords need at least {MIN_PASSWORD_LENGTH} characters.")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(f"Passwords can be at most {MAX_PASSWORD_LENGTH} characters.")
    if "".join(password.lower().split()) in _common_passwords():
        raise ValidationError(
            "That password is one of the most common ones, so it is easy to guess. Please choose another."
        )
    words = _personal_words(personal)
    own = _own_part(plain, words)
    if len(own) < MIN_OWN_PART and own != _own_part(plain, []):
        raise ValidationError(
            "That password is mostly your own name or email address, which anyone who knows you "
            "could guess. Please choose another."
        )
    known = sorted({*words, *_personal_words(close)}, key=len, reverse=True)
    # Names (one's own, the partner's, the inviter's) found however written; an email's other words as typed.
    names = sorted({*_personal_words(p for p in personal if "@" not in (p or "")), *_personal_words(close)}, key=len)
    rest = _without(plain, [w for w in words if w not in names])
    left = _without_names(rest, names[::-1])
    if left == "":  # nothing but names ("wrenwrenwren", "wren-alex-wren-alex"): nothing left for zxcvbn to judge
        raise ValidationError(
            "That password is made of names, which anyone who knows you would try first. Please choose another."
        )
    judged = zxcvbn((rest if left is None else left)[:JUDGED_LENGTH], user_inputs=known)
    if judged["score"] < MIN_SCORE:
        why = (
            judged["feedback"]["warning"]
            or "Password-guessing programs would find it in fewer than a hundred million tries."
        )
    elif left is not None and judged["score"] < MIN_SCORE_WITHOUT_NAMES:
        why = "Anyone who knows you would try the name in it first, and what is left without it is not enough."
    elif _word_and_year(password):
        why = "One word with a year is among the first things password-guessing programs try."
    else:
        return
    why = _STRAIGHT_QUOTES.sub(r"“\1”", why)  # the site's own quotation marks
    raise ValidationError(
        f"That password is easy to guess. {why} Please choose another: add a word or two nobody would "
        "expect, or use a short sentence of your own, which is easy to remember and hard to guess."
    )
