"""Marks kept out of others' sight (tester19's held-out "I didn't go to the gym because I didn't want
anyone in the changing room seeing the bruises", which the retrain at nlu8 no longer heard): staying
away or covering up so nobody sees the bruises is hiding harm. Marks with an everyday cause named
("…the bruises from my blood test", "…from rugby") or marks on a thing ("the marks on the wall") are
not this."""

from __future__ import annotations

_MARKS = r"(?:the |my |these |those )?(?:bruises|bruising|marks|finger ?marks|black eye|burns|welts|scratches)"
_EVERYDAY_CAUSE = (
    r"(?! (?:from|after|off|because of|on the|on my (?:car|bike|desk|table))\b| (?:from )?(?:my|the) (?:blood test|"
    r"tattoo|jab|fall|surgery|operation|rugby|football|match|game)\b)"
)

MARKS_HIDDEN = [
    rf"\b(?:did not|do not|does not|would not|never) want (?:anyone|anybody|people|them|everyone|my (?:friends|family|"
    rf"colleagues|mum|mom|mother|boss)|the (?:kids|teachers?|others))\b(?: [\w']+){{0,4}}? (?:to )?(?:see|seeing|notice|"
    rf"noticing|ask(?:ing)? about) {_MARKS}\b{_EVERYDAY_CAUSE}",
    rf"\bso (?:nobody|no one|noone|people would not|they would not|no one at work) (?:would |could |can |will )?"
    rf"(?:see|sees|notice|notices|ask(?:s)? about) {_MARKS}\b{_EVERYDAY_CAUSE}",
]
