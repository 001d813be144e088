"""Words that say the opposite of a commitment: they do what it says not to do (tester-voice36 D14).
"Answer questions about my phone openly, without getting defensive" and "i got defensive about my
phone again"; "not to raise my voice" and "i raised my voice"; "home on time" and "late again". Such
words are a lapse, never a keep (models.logbook.log_said asks `goes_against` of the one commitment
a keep's words name). Said with its own negation before it ("i didn't get defensive", "without
raising my voice", "i wasn't late") it is the keep it sounds like.

A promise that opens something up to the partner ("Answer questions about my phone openly", "Share
my location when asked") is gone against in everyday words too: refusing, hiding, being cagey or
snappy about what it opens up ("i wouldn't let sam look at my phone", "i hid my phone from her all
evening", tester-voice37 D13); "i let her look through my phone" stays the keep it sounds like.

`lapse_after`: a keep told with a lapse after it ("we had our evening chat but i got defensive when
she asked about my phone", tester-voice35 D1): the other half, to ask about, never lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from trust_tracker.models.entities import ContractItem
from trust_tracker.models.steering_words import spoken

from .naming import content_words

# What a commitment says not to do: "without getting defensive", "not to raise my voice", "never
# shout", up to the end of that clause.
_AVOIDED = re.compile(
    r"\b(?:without|not to|never|no more|don't|do not|stop|avoid|instead of)\s+"
    r"(?:(?:getting|being|becoming|get|be|become|ever)\s+)?([a-z' ]+?)(?=\s*(?:[,.;]|$|\b(?:and|or|when|if|with|while|in|at|on|about|during|for|to|because)\b))"
)
# What a commitment asks for, and the word that says it was not done: "home on time", "late again".
_OPPOSITES = {"on time": "late"}
# A negation said before the act: "i didn't get defensive", "without raising my voice".
_NEGATED = re.compile(r"\b(?:not|never|no|without|instead of|stopped myself)\b|n't\b")


def _avoided(item: ContractItem) -> tuple[frozenset[str], ...]:
    """The acts `item` says not to do, each as the words that matter in it."""
    return _avoided_in(item.text)


# Per process, by the promise's words: a keep reads each promise's acts a dozen times a request.
@lru_cache(maxsize=1024)
def _avoided_in(text: str) -> tuple[frozenset[str], ...]:
    text = text.lower()
    acts = [content_words(found) for found in _AVOIDED.findall(text)]
    acts += [
        frozenset(content_words(word)) for phrase, word in _OPPOSITES.items() if phrase in text and word not in text
    ]
    return tuple(act for act in acts if act)


_WORD = re.compile(r"\b[a-z']+")


def _before_the_act(words: str, item: ContractItem) -> list[str]:
    """What is said before each act `item` says not to do that `words` tell, in order. Of a promise that
    opens something up, only words about what it opens: "i was defensive about the dishes", or "when she
    asked" with nothing said of what, is no lapse of "Answer questions about my phone openly, without
    getting defensive" (tester-voice38's lead: never offered as that miss on a guess)."""
    opened = _opened(item)
    return _acts_told(words, item) if not opened or opened & content_words(words) else []


def _acts_told(words: str, item: ContractItem) -> list[str]:
    found = []
    for act in _avoided(item):
        if act <= content_words(words):
            first = min(
                (m.start() for w in act for m in _WORD.finditer(words) if content_words(m[0]) == {w}),
                default=0,
            )
            found.append(words[:first])
    return found


# A promise that opens something up, and the words that only say so (what is left is what it opens up).
_OPENS = re.compile(r"\b(?:open|openly|honest|honestly|transparent|share|sharing|show|answer|no secrets?)\b")
_OPENING = content_words(
    "open openly honest honestly transparent share sharing show answer questions secret ask asked asks when "
    "without getting being defensive"
)
# A name written in the contract ("Share my location with Grace"): who it is opened to, not what.
_NAME = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-z']+")
# Its everyday opposite: closed up about it, or refusing it ("wouldn't let her look" is one act).
_CLOSED = re.compile(
    r"\b(?:cagey|evasive|secretive|shifty|snappy|snapped|snapping|short with|defensive|hid|hide|hiding|hidden|"
    r"locked|dodged|dodging|refused|(?:wouldn't|won't|didn't|would not|did not|will not) (?:let|show|share|answer))\b"
)
# Kept from someone else than the partner ("i hid my phone from the kids at dinner"): no lapse of theirs.
_SOMEONE_ELSE = re.compile(
    r"\b(?:kids?|children|child|son|daughter|boss|mum|mom|dad|parents?|brother|sister|friends?|colleagues?|baby)\b"
)
_CLAUSE = re.compile(r"[,;.!?]|\b(?:but|though|although|whereas)\b")


# What is on a phone, opened with it: "i wouldn't show her my messages" closes the open phone promise.
_ON_A_PHONE = content_words("messages emails inbox whatsapp dms")  # not "texts", "chats": other promises' words


def _opened(item: ContractItem) -> frozenset[str]:
    """What a promise that opens something up opens ("phone", "location", "joint account"; a phone's
    messages with it); none for another."""
    return _opened_by(item.short_name or "", item.text)


@lru_cache(maxsize=1024)  # as _avoided_in
def _opened_by(short_name: str, text: str) -> frozenset[str]:
    if not _OPENS.search(text.lower()):
        return frozenset()
    opened = content_words(_NAME.sub(" ", f"{short_name}. {text}")) - _OPENING
    return frozenset(opened | _ON_A_PHONE if opened & content_words("phone phones") else opened)


def _closed_before(said: str, item: ContractItem) -> list[str]:
    """What is said before each refusal or hiding, in a clause of `said` about what `item` opens up."""
    opened = _opened(item)
    found = []
    for clause in map(spoken, _CLAUSE.split(said.lower())):
        closed = _CLOSED.search(clause)
        if closed and opened & content_words(clause) and not _SOMEONE_ELSE.search(clause):
            found.append(clause[: closed.start()])
    return found


def goes_against(said: str, item: ContractItem) -> bool:
    """Whether `said` tells the very act `item` says not to do, or the refusal of what it opens up,
    with no negation before it."""
    told = _before_the_act(spoken(said), item) + _closed_before(said, item)
    return any(not _NEGATED.search(before) for before in told)


def unplaced_lapse(said: str, commitments: Sequence[ContractItem]) -> bool:
    """Whether `said` tells an act a promise that opens something up says not to do, with nothing said of
    what it opens ("i was defensive when she asked"): a lapse all the same, whose promise is asked, never
    offered as that one's miss, nor as a keep."""
    words = spoken(said)
    return any(
        not goes_against(said, c) and any(not _NEGATED.search(before) for before in _acts_told(words, c))
        for c in commitments
    )


def against_one(said: str, commitments: Sequence[ContractItem]) -> ContractItem | None:
    """The one commitment `said` goes against ("i hid my phone from sam all evening"), if exactly one."""
    against = [c for c in commitments if goes_against(said, c)]
    return against[0] if len(against) == 1 else None


# The act denied just before it is told ("i didn't get defensive", "i never raised my voice"); a
# sentence about the promise itself ("i didn't keep my promise not to get defensive") is no such keep.
_DENIED = re.compile(r"\b(?:didn't|did not|never|wasn't|was not|haven't|have not|hasn't|has not)(?: \w+){0,2} $")
_ABOUT_THE_PROMISE = re.compile(r"\b(?:keep|kept|promise|promised|break|broke|broken|missed|forgot|forget|failed)\b")


def denied(said: str, item: ContractItem) -> bool:
    """Whether `said` is a keep told as a denial of what `item` says not to do: "i didn't get
    defensive about my phone today" of "… without getting defensive" was kept, though the words
    open as a miss does (a told miss, as every "i didn't …" is read, would be the wrong row)."""
    words = spoken(said)
    told = _before_the_act(words, item) + _closed_before(said, item)  # "i wasn't cagey about my phone"
    return not _ABOUT_THE_PROMISE.search(words) and any(_DENIED.search(before) for before in told)


# Where a keep's clause gives way to a lapse: "… but i got defensive", "…, though i forgot to call".
_CONTRAST = re.compile(r"\s*(?:,\s*)?\b(?:but|though|although|except|however|only)\b\s*")


# The rest told as a miss of a promise by its name: "… but i forgot about our evening talk".
_TOLD_MISSED = re.compile(
    r"^(?:(?:i|we|then|still|also|totally|completely|just) )*(?:forgot|missed|skipped|didn't do|did not do|never did|"
    r"blew off|bailed on|let (?:\w+ ){0,3}slide)\b"
)


def lapse_after(said: str, commitments: Sequence[ContractItem]) -> tuple[str, str, ContractItem, bool] | None:
    """A keep told with a lapse after a contrast ("we had our evening chat but i got defensive when she
    asked about my phone", "i did the house jobs but i forgot about our evening talk"): the keep's
    words, the rest (the lapse's words), the one commitment the rest goes against or tells as missed by its name, and whether it
    was told as missed; None when the rest tells none or several, or the one the keep's words call
    by name ("my phone promise, but i got defensive": that is the lapse itself, asked as one)."""
    head, *rest = _CONTRAST.split(spoken(said), maxsplit=1)
    if not rest:
        return None
    told = _TOLD_MISSED.match(rest[0]) is not None
    against = [
        c
        for c in commitments
        if goes_against(rest[0], c) or (told and content_words(rest[0]) >= content_words(c.short_name or c.text))
    ]
    if len(against) != 1 or content_words(head) & content_words(against[0].short_name or ""):
        return None
    return head, rest[0], against[0], told
