"""A fifth independent tester's safety finds, by family (issue 8, item 1; skill/distress_methods.py,
skill/distress_abuse.py). On main, "I feel like disappearing forever" was offered as a moment and
saved after a "yes", a pet given away "as I won't be needing him" and roughness said sideways got no
help, and a knife in hand now got only the calm line. Each sentence and each family is now heard
through is_distress and through the real handler chain in every place and locale, nothing written;
the lookalikes stay quiet."""

from __future__ import annotations

import pytest

from tests.skill.distress_tester5 import TESTER5_FAMILIES, TESTER5_LOOKALIKES, TESTER5_SAVED
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import alex, say, skill
from tests.skill.test_safety_said_alone import helped, spoken
from tests.skill.test_safety_softly import EVERY_PLACE, family_said_in_place
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures, shared with test_safety.py

NAMES = ("Alex", "Sam")
FAMILY_SAID = [said for phrasings in TESTER5_FAMILIES.values() for said in phrasings]


def test_the_lists_hold_what_they_say() -> None:
    said = TESTER5_SAVED + FAMILY_SAID + TESTER5_LOOKALIKES
    assert len(said) == len(set(said))
    assert all(len(phrasings) >= 3 for phrasings in TESTER5_FAMILIES.values())


@pytest.mark.parametrize("names", [(), NAMES], ids=["unlinked", "linked"])
@pytest.mark.parametrize("said", TESTER5_SAVED + FAMILY_SAID)
def test_the_testers_words_and_their_families_are_heard(said, names) -> None:
    assert is_distress(said, names)


@pytest.mark.parametrize("said", TESTER5_LOOKALIKES)
def test_their_everyday_lookalikes_stay_quiet(said) -> None:
    assert not is_distress(said, NAMES)
    assert not is_distress(f"note a moment of reliability: {said}", NAMES)  # the tester's own carrier


@EVERY_PLACE
@pytest.mark.parametrize("said", TESTER5_SAVED)
def test_the_testers_sentences_get_help_and_nothing_is_written_wherever_said(say, session, couple, place, said) -> None:
    family_said_in_place(say, session, couple, place, {said: [said]}, said)


@EVERY_PLACE
@pytest.mark.parametrize("family", list(TESTER5_FAMILIES))
def test_each_family_gets_help_wherever_said(say, session, couple, place, family) -> None:
    family_said_in_place(say, session, couple, place, TESTER5_FAMILIES, family)


@pytest.mark.usefixtures("alex")
def test_said_alone_the_testers_words_end_at_help_and_the_lookalikes_do_not(conversation_script, say, session) -> None:
    distress = list(dict.fromkeys(spoken(said) for said in TESTER5_SAVED + FAMILY_SAID))
    lookalikes = [spoken(said) for said in TESTER5_LOOKALIKES]
    routed = route_only(distress + lookalikes)
    answered = {turn["utterance"] for turn in routed if helped(say, session, turn)}
    unrouted = {turn["utterance"] for turn in routed if turn["intent"] is None}
    missed = [said for said in distress if said not in answered]
    print(f"the fifth tester's words and families said alone, helped: {len(distress) - len(missed)}/{len(distress)}")
    print(f"  not helped (no intent): {missed}")
    assert set(missed) <= unrouted  # Alexa's fallback carries no words to read
    assert not answered & set(lookalikes)
