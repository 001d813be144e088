"""Every distress phrasing of the lists that opens with the partner as its subject ("he ...",
"my wife's ..."), said with a partner's own name there instead, as couples say it: names that are
words (Will, May, Hope), an accented name as Alexa writes it (Seán as "sean"), names alike (Dan,
Danielle). Read by tests/skill/test_safety_said_alone_named.py; its lists are the other files'."""

from __future__ import annotations

import importlib
import re

from tests.skill.test_safety_said_alone import spoken
from trust_tracker.skill.distress import is_distress

# Each couple, and how Alexa writes each name it hears.
COUPLES = (("May", "Will"), ("Seán", "Chris"), ("Dan", "Danielle"), ("Hope", "Sam"))
WRITTEN = {"Seán": "sean"}
# The lists of distress, blind and our own (each module's upper-case lists not of lookalikes).
MODULES = (
    "blind11_methods", "blind13", "held_out11", "distress_blind", "distress_blind12", "distress_blind6",
    "distress_blind7", "distress_blind8", "distress_blind_early", "distress_fixer", "distress_fixer2",
    "distress_fixer3", "distress_held_out", "distress_phrases", "distress_pressure", "distress_said_alone10",
    "distress_tester2", "distress_tester5", "distress_tester6", "distress_wider",
)  # fmt: skip
_NOT_DISTRESS = ("LOOKALIKE", "ORDINARY", "QUIET", "EVERYDAY")
_SUBJECT = re.compile(r"^(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend))\b")


def _listed() -> list[str]:
    found: list[str] = []
    for module in MODULES:
        for name, value in vars(importlib.import_module(f"tests.skill.{module}")).items():
            if not name.isupper() or any(word in name for word in _NOT_DISTRESS):
                continue
            if isinstance(value, dict):
                value = [said for group in value.values() if isinstance(group, list) for said in group]
            if isinstance(value, list | tuple):
                found += [said for said in value if isinstance(said, str)]
    return list(dict.fromkeys(spoken(said) for said in found))


def named() -> list[tuple[str, tuple[str, str]]]:
    """Each phrasing with the partner as subject, given one partner's name in turn (the couples'
    eight names round and round), kept where the detector hears it with that couple's names."""
    names = [(name, couple) for couple in COUPLES for name in couple]
    out: list[tuple[str, tuple[str, str]]] = []
    for said in (s for s in _listed() if _SUBJECT.match(s)):
        name, couple = names[len(out) % len(names)]
        text = _SUBJECT.sub(WRITTEN.get(name, name).lower(), said, count=1)
        if is_distress(text, couple):
            out.append((text, couple))
    return out
