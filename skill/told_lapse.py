"""A lapse told by how it went rather than by a word for missing (voice19, tester find 4): "I
texted her I'd be home and then I wasn't", "I moved cash without telling him", "I spent the
savings money again". Each is a miss, whatever the intent Alexa picked; its everyday twin ("I
texted her I'd be home and I was", "I moved the cash to savings", "we walked the dog again") is not.

Six shapes: a thing done in secret ("without telling/asking him", never a surprise for them); a word
given and then not kept, the clause left bare at the end ("and then I wasn't", "but I never did"), or the act
not done said before the word given ("didn't call when I said I would"), or done after a word not to ("after I
said I wouldn't"); late, and the other never told ("I was late and never texted him"); money taken or spent
"again", a slip repeated (an everyday act said again is no lapse).
"""

from __future__ import annotations

import re

from trust_tracker.models.steering_words import spoken

_SECRET = re.compile(
    r"\bwithout (?:telling|asking|checking with|mentioning it to|saying anything to|letting \w+ know)\b"
)
_NOT_KEPT = re.compile(
    r"\b(?:and|but) (?:then )?(?:i|we) (?:didn't|did not|wasn't|was not|weren't|were not|never did|never was|"
    r"couldn't|could not|forgot)(?: (?:in the end|after all|again|do it|make it|turn up|show up))?$"
)
# A word not to, and then not done, is a word kept: "I promised not to check her phone and I didn't".
_HELD_TO_NOT = re.compile(
    r"\b(?:not to|never to|to never|would not|wouldn't|will not|won't|would never|'d never|d never)\b.*\b(?:and|but) "
    r"(?:then )?(?:i|we) (?:didn't|did not|never did|haven't|have not)(?: (?:once|at all|either|since|in the end))?$"
)
# A word the speaker gave, said not done: "(I stuffed up,) didn't call when I said I would", "forgot to
# text like I promised", "didn't do the house jobs I said I would" (tester-voice35). Whose word it was decides: "he didn't call when he said he would" is not theirs.
_OWN_WORD_BROKEN = re.compile(
    r"^(?:(?!he |she |they )[\w']+ ){0,4}?(?:didn't|did not|haven't|have not|never|forgot to|failed to)\b.*"
    r"\b(?:(?:when|like|as|after|the way|even though|that) )?(?:i|we) (?:said|promised|told (?:her|him|them|[a-z]+))"
    r"(?: (?:i|we)(?: would|'d| will)?(?: do)?(?: it)?)?$"
)
# Done after the word given not to, said last (tester-voice39 D13: "I had a drink with her on saturday after I said I
# wouldn't"); "... after I said I wouldn't be late" is another word, not this one.
_DONE_AFTER_NO = re.compile(
    r"\b(?:after|when|even though|though|although|despite) (?:i|we) (?:said|promised|swore|told (?:her|him|them|[a-z]+))"
    r"(?: that)? (?:i|we) (?:would not|wouldn't|would never|'d never|d never|wasn't going to|was not going to)"
    r"(?: (?:do it|again|anymore|any more))?$"
)
# Late, and the other not told (tester-voice39's D11: "I was forty minutes late tonight and never texted him" was
# logged kept): the lateness said first, the word not sent after it ("late, but I did text" is no lapse).
_LATE_UNTOLD = re.compile(
    r"\blate\b.*\b(?:and|but|yet) (?:i |we )?(?:never|didn't|did not|forgot to|failed to|didn't even|did not even|never "
    r"even) (?:text|texted|call|called|ring|rang|phone|phoned|message|messaged|tell|told|warn|warned|let (?:\w+) know)\b"
)
_MONEY_AGAIN = re.compile(
    r"\b(?:spent|used|took|moved|withdrew|dipped into|borrowed from|raided|emptied|blew)\b"
    r".*\b(?:savings|joint account|money|cash|rent|pay ?cheque|pay check|wages)\b.*\bagain\b"
)


# A secret kept for the other's sake ("I bought Faith flowers without telling her, it was a surprise").
_FOR_THEM = re.compile(r"\b(?:surprise|surprised|present|gift|birthday|anniversary)\b")


def told_lapse(said: str) -> bool:
    """Whether the words tell a lapse by one of the shapes above."""
    words = spoken(said)
    secret = _SECRET.search(words) is not None and _FOR_THEM.search(words) is None
    not_kept = _NOT_KEPT.search(words) is not None and _HELD_TO_NOT.search(words) is None
    return (
        secret
        or not_kept
        or any(shape.search(words) for shape in (_OWN_WORD_BROKEN, _DONE_AFTER_NO, _LATE_UNTOLD, _MONEY_AGAIN))
    )
