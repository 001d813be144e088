"""Train the learned reading of a topic carrier's words (skill/topic_reading.json).

    .venv/bin/python infra/train_topic_reading.py             # retrain and write the file
    .venv/bin/python infra/train_topic_reading.py --check     # fail if the file is not a retrain
    .venv/bin/python infra/train_topic_reading.py --evaluate  # each written-blind list held out in turn
    .venv/bin/python infra/train_topic_reading.py --take-samples  # on purpose: the model's samples now

The rules of skill/topic_words.py decide a carrier's sentence when every word is one its job
is said with; the rest they ask about ("Shall I …?") or let go. This reads those sentences
as a whole: a logistic regression over words and word pairs, trained on the interaction
model's samples (slots filled with plausible words; the committed snapshot infra/trained_samples.json) and the phrasings people wrote for us
blind (tests/skill/e2e/held_out*.json), each list's everyday lookalikes as "NotAJob". Only
scikit-learn trains it (a dev dependency); the skill scores it in plain Python
(skill/topic_learned.py), from the JSON this writes, so the server needs neither.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from trust_tracker.skill.topic_learned import NOT_A_JOB, features, probabilities

sys.path.insert(0, str(Path(__file__).resolve().parent))
import trained_samples

ROOT = Path(__file__).resolve().parent.parent
LISTS = sorted((ROOT / "tests" / "skill" / "e2e").glob("held_out*.json"))
OUT = ROOT / "skill" / "topic_reading.json"
# Weights smaller than this are dropped: the file stays small, and no held-out figure moved.
PRUNE = 0.2
# How far a retrain's probabilities may lie from the committed file's, on any training text.
DRIFT = 0.001
# A slot's words in the model's samples: what people fill them with, a few of each.
FILL = {
    "commitment": ["call when i'm running late", "our evening talk", "the dishes", "being open about my phone"],
    "note": ["we talked for an hour", "she picked the kids up on time", "he told me the truth", "we laughed"],
    "partner": ["sam", "alex"],
    "name": ["sam", "alex"],
    "code": ["four two seven one"],
    "quantity": ["two"],
}


def model_samples() -> list[tuple[str, str]]:
    """The model's samples as the committed snapshot holds them (infra/trained_samples.py), with their jobs."""
    return [(said, job) for job, samples in trained_samples.taken("topic").items() for said in samples]


def rendered_samples() -> dict[str, list[str]]:
    """Every sample of the model as generate.py renders it now but the carriers' (a topic word between
    open slots) and Amazon's own, each slot filled in turn with plausible words, by job."""
    model = trained_samples.language_model("en-US")  # with the variants "carried" leaves out
    turns = {slot: itertools.cycle(values) for slot, values in FILL.items()}
    found: dict[str, list[str]] = {}
    for intent in model["intents"]:
        if intent["name"].startswith("AMAZON.") or intent["name"].endswith("TopicIntent"):
            continue
        for sample in intent.get("samples", []):
            if re.search(r"\{(?!(?:" + "|".join(FILL) + r")\})", sample):
                continue
            filled = re.sub(r"\{(\w+)\}", lambda m: next(turns[m.group(1)]), sample)
            found.setdefault(intent["name"], []).append(filled)
    return found


def written(path: Path) -> list[tuple[str, str]]:
    """A list written blind: its jobs' phrasings, and its lookalikes as NOT_A_JOB."""
    data = json.loads(path.read_text(encoding="utf-8"))
    groups = [data["blind"]] if "blind" in data else [data[k] for k in ("before_tuning", "after_tuning") if k in data]
    return [(said, NOT_A_JOB if job == "NotAJob" else job) for g in groups for job, ps in g.items() for said in ps]


def train(examples: list[tuple[str, str]]) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=2)
    matrix = vectorizer.fit_transform([said for said, _ in examples])
    model = LogisticRegression(C=30, max_iter=5000, class_weight="balanced")
    model.fit(matrix, [job for _, job in examples])
    return vectorizer, model


def exported(vectorizer: TfidfVectorizer, model: LogisticRegression) -> dict:
    """The reading as plain numbers: every feature's idf (the length of a sentence counts
    them all), and per feature only the classes it weighs for."""
    idf = {f: round(float(vectorizer.idf_[i]), 6) for f, i in sorted(vectorizer.vocabulary_.items())}
    weights: dict[str, dict[str, float]] = {}
    for feature, column in sorted(vectorizer.vocabulary_.items()):
        row = {str(k): round(float(w), 4) for k, w in enumerate(model.coef_[:, column]) if abs(w) >= PRUNE}
        if row:
            weights[feature] = row
    return {
        "classes": [str(c) for c in model.classes_],
        "intercepts": [round(float(b), 6) for b in model.intercept_],
        "idf": idf,
        "weights": weights,
    }


def differences(kept: dict, retrained: dict, texts: list[str]) -> list[float]:
    """Per text, how far the two readings' probabilities lie apart (1 when their classes differ)."""
    if kept["classes"] != retrained["classes"]:
        return [1.0]
    return [
        max(
            abs(a - b)
            for a, b in zip(probabilities(said, kept).values(), probabilities(said, retrained).values(), strict=True)
        )
        for said in texts
    ]


def evaluate() -> None:
    """Each list held out in turn: of its phrasings read at or above each confidence, how many
    got their own job, and how many of its lookalikes got a job."""
    samples = model_samples()
    for held in LISTS:
        others = [e for path in LISTS if path != held for e in written(path)]
        vectorizer, model = train(samples + others)
        test = written(held)
        probabilities = model.predict_proba(vectorizer.transform([said for said, _ in test]))
        picked = model.classes_[probabilities.argmax(1)]
        confidence = probabilities.max(1)
        print(held.name)
        for floor in (0.5, 0.6, 0.7, 0.8, 0.9):
            jobs = [
                (p, j) for (_, j), p, c in zip(test, picked, confidence, strict=True) if c >= floor and j != NOT_A_JOB
            ]
            right = sum(1 for p, j in jobs if p == j)
            lookalikes = [p for (_, j), p, c in zip(test, picked, confidence, strict=True) if j == NOT_A_JOB]
            wrong_look = sum(
                1
                for (_, j), p, c in zip(test, picked, confidence, strict=True)
                if j == NOT_A_JOB and c >= floor and p != NOT_A_JOB
            )
            print(
                f"  at {floor:.1f}: {right}/{len(jobs)} right of those read, lookalikes given a job {wrong_look}/{len(lookalikes)}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when the file is not what a retrain writes")
    parser.add_argument("--evaluate", action="store_true", help="leave each written-blind list out in turn")
    parser.add_argument("--take-samples", action="store_true", help="snapshot the model's samples now, then retrain")
    args = parser.parse_args()
    if args.take_samples:
        trained_samples.take("topic", rendered_samples())
    if args.evaluate:
        evaluate()
        return 0
    examples = model_samples() + [e for path in LISTS for e in written(path)]
    reading = exported(*train(examples))
    text = json.dumps(reading, separators=(",", ":"), sort_keys=True) + "\n"
    if args.check:
        # Read alike, not byte for byte: another machine's arithmetic may round a weight apart.
        drift = max(differences(json.loads(OUT.read_text(encoding="utf-8")), reading, [s for s, _ in examples]))
        if drift > DRIFT:
            print(f"{OUT} reads {drift:.4f} apart from a retrain: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(
        f"{OUT}: {len(reading['idf'])} features, {sum(map(len, reading['weights'].values()))} weights, {len(text):,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
