"""A carrier's slot is named for the words said before it, and the sentence is rebuilt from that
name (skill/carrier_reading.py). Alexa sends a slot's words, not which of a sample's alternatives
was said, so a sample whose alternatives differ in meaning gives each its own slot
(generate.py's own_slots, "[a|b]" in source.json): "he keeps kicking me when I'm asleep" is read as
said, not as "he keeps touching me when I'm asleep" (safety23)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.skill.model_generator import load_generator
from trust_tracker.skill.carrier_reading import readings
from trust_tracker.skill.distress import is_distress

MODEL_DIR = Path(__file__).parents[2] / "interaction-model"
SOURCE = json.loads((MODEL_DIR / "source.json").read_text(encoding="utf-8"))
SLOT = re.compile(r"\{(\w+)\}")
SUBJECT = {"she": "he", "herself": "himself"}


def _alternatives() -> list[tuple[str, str]]:
    """Every sample of a carrier with alternatives that differ in meaning, with the words from the
    alternative said ("kicking")."""
    generator = load_generator()
    support = next(i for i in SOURCE["languageModel"]["intents"] if i["name"] == "SupportIntent")
    marked = [t for t in support["samples"] if "[" in t]
    assert len(marked) >= 15  # the carriers whose alternatives differ in meaning
    found = []
    for template in marked:
        start = template.index("[")
        choices = template[start + 1 : template.index("]")].split("|")
        for choice, own in zip(choices, generator.own_slots(template), strict=True):
            found += [(sample, choice) for sample in generator.expand(own)]
    return found


@pytest.mark.parametrize("tail", ["when he has been drinking", "again last night", "in front of the kids"])
def test_every_own_slot_sample_is_rebuilt_with_the_alternative_said(tail) -> None:
    alternatives = _alternatives()
    assert len(alternatives) > 80
    for sample, words in alternatives:
        slots = {name: ("sam" if name == "name" else tail) for name in SLOT.findall(sample)}
        # The slot's words end the reading, or open it for a slot before the carrier's words ("{…} when i am asleep").
        rebuilt = [
            said
            for said in readings(slots)
            if tail in (said[-len(tail) :], said[: len(tail)]) and f" {words} " in f" {said} "
        ]
        assert rebuilt, (sample, list(readings(slots)))


def test_own_slots_are_declared_in_every_locale_with_the_type_of_the_slot_named_from() -> None:
    for locale in SOURCE["locales"]:
        model = json.loads((MODEL_DIR / f"{locale}.json").read_text(encoding="utf-8"))
        support = next(i for i in model["interactionModel"]["languageModel"]["intents"] if i["name"] == "SupportIntent")
        declared = {slot["name"]: slot["type"] for slot in support["slots"]}
        for name in ("after_he_keeps_kicking_me", "after_he_hacked", "after_he_is_drunk", "after_he_always"):
            assert declared[name] == declared["after_he_keeps_touching_me"] == "DISTRESS"
        assert not any("[" in s for s in support["samples"])


def test_the_generator_gives_each_alternative_its_own_slot() -> None:
    own = load_generator().own_slots("{name} keeps [touching|making] me {after_he_keeps_touching_me}")
    assert own == [
        "{name} keeps touching me {after_he_keeps_touching_me}",
        "{name} keeps making me {after_he_keeps_making_me}",
    ]
    assert load_generator().own_slots("{name} controls [everything|the money] {after_he_controls_everything}")[1] == (
        "{name} controls the money {after_he_controls_the_money}"
    )
    assert load_generator().own_slots("(he|she) hit {after_he_hit}") == ["(he|she) hit {after_he_hit}"]


# What the slot held when the alternative said was not the one the slot used to be named for.
HEARD = [
    ("after_he_keeps_kicking_me", "when i am asleep"),
    ("after_he_keeps_slapping_me", "in front of my mum"),
    ("after_he_keeps_making_me", "have sex when i do not want to"),
    ("after_he_hacked", "my email and reads everything i send"),
    ("after_he_deleted", "every number in my phone so i can not call anyone"),
    ("after_he_yanked", "the phone out of my hand when i tried to call my sister"),
    ("after_he_is_drunk", "again and i am hiding in the bathroom"),
    ("after_he_will_not_stop_hitting", "me when the kids are asleep"),
    ("after_he_poured_hot", "water over me"),
]
# Said with the first alternative, everyday words: read as said, no alarm.
QUIET = [
    ("after_he_keeps_touching_me", "on the arm to say hello"),
    ("after_he_keeps_calling_me", "to say goodnight"),
    ("after_he_keeps_giving_me", "flowers"),
    ("after_he_changed", "the light bulb in the hall"),
    ("after_he_is_outside", "washing the car"),
]


@pytest.mark.parametrize("slot, words", HEARD)
def test_an_alternative_said_is_heard_through_its_own_slot(slot, words) -> None:
    assert any(is_distress(said, ("Alex", "Sam")) for said in readings({"name": "sam", slot: words}))


@pytest.mark.parametrize("slot, words", QUIET)
def test_everyday_words_through_the_first_alternative_stay_quiet(slot, words) -> None:
    assert not any(is_distress(said, ("Alex", "Sam")) for said in readings({"name": "sam", slot: words}))
