"""A deed of one's own told in words ("I forgot our anniversary dinner", "I was tired and
snapped", "we didn't talk all week"), as opposed to words that only point or hesitate ("I
don't know", "whatever", "I missed it"): said to "which one did you miss?" and naming none of
the couple's promises, it is the setback itself, told (tester-voice27 D9, tester-voice28 C2).
And the subject the keep's carrier took ("i {commitment}"), given back to words kept as a note."""

from __future__ import annotations

import re

from trust_tracker.models.past_tense import IRREGULAR
from trust_tracker.models.steering_words import without_aside

# Past forms the list of verbs (for suggesting how a promise is told) has no need of.
_PAST = frozenset(IRREGULAR.values()) | {"was", "were", "had", "did", "lost", "hid", "lent", "blew"}
_NOT_DONE = r"(?:didn't|did not|couldn't|could not|wasn't|was not|weren't|were not|hadn't|had not|never)"
_TOLD = re.compile(
    r"^(?:i|we)(?: (?:just|really|totally|completely|also|then|kind of|sort of|accidentally|actually|honestly))*"
    rf" (?:{_NOT_DONE} (?P<not_done>\w+)|(?P<verb>[a-z]+))(?P<rest>(?: [a-z']+)*)$"
)
# Words after the verb that tell nothing of their own: "I missed it", "I forgot that one".
_POINTING = frozenset({"it", "that", "this", "one", "them", "those", "the", "a", "again", "today", "yesterday"})


def deed_told(said: str) -> bool:
    """Whether the words tell something the speaker did or failed to do, in a past tense, with
    at least two words of what it was."""
    found = _TOLD.match(without_aside(said))
    if found is None:
        return False
    past = found["not_done"] is not None or _past(found["verb"])
    told = [w for w in found["rest"].split() if w not in _POINTING]
    return past and len(told) >= 2


# A verb that opens a clause with no subject before it: what "i {commitment}" or "we {commitment}"
# leaves in the slot ("could just kill for a pizza", "said no but he wouldn't stop").
_SUBJECTLESS = re.compile(
    rf"^(?:{_NOT_DONE}|could|would|wouldn't|should|shouldn't|can|can't|will|won't|don't|might|must|just|really|finally|"
    r"always|never|"
    r"(?P<verb>[a-z]+))\b"
)
_OURS = re.compile(r"\b(?:our|us|ourselves|together)\b")
_MINE = re.compile(r"\b(?:my|me|myself)\b")


def with_subject(words: str) -> str:
    """Words a keep's slot held, with the subject its carrier took given back: "I" (or "we", when
    the words speak of "our" or "us" and never "my"), so a note reads as it was said (tester-voice27:
    "Said no but he wouldn't stop" was saved for "I said no but he wouldn't stop")."""
    text = " ".join(words.split())
    found = _SUBJECTLESS.match(text.lower())
    if found is None or (found["verb"] is not None and not _past(found["verb"])):
        return text
    subject = "we" if _OURS.search(text.lower()) and not _MINE.search(text.lower()) else "I"
    return f"{subject} {text[:1].lower()}{text[1:]}"


def _past(verb: str) -> bool:
    return verb in _PAST or (verb.endswith("ed") and len(verb) > 3)


# Why it happened, not what was missed: "because work ran late", "I got caught at work and forgot",
# "I was up the ladder and lost track of time", "it slipped my mind", "I was exhausted".
_REASON = re.compile(
    r"^(?:because|cause|'cause|cos|coz|since)\b|\b(?:lost track of (?:the )?time|slipped my mind|"
    r"(?:got|was|were|am|are) (?:caught|held|tied|stuck|kept|snowed) (?:up|at|in|with|behind|under)|"
    r"ran (?:out of time|late|over)|(?:had|have|got) no time|didn't have (?:the |any )?time|"
    r"(?:was|were|got|felt) (?:(?:so|too|really|just|very) )*(?:busy|tired|exhausted|knackered|shattered|stressed|"
    r"distracted|sick|ill|poorly|swamped|overwhelmed)|fell asleep|dozed off|had to work|worked late|at work)\b|"
    r"\b(?:and|so|then) (?:i |we )?(?:just |totally |completely )?forgot(?: (?:about it|all about it|again))?$"
)


def reason_told(said: str) -> bool:
    """Whether the words say why a promise was missed rather than what was missed: said to "which one
    did you miss?", they wait for the promise and become its note (tester-voice39 D15)."""
    return _REASON.search(without_aside(said)) is not None
