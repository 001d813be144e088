"""The served code's fixed patterns are compiled once, at import (speed20).

Called as `re.match(r"...")` inside a function, a fixed pattern goes through `re`'s own cache,
which holds 512 patterns and drops the oldest first: in a process serving many couples the
distress rules and the other couples' requests turn it over, and each such pattern was compiled
again on the next request (the keep: eleven, about 0.7 ms). Compiled at module level, a request
compiles none of the project's own patterns whatever `re`'s cache holds, and answers as before."""

from __future__ import annotations

import ast
import re
import traceback
from pathlib import Path
from typing import Any

import pytest

import trust_tracker.models
import trust_tracker.skill
from tests.factories import NOW
from tests.skill.talk import ALEX_VOICE, USER, home, skill
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.requests import intent_request

__all__ = ["home", "skill"]  # fixtures

SERVED = [Path(trust_tracker.skill.__file__).parent, Path(trust_tracker.models.__file__).parent]
# Not served: the local stand-in for Alexa's understanding (`trust-tracker say`, the tests) and
# the migrations, run once by `db upgrade`.
NOT_SERVED = {SERVED[0] / "simulator.py", SERVED[0] / "typed_words.py", SERVED[1] / "migrations"}
# What `re` compiles through its cache when called with a pattern rather than a compiled one.
RE_CALLS = {"match", "search", "fullmatch", "sub", "subn", "split", "findall", "finditer"}


def _served_modules() -> list[Path]:
    return [
        path
        for folder in SERVED
        for path in sorted(folder.rglob("*.py"))
        if not any(path == skip or skip in path.parents for skip in NOT_SERVED)
    ]


def _calls_in_functions(path: Path) -> list[str]:
    """Each `re.match(...)`-like call made inside a function of `path`, as "file:line"."""
    found = []
    for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        for node in ast.walk(function):
            called = node.func if isinstance(node, ast.Call) else None
            if (
                isinstance(called, ast.Attribute)
                and called.attr in RE_CALLS
                and isinstance(called.value, ast.Name)
                and called.value.id == "re"
            ):
                found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_served_function_hands_re_a_pattern_to_compile() -> None:
    modules = _served_modules()
    assert len(modules) > 150  # the served code, not an empty folder
    assert [call for path in modules for call in _calls_in_functions(path)] == []


def test_the_check_finds_a_pattern_handed_to_re(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\nWORD = re.compile(r"\\w+")\n\ndef f(s):\n    return re.sub(r"\\s+", " ", s)\n')
    assert _calls_in_functions(module) == ["m.py:5"]


def _send(skill, session_factory, intent: str, slots: dict[str, str]) -> str:
    envelope = intent_request(intent, slots, user_id=USER, person_id=ALEX_VOICE, timestamp=NOW)
    answer: dict[str, Any] = invoke(skill, session_factory, envelope, now=NOW)
    return answer["response"]["outputSpeech"]["ssml"]


def _compiled_by_the_project(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Patterns compiled from here on by the project's own served code (not Flask's, not ask-sdk's),
    but for those built from a couple's stored words, which models/couple_patterns.py keeps itself
    (tests/skill/test_name_patterns_once.py): a promise named for the first time compiles one."""
    seen: list[str] = []
    compiler: Any = re._compiler  # what re.compile and re.match call on a miss of re's cache
    real = compiler.compile

    def compile_seen(pattern: Any, flags: int = 0) -> Any:
        caller = next(f for f in reversed(traceback.extract_stack()[:-1]) if "/re/" not in f.filename)
        if Path(caller.filename).name != "couple_patterns.py" and any(
            Path(caller.filename).is_relative_to(folder) for folder in SERVED
        ):
            seen.append(f"{Path(caller.filename).name}:{caller.lineno} {str(pattern)[:60]}")
        return real(pattern, flags)

    monkeypatch.setattr(compiler, "compile", compile_seen)
    return seen


# Each request twice: once to warm what is cached per process, then with re's cache emptied.
REQUESTS = [
    ("LogKeptIntent", {"commitment": "evening talk"}, {"commitment": "call when late"}, "you kept your promise"),
    ("LogReliabilityIntent", {"note": "Sam was early"}, {"note": "Sam was on time for our talk"}, "Noted"),
    ("ReadCheckInQuestionsIntent", {}, {}, "Question 1"),
    ("ProgressIntent", {}, {}, "this week"),
]


@pytest.mark.parametrize(("intent", "warm", "slots", "says"), REQUESTS, ids=[r[0] for r in REQUESTS])
def test_a_request_compiles_none_of_the_projects_patterns_when_res_cache_turned_over(
    monkeypatch,
    skill,
    session_factory,
    home,
    contract,
    intent,
    warm,
    slots,
    says,
) -> None:
    _send(skill, session_factory, intent, warm)
    re.purge()  # as 600 other couples' patterns would leave it
    compiled = _compiled_by_the_project(monkeypatch)
    heard = _send(skill, session_factory, intent, slots)
    assert says in heard
    assert compiled == []
