#!/usr/bin/env python3
"""Where the doubt band should ask (skill/saved_words.py): the figures to choose its rule from.

    python infra/doubt_band.py            # the table of candidate rules, and the chosen rule's figures
    python infra/doubt_band.py --show     # also every everyday sentence the chosen rule asks about

Words about to be saved that the distress check does not hear, but that the learned check scores
at a band's floor or above, are asked about before they are saved. A rule is a floor, a least
number of different words, and the places (columns) it reads. For each candidate this prints:
(a) of the crisis sentences in every distress list under tests/skill that the check misses
(rules and learned alarm both), the share the band catches, the lists never trained on apart;
(b) the share of everyday sentences asked about needlessly: the lookalike lists, the answers,
notes and reflections the tests save (and every utterance said in their conversations, read as
an answer), the routing phrasings and the interaction model's samples filled with ordinary words.
The crisis figures count every sentence once, wherever it could be said; the everyday figures
count each under the place it is saved in.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "infra"))

from train_distress import (  # noqa: E402
    NAMES,
    THRESHOLD,
    Said,
    distress_lists,
    everything,
    model_samples,
    routing_phrasings,
    train,
)

import trust_tracker.models.entities  # noqa: E402,F401  (the models first: they import each other)
from trust_tracker.skill.distress_reading import read_as_spoken  # noqa: E402
from trust_tracker.skill.saved_words import BANDS, different_words, distress_in, doubt_score  # noqa: E402

TESTS = ROOT / "tests"
# Lists the learned check was never trained on (train_distress reads distress_*.py and the
# safety tests' own lists): the honest figure for crisis in new words.
UNTRAINED = ("blind*.py", "said_alone*.py", "held_out11.py")
FLOORS = (1.5, 2.0, 2.5, 3.0, 3.25, 3.5, 3.75, 4.0)
FEWEST = (3, 4, 6, 8)
# A saved string's place, by the key the tests give it.
_KEYED = re.compile(r"""["']?\b(answer|note|trigger|prevention)["']?\s*[:=]\s*"([^"{}]{2,})\"""")
_PLACE = {"answer": "answers", "note": "notes", "trigger": "reflections", "prevention": "reflections"}
# What someone says in the tests' conversations: any of it may land as a check-in answer.
_TALKED = re.compile(r"""\b(?:\w*talks?|alexa|alex_says|said_in)\(\s*"([^"{}]{2,})\"""")


def _untrained() -> tuple[list[str], list[str]]:
    """The distress and lookalike lists of the modules the learned check never saw."""
    distress: dict[str, None] = {}
    everyday: dict[str, None] = {}
    for pattern in UNTRAINED:
        for path in sorted((TESTS / "skill").glob(pattern)):
            module = importlib.import_module(f"tests.skill.{path.stem}")
            for name, value in vars(module).items():
                if not name.isupper() or not isinstance(value, list | tuple):
                    continue
                texts = [text for text in value if isinstance(text, str)]
                kind = everyday if any(w in name for w in ("LOOKALIKE", "NOT_DISTRESS", "EVERYDAY")) else distress
                kind.update(dict.fromkeys(texts))
    return list(distress), list(everyday)


def _saved_in_tests() -> dict[str, list[str]]:
    """What the tests save, by place, and what their conversations say."""
    saved: dict[str, dict[str, None]] = {"answers": {}, "notes": {}, "reflections": {}, "said in tests": {}}
    for path in sorted(TESTS.rglob("test_*.py")):
        source = path.read_text()
        for key, text in _KEYED.findall(source):
            saved[_PLACE[key]][text] = None
        for text in _TALKED.findall(source):
            saved["said in tests"][text] = None
    return {place: list(texts) for place, texts in saved.items()}


def _missed(texts: list[str]) -> list[str]:
    """The sentences (three words or more: the lists also hold names of places and states) the
    check does not hear."""
    return [text for text in dict.fromkeys(texts) if len(text.split()) >= 3 and not distress_in(text, NAMES)]


def held_out() -> dict[str, tuple[bool, float]]:
    """Leave one list out, as train_distress --evaluate does: each distress list and its
    lookalikes scored by a model trained without them (read as the saved words are: as they
    stand and after "I"). The honest score of crisis in new words, minutes to compute."""
    said = [s for s in everything() if not s.beginning]
    folds = sorted({s.fold for s in said if s.distress and s.fold != "tests"})
    scores: dict[str, tuple[bool, float]] = {}
    for fold in folds:
        out: list[Said] = [s for s in said if s.fold == fold and len(s.text.split()) >= 3]
        pipeline = train([s for s in said if s.fold != fold])
        for reading in ("{}", "i {}"):
            values = pipeline.decision_function([read_as_spoken(reading.format(s.text), NAMES) for s in out])
            for s, value in zip(out, values.tolist(), strict=True):
                scores[s.text] = (s.distress, max(value, scores.get(s.text, (True, -1e9))[1]))
    return scores


Rule = Callable[[str, str], bool]


def _rule(floor: float, fewest: int) -> Rule:
    return lambda text, _place: different_words(text) >= fewest and doubt_score(text, NAMES) >= floor


def _chosen(text: str, place: str) -> bool:
    band = BANDS.get(place)
    return band is not None and different_words(text) >= band.fewest_words and doubt_score(text, NAMES) >= band.floor


def _share(rule: Rule, texts: list[str], place: str) -> str:
    asked = sum(rule(text, place) for text in texts)
    return f"{asked}/{len(texts)} {100 * asked / max(1, len(texts)):.1f}%"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the everyday sentences the chosen rule asks about")
    parser.add_argument("--held-out", action="store_true", help="crisis in new words: leave one list out (6 minutes)")
    args = parser.parse_args(argv)
    trained = distress_lists()
    untrained_distress, untrained_everyday = _untrained()
    missed = _missed([s.text for s in trained if s.distress] + untrained_distress)
    print(f"crisis in the lists that the check misses as it stands: {len(missed)} (the rules were tuned on them)")
    for text in missed:
        print(f"  {doubt_score(text, NAMES):.2f} {text}")
    saved = _saved_in_tests()
    # Everyday sources, each read by the band of the place its words are saved in.
    everyday: dict[str, tuple[str, list[str]]] = {
        "lookalikes": ("answers", _missed([s.text for s in trained if not s.distress] + untrained_everyday)),
        "test answers": ("answers", _missed(saved["answers"])),
        "test notes": ("notes", _missed(saved["notes"])),
        "test reflections": ("reflections", _missed(saved["reflections"])),
        "said in tests": ("answers", _missed(saved["said in tests"])),
        "routing": ("answers", _missed([s.text for s in routing_phrasings()])),
        "model samples": ("answers", _missed([s.text for s in model_samples()])),
    }
    held = held_out() if args.held_out else {}
    crisis = [t for t, (distress, score) in held.items() if distress and score < THRESHOLD]
    alike = [t for t, (distress, score) in held.items() if not distress and score < THRESHOLD]
    heads = ["held-out crisis", "held-out alike", *everyday]
    print(f"{'floor':>5} {'words':>5}  " + "  ".join(f"{h:>17}" for h in heads))
    for floor in FLOORS:
        for fewest in FEWEST:
            rule = _rule(floor, fewest)
            cells = [_caught(held, crisis, floor, fewest), _caught(held, alike, floor, fewest)]
            cells += [_share(rule, texts, place) for place, texts in everyday.values()]
            print(f"{floor:>5} {fewest:>5}  " + "  ".join(f"{c:>17}" for c in cells))
    print(
        "chosen (skill/saved_words.py BANDS):", ", ".join(f"{p} {b.floor}/{b.fewest_words}" for p, b in BANDS.items())
    )
    for place, band in BANDS.items():
        caught = _caught(held, crisis, band.floor, band.fewest_words)
        print(
            f"  said as {place}: held-out crisis {caught}, lookalikes {_caught(held, alike, band.floor, band.fewest_words)}"
        )
    for source, (place, texts) in everyday.items():
        print(f"  {source} (as {place}): asked {_share(_chosen, texts, place)}")
        for text in texts if args.show else []:
            if _chosen(text, place):
                print(f"    {doubt_score(text, NAMES):.2f} {text}")
    return 0


def _caught(held: dict[str, tuple[bool, float]], texts: list[str], floor: float, fewest: int) -> str:
    """The held-out share at or over the floor ("-" without --held-out)."""
    if not texts:
        return "-"
    asked = sum(held[t][1] >= floor and different_words(t) >= fewest for t in texts)
    return f"{asked}/{len(texts)} {100 * asked / len(texts):.1f}%"


if __name__ == "__main__":
    raise SystemExit(main())
