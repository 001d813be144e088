"""Said alone, through virtual-alexa over en-GB's model, the shapes of tester-voice5's row #5 reach
SupportIntent and are read as said (skill/carrier_reading.py) by the detector with the couple's
own names, as the skill's safety check reads them. Before safety23's carriers: 13 of 40 reached
SupportIntent and 11 were heard; after: 32 and 28. What is still missed is the detector's
(`is_distress` does not hear "may's been saying sorry to everyone like it's the last time" as
said either) or needs a word the model cannot hold ("i've already taken", "i took everything")."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.said_alone_by_shape import SAID_ALONE_BY_SHAPE
from trust_tracker.skill.carrier_reading import readings
from trust_tracker.skill.distress import is_distress

__all__ = ["conversation_script"]  # fixture: skips without node and virtual-alexa


def _heard(turn: dict, names: tuple[str, ...]) -> bool:
    if turn["intent"] != "SupportIntent":
        return False
    slots = {name: words for name, words in (turn.get("slots") or {}).items() if words}
    carried = any(name.startswith(("after_", "before_", "between_")) for name in slots)
    return not carried or any(is_distress(said, names) for said in readings(slots))


@pytest.mark.usefixtures("conversation_script")
def test_the_shapes_no_intent_carried_now_reach_the_help() -> None:
    said = [(s, tuple(couple.split(" & "))) for couple, sentences in SAID_ALONE_BY_SHAPE.items() for s in sentences]
    assert len(said) == 40
    turns = route_only([s for s, _ in said], locale="en-GB")
    reached = sum(turn["intent"] == "SupportIntent" for turn in turns)
    heard = [s for (s, names), turn in zip(said, turns, strict=True) if _heard(turn, names)]
    assert reached >= 32 and len(heard) >= 28, (reached, len(heard))
    for sentence in (
        "faith's been burning her legs with a lighter again",
        "grace stood at the edge of the cliff for ages last night",
        "may takes the sim out of my phone so i can't ring anyone",
        "rohan bashed my head against the car door",
        "the bruises on my arm are from grace but it's fine",
    ):
        assert sentence in heard
