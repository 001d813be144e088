"""The words that steer a conversation rather than answer it: skip, go back, stop, "um",
a bare yes or no to an open question, "log it" or "my answer", "actually this is Sam".
Said during a check-in question or a reflection, they are never stored."""

from __future__ import annotations

import re

from trust_tracker.models.entities import Couple, Partner

from .understanding import partner_named, spoken

# Said during a check-in question, these steer the conversation; they are never stored as answers.
_REPEAT = re.compile(
    r"\b(repeat|start over|start again|restart|begin again|say (?:that|it) again|what was the question|come again|pardon|didn't (?:hear|catch))\b"
)
_SKIP = re.compile(
    r"^(?:(?:can we |let's |let us |i'd like to |i want to |i would like to )?(?:skip|pass)(?: on)?"
    r"(?: (?:it|this|that|this one|that one|this question|that question|for now))*|"
    r"next|next question|next one|move on|i'd rather not say|i would rather not say|no comment)$"
)
_BACK = re.compile(
    r"^(?:(?:can i |can we |let me |i want to |i'd like to |i would like to |i need to )?"
    r"(?:go back|change (?:my|that|the) (?:last )?answer|change my last one|redo (?:that|my answer)|"
    r"previous question|back|undo my answer|take back my answer|undo(?: that| it| this)?|scratch that|"
    r"take (?:that|it) back|that was wrong)(?: please)?)$"
)
_STOP = re.compile(
    r"^(?:stop|cancel|pause|that's all|that is all|that's it|i'm done|i am done|we're done|we are done|"
    r"let's stop|let us stop|let's stop here|stop here|stop for now|finish later|we'll finish later|"
    r"let's finish later|exit|quit)$"
)
# Sounds, and words that buy time: never an answer (the question is asked again, gently).
_STALLING = re.compile(
    r"^(?:(?:um+|uh+|er+m*|hmm+|mm+|ah+|oh|well|so|okay|ok|like|let me think|let me see|i don't know yet|"
    r"give me a (?:second|sec|minute|moment)|hold on|hang on|just a (?:second|sec|minute|moment)|wait|"
    r"good question|i need to think|i need a (?:second|minute|moment)|let me think about (?:it|that)|uh huh|mm hmm|"
    r"i guess|never mind|nevermind)\s*)+$"
)
# Words that sound like a request to the skill rather than an answer: confirmed before saving.
_REQUEST = re.compile(
    r"^(?:alexa )?(?:how are we doing|how's it going|how are things going|"
    r"(?:please )?(?:start|begin|resume|do) (?:our|the) check ?in|what should we celebrate|"
    r"(?:what are )?(?:this week's |the )?check ?in questions|read (?:our|the|me our|us our) contract|"
    r"we need a (?:pause|break)|i need a (?:pause|break)|"
    r"(?:log|note|record|mark|add)\b.*|"
    r"i (?:kept|missed|broke|forgot|didn't keep|did not keep|failed to keep) (?:my|a|our) (?:promise|commitment|word)\b.*|"
    r"i (?:crossed|broke) (?:a|our|one of our) boundar(?:y|ies)\b.*|"
    r"i (?:kept|missed|did|forgot|broke) (?:them all|all of them|both of them|every one of them|everything)\b.*|"
    r"(?:i'm|i am) having a (?:hard|rough|tough|bad|difficult) day|"
    r"my (?:pairing )?code is\b.*)$"
)
_HELP = re.compile(r"^(?:help|help me answer|what can i say|what do i say|i need help answering)$")


def is_filler(said: str) -> bool:
    """Only "um", "let me think" and the like: words that are not an answer yet."""
    return _STALLING.match(spoken(said)) is not None


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


def control(said: str) -> str | None:
    """What the words do when they steer rather than answer: "repeat", "skip", "back",
    "stop", "help", "filler" (um, let me think) or "request" (sounds like something to do,
    not an answer: confirm first); None for an answer."""
    if is_filler(said):
        return "filler"
    text = spoken(said)
    text = re.sub(r"^(?:sorry|um|uh|okay|ok|please|oh)\b ?", "", text).removesuffix(" please")
    for name, pattern in (("back", _BACK), ("skip", _SKIP), ("stop", _STOP), ("help", _HELP)):
        if pattern.match(text):
            return name
    if _REPEAT.search(text):
        return "repeat"
    if _REQUEST.match(text):
        return "request"
    return None


_CORRECTION = re.compile(
    r"^(?:(?:no|oh|oops|sorry|wait|actually|hold on|hang on)\s+)*(?:this is|it's|it is|i'm|i am)\s+"
    r"(?:actually\s+)?(?P<name>.+?)(?:\s+(?:here|speaking|now|actually|talking))*$"
)


def speaker_correction(couple: Couple, said: str) -> Partner | None:
    """ "Actually this is Sam", "no, it's Sam": the partner named as the one really speaking."""
    found = _CORRECTION.match(spoken(said))
    return partner_named(couple, found["name"]) if found else None
