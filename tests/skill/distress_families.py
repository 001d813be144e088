"""The checks every file of distress families gets (tests/skill/test_safety_sideways.py,
test_safety_veiled.py, test_safety_idioms.py): each family's phrasings written there and in no
other list, each one heard with the partners' names known and before they are, the everyday
lookalikes quiet, every family said wherever it may be said, and the list written blind beside
them heard in full with none of its lookalikes raised. One home for those bodies; each file keeps
its own lists, test names and measured figures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from tests.skill.test_safety_softly import PLACES, family_said_in_place
from trust_tracker.skill.distress import is_distress

NAMES = ("Alex", "Sam")


def phrasings(families: dict[str, list[str]]) -> list[str]:
    return [said for family in families.values() for said in family]


def family_checks(
    families: dict[str, list[str]],
    lookalikes: list[str],
    *,
    elsewhere: Sequence[str],
    at_least: int,
    shared: frozenset[str] = frozenset(),
    also_heard: Sequence[str] = (),
    also_quiet: Sequence[str] = (),
    as_commitment: bool = False,
) -> tuple[Callable[..., None], ...]:
    """The four tests a file binds under its own names: written here only, every family heard,
    the lookalikes quiet (also as a commitment slot reads them, with `as_commitment`), and every
    family said in every place through the real handler chain, nothing written."""
    said_here = phrasings(families)

    def written_here_only() -> None:
        assert len(said_here) == len(set(said_here)) and all(len(p) >= at_least for p in families.values())
        assert not set(said_here + lookalikes) & set(elsewhere) - shared

    @pytest.mark.parametrize("said", said_here + list(also_heard))
    def heard(said: str) -> None:
        assert is_distress(said) and is_distress(said, NAMES)

    @pytest.mark.parametrize("said", lookalikes + list(also_quiet))
    def quiet(said: str) -> None:
        assert not is_distress(said, NAMES)
        if as_commitment:
            assert not is_distress(f"I {said}", NAMES)  # as a commitment slot is read

    @pytest.mark.parametrize(("state", "intent", "slot"), PLACES, ids=[f"{s}-{i}" for s, i, _ in PLACES])
    @pytest.mark.parametrize("family", list(families))
    def in_every_place(say: Any, session: Any, couple: Any, state: str, intent: str, slot: str, family: str) -> None:
        family_said_in_place(say, session, couple, (state, intent, slot), families, family)

    return written_here_only, heard, quiet, in_every_place


def assert_blind_list_heard(distress: Sequence[str], lookalikes: Sequence[str]) -> None:
    """A list written blind: every danger in it heard, none of its lookalikes raised."""
    assert [said for said in distress if not is_distress(said)] == []
    assert [said for said in lookalikes if is_distress(said, NAMES)] == []
