"""Words that leave it open whether a promise was kept ("I sort of kept it", "I half did it"):
heard around a promise's name, so the keep or miss is confirmed first, never guessed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trust_tracker.models.entities import ContractItem
from trust_tracker.models.spoken_forms import without_pronoun
from trust_tracker.models.steering_words import spoken

from .idioms import without_idioms

# Words that leave it open whether it was kept: "I sort of kept it", "I half did it". The
# soft ones can go without changing what the words say; "not really", "almost" and the
# like turn it ("I almost forgot" was kept), so they stay in whatever is read after. "I think I
# did" loses "I think", not the "I" after it: "some days I think I am …" must stay a sentence.
# "Half" before an hour is a time ("home at half eleven", "half past ten", "half an hour early").
_HOUR = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|past|an hour|a hour|midnight|noon|"
    r"(?:an? )?(?:hour|minute)s?"
)
# The hedges that doubt whether it happened at all, rather than say it was half done.
_UNSURE_HEDGE = (
    r"(?:i )?(?:think|guess|believe)(?= i\b)|(?:i'm|i am) not sure (?:if|whether|that)(?= i\b)|maybe(?= i\b)|probably"
)
_SOFT_HEDGE = (
    rf"sort of|sorta|kind of|kinda|half(?! (?:{_HOUR})\b)|halfway|partly|partially|part of|mostly|more or less|somewhat|"
    r"a bit of(?! (?:a )?setback)|"
    rf"tried to|{_UNSURE_HEDGE}"
)
_SOFT = re.compile(rf"\b(?:{_SOFT_HEDGE})\b")
_UNSURE = re.compile(rf"\b(?:{_UNSURE_HEDGE})\b")
_HEDGE = re.compile(rf"\b(?:{_SOFT_HEDGE}|almost|nearly|not quite|not really|not fully|not completely)\b")


def hedged(said: str, commitments: Sequence[ContractItem] = ()) -> bool:
    """Whether the words leave open whether it was done: "I sort of kept the evening talk".
    Only the words around a promise's name count: "I kept my half hour walk" is plain."""
    words = f" {without_idioms(spoken(said))} "  # "I nearly died laughing" hedges nothing
    named = [(c.short_name or "", c.text, *(without_pronoun(f) for f in c.lineage.spoken_forms)) for c in commitments]
    names = {spoken(n) for forms in named for n in forms} - {""}
    for name in sorted(names, key=len, reverse=True):
        words = words.replace(f" {name} ", " ")
    return _HEDGE.search(words) is not None


def unsure(said: str) -> bool:
    """Whether the hedge only doubts it was done ("I think I called", "maybe I did"), with nothing
    said half done: asked "you're not sure", not "partly done"."""
    words = spoken(said)
    return _UNSURE.search(words) is not None and _HEDGE.search(_UNSURE.sub(" ", words)) is None


def without_hedge(said: str) -> str:
    """The words with their soft hedge left out: "sort of kept the evening talk" -> "kept the
    evening talk"; "not really kept it" stays as it is."""
    return " ".join(_SOFT.sub(" ", spoken(said)).split())


# A wish or a plan about a promise ("I'm dying to go on our walk", "we're going to do the
# evening talk", "I'd love to", "we should walk more", "more walks together"): said before it is
# done, so never a keep. The wish leads the sentence, so "I called when I was going to be late" is
# still how it was kept; "I should have" is a regret, read as a miss elsewhere.
_WISH = re.compile(
    r"^(?:(?:so|well|oh|and|um|honestly|also|still|both|all|really|just|i|we|i'm|we're|am|are|is|was|were|"
    r"i'd|we'd|maybe|perhaps|hopefully|definitely|it|it'd|there)\s+)*"
    r"(?:dying to|can't wait|cannot wait|can not wait|looking forward to|look forward to|going to|gonna|want to|wanna|"
    r"wanting to|would (?:love|like) to|love to|like to|plan(?:ning)? (?:to|on)|hop(?:e|ing) to|about to|"
    r"intend(?:ing)? to|mean(?:ing)? to|keen to|excited (?:to|for|about)|need to|gotta|"
    r"i'll|we'll|(?:i|we) (?:will|shall)|"
    # "I'll be late tonight, I'll call Sam": a carrier may take the "I'll"'s "I" (tester-voice38 D7); never "Will
    # called", a name.
    r"(?:will|shall) (?=(?:be|call|ring|phone|text|do|go|try|make|get|keep|have|tell|show|answer|walk|talk|cook|clean|"
    r"sort|pick|take|let)\b)|"
    r"(?:should|could|must|ought to|might)(?! (?:have|'ve|of)\b)|let's|lets|let us|wish|how about|what about|why don't we|"
    r"(?:would|'d) be (?:nice|good|lovely|great|fun)|be (?:nice|good|lovely|great|fun) to|"
    r"(?:(?:would |'d )?(?:love|like|want|wanted|need|needs|could use|could do with)(?: (?:some|a few|a lot|lots|a bit))? )?"
    r"(?:more|fewer)(?! (?:or less|than)\b))\b"
)


# What was done, told after the wish: "I could kill for a coffee, but on tuesday I kept my promise" (tester-voice41 L2).
_DONE_AFTER = re.compile(
    r"\b(?:but|though|although|anyway)\b(?: [\w']+){0,3}? (?:i|we) (?:kept|did|managed|made|stuck to|honou?red|have "
    r"kept|have done)\b"
)


def wished(said: str) -> bool:
    """Whether the words wish for or plan a promise rather than say it was done: "I'm dying to
    go on our saturday walk", "can't wait for the evening talk"."""
    words = spoken(said)
    return _WISH.match(words) is not None and _DONE_AFTER.search(words) is None
