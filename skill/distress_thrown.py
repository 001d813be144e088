"""A person thrown, and blows kept off by giving in (tester-voice22, on the merge of 5 December):
"I was at A and E with my daughter after he threw her" was saved as a setback's reason, and "the
one where I don't get hit" as a moment, with no help lines.

Thrown: a person (never a ball, a party or a look) thrown by someone, said last or with where to
("against the wall", "down the stairs"), never "up in the air" in play or an idiom ("threw me off",
"threw me through a loop"). Kept off: what is done "so I
don't get hit", a blow with no "by" after it (a ball, a car, a branch is no one's blow).
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, SUBJECT

_PERSON = (
    r"(?:me|us|her|him|them|the (?:baby|kids?|children|child)|(?:my|our) (?:little )?(?:daughter|son|baby|kids?|children|"
    r"child|girl|boy|little one|mum|mom|sister|brother))"
)
_WHERE_TO = (
    r"(?:against|across|into|onto|on to|down|out of|off (?:the|a) (?:balcony|stairs|bed|roof|bridge|ledge|deck|bike)|"
    r"through (?:the|a) (?:window|door|wall|glass)|at (?:the|a) (?:wall|door|floor|fridge|wardrobe)|to the (?:floor|ground))"
)
_STRUCK = r"(?:hit|slapped|beaten|beaten up|punched|smacked|belted|thumped|kicked|choked|strangled)"

THROWN = [
    rf"\b{SUBJECT}{BETWEEN} (?:threw|throws|flung|flings|hurled|hurls|chucked|chucks|tossed|shoved) {_PERSON}"
    rf"(?: *$| {_WHERE_TO}\b)(?!.*\b(?:up in the air|in the pool|into the pool|in the sea|into the sea|on the trampoline|"
    r"onto the trampoline|onto the bed to tickle|for fun|playing)\b)",
    rf"\b(?:so|where|when|as long as|to make sure|that way|because then) (?:i|we|the kids|the children|"
    rf"(?:my|our) (?:son|daughter|kids|children)) (?:don't|do not|won't|will not|didn't|did not|never|wouldn't) get "
    rf"{_STRUCK}(?: (?:again|any ?more|tonight|today|this time))?$",
]
