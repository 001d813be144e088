#!/usr/bin/env python3
"""Write one interaction model per English locale from the one English source.

    python interaction-model/generate.py          # (re)write en-US.json, en-GB.json, ...
    python interaction-model/generate.py --check  # exit 1 if a written file is out of date

The source (source.json) is Alexa's own model format, plus two conveniences:
- a sample may offer alternatives in parentheses, "(log|note) a small win": each
  combination becomes a sample; an empty alternative drops the words, "(|the)";
- "localeSamples" adds samples for one locale only ("how are we getting on" in en-GB).
A test checks that the written files match the source, so nobody edits them by hand.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source.json"
_CHOICE = re.compile(r"\(([^()]*)\)")


def expand(template: str) -> list[str]:
    """Every sample a template stands for, in order, whitespace tidied."""
    pieces = _CHOICE.split(template)
    # Odd pieces are the alternatives inside parentheses.
    options = [piece.split("|") if i % 2 else [piece] for i, piece in enumerate(pieces)]
    return [" ".join("".join(combo).split()) for combo in itertools.product(*options)]


def _samples(templates: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for template in templates:
        for sample in expand(template):
            seen.setdefault(sample, None)
    return list(seen)


def render(source: dict[str, Any], locale: str) -> dict[str, Any]:
    """The interaction model of one locale."""
    language = copy.deepcopy(source["languageModel"])
    extra = source.get("localeSamples", {}).get(locale, {})
    for intent in language["intents"]:
        templates = intent.get("samples", []) + extra.get(intent["name"], [])
        if templates:
            intent["samples"] = _samples(templates)
        for slot in intent.get("slots", []):
            if "samples" in slot:
                slot["samples"] = _samples(slot["samples"])
    model: dict[str, Any] = {"languageModel": language}
    for part in ("dialog", "prompts"):
        if part in source:
            model[part] = copy.deepcopy(source[part])
    return {"interactionModel": model}


def outputs(source: dict[str, Any] | None = None) -> dict[Path, str]:
    """Each locale's file and the text it should hold."""
    source = source or json.loads(SOURCE.read_text(encoding="utf-8"))
    return {
        HERE / f"{locale}.json": json.dumps(render(source, locale), indent=2, ensure_ascii=False) + "\n"
        for locale in source["locales"]
    }


def main(argv: list[str]) -> int:
    stale = []
    for path, text in outputs().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if "--check" in argv:
            stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.name}")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python interaction-model/generate.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
