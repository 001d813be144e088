"""Distress said on its own, through virtual-alexa's router over the en-US model: a phrasing
that is not a sample reaches SupportIntent, through a sample of its own or a carrier sample
("he threw {after_he_threw}") whose words are distress, or lands in another intent's slot
that the skill reads as distress (issue 8, item 1). Whether it is heard is the skill's own
SafetyHandler deciding on the request Alexa would send (skill/safety.py `helps`): the rule of how
a slot was said has one home, skill/safety.py."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type

from tests.skill.distress_blind import BLIND_DISTRESS, BLIND_LOOKALIKES
from tests.skill.distress_fixer import FIXER_DISTRESS, FIXER_LOOKALIKES
from tests.skill.distress_held_out import HELD_OUT
from tests.skill.distress_phrases import DISTRESS
from tests.skill.distress_wider import DISTRESS_WIDER, LOOKALIKES, TESTER
from tests.skill.e2e.harness import MODEL, conversation_script, route_only
from trust_tracker.skill.endpoint import parse_envelope
from trust_tracker.skill.requests import intent_request
from trust_tracker.skill.safety import helps
from trust_tracker.skill.speakers import COUPLE_NAMES

__all__ = ["conversation_script"]  # the fixture: skips without node and virtual-alexa

# virtual-alexa matches samples exactly (a slot stands for any words), so this is a floor, not
# Alexa's NLU. Of the tuned phrasings that are not samples, the model before issue 8's fixes
# routed 19 of 211, the widened one 81 of 223 (36%), the carrier samples 212 of 224 (95%).
MIN_HEARD = 0.9
# The 30 held out (tests/skill/distress_held_out.py), never tuned on: 10 before the carrier
# samples, 23 with them.
MIN_HELD_OUT = 0.6
# The 240 written blind (tests/skill/distress_blind.py; 221 once spoken alike), whose words
# widened the detector: 183 reached help through the carriers there were, 209 with seventeen
# more carriers written for the openings their misses had ("i have locked ...", "how do i stop ...").
MIN_BLIND = 0.9


def _spoken(text: str) -> str:
    """As Alexa writes what it heard: lower case words, apostrophes kept, hyphens as spaces."""
    return " ".join(re.sub(r"[^a-z' ]+", " ", text.lower().replace("-", " ")).split())


def heard(turn: dict[str, Any]) -> bool:
    """Whether the skill answers this routed phrasing with help: its SafetyHandler, first of
    all handlers, takes the request Alexa sends for it, on a device linked to Alex and Sam."""
    if turn["intent"] is None:
        return False
    request = parse_envelope(intent_request(turn["intent"], turn["slots"]))
    handler_input = HandlerInput(request_envelope=request, attributes_manager=AttributesManager(request))
    handler_input.attributes_manager.request_attributes[COUPLE_NAMES] = ("Alex", "Sam")
    return is_request_type("IntentRequest")(handler_input) and helps(handler_input)


def _samples() -> set[str]:
    language = json.loads(MODEL.read_text())["interactionModel"]["languageModel"]
    return {sample for intent in language["intents"] for sample in intent.get("samples", [])}


def _measure(phrasings: list[str], what: str) -> tuple[float, list[dict[str, Any]]]:
    routed = route_only(phrasings)
    missed = [turn for turn in routed if not heard(turn)]
    print(f"{what}: {len(routed) - len(missed)}/{len(routed)} heard")
    for turn in missed:
        print(f"  not heard: {turn['utterance']!r} -> {turn['intent']} {turn['slots']}")
    return (len(routed) - len(missed)) / len(routed), missed


def test_distress_that_is_not_a_sample_reaches_help_through_a_real_alexa_router(conversation_script) -> None:
    said = list(dict.fromkeys(_spoken(s) for s in DISTRESS_WIDER + TESTER + DISTRESS))
    held_out = [s for s in said if s not in _samples()]
    assert len(held_out) >= 200
    figure, missed = _measure(held_out, "tuned distress phrasings that are not samples")
    assert figure >= MIN_HEARD, missed


def test_distress_never_tuned_on_reaches_help(conversation_script) -> None:
    said = [_spoken(s) for s in HELD_OUT]
    assert len(set(said)) == 30
    # Some happen to be samples already (written before, by others): counted all the same, said apart.
    figure, missed = _measure(said, f"held-out distress phrasings, {len(set(said) & _samples())} of them samples")
    assert figure >= MIN_HELD_OUT, missed


def test_the_lists_written_blind_reach_help_through_the_router(conversation_script) -> None:
    """Their words taught the detector, never the samples: the routing is measured on them unseen."""
    said = list(dict.fromkeys(_spoken(s) for s in BLIND_DISTRESS))
    figure, missed = _measure(said, f"distress written blind, {len(set(said) & _samples())} of them samples")
    assert figure >= MIN_BLIND, missed


def test_everyday_sentences_through_the_router_are_not_answered_with_help(conversation_script) -> None:
    said = [_spoken(s) for s in LOOKALIKES + BLIND_LOOKALIKES + FIXER_LOOKALIKES + EVERYDAY]
    assert [turn["utterance"] for turn in route_only(said) if heard(turn)] == []


# Everyday sentences that start as a carrier sample does ("he said ...", "i'm going ...",
# "my husband ...", "... and i'm scared"): SupportIntent hears them, the skill does not answer
# them with help.
EVERYDAY = [
    "he said he would cook tonight",
    "she made dinner for us",
    "he took the kids to school",
    "she gave me flowers",
    "he is on his way home",
    "he has been really thoughtful",
    "my husband kept his promise",
    "my wife called when she was late",
    "i'm going to bed",
    "i'm so proud of us",
    "i'm tired after work",
    "i'm not sure",
    "i'm scared i'll forget the evening talk",
    "i'm afraid of spiders",
    "the kids are asleep",
    "it's not a big deal",
    "everything is fine",
    "nobody cares about the dishes",
    "there's no milk left",
    "can you help me log a promise",
    "please help me remember",
    "the exam is tomorrow and i'm scared",
    "he grabbed a coffee on the way",
    "she threw a party for me",
]


@pytest.mark.parametrize("said", ["he threw my phone and i am scared", "i don't feel safe at home", "i can't go on"])
def test_the_issues_own_examples_are_heard(conversation_script, said) -> None:
    assert all(heard(turn) for turn in route_only([said]))


# Said softly (tests/skill/distress_fixer.py): 33/60 reached help once the detector knew the
# words, 57/60 with the carriers written for them ("he let {...}", "he did not {...}", "my
# friend {...}", "there is {...}").
MIN_FIXER = 0.9
# An independent tester's one-shot misses (issue 8): no intent, or a carrier whose words the
# detector did not know ("Sorry, I didn't get that").
SAID_ALONE = [
    "please call the police",
    "he shook the baby",
    "my friend is going to kill herself",
    "my sister's husband is hurting her",
    "there's blood everywhere",
    "i'm covered in bruises",
    "he pinned me down and wouldn't let me up",
    "good news he didn't choke me this time",
    "he only slapped me twice this week which is progress",
    "she checks my phone every night and takes it",
    "he gave me a right kicking",
    "my fella keeps me skint and takes my bank card",
    "he chucked a glass at my head",
    "no and i'm scared of him",
    "i'm too scared to tell him no",
    "my daughter said her boyfriend hits her",
    "he took the kids and won't tell me where they are",
    "he makes me feel worthless and says i deserve it",
]


def test_distress_said_softly_reaches_help_through_the_router(conversation_script) -> None:
    figure, missed = _measure([_spoken(s) for s in FIXER_DISTRESS], "the sixth list, said softly")
    assert figure >= MIN_FIXER, missed
    assert _measure(SAID_ALONE, "the tester's one-shot misses")[0] == 1.0
