"""safety10's own lists (tests/skill/distress_said_alone10.py), each phrasing said alone
("Alexa, ask trust tracker ..."): routed by virtual-alexa over the en-US model, answered by the
skill's whole handler chain on a linked device. The 40 distress phrasings end at the locale's help
with nothing written; the 30 everyday sentences that open the same ways get no help line whatever intent
they reach, and write nothing where SupportIntent's carriers take them.

Measured with this test when the lists were written, before the carriers they test: 7 of 40 helped
("he dislocated my shoulder" and most others reached no intent; the detector heard 26 of the 40
as whole sentences), 0 of 30 lookalikes helped. After: 39 of 40 helped, 0 of 30."""

from __future__ import annotations

import pytest

from tests.skill.distress_said_alone10 import OWN_DISTRESS, OWN_LOOKALIKES
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import alex, envelope, say, skill, speech
from tests.skill.test_safety_said_alone import helped, spoken
from tests.skill.test_safety_states import stored
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures


@pytest.mark.parametrize("said", OWN_DISTRESS)
def test_each_own_phrasing_is_distress(said) -> None:
    assert is_distress(said)


@pytest.mark.parametrize("said", OWN_LOOKALIKES)
def test_each_own_lookalike_is_not_distress(said) -> None:
    assert not is_distress(said)


@pytest.mark.usefixtures("alex")
def test_own_distress_said_alone_ends_at_help_with_nothing_written(conversation_script, say, session) -> None:
    routed = route_only([spoken(said) for said in OWN_DISTRESS])
    missed = [turn["utterance"] for turn in routed if not helped(say, session, turn)]
    print(f"own distress said alone, helped: {len(routed) - len(missed)}/{len(routed)}")
    # "i've not ..." has no carrier: generate.py writes "i have not" as "i haven't" only.
    assert missed == ["i've not slept in days because she keeps screaming at me all night"]


@pytest.mark.usefixtures("alex")
def test_own_lookalikes_said_alone_get_no_help_line_and_write_nothing(conversation_script, say, session) -> None:
    routed = route_only([spoken(said) for said in OWN_LOOKALIKES])
    answered = []
    for turn in routed:
        if turn["intent"] is None:
            continue  # Alexa's fallback: no words reach the skill
        before = stored(session)
        said = speech(say(envelope(turn["intent"], turn["slots"])))
        if turn["intent"] == "SupportIntent":  # another intent may do its own job ("we were cooking ...")
            assert stored(session) == before, turn
        if "I'm sorry you're going through this." in said or "nine one one" in said:
            answered.append(turn["utterance"])
    assert answered == []
