"""A threat to kill said over one of the couple's own promises ("he'll kill me if I forget the open phone", "Sam's
going to kill me, I forgot the evening talk") gets help, where the same words over the milk stay the everyday idiom
(tests/skill/test_distress_threat_if_late.py): the promises are what this couple rebuilds trust on, and whether a
threat over them is a joke is not the skill's to tell (tester-voice48: it was offered back as a moment of
reliability, "He will kill me if I forget the open phone", for the partner to read). The distress reading does not
know the promises; this does, on a linked device, read only when the words hold such a threat."""

from __future__ import annotations

import re

from ask_sdk_core.handler_input import HandlerInput

from trust_tracker.models.contracts import active_commitments
from trust_tracker.models.steering_words import spoken

from .dialog import skill_context
from .speakers import linked_couple
from .understanding import commitments_named

_KILL = re.compile(r"\b(?:kill|murder|strangle) (?:me|us)\b")


def threat_over_a_promise(handler_input: HandlerInput, heard: list[str]) -> bool:
    """Whether any of `heard` (a request's words as read) threatens to kill over one of the linked couple's promises."""
    threats = [said for said in heard if _KILL.search(spoken(said))]
    couple = linked_couple(handler_input) if threats else None
    if couple is None:
        return False
    agreed = active_commitments(skill_context(handler_input).session, couple.id, lineages=True)
    return any(commitments_named(said, agreed) for said in threats)
