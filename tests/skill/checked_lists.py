"""A tester file's lists as the four checks every tester file shares take them
(tests/skill/test_safety_testers_shared.py): heard or quiet, said anywhere, the reply to "Which
one?", a note on a device not linked. Each file keeps its lists and its own tests; its LISTS says
which of its sentences each check runs over."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CheckedLists:
    # Heard, and quiet, with the couple's names and without.
    heard: list[str]
    quiet: list[str]
    # Said anywhere (a win, a moment, a check-in answer, the reply to a question); a sentence's place
    # in this list picks its locale.
    disclosed: list[str]
    # Replies Alexa's fallback takes at a question (no carrier brings them to the skill said alone).
    unreached: list[str] | tuple[str, ...] = ()
    # The reply to "Which one …?" at each of these intents; None: every disclosed sentence.
    which_one: list[str] | None = None
    which_one_intents: tuple[str, ...] = ("LogKeptIntent", "LogMissedIntent")
    # A note on a device not linked; None: every disclosed sentence.
    unlinked: list[str] | None = None
