#!/usr/bin/env python3
"""Write one interaction model per English locale from the one English source.

    python interaction-model/generate.py          # (re)write en-US.json, en-GB.json, ...
    python interaction-model/generate.py --check  # exit 1 if a written file is out of date

The source (source.json) is Alexa's own model format, plus two conveniences:
- a sample may offer alternatives in parentheses, "(log|note) a small win": each
  combination becomes a sample; an empty alternative drops the words, "(|the)";
- "localeSamples" adds samples for one locale only ("how are we getting on" in en-GB).
- SupportIntent's samples (and UndoIntent's and NotMeIntent's) are written spelled out
  ("i am", "did not"); each is also written with its contractions ("i'm", "didn't"),
  since people say them so and some simulators match samples literally.
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
# Spelled out -> as people say it. Apostrophes only: Alexa ignores samples with hyphens.
CONTRACTIONS = {
    "i am": "i'm",
    "i have": "i've",
    "i would": "i'd",
    "i will": "i'll",
    "do not": "don't",
    "does not": "doesn't",
    "did not": "didn't",
    "can not": "can't",
    "cannot": "can't",
    "could not": "couldn't",
    "will not": "won't",
    "would not": "wouldn't",
    "is not": "isn't",
    "are not": "aren't",
    "was not": "wasn't",
    "he is": "he's",
    "she is": "she's",
    "it is": "it's",
    "there is": "there's",
    "they are": "they're",
    "we are": "we're",
    "he would": "he'd",
    "she would": "she'd",
    "he will": "he'll",
    "she will": "she'll",
    "he has been": "he's been",
    "she has been": "she's been",
}
_SPELLED = re.compile(r"\b(" + "|".join(re.escape(k) for k in CONTRACTIONS) + r")\b")
# Intents whose samples also get their contracted forms.
CONTRACTED_INTENTS = {"SupportIntent", "UndoIntent", "NotMeIntent"}


def expand(template: str) -> list[str]:
    """Every sample a template stands for, in order, whitespace tidied."""
    pieces = _CHOICE.split(template)
    # Odd pieces are the alternatives inside parentheses.
    options = [piece.split("|") if i % 2 else [piece] for i, piece in enumerate(pieces)]
    return [" ".join("".join(combo).split()) for combo in itertools.product(*options)]


def contracted(sample: str) -> list[str]:
    """The sample as written, then with every contraction, then with each one alone."""
    found = [m for m in _SPELLED.finditer(sample)]
    if not found:
        return [sample]
    every = _SPELLED.sub(lambda m: CONTRACTIONS[m.group(1)], sample)
    each = [sample[: m.start()] + CONTRACTIONS[m.group(1)] + sample[m.end() :] for m in found]
    return [sample, every, *each]


def _samples(templates: list[str], contract: bool = False) -> list[str]:
    seen: dict[str, None] = {}
    for template in templates:
        for sample in expand(template):
            for variant in contracted(sample) if contract else [sample]:
                seen.setdefault(variant, None)
    return list(seen)


def render(source: dict[str, Any], locale: str) -> dict[str, Any]:
    """The interaction model of one locale."""
    language = copy.deepcopy(source["languageModel"])
    extra = source.get("localeSamples", {}).get(locale, {})
    for intent in language["intents"]:
        templates = intent.get("samples", []) + extra.get(intent["name"], [])
        if templates:
            intent["samples"] = _samples(templates, contract=intent["name"] in CONTRACTED_INTENTS)
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
