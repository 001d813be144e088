"""A short reply in words Alexa put in a slot rather than one of its own intents: a yes ("sure,
note it"), "note it as a moment", a no ("not today"), a pairing code ("4 8 1 5 1 6")."""

from __future__ import annotations

import re

from trust_tracker.models.steering_words import spoken

_YES = re.compile(
    r"(?:(?:yes|yeah|yep|sure|ok|okay)(?: please)?(?: (?:note it|do that|a moment))?|note it|"
    r"(?:as )?a moment(?: of reliability)?)(?: please)?"
)


def says_yes(said: str) -> bool:
    """ "Yes", "sure, note it": an acceptance in words Alexa put in a slot, not the Yes intent."""
    return bool(_YES.fullmatch(spoken(said)))


# The article is often dropped or changed ("moment of reliability", "the moment", "it was a reliability
# moment"); "just a moment" and "one moment" stay pauses (tester-voice34).
_AS_A_MOMENT = re.compile(
    r"(?:(?:yes|yeah|yep|sure|ok|okay)(?: please)? )?(?:(?:note|save|log|add|record|keep|put|mark) (?:it|that)"
    r"(?: down)? |(?:it|that) (?:is|was) )?(?:as )?(?:a |the )?(?:moment(?: of reliability)?|reliability moment)"
    r"(?: please)?"
)


def notes_as_moment(said: str) -> bool:
    """ "Note it as a moment", "save it as a moment", "as a moment please": the moment of reliability
    picked, said to the skill's own offer to note it as one (tester-voice20)."""
    return bool(_AS_A_MOMENT.fullmatch(spoken(said)))


_NO_SAID = re.compile(r"\b(no|not|isn't|nope)\b")


def says_no(said: str) -> bool:
    """ "No", "not today": a refusal in words Alexa did not take for the No intent."""
    return bool(_NO_SAID.search(said.lower()))


CODE_DIGITS = 6


_A_CODE_ZEROS_DROPPED_OR_NOT = re.compile(rf"[0-9]{{{CODE_DIGITS - 2},{CODE_DIGITS}}}")


def pairing_code(said: str) -> str | None:
    """ "481516", "4 8 1 5 1 6", or "4815" for "zero zero four eight one five" (AMAZON.NUMBER
    drops leading zeros) -> six digits; anything else -> None. One to three digits is not
    a code with its zeros dropped but part of one: asked again, without using up an attempt."""
    digits = "".join(said.split())
    if not _A_CODE_ZEROS_DROPPED_OR_NOT.fullmatch(digits):
        return None
    return digits.zfill(CODE_DIGITS)
