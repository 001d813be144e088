"""A miss told after how it feels (brief voice47): "I feel like such a failure for missing the walk" is a
miss, never a keep, whatever intent Alexa picked; read by understanding.kind_said."""

from __future__ import annotations

import re

# A miss told after how it feels, the missing verb before the promise: "(i feel like such a failure) for
# missing the walk", "(i'm gutted) that i forgot the evening talk", "(i hate myself) for not calling when
# late". The verb takes the promise: "i called because i didn't want her to worry" stays a keep.
_MISSING = (
    r"(?:missing|forgetting|skipping|breaking|failing to|blowing off|bailing on|flaking on|"
    r"not (?!(?:missing|forgetting|skipping|breaking|failing)\b)[a-z]+ing|(?:i|we) (?:missed|forgot|skipped|broke|"
    r"blew off|bailed on|failed to|didn't (?:do|keep|make|go to)|did not (?:do|keep|make|go to)|never did))"
)
# ... before the promise: "after missing it" names one already told, a double negative ("not missing it") none.
_FELT_MISS = re.compile(rf"\b(?:for|about|over|after|because|that|since) {_MISSING}\b(?! (?:it|that|them|this)\b)")


def felt_miss(said: str) -> bool:
    """Whether the words tell a miss after a feeling, its missing verb before the promise."""
    return _FELT_MISS.search(said) is not None
