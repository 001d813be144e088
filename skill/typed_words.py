"""Typed words as the simulator reads them: one spelling (lower case, contractions
spelled out on request) and number words to digits, as Alexa fills number slots."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "oh": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_NUMBER_WORDS = {*UNITS, *TEENS, *TENS, "hundred", "thousand", "and"}
# A literal number word in a sample also matches its digits: samples may not hold digits,
# but people type them ("log 3 wins" against "log three wins").
LITERAL_DIGITS = {word: str(value) for word, value in {**UNITS, **TEENS, **TENS}.items() if word != "oh"}

_WORD = r"(?:[^\W_]|')+"  # letters of any alphabet: a name typed "Tomás" is heard whole
WORDS_PATTERN = rf"{_WORD}(?: {_WORD})*?"
_NUMBER_TOKEN = r"(?:\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
NUMBER_PATTERN = rf"{_NUMBER_TOKEN}(?: {_NUMBER_TOKEN})*"


# The samples spell these out; people type them short. Possessives ("sam's") stay.
_CONTRACTIONS = {
    "i'm": "i am",
    "i've": "i have",
    "i'll": "i will",
    "i'd": "i would",
    "we're": "we are",
    "we've": "we have",
    "we'll": "we will",
    "we'd": "we would",
    "you're": "you are",
    "it's": "it is",
    "let's": "let us",
    "that's": "that is",
    "what's": "what is",
    "how's": "how is",
    "there's": "there is",
    "don't": "do not",
    "didn't": "did not",
    "doesn't": "does not",
    "can't": "can not",
    "won't": "will not",
    "isn't": "is not",
    "aren't": "are not",
    "wasn't": "was not",
    "haven't": "have not",
    "couldn't": "could not",
    "wouldn't": "would not",
}


_DOT_BETWEEN_LETTERS = re.compile(r"(?<=[a-zA-Z])\.(?=[a-zA-Z])")
_QUOTE_OUTSIDE_A_WORD = re.compile(r"(?<![^\W_])'|'(?![^\W_])")
_NOT_WORD_OR_QUOTE = re.compile(r"[^\w' ]+|_")


def normalise(text: str, *, spell_out: bool = False, keep_case: bool = False) -> str:
    """Lower case (or as typed, `keep_case`), words separated by single spaces; only in-word
    apostrophes survive.

    A period between letters is an abbreviation ("a.m." is "am"), any other punctuation
    separates words; `spell_out` writes common contractions out as the samples do.
    """
    text = (text if keep_case else text.lower()).replace("\u2019", "'").replace("\u2018", "'")
    text = _DOT_BETWEEN_LETTERS.sub("", text)
    text = _QUOTE_OUTSIDE_A_WORD.sub(" ", text)
    text = _NOT_WORD_OR_QUOTE.sub(" ", text)
    words = text.split()
    return " ".join(_CONTRACTIONS.get(word, word) for word in words) if spell_out else " ".join(words)


def spoken_number(words: str) -> str | None:
    """The digits of a number said as digits or words: "zero four eight" is "048",
    "forty two" is "42", "4 8 1" is "481"; None when it is not a number."""
    tokens = words.split()
    digits: list[str] = []
    position = 0
    while position < len(tokens):
        chunk, position = _number_chunk(tokens, position)
        if chunk is None:
            return None
        digits.append(chunk)
    return "".join(digits) or None


def _number_chunk(tokens: list[str], start: int) -> tuple[str | None, int]:
    """One number from tokens[start:]: a digit group, a single digit word, or a compound
    like "three hundred and twelve"; the next position."""
    token = tokens[start]
    if token.isdigit():
        return token, start + 1
    if token in UNITS and (start + 1 == len(tokens) or tokens[start + 1] not in ("hundred", "thousand")):
        return str(UNITS[token]), start + 1  # a digit on its own keeps a leading zero
    total, position = _below_thousand(tokens, start)
    if position == start:
        return None, start
    if position < len(tokens) and tokens[position] == "thousand":
        total *= 1000
        rest, after = _below_thousand(tokens, _skip_and(tokens, position + 1))
        if after > position + 1:
            total, position = total + rest, after
        else:
            position += 1
    return str(total), position


def _below_thousand(tokens: list[str], start: int) -> tuple[int, int]:
    total, position = _below_hundred(tokens, start)
    if position > start and position < len(tokens) and tokens[position] == "hundred":
        total *= 100
        rest, after = _below_hundred(tokens, _skip_and(tokens, position + 1))
        return (total + rest, after) if after > position + 1 else (total, position + 1)
    return total, position


def _below_hundred(tokens: list[str], start: int) -> tuple[int, int]:
    if start >= len(tokens):
        return 0, start
    token = tokens[start]
    if token in TENS:
        if start + 1 < len(tokens) and UNITS.get(tokens[start + 1], 0) > 0:
            return TENS[token] + UNITS[tokens[start + 1]], start + 2
        return TENS[token], start + 1
    if token in TEENS:
        return TEENS[token], start + 1
    if token in UNITS:
        return UNITS[token], start + 1
    return 0, start


def _skip_and(tokens: list[str], position: int) -> int:
    return position + 1 if position < len(tokens) and tokens[position] == "and" else position


# Free text Alexa writes as heard, a name in it capitalised ("walked the dog with Jenny"): typed so, kept so.
_WRITTEN_SLOTS = frozenset({"note", "answer"})
# Capitals Alexa does not write: the pronoun, and the first word's (a sentence's, not a name's).
_LOWER_AS_HEARD = frozenset({"i", "i'm", "i've", "i'd", "i'll"})


def as_typed(slots: dict[str, str | None], utterance: str) -> dict[str, str]:
    """The free-text slots heard in `utterance`, in the letters typed where the words were typed as
    heard: a name's capital kept, the first word and "I" in lower case as Alexa writes them."""
    typed = normalise(utterance, keep_case=True).split()
    lower = [word.lower() for word in typed]
    typed = [w if n and w.lower() not in _LOWER_AS_HEARD else w.lower() for n, w in enumerate(typed)]
    cased: dict[str, str] = {}
    for name, value in slots.items():
        words = value.split() if name in _WRITTEN_SLOTS and value else []
        at = next((i for i in range(len(lower) - len(words) + 1) if words and lower[i : i + len(words)] == words), None)
        if at is not None:
            cased[name] = " ".join(typed[at : at + len(words)])
    return cased
