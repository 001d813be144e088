"""Words that say only that a promise was kept or missed, or that there was a setback, naming no
promise: "broke a promise", "I kept my promise", "we had a setback" (tester-voice21 #9, #10), after
an apology or a let-down owned. They
decide the kind of entry and are no note: which promise it was is asked, as for "I missed a promise".
A setback is a miss told in other words (README: a miss, then its reflection), never a moment; told with
what happened (setback_story), that is the lapse itself."""

from __future__ import annotations

import re

from trust_tracker.models.entities import LogKind
from trust_tracker.models.steering_words import spoken

# Before them, an apology or the let-down itself: "sorry, I broke my promise", "I let Sam down, I
# broke my promise" (tester-voice22 #9).
_OWNED = r"(?:(?:sorry|i'm sorry|im sorry|i am sorry|honestly|so|well|um|uh|oh) |(?:i |we )?let (?:[a-z']+ ){1,2}down (?:and |because |as )?)*"
_SOMEONE = rf"{_OWNED}(?:(?:i|we) )?"
_A_PROMISE = r"(?:(?:a|my|our|one|one of (?:my|our|the)) )?(?:promises?|commitments?)"
_SLIPPED = r"(?:slipped up|messed up|fell short|fell down|failed|dropped the ball) on"
_HAD = r"(?:had|have had|(?:i|we)?'ve had|just had)"  # "i've had": no space before its 've
_A_SETBACK = r"(?:a |another |a bit of a |a little |a small |a big |one more )?setback"
# A setback said to be logged (skill/understanding.py reads it as a miss wherever it is said).
SETBACK_TOLD = rf"(?:{_HAD}|(?:need|want|have|would like|'d like) to (?:log|record|report|note)) {_A_SETBACK}"
_KINDS: tuple[tuple[LogKind | None, re.Pattern[str]], ...] = (
    # The slot alone, "a promise" ("I slipped up on {commitment}", "mark {commitment} as missed"): the
    # intent's kind (tester-voice22 #11).
    (None, re.compile(rf"^{_A_PROMISE}$")),
    (LogKind.KEPT, re.compile(rf"^{_SOMEONE}(?:kept|did) {_A_PROMISE}$")),
    (
        LogKind.MISSED,
        re.compile(
            rf"^{_SOMEONE}(?:broke|missed|forgot|didn't keep|did not keep|failed to keep|{_SLIPPED}) {_A_PROMISE}$"
        ),
    ),
    (
        LogKind.MISSED,
        re.compile(rf"^{_SOMEONE}{SETBACK_TOLD}$"),
    ),
)


def kind_only(said: str, heard_as: LogKind) -> LogKind | None:
    """The kind these words say (`heard_as`, the intent's, when they say none: "a promise"), when
    they say nothing else; None for any other words."""
    words = spoken(said)
    return next((kind or heard_as for kind, pattern in _KINDS if pattern.match(words)), None)


# A setback told with what happened, in one breath: "I had a setback, I snapped at Sam", "we had another
# setback because I didn't call". Words about the setback's own topic ("on the diet", "with my knee") are
# no story.
_STORY = re.compile(
    rf"^{_SOMEONE}{_HAD} {_A_SETBACK}(?: (?:again|tonight|this morning|this evening|earlier))?(?: (?:and|because|cos|cause|when|as|so))? "
    r"(?!(?:on|with|at|in|about|for|from|to|of|regarding)\b)(?P<story>[a-z']+(?: [a-z']+)+)$"
)


def setback_story(said: str) -> str | None:
    """What happened, told after "I had a setback"; None when nothing was told of it."""
    found = _STORY.match(spoken(said))
    return found["story"] if found else None
