"""The four checks every tester file's lists go through (test_safety_tester19.py … tester31.py and
test_safety_lead_probe.py; each keeps its lists, its LISTS and its own tests): each sentence heard
and each twin quiet, with the couple's names and without; each said anywhere, as a win, a moment, a
check-in answer or the answer to a question, gets the locale's help and no row is written or
removed; each as the reply to "Which one …?" gets help and logs nothing; each as a note on a device
not linked gets help and saves nothing. A test id begins with the file its sentence came from."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module
from types import ModuleType
from typing import Any

import pytest

from tests.skill.checked_lists import CheckedLists
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester13 import (
    assert_read_alike,
    disclose_where,
    heard_or_quiet,
    note_not_linked,
    reached_places,
    reply_to_which_one,
)
from tests.skill.test_safety_tester15 import _routed

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

FILES: tuple[ModuleType, ...] = tuple(
    import_module(f"tests.skill.test_safety_{name}")
    for name in (
        "tester19",
        "tester20",
        "tester20_more",
        "tester21",
        "tester22",
        "tester22_left",
        "tester23",
        "tester24",
        "tester25",
        "tester26",
        "tester27",
        "tester28",
        "tester29",
        "tester30",
        "tester31",
        "tester32",
        "tester33",
        "tester34",
        "tester35",
        "tester36",
        "tester36_more",
        "tester37",
        "tester37_checkin",
        "tester37_plain",
        "lead_probe",
        "tester39",
        "tester41",
        "tester42",
        "tester43",
        "tester44",
        "tester48",
        "tester49",
        "tester50",
    )
)


def cases(of: Callable[[CheckedLists], Iterable[tuple[Any, ...]]]) -> list[Any]:
    """`of(lists)` for every file's LISTS, each case named by its file and its words (not by the list
    of sentences a said-anywhere case carries: its place there picks the locale)."""
    return [
        pytest.param(*case, id="-".join([name(module), *(str(v) for v in case if not isinstance(v, list))]))
        for module in FILES
        for case in of(module.LISTS)
    ]


def name(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[-1]


@pytest.mark.parametrize(("said", "heard"), cases(lambda lists: heard_or_quiet(lists.heard, lists.quiet)))
def test_each_is_heard_and_each_twin_stays_quiet_with_the_couples_names_and_without(said, heard) -> None:
    assert_read_alike(said, heard)


def _anywhere(lists: CheckedLists) -> list[tuple[str, str, list[str]]]:
    return [(where, said, lists.disclosed) for where, said in reached_places(lists.disclosed, lists.unreached)]


@pytest.mark.usefixtures("conversation_script")
@pytest.mark.parametrize(("where", "said", "sentences"), cases(_anywhere))
def test_said_anywhere_it_gets_help_and_nothing_is_written_or_removed(
    request, say, session, couple, where, said, sentences
):
    disclose_where(request, say, session, couple, where, said, sentences, _routed)


def _which_one(lists: CheckedLists) -> list[tuple[str, str]]:
    said = lists.disclosed if lists.which_one is None else lists.which_one
    return [(intent, words) for words in said for intent in lists.which_one_intents]


@pytest.mark.parametrize(("intent", "said"), cases(_which_one))
def test_the_reply_to_which_one_gets_help_and_logs_nothing(say, session, alex, couple, intent, said) -> None:
    reply_to_which_one(say, session, couple, intent, said)


def _unlinked(lists: CheckedLists) -> list[tuple[str]]:
    return [(said,) for said in (lists.disclosed if lists.unlinked is None else lists.unlinked)]


@pytest.mark.parametrize("said", cases(_unlinked))
def test_a_note_on_a_device_not_linked_gets_help_and_saves_nothing(say, session, said) -> None:
    note_not_linked(say, session, said)
