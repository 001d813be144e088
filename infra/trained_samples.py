"""The interaction model the learned checks train on: each locale's, as interaction-model/generate.py
renders it before source.json's "carried" leaves out the variants a topic carrier hears as their job.
Those are still what people say for the job, so both learned checks keep training on them, in the
generator's order (a retrain on the thinned files alone moved twins into the save path's doubt band)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

GENERATOR = Path(__file__).resolve().parent.parent / "interaction-model" / "generate.py"


def language_model(locale: str) -> dict[str, Any]:
    """`locale`'s languageModel with every variant the generator makes."""
    spec = importlib.util.spec_from_file_location("generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    source = json.loads(generator.SOURCE.read_text(encoding="utf-8"))
    source.pop("carried", None)
    return generator.render(source, locale)["interactionModel"]["languageModel"]


def locales() -> list[str]:
    return list(json.loads((GENERATOR.parent / "source.json").read_text(encoding="utf-8"))["locales"])
