"""The skill's own steering words: a bare yes or no to an open question, "log it" or "my
answer", "actually this is Sam". The words that steer any answer (skip, go back, undo,
stop, "um") are the domain's, in models/steering_words.py, read by the site too.
Said during a check-in question or a reflection, none of them is stored."""

from __future__ import annotations

import re

from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.steering_words import spoken

from .understanding import partner_named

_BARE_YES_NO = re.compile(r"^(?:yes|yeah|yep|yup|sure|no|nope|nah|not really)$")
_YES_NO_QUESTION = re.compile(r"^(?:did|do|does|is|are|was|were|have|has|had|can|could|would|will|should|shall)\b")


def bare_yes_or_no(said: str, question: str) -> bool:
    """ "No" (or "yes") and nothing else, to a question that is not a yes-or-no one ("What went
    well?"): not an answer yet."""
    return bool(_BARE_YES_NO.match(spoken(said))) and not _YES_NO_QUESTION.match(spoken(question))


_HELD_CHOICES = (
    (
        "answer",
        re.compile(r"^(?:yes|yeah|yep|sure|it was|(?:it was |that was |that's |save it as )?my answer|answer)$"),
    ),
    ("log", re.compile(r"^(?:(?:please |yes |no |just )?log (?:it|that)(?: please)?|log|log it instead)$")),
    ("no", re.compile(r"^(?:no|nope|neither|neither one|not now|nothing|forget it)$")),
)


def held_choice(said: str) -> str | None:
    """ "Was that your answer, or shall I log it?" answered in words: "answer", "log", "no"; None if unclear."""
    text = spoken(said)
    return next((name for name, pattern in _HELD_CHOICES if pattern.match(text)), None)


_CORRECTION = re.compile(
    r"^(?:(?:no|oh|oops|sorry|wait|actually|hold on|hang on)\s+)*(?:(?:this is|it's|it is|i'm|i am|my name is)\s+)?"
    r"(?:actually\s+)?(?P<name>.+?)(?:\s+(?:here|speaking|now|actually|talking))*$"
)
# Without "this is" / "my name is", the name alone is an answer unless a word after it says
# who is speaking ("sam speaking", "sam here").
_NAMED_ALONE = re.compile(r"^(?:(?:this is|it's|it is|i'm|i am|my name is)\s|.*\s(?:here|speaking|talking)$)")


def speaker_correction(couple: Couple, said: str) -> Partner | None:
    """ "Actually this is Sam", "no, it's Sam": the partner named as the one really speaking."""
    text = spoken(said)
    bare = re.sub(r"^(?:(?:no|oh|oops|sorry|wait|actually|hold on|hang on)\s+)*", "", text)
    found = _CORRECTION.match(text) if _NAMED_ALONE.match(bare) else None
    return partner_named(couple, found["name"]) if found else None
