"""A kept promise told as a description (voice35): "I did what I said I'd do and called Sam at lunch",
"I kept my word and ...", "did what I said I would, I ...". The speaker's own word kept, then what they
did: the deed names the promise (or "which one?" is asked), and the words before it only say it was kept.
Whose word it was decides: "I did what he said or he would hurt me" is no word of the speaker's kept, and
distress said so is heard before any of this is read (skill/safety.py). The twin of skill/told_lapse.py.
"""

from __future__ import annotations

import re

from trust_tracker.models.steering_words import spoken

_OWN = r"(?:i|we)"
# The speaker's word, said kept: "did (exactly) what i said i would (do)", "did what we promised",
# "kept my word", "stuck to our promise", "followed through", "was as good as my word".
_WORD_KEPT = (
    rf"(?:did (?:exactly |just )?what {_OWN} (?:said|promised|told (?:her|him|them|[a-z]+)|agreed)"
    rf"(?: {_OWN}(?: would| will|'d|'ll)?)?(?: (?:do|to do|to))?"
    r"|(?:kept|stuck to|stuck with|honou?red) (?:my|our) (?:word|promise|commitment)"
    r"|followed through|was as good as my word|were as good as our word)"
)
# Then what was done, joined on ("and called sam", "so i texted her", "by calling") or said as a clause
# of its own ("did what i said i would, i called sam"); never the rest of the word ("i said i | would"),
# nor what someone else did next ("and she thanked me": not the speaker's deed).
_TOLD = re.compile(
    rf"^(?:(?:so|well|and|today|tonight|yeah|okay|just to say) )*(?:{_OWN} )?(?:(?:just|actually|really) )?"
    rf"{_WORD_KEPT}(?: (?:today|tonight|again|this time))? (?:(?:and|so|then|and then|by)(?: {_OWN})?|{_OWN}) "
    r"(?P<deed>(?!(?:would|will|do|to|or|if|else|otherwise|but|because|cos|until|unless|when|he|she|they|you|it)\b)[a-z].*)$"
)


def kept_deed(said: str) -> str | None:
    """What the speaker did, said after their word kept ("called sam at lunch"); None when the words
    are not a kept word followed by a deed."""
    found = _TOLD.match(spoken(said))
    return found["deed"] if found is not None else None
