"""safety25: tester-voice6 #6 (no intent carried them said alone), #10 and #16 (false alarms through
SupportIntent's carriers), and safety25's own held-out list (tests/skill/said_alone25.py, written
before any change). Figures over en-GB's model through virtual-alexa, read as the skill's safety
check reads a carrier (carrier_reading.readings with the couple's names): before safety25, of the
40 distress sentences 30 reached SupportIntent and 26 were heard (is_distress alone: 34); after,
35 and 34 (is_distress: 39). Of the 40 lookalikes, 2 got the help lines before, none after the
retrain (is_distress: 2 before, 1 after; that one, "may laughed in my face ...", reaches no intent)."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.said_alone25 import SAID_ALONE25_DISTRESS, SAID_ALONE25_LOOKALIKES
from trust_tracker.skill.carrier_reading import readings
from trust_tracker.skill.distress import is_distress

__all__ = ["conversation_script"]  # fixture: skips without node and virtual-alexa

# tester-voice6 #6, said alone, with the couple each was said by.
TESTER_SAID_ALONE_DISTRESS = [
    ("alex put an app on my phone that tells him where i am all the time", ("Alex", "Sam")),
    ("bill told me he'll burn the house down with me in it", ("Will", "Bill")),
    ("alex has been sitting in the car in the garage with the engine running", ("Alex", "Sam")),
    ("hope grabs my hair when i talk back", ("Hope", "Faith")),
    ("alex gets a bit rough sometimes but it's mostly my fault", ("Alex", "Sam")),
    ("everyone would cope fine without me", ("Will", "Bill")),
    ("will sleeps with the rifle by the bed and says it's for me if i ever cheat again", ("Will", "Bill")),
]
# Our own phrasings of the new rules' families (skill/distress_worn_down.py), for the trainer too.
DISTRESS = [
    "he says he'll post my nude pictures online if i leave",
    "she drove like a maniac while i pleaded with her to let me out",
    "he kept me up half the night shouting at me",
    "i have chosen the night i'm going to do it",
    "i gave my dog to my brother because i won't be around to walk him",
    "she made me bleed again last night",
    "tonight i'm going to walk into the river",
    "i'm ready to leave this world",
    "i'm going to disappear forever and nobody will notice",
]
# Their everyday twins, and the brief's lookalikes (tester-voice6 #16).
LOOKALIKES = [
    "she says she'll send the holiday pictures to my mum",
    "he drove me to the station and i begged him to stop for coffee",
    "the baby kept me up half the night",
    "i have chosen the day we're going to move house",
    "i gave my old dog bed to the neighbours because ours is new",
    "my mum will kill me if the cake is burnt",
    "my dad would kill me if the car got scratched",
    "she put her hands round my neck to fasten my pearls",
    "he put his hands on my neck to rub the knot out",
    "he won't let me eat any of his sweets",
    "the paper cut made me bleed all over the letter",
    "i'm going to walk into the sea for a paddle with the kids",
    "i'm going to disappear for the weekend with my book",
]


def _heard(turn: dict, names: tuple[str, ...]) -> bool:
    if turn["intent"] != "SupportIntent":
        return False
    slots = {name: words for name, words in (turn.get("slots") or {}).items() if words}
    carried = any(name.startswith(("after_", "before_", "between_")) for name in slots)
    return not carried or any(is_distress(said, names) for said in readings(slots))


def _said(lists: dict[str, list[str]]) -> list[tuple[str, tuple[str, ...]]]:
    return [(s, tuple(couple.split(" & "))) for couple, sentences in lists.items() for s in sentences]


def test_the_new_rules_hear_their_families_and_leave_the_twins() -> None:
    for sentence in DISTRESS:
        assert is_distress(sentence, ("Alex", "Sam")), sentence
    for sentence in LOOKALIKES:
        assert not is_distress(sentence, ("Alex", "Sam")), sentence


@pytest.mark.usefixtures("conversation_script")
def test_tester_voice6_said_alone_reach_the_help() -> None:
    turns = route_only([s for s, _ in TESTER_SAID_ALONE_DISTRESS], locale="en-GB")
    for (sentence, names), turn in zip(TESTER_SAID_ALONE_DISTRESS, turns, strict=True):
        assert is_distress(sentence, names), sentence
        assert _heard(turn, names), (sentence, turn)


@pytest.mark.usefixtures("conversation_script")
def test_own_held_out_list_figures() -> None:
    distress, lookalikes = _said(SAID_ALONE25_DISTRESS), _said(SAID_ALONE25_LOOKALIKES)
    assert len(distress) == len(lookalikes) == 40
    turns = route_only([s for s, _ in distress + lookalikes], locale="en-GB")
    reached = sum(turn["intent"] == "SupportIntent" for turn in turns[:40])
    heard = sum(_heard(turn, names) for (_, names), turn in zip(distress, turns[:40], strict=True))
    alarmed = [s for (s, names), turn in zip(lookalikes, turns[40:], strict=True) if _heard(turn, names)]
    assert reached >= 34 and heard >= 32, (reached, heard)
    assert len(alarmed) <= 1, alarmed
