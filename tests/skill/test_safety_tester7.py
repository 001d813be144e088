"""A seventh independent tester's safety finds, by family (/work/notes/tester-voice5.md #1-#4, #6,
#7, #16; skill/distress_edges.py). On main, "I've had enough of life", pills saved up, driving
into a lorry "without wanting to", walking into the sea, an edge wondered at, an urge to stab the
partner told as a small win, a lesson with a cricket bat, a mum threatened, wages handed over, a
partner's talk of the bridge and a phone taken in a mood were all missed (several saved with no
"yes"), and a lasagne that "knocked me out" and a dodgeball in the face got the crisis lines.

The lists are our own words with other couples (names that are words among them: Faith, Grace,
Frank, Will, May); each is heard with its couple's names and with none, and, said with Alex and
Sam in every place that saves words, gets help with nothing written. The lookalikes stay quiet."""

from __future__ import annotations

import re

import pytest

from tests.skill.distress_tester7 import TESTER7_DISTRESS, TESTER7_LOOKALIKES, said_by_couple
from tests.skill.test_safety import alex, say, skill
from tests.skill.test_safety_softly import EVERY_PLACE, family_said_in_place
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "say", "skill"]  # fixtures, shared with test_safety.py

HEARD_BY_COUPLE = said_by_couple(TESTER7_DISTRESS)
QUIET_BY_COUPLE = said_by_couple(TESTER7_LOOKALIKES)


def as_alex_and_sam(couple: tuple[str, ...], said: str) -> str:
    """The sentence as the test couple would say it: their names for this couple's."""
    for name, ours in zip(couple, ("alex", "sam"), strict=True):
        said = re.sub(rf"\b{name.lower()}\b", ours, said)
    return said


def in_place(heard: list[tuple[tuple[str, ...], str]]) -> dict[str, list[str]]:
    """Every sentence, as Alex and Sam say it, a family of its own: said in the places that save
    words, one place each in turn (eight places)."""
    return {said: [said] for said in dict.fromkeys(as_alex_and_sam(couple, said) for couple, said in heard)}


IN_PLACE = in_place(HEARD_BY_COUPLE)


def test_the_lists_hold_what_they_say() -> None:
    assert len(HEARD_BY_COUPLE) == 40
    assert len(QUIET_BY_COUPLE) == 30
    said = [s for _, s in HEARD_BY_COUPLE + QUIET_BY_COUPLE]
    assert len(said) == len(set(said))
    names = {name for couple, _ in HEARD_BY_COUPLE + QUIET_BY_COUPLE for name in couple}
    assert {"Faith", "Grace", "Frank", "Will", "May"} <= names


def heard_either_way(couple: tuple[str, ...], said: str, heard: bool = True) -> bool:
    """Whether `said` is heard (or, with heard=False, stays quiet) with the couple's names and with
    none, as on a device not linked yet."""
    return is_distress(said, couple) is heard and is_distress(said, ()) is heard


@pytest.mark.parametrize(("couple", "said"), HEARD_BY_COUPLE)
def test_each_is_heard_with_the_couples_names_and_without(couple, said) -> None:
    assert heard_either_way(couple, said)


@pytest.mark.parametrize(("couple", "said"), QUIET_BY_COUPLE)
def test_the_everyday_beside_them_stays_quiet(couple, said) -> None:
    assert heard_either_way(couple, said, heard=False)


@pytest.mark.parametrize(
    ("couple", "said"),
    [
        (("Faith", "Grace"), "grace knocked me out with her lasagne tonight"),
        (("Alex", "Sam"), "we played dodgeball and i got hit in the face by the ball"),
    ],
)
def test_the_testers_two_lookalikes_stay_quiet(couple, said) -> None:
    assert not is_distress(said, couple)


@EVERY_PLACE
@pytest.mark.parametrize("said", list(IN_PLACE))
def test_said_where_words_are_saved_each_gets_help_and_nothing_is_written(say, session, couple, place, said) -> None:
    family_said_in_place(say, session, couple, place, IN_PLACE, said)
