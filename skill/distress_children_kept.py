"""Children kept from the speaker as a threat: "he took the kids to his mother's and told me I'd never
see them" (test_safety_good_news's held-out sentence, heard by the learned check alone until its
retrain at nlu7 scored it 5.13, under the 5.5 alarm). "Never see them" counts only where children
were named first; "…never see my kids again" said whole counts anywhere. "The shop told me I'd never
see that money again" and "the vet said we'd never see a calmer dog" are not this."""

from __future__ import annotations

_TOLD = r"(?:told|tells|said|says|warned|threatened|swore|swears)(?: me| us)?(?: that)?"
_NEVER_SEE = r"(?:i|we) (?:would|will|am going to|are going to|was going to|were going to) never (?:see|get to see|be allowed to see)"
# What may follow "never see them": the end, "again", or why and when; not "…them so happy".
_THEN = r"(?: ever)?(?: again)?(?= *$|,| (?:if|unless|until|till|while|because|cos|after|when|once|now|and)\b)"
_CHILDREN = r"(?:the|my|our) (?:kids|children|son|daughter|sons|daughters|baby|babies|boys|girls|little ones?)"

CHILDREN_KEPT = [
    rf"\b{_TOLD} {_NEVER_SEE} {_CHILDREN}{_THEN}",
    rf"\b(?:kids|children|son|daughter|baby|boys|girls|little ones?)\b.*\b{_TOLD} {_NEVER_SEE} (?:them|him|her){_THEN}",
]
