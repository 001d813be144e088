"""Every distress list in tests/skill/ (distress_*.py), each phrasing said alone ("Alexa, ask
trust tracker ..."): virtual-alexa's route over the en-US model picks the intent and its slot
words, and the skill's whole handler chain answers that request on a linked device. Each must
end at the locale's help with nothing written, whatever intent was picked (issue 8, item 1).

Measured with this test on 2026-12-02, all lists together (863 phrasings once spoken alike):
809 helped before (a topic carrier's two sides read apart, so "he put a tracker on my car" was
let go; no carrier for "jordan forced me ...", "my husband's got a gun", "he does things to me
..."; 15 of the eighth list's words unknown to the detector), 857 after. Left: "help" alone
(AMAZON.HelpIntent carries no words, and must explain the skill), openings with no carrier
("ha if he leaves ...", "joking not joking ...", "can you tell my wife ...", "mark keeps ..."),
and "he laid into me after the party" (then left alone; heard since safety18, tests/skill/test_safety_pressure.py)."""

from __future__ import annotations

import re

import pytest

from tests.skill import (
    distress_blind,
    distress_blind7,
    distress_fixer,
    distress_fixer2,
    distress_fixer3,
    distress_held_out,
    distress_phrases,
    distress_wider,
)
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import alex, envelope, say, skill, speech
from tests.skill.test_safety_states import stored

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures

# The seventh blind list is measured on its own below: its figure is not yet the others'.
LISTS = {
    "blind": [said for said in distress_blind.BLIND_DISTRESS if said not in distress_blind7.SEVENTH_DISTRESS],
    "fixer": distress_fixer.FIXER_DISTRESS,
    "fixer2": distress_fixer2.FIXER2_DISTRESS,
    "fixer3": distress_fixer3.FIXER3_DISTRESS,
    "held out": distress_held_out.HELD_OUT,
    "phrases": distress_phrases.DISTRESS,
    "wider": distress_wider.DISTRESS_WIDER + distress_wider.TESTER,
}
# 809 of 863 (0.94) before, 857 (0.99) after.
MIN_HELPED = 0.99
# Typed without apostrophes in some lists; Alexa writes what it hears with them.
_TYPED = {"im": "i'm", "ive": "i've", "hes": "he's", "shes": "she's", "wont": "won't", "isnt": "isn't"}


def spoken(text: str) -> str:
    """As Alexa writes what it heard: lower case words, apostrophes kept, hyphens as spaces."""
    words = re.sub(r"[^a-z' ]+", " ", text.lower().replace("\u2019", "'").replace("-", " ")).split()
    return " ".join(_TYPED.get(word, word) for word in words)


def helped(say, session, turn: dict) -> bool:
    """Whether the skill, given the request Alexa sends for this routed phrasing, answers with the
    locale's help and writes nothing. Nothing routed: Alexa's fallback carries no words to read."""
    if turn["intent"] is None:
        return False
    before = stored(session)
    said = speech(say(envelope(turn["intent"], turn["slots"])))
    return said.startswith("I'm sorry you're going through this.") and stored(session) == before


@pytest.mark.usefixtures("alex")
def test_every_distress_list_said_alone_ends_at_help_with_nothing_written(conversation_script, say, session) -> None:
    phrasings = list(dict.fromkeys(spoken(said) for phrasings in LISTS.values() for said in phrasings))
    assert len(phrasings) >= 860
    missed = [turn for turn in route_only(phrasings) if not helped(say, session, turn)]
    print(f"distress said alone, helped: {len(phrasings) - len(missed)}/{len(phrasings)}")
    for turn in missed:
        print(f"  not helped: {turn['utterance']!r} -> {turn['intent']} {turn['slots']}")
    assert (len(phrasings) - len(missed)) / len(phrasings) >= MIN_HELPED, missed


@pytest.mark.usefixtures("alex")
def test_the_seventh_blind_list_said_alone(conversation_script, say, session) -> None:
    """Measured when the list was added (safety8): 68 of its 80 phrasings end at help with nothing
    written. Of the 12 left, 11 route to no intent at all in virtual-alexa ("can you call someone
    for me quietly", "i'm sleeping in the car tonight it's safer", "my wee one hides under the bed
    when his da comes home"): no sample carries their openings, and none may be added (the model is
    at its size limit). The twelfth, "my granny's carer is taking her pension money", reached
    SupportIntent through "my friend's {…}" and was read as "my friend carer …": each "after_" slot
    is now also read with the possessive (skill/carrier_reading.as_said), and it is helped: 69. The
    detector itself hears all 80. safety10 added carriers by family of opening (someone called or
    fetched, "i'm sleeping ...", a child, "... and he kicked me", "he changed ...", "he give me
    ..."): 78. Left: "um can you not tell ..." (a filler first) and "i've not eaten ..." (the
    generator writes "i have not" as "i haven't" only)."""
    phrasings = list(dict.fromkeys(spoken(said) for said in distress_blind7.SEVENTH_DISTRESS))
    missed = [turn for turn in route_only(phrasings) if not helped(say, session, turn)]
    print(f"seventh list said alone, helped: {len(phrasings) - len(missed)}/{len(phrasings)}")
    for turn in missed:
        print(f"  not helped: {turn['utterance']!r} -> {turn['intent']} {turn['slots']}")
    assert len(phrasings) - len(missed) >= 78, missed


# The families these fixes were for, each in phrasings of no list: they must be helped.
FAMILIES = [
    "i think my ex put a tracker under my car",  # a topic carrier's two sides, one sentence
    "he said no and he didn't stop",
    "priya forced me to sleep with him",  # a name where "he" stands
    "dave punched me in the ribs last week",
    "my boyfriend's got a knife in his drawer and says it's for me",  # a partner's 's
    "me hubby battered me again",
    "if he finds out i called he'll kill me",
    "it's been a week since i last cut myself",
    "might as well end it all now",
    "the kid next door has bruises all over her arms",  # a child seen, next door
]
# Their lookalikes, routed the same ways: they must not be.
LOOKALIKES = [
    "we put a tracker on the dog's collar",
    "the ball hit me in the face at football",
    "dave kicked the ball over the fence",
    "my boyfriend's got a new job",
    "if he finds my keys tell him thanks",
    "it's been a good week",
    "might as well order a pizza",
    "the kids next door had a party",
]


@pytest.mark.usefixtures("alex")
def test_the_families_are_helped_and_their_lookalikes_are_not(conversation_script, say, session) -> None:
    routed = route_only(FAMILIES + LOOKALIKES)
    answered = [turn["utterance"] for turn in routed if helped(say, session, turn)]
    assert answered == FAMILIES
