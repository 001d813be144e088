"""The distress check's shortcuts never change an answer. The phrases' fast first look
(skill/distress_fast.py): over every phrase list and lookalike of these tests (read as they stand
when the tests run, so lists added later are covered too), the interaction model's own samples,
and strings made to match each phrase, the fast path says what searching every phrase says. The
reading's ASCII shortcut (skill/distress_reading.py) gives what its character walk gives, and its
rewrites searched first (skill/rewrites.py) give what `Pattern.sub` gives."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trust_tracker.skill import distress, distress_everyday, distress_fond, distress_reading
from trust_tracker.skill.distress_fast import Phrases, needed_pieces
from trust_tracker.skill.rewrites import rewritten

HERE = Path(__file__).parent
MODEL = HERE.parents[1] / "interaction-model" / "en-US.json"
NAMES = ("Alex", "Sam")


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list | tuple | set | frozenset):
        return [s for item in value for s in _strings(item)]
    return []


# Where the tests keep what people say: distress lists and their lookalikes, the safety tests'
# own, the blind and held-out lists, the topics' and lapses' everyday phrasings.
LISTS = ("distress_*.py", "test_safety*.py", "*blind*.py", "held_out*.py", "topic_*.py", "lapse_phrases.py")


def _every_phrase_list() -> list[str]:
    """Every string of every module-level constant in the test lists (LISTS) of tests/skill."""
    said: list[str] = []
    for path in sorted({path for pattern in LISTS for path in HERE.glob(pattern)}):
        module = importlib.import_module(f"tests.skill.{path.stem}")
        for name, value in vars(module).items():
            if name.isupper():
                said += _strings(value)
    return list(dict.fromkeys(said))


def _model_samples() -> list[str]:
    """Everyday sentences: the interaction model's samples, each slot filled with ordinary words."""
    model = json.loads(MODEL.read_text())["interactionModel"]["languageModel"]
    samples = [s for intent in model["intents"] for s in intent.get("samples", [])]
    return [re.sub(r"\{\w+\}", "call when i am running late", s) for s in samples]


PHRASES = _every_phrase_list()
SAMPLES = _model_samples()
SETS = {"anywhere": distress._ANYWHERE, "after a subject": distress._AFTER_SUBJECT}


def _searched_one_by_one(self: Phrases, said: str) -> bool:
    return any(pattern.search(said) for pattern in self.patterns)


def test_the_lists_are_read() -> None:
    # The lists themselves, not an empty comparison: hundreds of each, distress and lookalikes.
    assert len(PHRASES) > 3000 and len(SAMPLES) > 3000
    assert sum(distress.is_distress(said) for said in PHRASES) > 700


@pytest.mark.parametrize("names", [(), NAMES], ids=["unlinked", "the couple's names"])
def test_the_answer_is_the_full_search_s_for_every_phrase_and_lookalike(names, monkeypatch) -> None:
    texts = (
        PHRASES + SAMPLES + [f"I {said}" for said in PHRASES]
    )  # as said, and after "I" (skill/carrier_reading.as_said)
    # The rules alone: the learned opinion, asked after them, would hide a difference where it says yes.
    monkeypatch.setattr(distress, "learned_says_distress", lambda said: False)
    fast = [distress.is_distress(said, names) for said in texts]
    monkeypatch.setattr(Phrases, "found_in", _searched_one_by_one)
    full = [distress.is_distress(said, names) for said in texts]
    differ = [said for said, a, b in zip(texts, fast, full, strict=True) if a != b]
    assert differ == []
    assert any(fast) and not all(fast)


@pytest.mark.parametrize("which", SETS)
def test_every_phrase_that_matches_holds_one_of_its_pieces(which) -> None:
    """Per phrase, not only per answer: a phrase that matches is never one the fast look skips."""
    phrases = SETS[which]
    texts = [distress_reading.read_as_spoken(said) for said in PHRASES + SAMPLES]
    for pattern in phrases.patterns:
        pieces = needed_pieces(pattern)
        if pieces is None:
            continue
        for said in texts:
            if pattern.search(said):
                assert any(piece in said for piece in pieces), (pattern.pattern, said, sorted(pieces)[:10])


@pytest.mark.parametrize("which", SETS)
def test_ordinary_words_leave_few_phrases_to_search(which) -> None:
    """The point of it: for an everyday note most phrases are ruled out by their pieces alone."""
    said = "my partner was on time for our talk and we had dinner"
    patterns = SETS[which].patterns
    left = [p for p in patterns if (pieces := needed_pieces(p)) is None or any(piece in said for piece in pieces)]
    assert len(left) < len(patterns) / 5


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [
        (r"\bhits? me\b", {"hit me", "hits me"}),
        (r"\b(?:hit|hurt) (?:me|us)\b", {"hit me", "hit us", "hurt me", "hurt us"}),
        (r"\bafraid\b.*\bof him\b", {"afraid"}),  # the longer of the two: either is needed
        (r"\bkill(?:ed)? myself\b(?! laughing)", {"kill myself", "killed myself"}),
        (r"\bscared (?:to death )?of\b", {"scared of", "scared to death of"}),
        (r"\b(?:call|get) (?:\w+ ){0,3}help\b", {"help"}),  # the longest needed
        (r"\bno way out\b", {"no way out"}),
    ],
)
def test_the_pieces_of_some_phrases(pattern, pieces) -> None:
    assert needed_pieces(re.compile(pattern)) == pieces


@pytest.mark.parametrize("pattern", [r".*", r"\w+", r"(?i)hit me", r"(?:x)?", r"[^a]+", r"(?:help)*", r"a|."])
def test_where_nothing_can_be_told_the_phrase_is_always_searched(pattern) -> None:
    compiled = re.compile(pattern)
    assert needed_pieces(compiled) is None
    assert Phrases([compiled]).found_in("bb") is bool(compiled.search("bb"))
    assert Phrases([compiled]).found_in("") is bool(compiled.search(""))


_PATTERNS = [p for phrases in SETS.values() for p in phrases.patterns if needed_pieces(p) is not None]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_strings_made_to_match_a_phrase_hold_one_of_its_pieces(data) -> None:
    """Strings drawn to match each phrase (hypothesis reads the same regular expression), so the
    reading is checked on matches no list holds."""
    pattern = data.draw(st.sampled_from(_PATTERNS))
    said = data.draw(st.from_regex(pattern, alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz '")))
    if pattern.search(said):
        assert any(piece in said for piece in needed_pieces(pattern) or ()), (pattern.pattern, said)
        assert distress._ANYWHERE.found_in(said) or distress._AFTER_SUBJECT.found_in(said)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_is_read_as_the_character_walk_reads_it(text) -> None:
    assert distress_reading._as_plain_letters(text) == distress_reading._folded(text)


def test_text_beyond_ascii_still_goes_through_the_walk() -> None:
    said = "he h\u200burts me, k\u00edll, \uff48\uff49\uff54"  # zero-width space, an accent, full-width letters
    assert distress_reading._as_plain_letters(said) == "he hurts me, kill, hit"
    assert all(distress_reading._as_plain_letters(s) == distress_reading._folded(s) for s in PHRASES)


@pytest.mark.parametrize("names", [(), NAMES], ids=["unlinked", "the couple's names"])
def test_the_readings_are_pattern_sub_s_for_every_phrase_and_lookalike(names, monkeypatch) -> None:
    texts = PHRASES + SAMPLES + [f"I {said}" for said in PHRASES]
    searched_first = [distress._read_both_ways(said, names) for said in texts]
    for module in (distress_everyday, distress_fond, distress_reading):
        monkeypatch.setattr(module, "rewritten", lambda pattern, replacement, text: pattern.sub(replacement, text))
    substituted = [distress._read_both_ways(said, names) for said in texts]
    assert [said for said, a, b in zip(texts, searched_first, substituted, strict=True) if a != b] == []
    assert sum(a != (said.lower(), said.lower()) for said, a in zip(texts, searched_first, strict=True)) > 3000


@pytest.mark.parametrize(
    ("pattern", "replacement", "text", "expected"),
    [
        (r"\b(feel|felt) (?:like )?death warmed up\b", r"\1 tired", "i felt like death warmed up", "i felt tired"),
        (r"\b(feel|felt) (?:like )?death warmed up\b", r"\1 tired", "he said he would kill me", None),
        (r"\b(\w+)(?: \1\b)+", r"\1", "he he he pushed me", "he pushed me"),
        (r"x*", "-", "abc", "-a-b-c-"),  # an empty match is a match: rewritten at every place
    ],
)
def test_a_rewrite_is_pattern_sub_s(pattern, replacement, text, expected) -> None:
    compiled = re.compile(pattern)
    assert rewritten(compiled, replacement, text) == compiled.sub(replacement, text) == (expected or text)
