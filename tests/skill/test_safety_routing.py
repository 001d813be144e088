"""Distress said on its own, through virtual-alexa's router over the en-US model: a phrasing
that is not a sample reaches SupportIntent, or lands in another intent's slot where the
interceptor (skill/safety.py) reads it as distress (issue 8, item 1: whole families, "beating",
"hang", "poison", "unsafe", "threatening", "ending it", "need help", reached no intent)."""

from __future__ import annotations

import json
import re

from tests.skill.distress_phrases import DISTRESS
from tests.skill.distress_wider import DISTRESS_WIDER, TESTER
from tests.skill.test_end_to_end import MODEL, conversation_script, route_only
from trust_tracker.skill.distress import is_distress

__all__ = ["conversation_script"]  # the fixture: skips without node and virtual-alexa

# virtual-alexa matches samples exactly (a slot stands for any words), so this is a floor, not
# Alexa's NLU: of these 211 held-out phrasings the model before issue 8's fixes routed 19 (9%),
# the widened one 34 (16%); of all 357 phrasings, samples included, 98 then and 180 now.
MIN_HEARD = 0.15


def _spoken(text: str) -> str:
    """As Alexa writes what it heard: lower case words, apostrophes kept, hyphens as spaces."""
    return " ".join(re.sub(r"[^a-z' ]+", " ", text.lower().replace("-", " ")).split())


def test_distress_that_is_not_a_sample_reaches_help_through_a_real_alexa_router(conversation_script) -> None:
    samples = {
        sample
        for intent in json.loads(MODEL.read_text())["interactionModel"]["languageModel"]["intents"]
        for sample in intent.get("samples", [])
    }
    said = list(dict.fromkeys(_spoken(s) for s in DISTRESS_WIDER + TESTER + DISTRESS))
    held_out = [s for s in said if s not in samples]
    assert len(held_out) >= 200
    routed = route_only(held_out)
    support = [turn for turn in routed if turn["intent"] == "SupportIntent"]
    in_a_slot = [
        turn
        for turn in routed
        if turn["intent"] not in (None, "SupportIntent")
        and any(
            is_distress(said, ("Alex", "Sam"))
            for value in turn["slots"].values()
            if value
            for said in (value, f"I {value}")
        )
    ]
    missed = [turn for turn in routed if turn not in support and turn not in in_a_slot]
    heard = (len(support) + len(in_a_slot)) / len(routed)
    print(
        f"held-out distress phrasings: {len(routed)}; SupportIntent {len(support)}, another intent's slot read "
        f"as distress {len(in_a_slot)}, neither {len(missed)} ({heard:.0%} heard)"
    )
    for turn in missed:
        print(f"  not heard: {turn['utterance']!r} -> {turn['intent']} {turn['slots']}")
    # Whatever intent a phrasing reaches with a slot, the interceptor must read that slot as distress.
    assert [turn for turn in missed if turn["intent"] and turn["slots"]] == []
    assert heard >= MIN_HEARD, missed
