#!/usr/bin/env python3
"""What a retrain of the learned distress check must not lose or raise: every sentence written in
tests/skill that the whole check (rules and learned opinion) hears today, and every quiet twin the
tests keep under the save path's doubt band (skill/saved_words.py BANDS).

A retrain can let go of sentences only the learned opinion heard (nlu13's let go of three; the full
CI found them an hour after the merge), or lift an innocent twin over the band, so the save path
asks "I haven't saved that yet" of it (nlu14's lifted three, found by CI too). `infra/train_distress.py`
reads them with the committed model and with the retrained one, each in a fresh process (the model
is read once, at import), and keeps the committed model when a heard one went quiet or a twin rose.

    python infra/heard_before.py < request.json   # prints the readings, as JSON (the fresh process)
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The couple most lists speak of: their names are read as "my partner", as on a linked device.
COUPLE = ("Sam", "Alex")
# A sentence, not an id, a regex or a file name: the lists' shortest heard sentence is 13 long.
SHORTEST, LONGEST = 12, 300
# A module-level list of tests/skill named so holds sentences that must stay quiet and be saved as
# said (CheckedLists' quiet is built of them: TWINS, LOOKALIKES, QUIET, PLAYED …), unless its name
# says otherwise (NOT_PLAYED, HEARD_BESIDE_TWINS and HARMFUL_TWINS are distress).
_TWINS = re.compile(r"LOOKALIKE|TWIN|QUIET|ORDINARY|EVERYDAY|PLAYED|FALSE_ALARM")
_NOT_TWINS = re.compile(r"^_?NOT_|HEARD|HARMFUL|DISTRESS")


def _sentences_in(node: ast.AST) -> set[str]:
    """The sentence-long one-line string constants under a node, a dict's keys (family names) aside."""
    keys = {id(key) for n in ast.walk(node) if isinstance(n, ast.Dict) for key in n.keys if key is not None}
    return {
        n.value
        for n in ast.walk(node)
        if isinstance(n, ast.Constant)
        and id(n) not in keys
        and isinstance(n.value, str)
        and SHORTEST < len(n.value) < LONGEST
        and "\n" not in n.value
    }


def _modules(root: Path) -> list[ast.Module]:
    return [ast.parse(path.read_text()) for path in sorted((root / "tests" / "skill").glob("*.py"))]


def test_sentences(root: Path = ROOT) -> list[str]:
    """Every one-line string constant of tests/skill/*.py long enough to be a sentence."""
    return sorted({said for module in _modules(root) for said in _sentences_in(module)})


def quiet_twins(root: Path = ROOT) -> list[str]:
    """Every sentence of the module-level twin and lookalike lists of tests/skill/*.py."""
    found: set[str] = set()
    for module in _modules(root):
        for node in module.body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                named = [t.id for t in targets if isinstance(t, ast.Name)]
                if any(_TWINS.search(name) and not _NOT_TWINS.search(name) for name in named):
                    found |= _sentences_in(node.value)
    return sorted(found)


@dataclass(frozen=True)
class Readings:
    """What the check made of the test sentences with one model: those heard, each twin's doubt score."""

    heard: frozenset[str]
    doubt: dict[str, float]


def read_in_fresh_process(sentences: list[str], twins: list[str], model: Path | None = None) -> Readings:
    """The sentences the check hears and the twins' doubt scores, with the committed model file
    or with `model` (a retrain not yet written)."""
    request = {"sentences": sentences, "twins": twins, "model": str(model) if model else None}
    done = subprocess.run(
        [sys.executable, __file__], input=json.dumps(request), capture_output=True, text=True, check=True
    )
    read = json.loads(done.stdout)
    return Readings(frozenset(read["heard"]), read["doubt"])


def lifted(before: Readings, after: Readings) -> list[tuple[str, float, float]]:
    """The twins quiet and under the doubt band before that the retrain hears or raises to it:
    (sentence, score before, score after)."""
    floor, fewest = _band()
    from trust_tracker.skill.saved_words import different_words

    return [
        (twin, score, after.doubt[twin])
        for twin, score in sorted(before.doubt.items())
        if twin not in before.heard
        and score < floor
        and different_words(twin) >= fewest
        and (twin in after.heard or after.doubt[twin] >= floor)
    ]


def _band() -> tuple[float, int]:
    """The lowest floor and fewest words of any place's band: a twin may be saved in any of them."""
    sys.path.insert(0, str(ROOT))
    import trust_tracker.models.entities  # noqa: F401  (the models first: they import each other)
    from trust_tracker.skill.saved_words import BANDS

    return min(band.floor for band in BANDS.values()), min(band.fewest_words for band in BANDS.values())


def guarded(
    retrained: str, sentences: list[str] | None = None, twins: list[str] | None = None, accept: bool = False
) -> bool:
    """Whether a retrained model (its file's text) may replace the committed one: no test sentence
    heard goes quiet and no quiet twin is heard or lifted to the doubt band, each named (a twin with
    both scores). The committed file is not touched here. By default every sentence and twin."""
    sentences = test_sentences() if sentences is None else sentences
    twins = quiet_twins() if twins is None else twins
    with tempfile.TemporaryDirectory() as folder:
        candidate = Path(folder) / "retrained.json"
        candidate.write_text(retrained)
        before = read_in_fresh_process(sentences, twins)
        after = read_in_fresh_process(sentences, twins, candidate)
    lost, risen = sorted(before.heard - after.heard), lifted(before, after)
    print(f"of {len(sentences)} test sentences: {len(after.heard - before.heard)} newly heard, {len(lost)} gone quiet")
    print(f"of {len(twins)} quiet twins: {len(risen)} heard or lifted to the doubt band")
    for said in lost:
        print(f"  gone quiet: {said}", file=sys.stderr)
    for said, score, now in risen:
        print(f"  twin lifted: {said} ({score:.2f} -> {now:.2f})", file=sys.stderr)
    if (lost or risen) and not accept:
        print("kept the committed model (--accept-lost writes it anyway)", file=sys.stderr)
        return False
    return True


def _print_readings() -> None:
    sys.path.insert(0, str(ROOT))
    request = json.load(sys.stdin)
    import trust_tracker.models.entities  # noqa: F401  (the models first: they import each other)
    from trust_tracker.skill import distress_learned
    from trust_tracker.skill.distress import is_distress
    from trust_tracker.skill.saved_words import doubt_score

    if request["model"]:
        model = json.loads(Path(request["model"]).read_text())
        # What distress_learned reads at import, from the retrain instead of the committed file.
        vars(distress_learned).update(
            _MODEL=model,
            _THRESHOLD=model["threshold"],
            _INTERCEPT=model["intercept"],
            _WORDS=model["word"],
            _CHARS=model["char"],
        )
    said = request["sentences"] + request["twins"]
    heard = sorted({text for text in said if is_distress(text, COUPLE)})
    print(json.dumps({"heard": heard, "doubt": {twin: doubt_score(twin, COUPLE) for twin in request["twins"]}}))


if __name__ == "__main__":
    _print_readings()
