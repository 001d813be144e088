"""The learned reading of a topic carrier's words, for what the rules leave open.

skill/topic_words.py reads a carrier's sentence by rule and never guesses: a word its job is
not said with, and the sentence is asked about ("Shall I …?") or let go. People describe
instead ("so I got stuck in traffic and messaged Sam straight away"), and most of those words
are no job's. This reads the whole sentence with a logistic regression trained by
infra/train_topic_reading.py on the model's samples and the phrasings written for us blind,
everyday lookalikes included, and scores it here in plain Python from skill/topic_reading.json.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Collection
from functools import cache
from pathlib import Path
from typing import Any

from trust_tracker.models.steering_words import spoken

from .typed_words import normalise

# The class of everyday words that ask for no job of this skill.
NOT_A_JOB = "NotAJob"
# How sure the reading must be to act on it: on each list written blind, held out in turn
# (`infra/train_topic_reading.py --evaluate`), what it read at this confidence was its own job
# ≥95% of the time, and no lookalike a writing job.
SURE = 0.8


def features(said: str) -> list[str]:
    """The words and word pairs of a sentence as spoken, contractions spelled out: what the reading
    weighs. The model's samples are written out ("i am worried"), the carriers hear them so, and the
    lists written blind say "i'm": read alike, one sentence scores the same however it was said."""
    words = normalise(spoken(said), spell_out=True).split()
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


@cache
def _reading() -> dict[str, Any]:
    return json.loads((Path(__file__).with_name("topic_reading.json")).read_text(encoding="utf-8"))


def probabilities(said: str, reading: dict[str, Any] | None = None) -> dict[str, float]:
    """Each class's probability for these words (by `reading`, the committed one if None):
    tf-idf (1 + log of the count, times the feature's idf, the whole scaled to length one),
    weighed, then softmax."""
    reading = reading if reading is not None else _reading()
    idf: dict[str, float] = reading["idf"]
    counts: dict[str, int] = {}
    for feature in features(said):
        if feature in idf:
            counts[feature] = counts.get(feature, 0) + 1
    values = {f: (1 + math.log(n)) * idf[f] for f, n in counts.items()}
    length = math.sqrt(sum(v * v for v in values.values())) or 1.0
    scores = list(reading["intercepts"])
    for feature, value in values.items():
        for k, weight in reading["weights"].get(feature, {}).items():
            scores[int(k)] += weight * value / length
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(reading["classes"], exps, strict=True)}


def sure_job(said: str, jobs: Collection[str]) -> str | None:
    """The one job of `jobs` these words ask for, when the reading is sure of it; else None."""
    chances = probabilities(said)
    job = max(chances, key=chances.__getitem__)
    return job if job in jobs and chances[job] >= SURE else None
