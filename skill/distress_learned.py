"""The distress check's learned second opinion: a linear text classifier, scored in pure Python.

The rules (skill/distress.py) hear the word families they were written for; a list written blind
by someone who never saw them is heard about three times in five. This classifier, trained by
infra/train_distress.py on every distress list and every everyday phrasing the tests hold, is
asked after the rules and can only add a detection, never take one away. It reads the words as
the rules do (skill/distress_reading.py) and scores them as scikit-learn's TF-IDF (word 1-2-grams
and char_wb 3-5-grams, each block l2-normalised) and logistic regression would, from
distress_learned.json alone: the server needs neither numpy nor scikit-learn.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from functools import lru_cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("distress_learned.json")
# A word is a run of letters or digits (so "i" and "me" count), as the trainer's vectorizer reads it.
WORD_TOKENS = r"(?u)\b\w+\b"
_WORD = re.compile(WORD_TOKENS)
# A note longer than the longest the classifier learnt from (about 20 words) is scored in
# overlapping windows of this many words as well as whole, so distress said in the middle of a
# long answer is not drowned by the everyday words around it.
LONGEST = 40
WINDOW = 12
# Fewer different words than this carry no sentence to judge: a carrier's lone "he" or "he hit",
# a blank value read as "i", a word said over and over. The classifier learnt from sentences and
# scores such stubs on a word or two alone; what they say of danger is the rules' to hear.
FEWEST_WORDS = 3

_MODEL = json.loads(MODEL_FILE.read_text())
_THRESHOLD: float = _MODEL["threshold"]
_INTERCEPT: float = _MODEL["intercept"]
_WORDS: dict[str, list[float]] = _MODEL["word"]
_CHARS: dict[str, list[float]] = _MODEL["char"]


def _word_grams(said: str) -> list[str]:
    words = _WORD.findall(said)
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def _char_grams(said: str) -> list[str]:
    return [gram for word in said.split() for gram in _grams_of_word(word)]


@lru_cache(maxsize=4096)  # the same few hundred words come back in every note
def _grams_of_word(word: str) -> tuple[str, ...]:
    """scikit-learn's char_wb 3-5-grams: the word padded with a space; one shorter than n once."""
    padded = f" {word} "
    grams: list[str] = []
    for n in range(3, 6):
        grams += [padded[i : i + n] for i in range(max(1, len(padded) - n + 1))]
        if len(padded) <= n:
            break
    return tuple(grams)


def _block(grams: list[str], vocabulary: dict[str, list[float]]) -> float:
    """One block's share of the score: TF-IDF weights, l2-normalised, times the classifier's."""
    counts: dict[str, int] = {}
    for gram in grams:
        if gram in vocabulary:
            counts[gram] = counts.get(gram, 0) + 1
    squares = dot = 0.0
    for gram, count in counts.items():
        idf, weight = vocabulary[gram]
        squares += (count * idf) ** 2
        dot += count * idf * weight
    return dot / math.sqrt(squares) if squares else 0.0


def learned_score(said: str) -> float:
    """The classifier's decision value for words already read (read_as_spoken): above the
    threshold it hears distress."""
    return _INTERCEPT + _block(_word_grams(said), _WORDS) + _block(_char_grams(said), _CHARS)


def _score(words: list[str]) -> float:
    """The classifier's score for these words, if they make a sentence to judge."""
    return learned_score(" ".join(words)) if len(set(words)) >= FEWEST_WORDS else -math.inf


def learned_peak(said: str) -> float:
    """The highest score of words already read: whole, or in windows when they are long (every
    window full, the last one ending where the words end)."""
    words = said.split()
    if len(words) <= LONGEST:
        return _score(words)
    starts = [*range(0, len(words) - WINDOW, WINDOW // 3), len(words) - WINDOW]
    return max(_score(words[start : start + WINDOW]) for start in starts)


def learned_says_distress(said: str) -> bool:
    """Whether the classifier hears distress in words already read, in windows when they are long."""
    return learned_peak(said) >= _THRESHOLD
