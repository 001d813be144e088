"""The rule for a new password, wherever one is set (sign-up, joining, reset, change).

Long enough, not a common password, not built on the person's own name or email, and not
easy to guess by the patterns guessing programs try first: repeats ("ababababab"),
sequences ("1234567890"), keyboard rows, dictionary words with digits ("password123").
The last is zxcvbn's estimate (Dropbox's password strength estimator), which says why:
it refuses a common word with a year or a few digits ("Sunshine2024", "Summer2025!") too.
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
# What is left of a password once its owner's name and email words are taken out.
MIN_OWN_PART = 6

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


def _personal_words(personal: Iterable[str]) -> list[str]:
    """The words of a name or email ("alex.new@example.com": alexnew, alex, new, example, com),
    the whole local part too, longest first so it is taken out before its pieces."""
    words = set()
    for text in personal:
        text = unicodedata.normalize("NFKC", text or "").lower()
        local, _, domain = text.partition("@")
        words.add("".join(_WORDS.findall(local)))
        words.update(_WORDS.findall(local) + _WORDS.findall(domain))
    return sorted((w for w in words if len(w) >= 3), key=len, reverse=True)


def _own_part(password: str, words: list[str]) -> str:
    """The letters and digits of the password that are not the person's own name or email."""
    left = "".join(_WORDS.findall(password.lower()))
    for word in words:
        left = left.replace(word, "")
    return left


def check_password(password: str, personal: Iterable[str] = ()) -> None:
    """Raises ValidationError, saying why, unless `password` is fit to be set; `personal` is
    the person's name and email, which a password must not be built on. Judged without
    invisible characters; the password itself is kept as typed."""
    password = _as_judged(password)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"Passwords need at least {MIN_PASSWORD_LENGTH} characters.")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(f"Passwords can be at most {MAX_PASSWORD_LENGTH} characters.")
    if "".join(password.lower().split()) in _common_passwords():
        raise ValidationError(
            "That password is one of the most common ones, so it is easy to guess. Please choose another."
        )
    words = _personal_words(personal)
    own = _own_part(password, words)
    if len(own) < MIN_OWN_PART and own != _own_part(password, []):
        raise ValidationError(
            "That password is mostly your own name or email address, which anyone who knows you "
            "could guess. Please choose another."
        )
    judged = zxcvbn(password[:JUDGED_LENGTH], user_inputs=words)
    if judged["score"] < MIN_SCORE:
        why = (
            judged["feedback"]["warning"]
            or "Password-guessing programs would find it in fewer than a hundred million tries."
        )
        why = _STRAIGHT_QUOTES.sub(r"“\1”", why)  # the site's own quotation marks
        raise ValidationError(
            f"That password is easy to guess. {why} Please choose another: add a word or two nobody would "
            "expect, or use a short sentence of your own, which is easy to remember and hard to guess."
        )
