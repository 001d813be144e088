"""Which of the safety tests' lists the learned distress check (infra/train_distress.py) is trained on, and
as what: every list of tests/skill/distress_*.py (a lookalike or ordinary list is everyday) and the lists the
safety tests keep beside their checks, but those written after the last retrain (UNTRAINED)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LISTS = Path(__file__).resolve().parents[1] / "tests" / "skill"


@dataclass(frozen=True)
class Said:
    text: str
    distress: bool
    # The list it comes from: held out together by --evaluate.
    fold: str
    # The first words of an everyday phrasing of that list (beginnings), not a phrasing itself.
    beginning: bool = False


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    if isinstance(value, list | tuple):
        return [s for item in value for s in strings(item)]
    return []


def _fold_of(module: str, name: str) -> str:
    """SIXTH_DISTRESS and SIXTH_LOOKALIKES are one list; a module's other lists are the module's."""
    for suffix in ("_DISTRESS", "_LOOKALIKES"):
        if name.endswith(suffix) and name != "DISTRESS_WIDER":
            return name.removesuffix(suffix).lower()
    return module.removeprefix("distress_")


# The safety tests' own lists, by name: always trained on, never held out (none was written blind).
_TESTS_EVERYDAY = ("LOOKALIKES", "ORDINARY", "EVERYDAY", "PLAYED")
_TESTS_DISTRESS = ("FAMILIES", "TESTER", "DISTRESS", "MORE", "NOT_PLAYED", "NAMED", "UNNAMED", "SAID_TO_ALEXA")


# Lists written after the last retrain, left out of training until a retrain is checked with them
# (safety36: tester-voice17's lists, heard by the rules alone; safety37's retrain took in tester16's;
# safety41: tester-voice19's. safety40's retrain with them was taken back: see the README).
UNTRAINED = (
    "distress_tester17",
    "test_safety_tester17",
    "distress_tester18",
    "test_safety_tester18",
    "distress_tester18_asked",
    "test_safety_tester18_asked",
    "distress_tester19",
    "test_safety_tester19",
    "test_safety_tester20",
    "distress_tester20_more",
    "test_safety_tester20_more",
    "distress_tester21",
    "test_safety_tester21",
    "test_safety_tester22",
    "test_safety_tester22_left",
    *(f"test_safety_tester{n}" for n in range(23, 37)),
    "test_safety_lead_probe",
    "test_safety_tester36_more",
    "test_safety_tester37",
    "test_safety_tester37_checkin",
    "test_safety_tester37_plain",
    "test_safety_tester39",
    "test_safety_tester41",
    "test_safety_tester42",
    "test_safety_tester43",
    "test_safety_tester44",
    "test_safety_tester48",
    "test_safety_tester49",
    "test_safety_tester50",
)
# Modules named like a list that hold none: distress_families.py is the checks the family files
# share; its PLACES (intent and slot names) and NAMES ("Alex", "Sam") were trained on as distress.
# test_safety_testers_shared.py runs the tester files' checks over their lists (the files are UNTRAINED).
NOT_LISTS = ("distress_families", "test_safety_testers_shared")


def distress_lists() -> list[Said]:
    """Every list of tests/skill/distress_*.py (a lookalike or ordinary list is not distress), and
    the phrasings and lookalikes the safety tests keep beside their checks, but the UNTRAINED."""
    said: dict[str, Said] = {}
    for path in sorted(LISTS.glob("distress_*.py")) + sorted(LISTS.glob("test_safety*.py")):
        if path.stem in UNTRAINED + NOT_LISTS:
            continue
        module = importlib.import_module(f"tests.skill.{path.stem}")
        tests = path.stem.startswith("test_")
        for name, value in vars(module).items():
            if not name.isupper() or (tests and name not in _TESTS_EVERYDAY + _TESTS_DISTRESS):
                continue
            distress = name in _TESTS_DISTRESS if tests else not any(w in name for w in ("LOOKALIKE", "ORDINARY"))
            fold = "tests" if tests else _fold_of(path.stem, name)
            for text in strings(value):
                said.setdefault(text, Said(text, distress, fold))
    return list(said.values())
