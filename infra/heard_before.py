#!/usr/bin/env python3
"""What a retrain of the learned distress check must not lose: every sentence written in
tests/skill that the whole check (rules and learned opinion) hears today.

A retrain can let go of sentences only the learned opinion heard (nlu13's let go of three; the
full CI found them an hour after the merge). `infra/train_distress.py` reads every string of
tests/skill with the committed model and with the retrained one, each in a fresh process (the
model is read once, at import), and puts the committed model back when a heard one went quiet.

    python infra/heard_before.py < strings.json   # prints the ones heard, as JSON (the fresh process)
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The couple most lists speak of: their names are read as "my partner", as on a linked device.
COUPLE = ("Sam", "Alex")
# A sentence, not an id, a regex or a file name: the lists' shortest heard sentence is 13 long.
SHORTEST, LONGEST = 12, 300


def test_sentences(root: Path = ROOT) -> list[str]:
    """Every one-line string constant of tests/skill/*.py long enough to be a sentence."""
    found: set[str] = set()
    for path in sorted((root / "tests" / "skill").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            said = node.value if isinstance(node, ast.Constant) else None
            if isinstance(said, str) and SHORTEST < len(said) < LONGEST and "\n" not in said:
                found.add(said)
    return sorted(found)


def heard_in_fresh_process(sentences: list[str]) -> set[str]:
    """The sentences the check hears with the model file as it is on disk now."""
    done = subprocess.run(
        [sys.executable, __file__], input=json.dumps(sentences), capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stdout))


def _print_heard() -> None:
    sys.path.insert(0, str(ROOT))
    from trust_tracker.skill.distress import is_distress

    print(json.dumps([said for said in json.load(sys.stdin) if is_distress(said, COUPLE)]))


if __name__ == "__main__":
    _print_heard()
