"""The retrain guard (infra/heard_before.py, run by infra/train_distress.py): a retrained distress
model that lifts a quiet twin to the save path's doubt band, or lets a heard sentence go quiet, is
refused with the sentence named (a twin with both scores), and the committed model stays as it is."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import trust_tracker.models.entities  # noqa: F401  (the models first: they import each other)
from trust_tracker.skill.distress_learned import MODEL_FILE
from trust_tracker.skill.saved_words import BANDS, doubt_score

spec = importlib.util.spec_from_file_location("heard_before", Path(__file__).parents[2] / "infra" / "heard_before.py")
assert spec is not None and spec.loader is not None
guard = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = guard  # its dataclass looks itself up there
spec.loader.exec_module(guard)

# nlu14's retrain lifted these over the band (3.34 -> 3.84, 2.95 -> 3.79, 2.43 -> 4.22): saved
# after "I haven't saved that yet, in case…" in tester20_more's and tester25's tests.
LIFTED_BY_NLU14 = [
    "I called the helpline for my broadband because it keeps dropping out",
    "I called the lawyer about my speeding fine so he doesn't know",
    "I cut myself some slack this week and rested",
]
# Heard by the learned opinion alone (test_safety_tester19's LEARNED_HEARS), and by the rules.
HEARD = ["I hide in the bathroom to wrap his presents before he gets home", "he hit me again last night"]
COUPLE = ("Sam", "Alex")


def _model(**changed: float) -> str:
    return json.dumps({**json.loads(MODEL_FILE.read_text()), **changed})


def test_the_twins_it_reads_are_the_tests_quiet_lists() -> None:
    twins = set(guard.quiet_twins())
    assert set(LIFTED_BY_NLU14) <= twins
    # The games played (PLAYED) are twins; the harm beside them (NOT_PLAYED, HARMFUL_TWINS) is not.
    assert {"he hit a home run", "we played laser tag and she shot me"} <= twins
    assert not {"he hit me when his team lost the match", "the bruise from where he hit me is fading nicely"} & twins


def test_a_model_that_lifts_a_twin_to_the_doubt_band_is_refused_naming_it(capsys) -> None:
    floor = min(band.floor for band in BANDS.values())
    scores = {said: doubt_score(said, COUPLE) for said in LIFTED_BY_NLU14}
    assert all(score < floor for score in scores.values())  # under the band with the committed model
    lift = floor - min(scores.values()) + 0.1
    committed = MODEL_FILE.read_text()
    intercept = json.loads(committed)["intercept"]
    assert not guard.guarded(_model(intercept=intercept + lift), HEARD, LIFTED_BY_NLU14)
    told = capsys.readouterr().err
    lowest = min(scores, key=scores.__getitem__)
    assert f"twin lifted: {lowest} ({scores[lowest]:.2f} -> {scores[lowest] + lift:.2f})" in told
    assert "kept the committed model" in told and MODEL_FILE.read_text() == committed


def test_a_model_that_lets_a_heard_sentence_go_quiet_is_refused_naming_it(capsys) -> None:
    assert not guard.guarded(_model(threshold=50.0), HEARD, LIFTED_BY_NLU14)
    told = capsys.readouterr().err
    assert f"gone quiet: {HEARD[0]}" in told and f"gone quiet: {HEARD[1]}" not in told


def test_the_committed_model_itself_passes_and_accepting_lets_a_loss_through() -> None:
    assert guard.guarded(MODEL_FILE.read_text(), HEARD, LIFTED_BY_NLU14)
    assert guard.guarded(_model(threshold=50.0), HEARD, LIFTED_BY_NLU14, accept=True)
