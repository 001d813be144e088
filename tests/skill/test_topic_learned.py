"""The learned reading of a carrier's words (skill/topic_learned.py): what the rules leave open,
read when it is sure; never a write the rules let go; scored in plain Python exactly as
scikit-learn would; and the committed file is what a retrain gives. The phrasings here are
our own, in no list the reading was trained on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from tests.skill.test_topics import carrier, decided
from trust_tracker.skill.topic_learned import SURE, features, probabilities, sure_job
from trust_tracker.skill.topic_vocabulary import JOB
from trust_tracker.skill.topic_words import _ruled, topic_read

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("alex", "sam")


@pytest.mark.parametrize(
    ("before", "said", "after", "carried", "meant"),
    [
        ("could you fire up this week's", "check in", "for the pair of us", "StartCheckInIntent", "StartCheckInIntent"),
        (
            "right then let's get the",
            "check in",
            "going we've both got tea",
            "StartCheckInIntent",
            "StartCheckInIntent",
        ),
        ("give it to me straight what's our", "progress", "looking like", "ProgressIntent", "ProgressIntent"),
        ("tell me where we're at with our", "progress", "since the summer", "ProgressIntent", "ProgressIntent"),
        ("please", "undo", "what i said a second ago i got the wrong one", "UndoIntent", "UndoIntent"),
    ],
)
def test_what_the_rules_leave_open_is_read_when_sure(before, said, after, carried, meant) -> None:
    assert _ruled(before, said, after, carried, NAMES).intent is None  # the rules alone ask
    assert topic_read(before, said, after, carried, NAMES).intent == meant


@pytest.mark.parametrize(
    ("before", "said", "after", "carried"),
    [
        ("what counts as a", "small win", "at a startup", "LogSmallWinIntent"),  # sure, but let go by rule
        ("the football team had a", "small win", "at the weekend", "LogSmallWinIntent"),
        ("can you", "check in", "my luggage", "StartCheckInIntent"),
        ("read me the", "contract", "for my new job", "ReadContractIntent"),
        ("my landlord", "came through", "with the deposit in the end", "LogReliabilityIntent"),
        ("set a", "reminder", "to book the dentist", "RemindCheckInIntent"),
        ("our", "contract", "is far too long", "ReadContractIntent"),  # read only when asked for
        ("i want to hear our", "boundaries", "before my sister visits", "ReadBoundariesIntent"),
        ("the", "reminders", "", "StopRemindersIntent"),  # nothing but the topic: which, is asked
        ("my darts team had a", "small win", "last night", "LogSmallWinIntent"),  # a note: never on a guess
        ("we'd both like to", "pause", "the tracking while we're on holiday in spain", "TakeAPauseIntent"),  # a write
    ],
)
def test_everyday_words_are_not_acted_on(before, said, after, carried) -> None:
    assert topic_read(before, said, after, carried, NAMES).intent is None


def test_through_the_skill_a_sure_reading_becomes_the_request() -> None:
    intent, slots = decided(
        *carrier("StartCheckInIntent", "check in", "right then let's get the", "going we've both got tea")
    )
    assert (intent, slots) == ("StartCheckInIntent", {})


@pytest.mark.parametrize("said", ["", "   ", "\x00\x07\x1b", "check in " * 2_000, "🙂 🙂", "ça va bien merci"])
def test_odd_words_are_read_without_error_and_not_acted_on(said) -> None:
    chances = probabilities(said)
    assert abs(sum(chances.values()) - 1) < 1e-9
    assert sure_job(said, {"LogSmallWinIntent", "LogBreachIntent"}) is None


def test_a_job_outside_those_allowed_is_never_picked() -> None:
    said = "give it to me straight what's our progress looking like"
    assert sure_job(said, JOB.keys()) == "ProgressIntent"
    assert sure_job(said, {"UndoIntent"}) is None


def test_scored_in_plain_python_as_scikit_learn_scores() -> None:
    reading = json.loads((ROOT / "skill" / "topic_reading.json").read_text(encoding="utf-8"))
    vocabulary = {feature: i for i, feature in enumerate(reading["idf"])}
    vectorizer = TfidfVectorizer(analyzer=features, sublinear_tf=True, vocabulary=vocabulary)
    vectorizer.idf_ = np.array(list(reading["idf"].values()))
    weights = np.zeros((len(reading["classes"]), len(vocabulary)))
    for feature, row in reading["weights"].items():
        for k, w in row.items():
            weights[int(k), vocabulary[feature]] = w
    model = json.loads((ROOT / "interaction-model" / "en-US.json").read_text(encoding="utf-8"))
    texts = [s for i in model["interactionModel"]["languageModel"]["intents"] for s in i.get("samples", [])][::40]
    scores = vectorizer.transform(texts) @ weights.T + np.array(reading["intercepts"])
    expected = np.exp(scores - scores.max(1, keepdims=True))
    expected /= expected.sum(1, keepdims=True)
    for said, row in zip(texts, expected, strict=True):
        assert list(probabilities(said).values()) == pytest.approx(list(row), abs=1e-9)
    assert len(texts) > 400 and 0.5 < SURE < 1


def test_the_committed_reading_is_what_a_retrain_gives() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "infra" / "train_topic_reading.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr
