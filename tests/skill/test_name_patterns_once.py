"""A couple's names are compiled into the patterns that read them once per process (speed19).

They were left to `re`'s own cache, which holds 512 patterns and drops the oldest first: in a
process serving many couples, each couple's patterns were pushed out by the others' and compiled
again, about 2 ms for "sorry, no, this is Sam" alone, on every keep. Whatever other couples put
into `re`'s cache, these words are read without compiling anything that names this couple, and
read as before."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from trust_tracker.models.text import written_from_speech
from trust_tracker.skill import steering, topic_families
from trust_tracker.skill.topic_families import SMALL_WIN
from trust_tracker.skill.topic_vocabulary import BREACH, KEPT

NAMES = ("tamsin", "oluwaseun")  # and "grace" below, a name that is a word too
HIDDEN_FROM_OLUWASEUN = "i set up an email account and hid it from oluwaseun"


def _read() -> list[Any]:
    return [
        steering.says_who("hold on, actually this is oluwaseun, tamsin went to get the door", list(NAMES)),
        steering.says_who("oops it's oluwaseun speaking", list(NAMES)),
        steering.says_who("this is oluwaseun's favourite part of the week", list(NAMES)),
        topic_families.family("oluwaseun and i cooked together and it was lovely", SMALL_WIN, NAMES),
        topic_families.family("i read oluwaseun's journal", KEPT, NAMES),
        topic_families.family("tamsin read my journal", KEPT, NAMES),
        topic_families.family(HIDDEN_FROM_OLUWASEUN, KEPT, NAMES),
        written_from_speech("oluwaseun and i went to see tamsin's mum", ["Tamsin", "Oluwaseun"]),
        written_from_speech("i called grace, with good grace", ["Grace", "Oluwaseun"]),  # a name that is a word too
    ]


def _compiled_while(monkeypatch: pytest.MonkeyPatch, action: Callable[[], object]) -> list[str]:
    seen: list[str] = []
    compiler: Any = re._compiler  # what re.compile and re.match call on a miss of re's cache
    real = compiler.compile
    monkeypatch.setattr(compiler, "compile", lambda pattern, flags=0: seen.append(str(pattern)) or real(pattern, flags))
    action()
    return seen


def test_a_couples_patterns_are_not_compiled_again_when_other_couples_fill_res_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = _read()
    for n in range(600):  # more than re's cache holds: what other couples' requests put there
        re.compile(f"another couple's name {n}")
    again: list[Any] = []
    compiled = _compiled_while(monkeypatch, lambda: again.extend(_read()))
    assert [p for p in compiled if any(name in p.lower() for name in (*NAMES, "grace"))] == []
    assert again == first


def test_the_names_are_read_as_before() -> None:
    switch, handover, not_a_switch, shared, snooped, snooped_mine, hidden, written, word_name = _read()
    assert written == "Oluwaseun and I went to see Tamsin's mum"
    assert word_name == "I called Grace, with good grace"
    assert switch == ("oluwaseun", True, True)
    assert handover == ("oluwaseun", False, False)  # a handover, not plainly a correction
    assert not_a_switch is None
    assert shared is not None and shared.job == "LogSmallWinIntent" and shared.noted
    for breach in (snooped, snooped_mine, hidden):
        assert breach is not None and breach.job == BREACH and breach.noted
    assert topic_families.family("i read my book", KEPT, NAMES) is None
    assert topic_families.family(HIDDEN_FROM_OLUWASEUN, KEPT, ("alex", "sam")) is None  # hidden from someone else
    assert steering.says_who("this is oluwaseun", []) == ("oluwaseun", False, False)  # any one word
