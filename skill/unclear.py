"""What to suggest when a reply was not understood a second time: two concrete things a person
can say where they are (issue 8: no state loops). The state is read from the session's waiting
keys and the flow's name and step, as the intents set them (skill/intents/*)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Steps that are a yes-or-no question, by flow: "Would you like to reflect?", "Shall I propose a
# change?", "Shall I mark those as seen?", "Remove it?", "Should I save that as your answer?".
_YES_NO_STEPS = frozenset({"reflect?", "propose?", "seen?", "remove?", "dispute?", "answer?"})
_WHICH_STEPS = frozenset({"log which?", "which?"})  # "which promise?" mid check-in, "which boundary?"


def hint_key(flow: Mapping[str, Any], waiting: frozenset[str], reprompt: str) -> str:
    """The phrase (speech_checkin "hint_…") naming the two things to say in this state."""
    step = flow.get("step")
    if step == "together?":
        return "hint_together"
    if step == "log?":  # "Was that your answer, or shall I log it?"
        return "hint_held"
    if step == "skipped?":  # "You skipped …: answer it now, or leave it?"
        return "hint_skipped"
    if step in _WHICH_STEPS or "pending_log" in waiting:
        return "hint_which"
    if flow.get("who_asked") is True or "pending_request" in waiting:
        return "hint_who"
    if step in ("trigger", "prevention"):
        return "hint_reflection"
    if step in _YES_NO_STEPS or waiting & {"pending_all", "pending_hedge"}:
        return "hint_yes_no"
    if flow.get("name") == "checkin" and "position" in flow:
        return "hint_question"
    if not waiting:
        return "hint_menu"
    return "hint_yes_no" if _yes_no(reprompt) else "hint_waiting"


_ASKING = frozenset({"shall", "should", "would", "do", "is", "are", "did", "can"})


def _yes_no(reprompt: str) -> bool:
    """Whether the question waiting is a yes-or-no one, by its words."""
    return "yes or no" in reprompt.lower() or reprompt.split(" ", 1)[0].lower() in _ASKING
