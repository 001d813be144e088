"""The interaction model's samples the learned checks train on: a committed snapshot
(infra/trained_samples.json), taken on purpose, never the live model.

Both learned checks once trained on the live model, so a few samples added for a new job moved
verdicts far from them: nlu17's 8 samples (each rendered ~60 ways in 5 locales) re-weighted the
distress check's 6,200 kept features, lost 2 heard sentences and lifted up to 55 quiet twins, and every
addition was held back. Now a sample change alters neither model; `--take-samples` on either trainer
takes the model as it is then, and its retrain passes the guard or is not written (README, "Retraining
on purpose"). A test checks that every live sample the snapshot lacks stays quiet.

The snapshot renders each locale as interaction-model/generate.py does before source.json's "carried"
leaves out the variants a topic carrier hears as their job: they are still what people say for it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

GENERATOR = Path(__file__).resolve().parent.parent / "interaction-model" / "generate.py"
SNAPSHOT = Path(__file__).with_name("trained_samples.json")


def language_model(locale: str) -> dict[str, Any]:
    """`locale`'s languageModel as generate.py renders it now, with every variant it makes."""
    spec = importlib.util.spec_from_file_location("generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    source = json.loads(generator.SOURCE.read_text(encoding="utf-8"))
    source.pop("carried", None)
    return generator.render(source, locale)["interactionModel"]["languageModel"]


def locales() -> list[str]:
    return list(json.loads((GENERATOR.parent / "source.json").read_text(encoding="utf-8"))["locales"])


def taken(check: str) -> Any:
    """One check's samples as the snapshot holds them, in the order they were rendered."""
    return json.loads(SNAPSHOT.read_text(encoding="utf-8"))[check]


def take(check: str, samples: Any) -> None:
    """Replace one check's samples in the snapshot (the other check's are left as they are)."""
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8")) if SNAPSHOT.exists() else {}
    snapshot[check] = samples
    # One sample a line, so a review of a new snapshot reads as the samples it adds or drops.
    SNAPSHOT.write_text(json.dumps(snapshot, indent=0, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
