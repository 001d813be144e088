"""A no that was not heeded, said sideways (tester-voice27): "I said no but he wouldn't stop", "I didn't
want to but he wouldn't stop", "he wouldn't take no for an answer last night". Saved as a check-in
answer and a moment, or only doubted: no word in them names the act.

The mark is the shape: a no (or "I didn't want to", with nothing after it) and then the partner who did
not stop, with nothing after "stop" that makes it a habit of speech ("wouldn't stop asking", "kept going
on about the car"). A no said to something ("said no to dessert") or a stop asked of something ("told him
to stop the car") is everyday.
"""

from __future__ import annotations

from .distress_vocab import PARTNER

_NO = (
    r"(?:said no|told (?:him|her|them) no|kept saying no|was saying no|did not want to|did not want it|told (?:him|her|them) "
    r"to stop|asked (?:him|her|them) to stop|begged (?:him|her|them) to stop|pleaded with (?:him|her|them) to stop|"
    r"tried to push (?:him|her|them) (?:off|away)|pushed (?:him|her|them) away)"
)
_NOT_STOPPED = (
    r"(?:would not stop|did not stop|will not stop|does not stop|never stops|never stopped|kept going|carried on|kept on|"
    r"did it anyway|went ahead anyway|went ahead(?= *$)|did not care|forced me|did not|would not|will not)"
)
# Nothing after: or what ends the telling ("again", "last night", "and I feel awful").
_ENDED = r"(?= *$| (?:again|anyway|last night|this morning|tonight|yesterday|and|so|but|then|which|even|until|till)\b)"

NO_HEEDED = [
    rf"\b{_NO}(?:,)? (?:but|and|yet) (?:he|she|they|{PARTNER}) (?:just |still )?{_NOT_STOPPED}{_ENDED}",
    # Sex made or had against the will said plainly: "he keeps making me have sex when I don't want to".
    r"\b(?:makes|made|make|making|keeps making|kept making|forces|forced|forcing|pressures|pressured|pressuring|pushes|"
    r"pushed|guilts|guilted) me (?:into )?(?:to )?(?:have|having) sex\b",
    r"\b(?:have|had|having) sex(?: with (?:him|her|them))? (?:when|even though|although|even when) i (?:do not|did not) "
    r"want (?:to|it)\b",
    # "He wouldn't take no for an answer last night", told of a night, not of a plan pressed for ("so we went").
    rf"\b(?:he|she|{PARTNER}) (?:would not|will not|did not|does not|never|just would not|still would not) take(?:s)? no "
    r"for an answer(?= *$| (?:again|last night|this morning|tonight|in bed|when i|even when|even though)\b)",
]
