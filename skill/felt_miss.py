"""A miss told after how it feels (brief voice47): "I feel like such a failure for missing the walk" is a
miss, never a keep, whatever intent Alexa picked; read by understanding.kind_said."""

from __future__ import annotations

import re

# A miss told after how it feels, the missing verb before the promise: "(i feel like such a failure) for
# missing the walk", "(i'm gutted) that i forgot the evening talk", "(i hate myself) for not calling when
# late". The verb takes the promise: "i called because i didn't want her to worry" stays a keep.
_I_MISSED = (
    r"(?:i|we) (?:missed|forgot|skipped|broke|blew off|bailed on|failed to|didn't (?:do|keep|make|go to)|"
    r"did not (?:do|keep|make|go to)|never did)"
)
_MISSING = (
    r"(?:missing|forgetting|skipping|breaking|failing to|blowing off|bailing on|flaking on|"
    rf"not (?!(?:missing|forgetting|skipping|breaking|failing)\b)[a-z]+ing|{_I_MISSED})"
)
# ... before the promise: "after missing it" names one already told, a double negative ("not missing it") none.
_FELT_MISS = re.compile(rf"\b(?:for|about|over|after|because|that|since) {_MISSING}\b(?! (?:it|that|them|this)\b)")


# ... or after a feeling said first, as a clause of its own (tester-voice45: "i'm such a failure, i missed open phone on
# monday", "i'm really sorry, i didn't do the evening talk" were logged as kept, even celebrated): sorrow or blame
# of oneself, then "i" and the missing verb ("i'm afraid i missed the sunday walk": afraid as sorry, tester-voice48).
# "i'm so glad i didn't miss it" names no feeling of this kind.
_SORRY = (
    r"(?:sorry|a failure|an idiot|a mess|a fool|a disappointment|useless|stupid|hopeless|rubbish|ashamed(?: of myself)?|"
    r"guilty|gutted|disappointed(?: in myself| with myself)?|annoyed (?:at|with) myself|angry (?:at|with) myself|upset|"
    r"terrible|awful|bad|cross with myself|afraid)"
)
_SORRY_THEN_MISSED = re.compile(
    rf"^(?:(?:i )?(?:am|i'm|m|feel|felt|was|feeling) )?(?:so |really |such |just |very |completely |totally )*{_SORRY}\b"
    rf"(?: (?:about (?:it|this|that)|again|today|right now))?,? {_I_MISSED}\b"
)


def felt_miss(said: str) -> bool:
    """Whether the words tell a miss after a feeling, its missing verb before the promise."""
    return _FELT_MISS.search(said) is not None or _SORRY_THEN_MISSED.search(said) is not None
