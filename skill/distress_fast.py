"""A fast first look for the distress phrases: which of them cannot be in what was said.

Each phrase's regular expression is read once (by `re`'s own parser) for pieces of text of
which any match must contain one: "hit me" or "hits me" for `\\bhits? me\\b`. A phrase none of
whose pieces is in what was said cannot match it and is not searched; the others are searched
as before. So the answer is always the one the full search gives (tests/skill/
test_distress_fast.py compares the two over every phrase list and lookalike of the tests, and
over random patterns). Where a phrase's pieces cannot be told (a wildcard alone, a negated
class, a pattern ignoring case, a construct not read here), it is always searched: not knowing
never skips a phrase.

Ordinary words ("Sam was on time for our talk") hold the pieces of few phrases, so most of the
few hundred searches become substring tests (`in`, done in C).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# A part matched exactly is kept as its set of strings while the set stays this small.
_MOST_EXACT = 64
# A character class of at most this many characters is read as a choice of strings ("[sz]").
_SMALL_CLASS = 8
# Pieces are filed by this many first letters; those at least _LONG long by _LONG of them.
_START = 3
_LONG = 6
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)

# What a part of a pattern matches: exactly one of a few strings (first), or else something
# that holds one of these pieces (second); None where it cannot be told.
_Info = tuple[set[str] | None, set[str] | None]
_UNKNOWN: _Info = (None, None)


class _Unread(Exception):
    """A construct this reading does not know: the whole phrase is always searched."""


class Phrases:
    """Compiled phrases, each searched only when one of its pieces is in the text."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        pieces = [needed_pieces(pattern) for pattern in self.patterns]
        self._always = tuple(p for p, needed in zip(self.patterns, pieces, strict=True) if needed is None)
        needing: dict[str, list[int]] = {}
        for number, needed in enumerate(pieces):
            for piece in needed or ():
                needing.setdefault(piece, []).append(number)
        # Each piece filed under its first letters (_LONG of them when it has that many, else
        # _START), so only the pieces that begin as some part of the text does are looked for in
        # it: a piece in the text begins as some part of it does. Shorter pieces are looked for
        # every time. Filed by _START letters alone, an everyday note left some four hundred
        # pieces to look for; by _LONG, a few dozen.
        self._short: list[tuple[str, tuple[int, ...]]] = []
        self._by_start: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        self._by_long_start: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        for piece, numbers in needing.items():
            filed = (piece, tuple(numbers))
            if len(piece) >= _LONG:
                self._by_long_start.setdefault(piece[:_LONG], []).append(filed)
            elif len(piece) >= _START:
                self._by_start.setdefault(piece[:_START], []).append(filed)
            else:
                self._short.append(filed)

    def found_in(self, said: str) -> bool:
        """Whether any phrase is in `said`: exactly `any(p.search(said) for p in self.patterns)`."""
        if any(pattern.search(said) for pattern in self._always):
            return True
        candidates = [
            *self._short,
            *_filed_in(said, self._by_start, _START),
            *_filed_in(said, self._by_long_start, _LONG),
        ]
        tried: set[int] = set()
        for piece, numbers in candidates:
            if piece in said:
                for number in numbers:
                    if number not in tried:
                        tried.add(number)
                        if self.patterns[number].search(said):
                            return True
        return False


def _filed_in(
    said: str, filed: dict[str, list[tuple[str, tuple[int, ...]]]], letters: int
) -> list[tuple[str, tuple[int, ...]]]:
    """The pieces filed under a start (of `letters` letters) that some part of `said` begins with."""
    starts = {said[i : i + letters] for i in range(len(said) - letters + 1)}
    return [piece for start in starts if start in filed for piece in filed[start]]


def needed_pieces(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of `pattern` contains at least one; None when none can be told."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        exact, pieces = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    except _Unread:
        return None
    found = exact if exact is not None else pieces
    return None if found is None or "" in found else frozenset(found)


def _sequence(items: Any) -> _Info:
    """A run of items: exact while every item is (and the product stays small); its best pieces else."""
    run: set[str] = {""}
    all_exact = True
    best: set[str] | None = None
    for op, av in items:
        exact, pieces = _item(op, av)
        if exact is not None and len(run) * len(exact) <= _MOST_EXACT:
            run = {a + b for a in run for b in exact}
            continue
        all_exact = False
        best = _better(best, run)
        if exact is not None:
            run = set(exact)  # too many to join: a new run starts with this item
        else:
            best = _better(best, pieces)
            run = {""}  # an item not matched exactly ends the run
    if all_exact:
        return run, None
    return None, _better(best, run)


def _better(best: set[str] | None, other: set[str] | None) -> set[str] | None:
    """Of two sets of pieces, the one that rules out more: longer shortest piece, then fewer pieces."""
    if other is None or "" in other:
        return best
    if best is None:
        return other
    return max(best, other, key=lambda pieces: (min(map(len, pieces)), -len(pieces)))


def _item(op: Any, av: Any) -> _Info:
    if op is sre.LITERAL:
        return {chr(av)}, None
    if op in (sre.NOT_LITERAL, sre.ANY, sre.GROUPREF, sre.GROUPREF_EXISTS):
        return _UNKNOWN
    if op is sre.IN:
        return _class(av)
    if op in _ZERO_WIDTH:
        return {""}, None  # matches no text (whatever it asserts about its neighbours)
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        return _UNKNOWN if add_flags & re.IGNORECASE else _sequence(items)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:
        return _branch(av[1])
    if op in _REPEATS:
        return _repeat(*av)
    raise _Unread(op)


def _class(members: Any) -> _Info:
    chars: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _SMALL_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return _UNKNOWN  # a negation, a category (\w, \s) or a wide range
    return (chars, None) if 0 < len(chars) <= _SMALL_CLASS else _UNKNOWN


def _branch(alternatives: Any) -> _Info:
    infos = [_sequence(items) for items in alternatives]
    exacts = [exact for exact, _ in infos if exact is not None]
    if len(exacts) == len(infos) and sum(map(len, exacts)) <= _MOST_EXACT:
        return set().union(*exacts), None
    pieces: set[str] = set()
    for exact, some in infos:
        held = exact if exact is not None else some
        if held is None or "" in held:
            return _UNKNOWN  # this alternative needs nothing, so neither does the choice
        pieces |= held
    return None, pieces


def _repeat(least: int, most: int, items: Any) -> _Info:
    exact, pieces = _sequence(items)
    if least == most == 1:
        return exact, pieces
    if least == 0:
        return ({""} | exact, None) if most == 1 and exact is not None else _UNKNOWN
    return None, exact if exact is not None else pieces  # at least once: it holds what one copy holds
