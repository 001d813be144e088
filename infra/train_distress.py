#!/usr/bin/env python3
"""Train the distress check's learned second opinion: skill/distress_learned.json.

    python infra/train_distress.py             # retrain and write skill/distress_learned.json
    python infra/train_distress.py --check     # exit 1 if the committed file is not a retrain's
    python infra/train_distress.py --evaluate  # leave one list out: the honest figures, the threshold
    python infra/train_distress.py --take-samples  # on purpose: the model's samples as they are now

The rules (skill/distress.py) hear every list they were tuned on, but about three in five of a
new list written blind: their word families do not carry to words nobody listed. This linear
classifier, OR-ed with the rules (it only adds), learns from every list at once: positives are
every distress list of tests/skill/distress_*.py (and the safety tests' own named lists of
distress), negatives every lookalike there (and the safety tests'), every phrasing
of the routing lists (tests/skill/e2e/held_out*.json, the jobs and NotAJob) and the interaction
model's own samples (SupportIntent's aside) with their slots filled by ordinary words, as the committed
snapshot infra/trained_samples.json holds them (a sample added moves nothing), and the first
words of each of those everyday phrasings said alone, as a carrier hands them over. Features:
word 1-2-grams and char_wb 3-5-grams, TF-IDF, of the text as skill/distress_reading.py reads it.
Only the features that weigh are kept, and the classifier is refitted on them, so the written
file is exactly a scikit-learn model that skill/distress_learned.py scores in pure Python.
Deterministic (lbfgs, sorted vocabulary): the same lists give the same file.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "infra"))  # heard_before, also when a test loads this file by path

import trained_samples  # noqa: E402
from heard_before import guarded  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline  # noqa: E402
from trained_lists import Said, distress_lists, strings  # noqa: E402

from trust_tracker.skill import distress  # noqa: E402
from trust_tracker.skill.distress_learned import MODEL_FILE, WORD_TOKENS  # noqa: E402
from trust_tracker.skill.distress_reading import read_as_spoken  # noqa: E402

ROUTING = sorted((ROOT / "tests" / "skill" / "e2e").glob("held_out*.json"))
# The couples the lists speak of: their names are read as "my partner", as on a linked device.
NAMES = ("Alex", "Sam", "Jordan", "Taylor", "Riley")
# How many features are kept (by weight) and how weakly the weights are held back. 6,200 since
# tester16's lists (safety37): at 6,000 two lookalikes trained on rose over the threshold ("he keeps
# following me around the kitchen asking when dinner's ready" 6.03, "... too scared to move in case
# she wakes" 5.68); 7,000 lost blind15's "top meself", C 12 alarmed on a held-out everyday pride.
KEPT_FEATURES = 6200
C = 10.0
# Chosen from `--evaluate` (leave one list out): the lowest score at which false alarms on the
# held-out lookalikes, and on the held-out routing phrasings, each stay at or under 1% (5.28),
# raised above an everyday account of a kept promise said without "I" ("sat down and talked it
# all through": 5.45 once the eighth list and the rules of the third tester's finds were in).
THRESHOLD = 5.5
EVERYDAY_ALARMS = 0.01
# A carrier hands the detector a sentence's first words alone ("he" from "{name} ...", "he is
# home" from "he is {...}"): every everyday phrasing's beginnings, up to this many words, are
# everyday too. Without them a short sentence about "he" scored as distress ("he held my hand").
BEGINNING_WORDS = 5

# Ordinary words for the model's open slots (a note, an answer), picked per sample.
_ORDINARY = (
    "call when i am running late",
    "we talked about the weekend",
    "i cooked dinner for us",
    "the evening talk went well",
    "i was home on time",
    "we went for a walk",
    "i forgot to text her back",
    "it was a busy day at work",
    "we both listened",
    "i said sorry and meant it",
)


def routing_phrasings() -> list[Said]:
    """Every phrasing of the routing lists (the jobs, NotAJob), each file a list of its own."""
    said: list[Said] = []
    for path in ROUTING:
        lists = json.loads(path.read_text())
        said += [
            Said(text, False, f"e2e/{path.stem}")
            for key, value in lists.items()
            if key != "about"
            for text in strings(value)
        ]
    return said


def _filled(sample: str, slots: dict[str, str], values: dict[str, list[str]]) -> str:
    """A sample with each slot filled by a plausible word, the same one every time."""
    pick = zlib.crc32(sample.encode())
    words = sample.split()
    for number, word in enumerate(words):
        if word.startswith("{") and word.endswith("}"):
            choices = values.get(slots.get(word[1:-1], ""), list(_ORDINARY))
            words[number] = choices[(pick + number) % len(choices)]
    return " ".join(words)


def model_samples() -> list[Said]:
    """The model's samples as the committed snapshot holds them: one added since moves nothing here."""
    return [Said(text, False, "model") for text in trained_samples.taken("distress")]


def rendered_samples() -> list[str]:
    """The interaction model's samples in every locale but SupportIntent's as generate.py renders them
    now, slots filled (with the variants "carried" leaves out): what `--take-samples` snapshots."""
    samples: dict[str, None] = {}
    for locale in sorted(trained_samples.locales()):  # as the files sort: en-AU.json first
        model = trained_samples.language_model(locale)
        values = {t["name"]: [v["name"]["value"] for v in t["values"]] for t in model.get("types", [])}
        values.pop("SAID_IN_DISTRESS", None)  # its words are distress's: an ordinary note instead
        values["AMAZON.NUMBER"] = ["four two seven one"]
        for intent in model["intents"]:
            if intent["name"] == "SupportIntent":
                continue
            slots = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
            for sample in intent.get("samples", []):
                samples.setdefault(_filled(sample, slots, values))
    return list(samples)


def beginnings(everyday: list[Said]) -> list[Said]:
    """The first one to BEGINNING_WORDS words of each everyday phrasing, said alone: everyday,
    but for those the rules hear (a lookalike's "he beat me" of "he beat me at chess")."""
    said: dict[str, Said] = {}
    for whole in everyday:
        words = whole.text.split()
        for count in range(1, min(BEGINNING_WORDS, len(words) - 1) + 1):
            text = " ".join(words[:count])
            if text not in said and not _rules_hear(read_as_spoken(text, NAMES)):
                said[text] = Said(text, False, whole.fold, beginning=True)
    return list(said.values())


def everything() -> list[Said]:
    """All of it, read as the detector reads it; a text said both ways counts as distress."""
    said = distress_lists() + routing_phrasings() + model_samples()
    said += beginnings([s for s in said if not s.distress])
    distress = {s.text for s in said if s.distress}
    whole = {s.text for s in said if not s.beginning}
    return [s for s in said if s.distress or (s.text not in distress and not (s.beginning and s.text in whole))]


def _read(texts: Iterable[str]) -> list[str]:
    return [read_as_spoken(text, NAMES) for text in texts]


def _union(vocabulary: dict[str, list[str]] | None = None) -> FeatureUnion:
    words = TfidfVectorizer(analyzer="word", token_pattern=WORD_TOKENS, ngram_range=(1, 2), lowercase=False)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=False)
    if vocabulary is not None:
        words.set_params(vocabulary=vocabulary["word"])
        chars.set_params(vocabulary=vocabulary["char"])
    return FeatureUnion([("word", words), ("char", chars)])


def _classifier() -> LogisticRegression:
    return LogisticRegression(C=C, class_weight="balanced", max_iter=5000, solver="lbfgs")


def train(said: list[Said]) -> Pipeline:
    """Fit on everything, keep the features that weigh most, refit on those alone."""
    texts, labels = _read(s.text for s in said), [s.distress for s in said]
    full = make_pipeline(_union(), _classifier()).fit(texts, labels)
    union, classifier = full.steps[0][1], full.steps[1][1]
    names = union.get_feature_names_out()
    weights = classifier.coef_[0]
    heaviest = sorted(range(len(names)), key=lambda i: (-abs(weights[i]), names[i]))[:KEPT_FEATURES]
    kept: dict[str, list[str]] = {"word": [], "char": []}
    for index in heaviest:
        block, term = str(names[index]).split("__", 1)
        kept[block].append(term)
    return make_pipeline(_union({block: sorted(terms) for block, terms in kept.items()}), _classifier()).fit(
        texts, labels
    )


def exported(pipeline: Pipeline, threshold: float) -> dict[str, Any]:
    """The model as skill/distress_learned.py reads it: per block, term -> [idf, weight]."""
    union, classifier = pipeline.steps[0][1], pipeline.steps[1][1]
    weights = iter(classifier.coef_[0].tolist())
    blocks: dict[str, dict[str, list[float]]] = {}
    for block, vectorizer in union.transformer_list:
        terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        idf = vectorizer.idf_.tolist()
        blocks[block] = {term: [idf[i], next(weights)] for i, term in enumerate(terms)}
    return {
        "about": "Written by infra/train_distress.py; do not edit by hand.",
        "threshold": threshold,
        "intercept": float(classifier.intercept_[0]),
        "word": blocks["word"],
        "char": blocks["char"],
    }


def _write(model: dict[str, Any]) -> str:
    return json.dumps(model, indent=0, sort_keys=True, ensure_ascii=True) + "\n"


def _same(a: Any, b: Any) -> bool:
    """Equal, numbers to 1e-9 (another machine's BLAS may differ in the last bits)."""
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, int | float) and isinstance(b, int | float) and math.isclose(a, b, abs_tol=1e-9)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _rules_hear(said: str) -> bool:
    """is_distress's rule half (skill/distress.py), for the figures: the rules alone."""
    return distress._WHOLE.fullmatch(said) is not None or distress._phrase_in(said)


def _at_most(share: float, everyday: list[float]) -> float:
    """The lowest threshold that at most this share of these everyday scores reaches."""
    ranked = sorted(everyday, reverse=True)
    return ranked[math.floor(share * len(ranked))] + 1e-6


def evaluate() -> None:
    """Leave one list out: each distress list (with its lookalikes) and each routing file held
    out in turn, the model trained on the rest; the held-out scores pick the threshold."""
    said = everything()
    folds = sorted({s.fold for s in said if s.distress and s.fold != "tests"})
    routing = sorted({s.fold for s in said if s.fold.startswith("e2e/")})
    # Each routing file rides with one list, so every everyday phrasing is held out once.
    with_list = {file: folds[i % len(folds)] for i, file in enumerate(routing)}
    held: list[tuple[Said, float]] = []
    for fold in folds:
        out = [s for s in said if s.fold == fold or with_list.get(s.fold) == fold]
        pipeline = train([s for s in said if s not in set(out)])
        scores = pipeline.decision_function(_read(s.text for s in out))
        held += list(zip(out, scores.tolist(), strict=True))
    # Beginnings are counted apart: the figures stay those of whole phrasings.
    begun = [score for s, score in held if s.beginning]
    held = [(s, score) for s, score in held if not s.beginning]
    # At most 1% false alarms among the held-out lookalikes, and among the routing phrasings.
    threshold = max(
        _at_most(EVERYDAY_ALARMS, [score for s, score in held if not s.distress and s.fold.startswith("e2e/")]),
        _at_most(EVERYDAY_ALARMS, [score for s, score in held if not s.distress and not s.fold.startswith("e2e/")]),
    )
    print(f"threshold: {threshold:.4f} (the model's: {THRESHOLD}; the figures below are at the model's)")
    for candidate in (threshold - 1, threshold, threshold + 1, THRESHOLD):
        caught = sum(score >= candidate for s, score in held if s.distress)
        alarms = sum(score >= candidate for s, score in held if not s.distress)
        print(f"  at {candidate:.2f}: learned alone hears {caught}, false alarms {alarms} of the held-out")
    print(f"{'held-out list':<16} {'distress':>8} {'rules':>6} {'learned':>8} {'both':>5}   false alarms: rules, both")
    for fold in folds + routing:
        rows = [(s, score) for s, score in held if s.fold == fold]
        rules = [_rules_hear(read_as_spoken(s.text, NAMES)) for s, _ in rows]
        learned = [score >= THRESHOLD for _, score in rows]
        hit = [(r, x) for (s, _), r, x in zip(rows, rules, learned, strict=True) if s.distress]
        miss = [(r, x) for (s, _), r, x in zip(rows, rules, learned, strict=True) if not s.distress]
        print(
            f"{fold:<16} {len(hit):>8} {sum(r for r, _ in hit):>6} {sum(x for _, x in hit):>8} "
            f"{sum(r or x for r, x in hit):>5}   {sum(r for r, _ in miss)}, {sum(r or x for r, x in miss)} of {len(miss)}"
        )
    print(f"held-out beginnings over the threshold: {sum(score >= THRESHOLD for score in begun)} of {len(begun)}")
    for s, score in held:
        if not s.distress and score >= THRESHOLD:
            print(f"  everyday over the threshold ({score:.3f}): {s.text}")


def is_current(model: dict[str, Any]) -> bool:
    """Whether the committed file is this retrained model."""
    return MODEL_FILE.exists() and _same(json.loads(MODEL_FILE.read_text()), model)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed file is not a retrain's")
    parser.add_argument("--evaluate", action="store_true", help="leave one list out; print figures and threshold")
    parser.add_argument(
        "--accept-lost", action="store_true", help="write even if test sentences heard go quiet or twins are lifted"
    )
    parser.add_argument("--take-samples", action="store_true", help="snapshot the model's samples now, then retrain")
    args = parser.parse_args(argv)
    if args.evaluate:
        evaluate()
        return 0
    kept = trained_samples.taken("distress")
    if args.take_samples:
        trained_samples.take("distress", rendered_samples())
    model = exported(train(everything()), THRESHOLD)
    if args.check:
        if not is_current(model):
            print(f"{MODEL_FILE.name} is out of date: run python infra/train_distress.py", file=sys.stderr)
            return 1
        return 0
    if not guarded(_write(model), accept=args.accept_lost):
        trained_samples.take("distress", kept)  # the snapshot goes with the model it trained
        return 1
    MODEL_FILE.write_text(_write(model))
    print(f"wrote {MODEL_FILE.relative_to(ROOT)}: {len(model['word']) + len(model['char'])} features")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
