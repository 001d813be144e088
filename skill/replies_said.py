"""A short reply in words Alexa put in a slot rather than one of its own intents: a yes ("sure,
note it"), "note it as a moment", a no ("not today"), a pairing code ("4 8 1 5 1 6")."""

from __future__ import annotations

import re

from trust_tracker.models.steering_words import spoken

_YES = re.compile(
    r"(?:(?:yes|yeah|yep|sure|ok|okay)(?: please)?(?: (?:note it|do that|a moment))?|note it|"
    r"(?:as )?a moment(?: of reliability)?)(?: please)?"
)


_AN_ANSWER = 3  # words in a reply to a yes-or-no question that is no choice: words of their own
# A reply that still speaks of the choice ("no, don't log it", "yes but later"): asked again, never words of their own.
_CHOOSING = re.compile(
    r"^(?:yes|yeah|yep|no|nope|nah|ok|okay|sure|please|maybe|not)\b|\b(?:log|logged|answer|whatever|up to you|"
    r"you (?:think|decide|choose|pick)|(?:don't|do not) (?:mind|know|care)|not sure|no idea)\b"
)


def words_of_their_own(said: str) -> bool:
    """Whether a reply to a yes-or-no question ("Shall I log that?", "Shall I propose a change?") is no
    choice but words of their own ("the texts helped a lot"): three words or more, none about choosing."""
    return len(said.split()) >= _AN_ANSWER and not _CHOOSING.search(spoken(said))


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
